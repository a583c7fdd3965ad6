"""The article loader: bad input never stops good input, and says what went wrong."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import child_env
from hypothesis import given, settings
from hypothesis import strategies as st

import reader.library.loading
from reader.library.loading import LoadIssue, load_library
from reader.text.tokens import word_count

GOOD_NAME = "good.md"
GOOD_TEXT = "---\ntitle: Good story\noutlet: Good News\n---\n\nThe good body text.\n"

C0_EXCEPT_TAB_NL = {chr(c) for c in range(0x20)} - {"\t", "\n"}
FORBIDDEN_IN_BODY = C0_EXCEPT_TAB_NL | {"\x7f"} | {chr(c) for c in range(0x80, 0xA0)}
FORBIDDEN_IN_LINE = FORBIDDEN_IN_BODY | {"\t", "\n", "\r"}


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def issues_naming(library, name: str) -> list[LoadIssue]:
    return [i for i in library.issues if Path(i.path).name == name or i.path.endswith(name)]


def article_named(library, name: str):
    found = [a for a in library.articles if a.path is not None and a.path.name == name]
    assert len(found) <= 1
    return found[0] if found else None


def load_beside_good(tmp_path: Path, name: str, content: str | bytes | None, mode: str = "folder"):
    """Put a good file and ``name`` in a fresh folder and load it (as a folder or as files)."""
    folder = tmp_path / "lib"
    good = write(folder / GOOD_NAME, GOOD_TEXT)
    bad = folder / name
    if content is not None:
        write(bad, content)
    library = load_library([folder] if mode == "folder" else [good, bad])
    return library, bad


def assert_good_still_loads(library):
    good = article_named(library, GOOD_NAME)
    assert good is not None, library.issues
    assert good.title == "Good story"
    assert good.outlet == "Good News"
    assert good.body == "\nThe good body text.\n"
    assert not issues_naming(library, GOOD_NAME)


def the_one_issue(library, name: str) -> LoadIssue:
    assert len(library.issues) == 1, library.issues
    (issue,) = library.issues
    assert issues_naming(library, name) == [issue]
    assert name in str(issue)
    return issue


# --- bad files beside a good one --------------------------------------------------

BAD_CASES = [
    # id, file name, content, still loaded?, words expected in the warning
    ("invalid-utf8", "latin1.md", "---\ntitle: Caf\xe9\n---\nCaf\xe9 au lait.\n".encode("latin-1"), True, "UTF-8"),
    ("binary", "binary.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", False, "binary"),
    ("empty", "empty.md", b"", False, "empty"),
    ("whitespace-only", "blank.md", b"  \n\n\t \r\n   \n", False, "empty"),
    ("front-matter-only", "nobody.md", "---\ntitle: Nothing follows\n---\n", False, "no article text"),
    ("front-matter-then-blank", "nobody2.md", "---\ntitle: Nothing follows\n---\n\n  \n", False, "no article text"),
    ("broken-yaml", "broken.md", "---\ntitle: X\nbad: a: b\n---\nBody stays.\n", True, "YAML"),
    ("python-tag", "evil.md", '---\ntitle: !!python/object/apply:os.system ["echo hi"]\n---\nBody stays.\n',
     True, "YAML"),
    ("list-front-matter", "list.md", "---\n- a\n- b\n---\nBody stays.\n", True, "mapping"),
    ("scalar-front-matter", "scalar.md", "---\njust a sentence\n---\nBody stays.\n", True, "mapping"),
    ("unclosed-front-matter", "unclosed.md", "---\ntitle: Never closed\n\nBody stays.\n", True, "never closed"),
    ("authors-number", "authors.md", "---\ntitle: T\nauthors: {a: 42}\n---\nBody stays.\n", True, "authors"),
    ("url-javascript", "url.md", "---\ntitle: T\nurl: javascript:alert(1)\n---\nBody stays.\n", True, "url"),
    ("published-word", "published.md", "---\ntitle: T\npublished: yesterday\n---\nBody stays.\n", True, "published"),
    ("utf16-no-bom", "utf16.md", "Hello there.\n".encode("utf-16-le"), False, "binary"),
]


@pytest.mark.parametrize("mode", ["folder", "files"])
@pytest.mark.parametrize(("name", "content", "loaded", "says"),
                         [c[1:] for c in BAD_CASES], ids=[c[0] for c in BAD_CASES])
def test_bad_file_beside_good_one(tmp_path, mode, name, content, loaded, says):
    library, _ = load_beside_good(tmp_path, name, content, mode)
    assert_good_still_loads(library)
    issue = the_one_issue(library, name)
    assert says.lower() in issue.message.lower()
    assert (article_named(library, name) is not None) == loaded
    assert len(library.articles) == (2 if loaded else 1)


def test_invalid_utf8_is_loaded_with_replacement_characters(tmp_path):
    data = b"---\ntitle: Menu\n---\nCaf\xe9 au lait \xff\xfe costs 3\x80 today.\n"
    library, _ = load_beside_good(tmp_path, "menu.md", data)
    article = article_named(library, "menu.md")
    assert article.title == "Menu"
    assert article.body == "Caf\ufffd au lait \ufffd\ufffd costs 3\ufffd today.\n"
    assert "UTF-8" in the_one_issue(library, "menu.md").message


def test_broken_yaml_warning_names_the_line_of_the_file(tmp_path):
    text = "---\ntitle: Fine\nbad: a: b\noutlet: Fine too\n---\nThe body is kept.\n"
    library, _ = load_beside_good(tmp_path, "broken.md", text)
    issue = the_one_issue(library, "broken.md")
    assert issue.line == 3
    assert str(issue).startswith(issue.path + ":3:")
    article = article_named(library, "broken.md")
    assert article.body == "The body is kept.\n"
    # the plain lines beside the broken one are read as text, and the warning says so
    assert (article.title, article.outlet) == ("Fine", "Fine too")
    assert "read line by line as text: title, bad, outlet" in issue.message


def test_an_unquoted_colon_in_a_title_keeps_the_title_outlet_and_date(tmp_path):
    text = "---\ntitle: Harlow crash: six killed\noutlet: 'Harlow Gazette'\ndate: 2026-03-15\n---\nBody.\n"
    library, _ = load_beside_good(tmp_path, "colon.md", text)
    article = article_named(library, "colon.md")
    assert (article.title, article.outlet, article.published) == (
        "Harlow crash: six killed", "Harlow Gazette", "2026-03-15")
    assert the_one_issue(library, "colon.md").line == 2


def test_a_broken_block_with_no_plain_line_is_ignored(tmp_path):
    text = "---\n[unclosed, list\n---\nBody.\n"
    library, _ = load_beside_good(tmp_path, "flow.md", text)
    assert "metadata ignored" in the_one_issue(library, "flow.md").message
    assert article_named(library, "flow.md").title == "Body."


def test_a_recovered_field_is_checked_like_any_other(tmp_path):
    text = "---\ntitle: A: B\npublished: last Tuesday\noutlet: \x1b[31mRed\n---\nBody.\n"
    library, _ = load_beside_good(tmp_path, "checked.md", text)
    article = article_named(library, "checked.md")
    assert article.published is None
    assert "\x1b" not in (article.outlet or "")
    messages = [i.message for i in library.issues if i.path.endswith("checked.md")]
    assert any("'published' on line 3 is not an ISO date" in m for m in messages), messages


@pytest.mark.parametrize(("front", "field", "value"), [
    ("date: 2026-03-14\n", "published", "2026-03-14"),              # Jekyll, Hugo, Pelican
    ("date: 2026-03-14T09:30:00\n", "published", "2026-03-14T09:30:00"),
    ("publisher: Harlow Gazette\n", "outlet", "Harlow Gazette"),
    ("published: 2026-03-15\ndate: 2026-03-14\n", "published", "2026-03-15"),  # the own name wins
    ("outlet: Ledger\npublisher: Ledger Media Group\n", "outlet", "Ledger"),
])
def test_the_names_other_tools_write_are_read(tmp_path, front, field, value):
    library, _ = load_beside_good(tmp_path, "alias.md", f"---\n{front}---\nBody.\n")
    assert getattr(article_named(library, "alias.md"), field) == value


@pytest.mark.parametrize(("front", "line"), [
    ("title: X\noutlet: Y\n\tauthors: [a]\n", 4),          # tab indentation on line 4
    ('title: "never closed\noutlet: Y\n', 3),             # unterminated string: found at end of line 3
    ("title: X\nauthors:\n  - a\n - b\n", 5),             # bad indentation on line 5
    ("title: X\nlanguage: en\noutlet: \x1b[31mRed\n", 4),  # raw control character on line 4
], ids=["tab", "unterminated-string", "indentation", "control-character"])
def test_broken_yaml_line_numbers(tmp_path, front, line):
    library, _ = load_beside_good(tmp_path, "broken.md", f"---\n{front}---\nBody.\n")
    issue = the_one_issue(library, "broken.md")
    assert issue.line == line, str(issue)
    assert article_named(library, "broken.md").body == "Body.\n"


@pytest.mark.parametrize("tag", [
    "!!python/object/apply:os.system [{cmd!r}]",
    "!!python/object/new:os.system [{cmd!r}]",
    "!!python/object/apply:subprocess.check_output [[sh, -c, {cmd!r}]]",
])
def test_python_yaml_tags_are_refused_without_running_anything(tmp_path, capfd, tag):
    marker = tmp_path / "MARKER"
    cmd = f"echo hi; touch {marker}"
    text = f"---\ntitle: {tag.format(cmd=cmd)}\n---\nBody stays.\n"
    library, _ = load_beside_good(tmp_path, "evil.md", text)
    assert not marker.exists()
    out, err = capfd.readouterr()
    assert "hi" not in out + err
    the_one_issue(library, "evil.md")
    article = article_named(library, "evil.md")
    assert article.title == "Body stays."
    assert article.body == "Body stays.\n"


@pytest.mark.parametrize(("field", "value", "kept"), [
    ("authors", "[Jane, [7]]", {"title": "T"}),
    ("authors", "{name: Jane}", {"title": "T"}),
    ("url", "javascript:alert(1)", {"title": "T"}),
    ("url", "file:///etc/passwd", {"title": "T"}),
    ("url", "https://", {"title": "T"}),
    ("url", "[https://example.com]", {"title": "T"}),
    ("published", "yesterday", {"title": "T"}),
    ("published", "[2025-01-01]", {"title": "T"}),
    ("title", "[a, b]", {"outlet": "O"}),
    ("outlet", "{a: b}", {"title": "T"}),
    ("outlet", "[true]", {"title": "T"}),
])
def test_wrong_field_type_is_dropped_with_a_warning(tmp_path, field, value, kept):
    lines = [f"{k}: {v}" for k, v in kept.items() if k != field]
    lines.append(f"{field}: {value}")
    text = "---\n" + "\n".join(lines) + "\n---\nBody stays.\n"
    library, _ = load_beside_good(tmp_path, "typed.md", text)
    issue = the_one_issue(library, "typed.md")
    assert f"'{field}'" in issue.message
    article = article_named(library, "typed.md")
    meta = article.metadata()
    if field == "title":
        assert article.title_derived and article.title == "Body stays."
    else:
        assert meta[field] in (None, [])
    for key, expected in kept.items():
        assert meta[key] == expected


@pytest.mark.parametrize("value", ["2025-13-45", "2025-02-30", "2025-01-01 25:00:00", "!!int abc", "!!float x"])
def test_yaml_values_that_fail_to_construct_are_a_warning_not_a_crash(tmp_path, value):
    # These match YAML's implicit timestamp (or an explicit tag) but are impossible values:
    # PyYAML raises ValueError, not YAMLError, while building them.
    text = f"---\ntitle: T\npublished: {value}\n---\nBody stays.\n"
    try:
        library, _ = load_beside_good(tmp_path, "date.md", text)
    except Exception as exc:
        pytest.fail(f"one bad file stopped the whole library: {exc!r}")
    assert_good_still_loads(library)
    the_one_issue(library, "date.md")
    article = article_named(library, "date.md")
    assert article.body == "Body stays.\n"
    assert article.published is None


@pytest.mark.parametrize("nested", ["[" * 60_000 + "]" * 60_000, "{a: " * 40_000 + "b" + "}" * 40_000],
                         ids=["flow-sequences", "flow-mappings"])
def test_deeply_nested_front_matter_does_not_crash_the_process(tmp_path, nested):
    folder = tmp_path / "lib"
    write(folder / GOOD_NAME, GOOD_TEXT)
    write(folder / "deep.md", f"---\ntitle: {nested}\n---\nBody stays.\n")
    code = textwrap.dedent(f"""
        from reader.library.loading import load_library
        lib = load_library([{str(folder)!r}])
        print(sorted(a.path.name for a in lib.articles), len(lib.issues))
    """)
    done = subprocess.run([sys.executable, "-c", code], env=child_env(), capture_output=True,
                          text=True, timeout=30)
    assert done.returncode == 0, f"exit status {done.returncode}: {done.stderr[-500:]}"
    assert done.stdout.split() == ["['deep.md',", "'good.md']", "1"]


@pytest.mark.parametrize("written", ["12:30", "010", "0x1F", "1_000", ".NaN", "-.inf", "1e3", "yes", "No", "off",
                                     "2024-01-02", "2001-12-14t21:59:43.10-05:00", "42"])
def test_a_text_field_yaml_reads_as_a_number_boolean_or_date_is_kept_as_written(tmp_path, written):
    text = (f"---\ntitle: {written}\noutlet: {written}\nlanguage: {written}\nauthors: [{written}, Ann]\n"
            f"published: 2024-01-02\n---\nBody stays.\n")
    library, _ = load_beside_good(tmp_path, "typed.md", text)
    assert library.issues == []
    article = article_named(library, "typed.md")
    assert (article.title, article.outlet, article.language, article.authors, article.published) == (
        written, written, written, (written, "Ann"), "2024-01-02")
    author, = article_named(load_beside_good(tmp_path / "one", "one.md", f"---\nauthor: {written}\n---\nB.\n")[0],
                            "one.md").authors
    assert author == written


def test_several_bad_fields_still_make_exactly_one_warning(tmp_path):
    text = "---\ntitle: T\nauthors: {a: 42}\nurl: javascript:alert(1)\npublished: yesterday\n---\nBody.\n"
    library, _ = load_beside_good(tmp_path, "typed.md", text)
    issue = the_one_issue(library, "typed.md")
    for field in ("authors", "url", "published"):
        assert f"'{field}'" in issue.message
    article = article_named(library, "typed.md")
    assert (article.title, article.authors, article.url, article.published) == ("T", (), None, None)


def test_unclosed_front_matter_keeps_the_whole_text_as_body(tmp_path):
    text = "---\ntitle: Never closed\n\nBody stays.\n"
    library, _ = load_beside_good(tmp_path, "unclosed.md", text)
    issue = the_one_issue(library, "unclosed.md")
    assert issue.line == 1
    assert article_named(library, "unclosed.md").body == text


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_unreadable_file_chmod(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("running as root: chmod 000 does not stop root reading; see the monkeypatched variant")
    folder = tmp_path / "lib"
    write(folder / GOOD_NAME, GOOD_TEXT)
    bad = write(folder / "secret.md", "---\ntitle: Secret\n---\nBody.\n")
    bad.chmod(0)
    try:
        library = load_library([folder])
    finally:
        bad.chmod(0o644)
    assert_good_still_loads(library)
    assert "permission" in the_one_issue(library, "secret.md").message


@pytest.mark.parametrize("mode", ["folder", "files"])
def test_unreadable_file_monkeypatched(tmp_path, monkeypatch, mode):
    folder = tmp_path / "lib"
    good = write(folder / GOOD_NAME, GOOD_TEXT)
    bad = write(folder / "secret.md", "---\ntitle: Secret\n---\nBody.\n")
    real_open = open

    def guarded_open(file, *args, **kwargs):
        if Path(file).name == "secret.md":
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(reader.library.loading, "open", guarded_open, raising=False)
    library = load_library([folder] if mode == "folder" else [good, bad])
    assert_good_still_loads(library)
    assert "permission" in the_one_issue(library, "secret.md").message
    assert article_named(library, "secret.md") is None


@pytest.mark.parametrize("mode", ["folder", "files"])
def test_dangling_symlink(tmp_path, mode):
    folder = tmp_path / "lib"
    good = write(folder / GOOD_NAME, GOOD_TEXT)
    link = folder / "gone.md"
    try:
        link.symlink_to(folder / "nowhere.md")
    except (OSError, NotImplementedError):
        pytest.skip("symlinks not available")
    library = load_library([folder] if mode == "folder" else [good, link])
    assert_good_still_loads(library)
    assert "link" in the_one_issue(library, "gone.md").message


@pytest.mark.parametrize("mode", ["folder", "files"])
def test_a_symlink_loop_is_named_as_one(tmp_path, mode):
    folder = tmp_path / "lib"
    good = write(folder / GOOD_NAME, GOOD_TEXT)
    try:
        (folder / "a.md").symlink_to(folder / "b.md")
        (folder / "b.md").symlink_to(folder / "a.md")
    except (OSError, NotImplementedError):
        pytest.skip("symlinks not available")
    library = load_library([folder] if mode == "folder" else [good, folder / "a.md"])
    assert_good_still_loads(library)
    assert library.issues and all(i.message == "symbolic link loop, skipped" for i in library.issues)
    assert library.get(str(folder / "a.md")) is None          # (Path.resolve raises RuntimeError on a loop)


def test_symlink_to_a_good_file_is_followed(tmp_path):
    target = write(tmp_path / "elsewhere" / "real.md", "---\ntitle: Real\n---\nReal body.\n")
    folder = tmp_path / "lib"
    write(folder / GOOD_NAME, GOOD_TEXT)
    try:
        (folder / "alias.md").symlink_to(target)
    except (OSError, NotImplementedError):
        pytest.skip("symlinks not available")
    library = load_library([folder])
    assert not library.issues
    assert article_named(library, "alias.md").title == "Real"


def test_file_over_the_size_limit_sparse(tmp_path):
    folder = tmp_path / "lib"
    write(folder / GOOD_NAME, GOOD_TEXT)
    big = folder / "huge.md"
    with open(big, "wb") as handle:  # sparse: takes no disk space
        handle.write(b"---\ntitle: Huge\n---\n")
        handle.truncate(reader.library.loading.MAX_BYTES + 1)
    library = load_library([folder])
    assert_good_still_loads(library)
    assert "limit" in the_one_issue(library, "huge.md").message
    assert article_named(library, "huge.md") is None


@pytest.mark.parametrize("mode", ["folder", "files"])
def test_file_over_the_size_limit_monkeypatched(tmp_path, monkeypatch, mode):
    monkeypatch.setattr(reader.library.loading, "MAX_BYTES", 100)
    library, _ = load_beside_good(tmp_path, "long.md", "---\ntitle: Long\n---\n" + "word " * 40, mode)
    assert_good_still_loads(library)
    assert "limit" in the_one_issue(library, "long.md").message
    assert article_named(library, "long.md") is None


def test_file_exactly_at_the_size_limit_loads(tmp_path, monkeypatch):
    text = "---\ntitle: Edge\n---\n" + "w" * 80
    monkeypatch.setattr(reader.library.loading, "MAX_BYTES", len(text.encode()))
    library, _ = load_beside_good(tmp_path, "edge.md", text)
    assert not library.issues
    assert article_named(library, "edge.md").body == "w" * 80


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_named_pipe_in_a_folder_does_not_hang(tmp_path):
    # A FIFO called *.md inside a folder: opening it for reading blocks forever until a
    # writer comes. The loader must skip it ("not a regular file"), as it already does
    # for a FIFO named on the command line. Run in a child so a hang fails, not stalls.
    folder = tmp_path / "lib"
    write(folder / GOOD_NAME, GOOD_TEXT)
    os.mkfifo(folder / "pipe.md")
    code = textwrap.dedent(f"""
        from reader.library.loading import load_library
        lib = load_library([{str(folder)!r}])
        print(len(lib.articles), len(lib.issues), [str(i) for i in lib.issues])
    """)
    try:
        done = subprocess.run([sys.executable, "-c", code], env=child_env(), capture_output=True,
                              text=True, timeout=3)
    except subprocess.TimeoutExpired:
        pytest.fail("load_library hung reading a named pipe found in a folder")
    assert done.returncode == 0, done.stderr
    count, issues, rest = done.stdout.split(" ", 2)
    assert (count, issues) == ("1", "1")
    assert "pipe.md" in rest


def test_nonexistent_path_is_a_warning(tmp_path):
    good = write(tmp_path / GOOD_NAME, GOOD_TEXT)
    library = load_library([good, tmp_path / "missing.md"])
    assert_good_still_loads(library)
    assert "no such file" in the_one_issue(library, "missing.md").message


def test_nothing_loadable_gives_no_articles_and_one_issue_per_source(tmp_path):
    library = load_library([tmp_path / "missing.md", write(tmp_path / "empty.md", "")])
    assert library.articles == []
    assert len(library.issues) == 2


# --- encodings and line endings ---------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path, codec):
    bom = b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff"
    text = "---\ntitle: Sixteen bits\r\n---\r\nCafé “quoted” 日本.\r\n"
    library, _ = load_beside_good(tmp_path, "wide.md", bom + text.encode(codec))
    assert not library.issues
    article = article_named(library, "wide.md")
    assert article.title == "Sixteen bits"
    assert article.body == "Café “quoted” 日本.\n"


def test_utf8_bom_is_not_part_of_the_text(tmp_path):
    library, _ = load_beside_good(tmp_path, "bom.md", b"\xef\xbb\xbf---\ntitle: Bom\n---\nBody.\n")
    assert not library.issues
    article = article_named(library, "bom.md")
    assert article.title == "Bom"
    assert article.body == "Body.\n"


def test_utf8_bom_on_text_file(tmp_path):
    library, _ = load_beside_good(tmp_path, "bom.txt", b"\xef\xbb\xbfHeadline\n\nBody.\n")
    article = article_named(library, "bom.txt")
    assert article.title == "Headline"
    assert "\ufeff" not in article.body


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_line_endings(tmp_path, newline):
    text = newline.join(["---", "title: Windows", "outlet: W", "---", "Line one.", "", "Line two.", ""])
    library, _ = load_beside_good(tmp_path, "win.md", text)
    assert not library.issues
    article = article_named(library, "win.md")
    assert (article.title, article.outlet) == ("Windows", "W")
    assert article.body == "Line one.\n\nLine two.\n"
    assert "\r" not in article.body


# --- front matter and body --------------------------------------------------------


def test_body_is_exactly_the_text_after_the_front_matter(tmp_path):
    front = "---\ntitle: Exact\nauthors:\n  - A. Writer\n---\n"
    body = "\n# A heading\n\nFirst *paragraph*  \nwith a hard break.\n\n---\n\nAfter a rule.\n\n\n"
    text = front + body
    library, _ = load_beside_good(tmp_path, "exact.md", text)
    article = article_named(library, "exact.md")
    assert article.body == text[len(front):]
    assert article.authors == ("A. Writer",)


@pytest.mark.parametrize("fences", [("---", "..."), ("----", "----"), ("---   ", "---")])
def test_other_fence_styles(tmp_path, fences):
    opening, closing = fences
    front = f"{opening}\ntitle: Fenced\n{closing}\n"
    text = front + "Body after.\n"
    library, _ = load_beside_good(tmp_path, "fenced.md", text)
    article = article_named(library, "fenced.md")
    assert article.title == "Fenced"
    assert article.body == text[len(front):]


def _reference_split_front_matter(text: str, problems: list) -> tuple[dict, str]:
    """The front matter split as it was first written: every line of the text in a list
    (markdown-it's lines: after each "\n"), no cache."""
    import re

    from reader.library import frontmatter

    lines = [ln for ln in re.split(r"(?<=\n)", text) if ln]
    if not lines or not lines[0].startswith("---") or not frontmatter._FENCE_RE.match(lines[0].rstrip("\n")):
        return {}, text
    close = next((i for i in range(1, len(lines)) if frontmatter._FENCE_RE.match(lines[i].rstrip("\n"))), None)
    if close is None:
        problems.append(("front matter is never closed by '---'; read as plain Markdown", 1))
        return {}, text
    found: list = []
    meta, end_line, _ = frontmatter._parse(text, "".join(lines[: close + 1]), found)
    problems.extend(found)
    if end_line is None:
        return {}, text
    return meta, "".join(lines[end_line:])


FRONT_LINES = st.sampled_from([
    "---", "----", "...", "--- ", "---\t", "---x", " ---", "-- -", "title: A", "outlet: 'B'", "a: [1, 2]",
    "- x", "", "  ", "body text", ": bad", "a: {b", "published: 2024-05-06", "x\x0cy", "x\u2028y", "x\ry", "# h",
])


@settings(max_examples=300, derandomize=True, database=None, deadline=None)
@given(st.lists(FRONT_LINES, max_size=12), st.booleans())
def test_front_matter_split_is_the_reference(lines, final_newline):
    from reader.library.frontmatter import split_front_matter

    text = "\n".join(lines) + ("\n" if final_newline else "")
    expected_problems: list = []
    expected = _reference_split_front_matter(text, expected_problems)
    for _ in range(2):                   # parsed, then from the cache
        problems: list = []
        assert split_front_matter(text, problems) == expected
        assert problems == expected_problems


def test_second_front_matter_block_is_body(tmp_path):
    front = "---\ntitle: First\n---\n"
    text = front + "---\ntitle: Second\n---\nBody.\n"
    library, _ = load_beside_good(tmp_path, "twice.md", text)
    article = article_named(library, "twice.md")
    assert article.title == "First"
    assert article.body == text[len(front):]


def test_no_front_matter_body_is_whole_file_and_title_from_heading(tmp_path):
    text = "# The Heading\n\nSome text. More text.\n"
    library, _ = load_beside_good(tmp_path, "plain.md", text)
    article = article_named(library, "plain.md")
    assert article.body == text
    assert article.title == "The Heading"
    assert article.title_derived


def test_empty_front_matter_is_fine(tmp_path):
    library, _ = load_beside_good(tmp_path, "bare.md", "---\n---\nOnly a body. Second sentence.\n")
    assert not library.issues
    article = article_named(library, "bare.md")
    assert article.body == "Only a body. Second sentence.\n"
    assert article.title == "Only a body."


@pytest.mark.parametrize("sep", ["\x0c", "\x0b", "\x1c", "\x85", "\u2028", "\u2029"],
                         ids=["FF", "VT", "FS", "NEL", "LS", "PS"])
def test_unicode_line_separators_in_front_matter_do_not_shift_the_body(tmp_path, sep):
    # str.splitlines() breaks at these characters but Markdown (and the file) does not:
    # the body must still be exactly the text after the closing fence.
    front = f"---\ntitle: Part one{sep}part two\noutlet: O\n---\n"
    text = front + "Body after the fence.\n"
    library, _ = load_beside_good(tmp_path, "sep.md", text)
    article = article_named(library, "sep.md")
    assert article.body == text[len(front):]
    assert "---" not in article.title


def test_published_yaml_date_becomes_iso_text(tmp_path):
    library, _ = load_beside_good(tmp_path, "dated.md", "---\ntitle: D\npublished: 2025-11-21\n---\nBody.\n")
    assert article_named(library, "dated.md").published == "2025-11-21"


@pytest.mark.parametrize(("value", "iso"), [
    ("2025-11-21T09:30:00", "2025-11-21T09:30:00"),
    ("2025-11-21 09:30:00+01:00", "2025-11-21T09:30:00+01:00"),
    ('"2025-11-21"', "2025-11-21"),
])
def test_published_datetimes_and_quoted_dates(tmp_path, value, iso):
    library, _ = load_beside_good(tmp_path, "dated.md", f"---\ntitle: D\npublished: {value}\n---\nBody.\n")
    assert not library.issues
    assert article_named(library, "dated.md").published == iso


def test_all_metadata_fields(tmp_path):
    text = textwrap.dedent("""\
        ---
        title: "A: full title"
        outlet: Example Times
        authors: [Jane Doe, John Roe]
        published: 2024-02-29
        url: https://example.com/a?b=c
        language: en
        ---
        Body.
        """)
    library, _ = load_beside_good(tmp_path, "full.md", text)
    assert not library.issues
    meta = article_named(library, "full.md").metadata()
    assert meta | {"path": None} == {
        "id": "full", "path": None, "title": "A: full title", "title_derived": False,
        "outlet": "Example Times", "authors": ["Jane Doe", "John Roe"], "published": "2024-02-29",
        "url": "https://example.com/a?b=c", "language": "en", "words": 1,
    }


def test_single_author_string_becomes_a_list(tmp_path):
    library, _ = load_beside_good(tmp_path, "one.md", "---\ntitle: T\nauthor: Solo Writer\n---\nBody.\n")
    assert article_named(library, "one.md").authors == ("Solo Writer",)


def test_markdown_suffix_variants(tmp_path):
    folder = tmp_path / "lib"
    write(folder / "a.markdown", "---\ntitle: Long suffix\n---\nBody.\n")
    write(folder / "b.MD", "---\ntitle: Upper suffix\n---\nBody.\n")
    library = load_library([folder])
    assert not library.issues
    assert sorted(a.title for a in library.articles) == ["Long suffix", "Upper suffix"]


# --- plain text ---------------------------------------------------------------------


def test_txt_title_and_byline(tmp_path):
    text = "\n\n  Judge blocks data sharing  \n\nBy Jane Doe and John Roe, Example News\n\nThe body.\n"
    library, _ = load_beside_good(tmp_path, "story.txt", text)
    assert not library.issues
    article = article_named(library, "story.txt")
    assert article.title == "Judge blocks data sharing"
    assert article.authors == ("Jane Doe", "John Roe")
    assert article.outlet == "Example News"
    assert article.body == text
    assert not article.title_derived


def test_txt_byline_without_outlet(tmp_path):
    library, _ = load_beside_good(tmp_path, "story.txt", "Headline\nBy Jane Doe\nThe body.\n")
    article = article_named(library, "story.txt")
    assert article.authors == ("Jane Doe",)
    assert article.outlet is None


def test_txt_without_byline_has_no_outlet_or_authors(tmp_path):
    library, _ = load_beside_good(tmp_path, "story.txt", "Headline here\n\nBody text, with a comma.\n")
    article = article_named(library, "story.txt")
    assert article.title == "Headline here"
    assert article.outlet is None
    assert article.authors == ()


def test_txt_front_matter_is_not_parsed(tmp_path):
    text = "---\ntitle: Not metadata\n---\nBody.\n"
    library, _ = load_beside_good(tmp_path, "fm.txt", text)
    article = article_named(library, "fm.txt")
    assert article.body == text
    assert article.title != "Not metadata" and article.outlet is None


# --- folders ------------------------------------------------------------------------


def test_folder_is_walked_recursively_skipping_hidden_and_unsupported(tmp_path):
    root = tmp_path / "lib"
    write(root / "top.md", "---\ntitle: Top\n---\nBody.\n")
    write(root / "one" / "mid.txt", "Mid title\n\nBody.\n")
    write(root / "one" / "two" / "three" / "deep.markdown", "---\ntitle: Deep\n---\nBody.\n")
    write(root / ".hidden.md", "---\ntitle: Hidden file\n---\nBody.\n")
    write(root / ".git" / "inside.md", "---\ntitle: Hidden folder\n---\nBody.\n")
    write(root / "one" / ".cache" / "x.md", "---\ntitle: Hidden nested\n---\nBody.\n")
    write(root / "page.html", "<html><body>HTML</body></html>")
    write(root / "one" / "notes.rst", "Not supported\n")
    write(root / "one" / "image.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    write(root / "README", "no suffix\n")
    library = load_library([root])
    assert library.issues == []
    assert sorted(a.title for a in library.articles) == ["Deep", "Mid title", "Top"]


def test_explicit_html_file_is_a_warning(tmp_path):
    good = write(tmp_path / GOOD_NAME, GOOD_TEXT)
    page = write(tmp_path / "page.html", "<html><body><p>Hi</p></body></html>")
    library = load_library([good, page])
    assert_good_still_loads(library)
    assert "unsupported" in the_one_issue(library, "page.html").message
    assert len(library.articles) == 1


def test_explicit_hidden_file_is_loaded(tmp_path):
    hidden = write(tmp_path / ".draft.md", "---\ntitle: Draft\n---\nBody.\n")
    library = load_library([hidden])
    assert [a.title for a in library.articles] == ["Draft"]


def test_same_file_twice_is_loaded_once(tmp_path):
    folder = tmp_path / "lib"
    good = write(folder / GOOD_NAME, GOOD_TEXT)
    library = load_library([folder, good, folder])
    assert [a.id for a in library.articles] == ["good"]


def test_empty_folder_loads_nothing_silently(tmp_path):
    (tmp_path / "empty").mkdir()
    library = load_library([tmp_path / "empty"])
    assert library.articles == [] and library.issues == []


# --- ids, order, lookup -------------------------------------------------------------


def test_ids_from_file_stems_and_collisions(tmp_path):
    root = tmp_path / "lib"
    write(root / "a" / "story.md", "---\ntitle: A\n---\nBody.\n")
    write(root / "b" / "story.md", "---\ntitle: B\n---\nBody.\n")
    write(root / "c" / "Story!.txt", "C\nBody.\n")
    write(root / "Hello, World 2025.md", "---\ntitle: H\n---\nBody.\n")
    library = load_library([root])
    assert [(a.id, a.title) for a in library.articles] == [
        ("hello-world-2025", "H"), ("story", "A"), ("story-2", "B"), ("story-3", "C"),
    ]


def test_disambiguated_id_does_not_clash_with_a_real_stem(tmp_path):
    root = tmp_path / "lib"
    for name in ("story-2.md", "story.md", "story.txt", "x/story.md"):
        write(root / name, f"---\ntitle: {name}\n---\nBody.\n" if name.endswith(".md") else f"{name}\nBody.\n")
    library = load_library([root])
    ids = [a.id for a in library.articles]
    assert len(set(ids)) == len(ids) == 4
    assert library.get("story-2").path.name == "story-2.md"


def test_ids_for_stems_without_ascii_letters(tmp_path):
    # (ids of their own, which ``reader show 日本`` can ask for; not article, article-2)
    root = tmp_path / "lib"
    write(root / "日本.md", "---\ntitle: J\n---\nBody.\n")
    write(root / "中文.md", "---\ntitle: C\n---\nBody.\n")
    write(root / "Ünïcödé 記事.md", "---\ntitle: U\n---\nBody.\n")
    write(root / "!!!.md", "---\ntitle: P\n---\nBody.\n")
    ids = [a.id for a in load_library([root]).articles]
    assert sorted(ids) == sorted(["日本", "中文", "unicode-記事", "article"])


def test_order_is_sorted_and_deterministic(tmp_path):
    root = tmp_path / "lib"
    for name in ("zeta.md", "alpha.md", "mid/beta.md", "Mike.md", "mid/alpha.txt"):
        write(root / name, f"---\ntitle: {name}\n---\nBody.\n" if name.endswith(".md") else f"{name}\nBody.\n")
    first = [a.id for a in load_library([root]).articles]
    assert first == ["mike", "alpha", "zeta", "alpha-2", "beta"]  # files of a folder, then subfolders
    assert [a.id for a in load_library([root]).articles] == first


def test_sources_keep_command_line_order(tmp_path):
    z = write(tmp_path / "z.md", "---\ntitle: Z\n---\nBody.\n")
    a = write(tmp_path / "a.md", "---\ntitle: A\n---\nBody.\n")
    assert [x.id for x in load_library([z, a]).articles] == ["z", "a"]


def test_get_by_id_prefix_and_path(tmp_path, monkeypatch):
    root = tmp_path / "lib"
    write(root / "story.md", "---\ntitle: S1\n---\nBody.\n")
    write(root / "sub" / "story.md", "---\ntitle: S2\n---\nBody.\n")
    write(root / "unique-name.md", "---\ntitle: U\n---\nBody.\n")
    library = load_library([root])
    assert library.get("story").title == "S1"
    assert library.get("story-2").title == "S2"
    assert library.get("uni").title == "U"            # unique prefix
    assert library.get("sto") is None                 # ambiguous prefix
    assert library.get("nope") is None
    assert library.get(str(root / "sub" / "story.md")).title == "S2"
    monkeypatch.chdir(root / "sub")
    assert library.get("story.md").title == "S2"      # relative path, from the current folder
    assert library.get("../unique-name.md").title == "U"


def test_default_library_is_the_bundled_story():
    library = load_library()
    assert not library.issues
    assert [a.id for a in library.articles] == ["cnn", "dcnf-talwani", "house-addresses", "judge-rules", "newsnation"]
    assert library.get("dcnf").outlet == "Daily Caller News Foundation"


# --- word count ---------------------------------------------------------------------


def test_word_count(tmp_path):
    body = "The IRS’s 94-page ruling — on 47,000 records, 1.27 million requested. 日本 🙂\n"
    library, _ = load_beside_good(tmp_path, "count.md", "---\ntitle: Count\n---\n" + body)
    article = article_named(library, "count.md")
    # The, IRS’s, 94, page, ruling, on, 47,000, records, 1.27, million, requested, 日, 本
    assert article.words == 13 == word_count(body)


# --- control characters from files --------------------------------------------------


def _assert_clean_fields(article):
    for value in (article.title, article.outlet or "", *article.authors, article.url or "",
                  article.published or "", article.language or "", article.id):
        assert not set(value) & FORBIDDEN_IN_LINE, repr(value)
    assert not set(article.body) & FORBIDDEN_IN_BODY, repr(article.body)


def test_escape_sequences_in_markdown_fields_and_body_are_neutralised(tmp_path):
    front = (
        "---\n"
        'title: "\\e[31mRed title\\e]52;c;aGVsbG8=\\a \\x9b2J end\\x7f\\x00"\n'
        'outlet: "Out\\x1b[1mlet\\u0085\\u009d\\x01\\nnext"\n'
        'authors: ["Ann\\e[0m", "Bo\\tb\\x08"]\n'
        "language: en\n"
        "---\n"
    )
    raw_body = ("Lead \x1b[31mred\x1b[0m text.\n\tOSC \x1b]52;c;ZXZpbA==\x07 copy.\n"
                "C1 \x9b2J and \x9d and \x85 here; bell \x07 bs \x08 del \x7f nul-free\x0c.\n"
                "Markup [bold red]x[/] [link=file:///etc/passwd]y[/link].\n")
    library, _ = load_beside_good(tmp_path, "esc.md", front + raw_body)
    assert not library.issues
    article = article_named(library, "esc.md")
    _assert_clean_fields(article)
    assert article.title.startswith("␛[31mRed title␛]52;c;aGVsbG8=␇")
    assert "␛[1m" in article.outlet
    assert article.authors[0] == "Ann␛[0m"
    # one character for one character: offsets into the body are offsets into the file
    assert len(article.body) == len(raw_body)
    for got, was in zip(article.body, raw_body, strict=True):
        if was not in FORBIDDEN_IN_BODY:
            assert got == was
    assert "[bold red]x[/] [link=file:///etc/passwd]y[/link]" in article.body
    assert "\t" in article.body


def test_escape_sequences_in_text_file_title_and_byline(tmp_path):
    text = "\x1b[2J\x1b[HBreaking\x9b news\x07\nBy Ev\x1b[8mil\x7f, Out\x1b]8;;http://x\x07let\n\nBody\x1b[5m.\n"
    library, _ = load_beside_good(tmp_path, "esc.txt", text)
    article = article_named(library, "esc.txt")
    _assert_clean_fields(article)
    assert article.title == "␛[2J␛[HBreaking\ufffd news␇"
    assert article.authors == ("Ev␛[8mil␡",)
    assert article.outlet == "Out␛]8;;http://x␇let"
    assert len(article.body) == len(text)


def test_file_name_with_control_characters_makes_a_one_line_warning(tmp_path):
    try:
        bad = write(tmp_path / "lib" / "evil\x1b[31m\nname.md", b"")
    except OSError:
        pytest.skip("file system refuses such names")
    library = load_library([bad.parent])
    (issue,) = library.issues
    assert not set(str(issue)) & FORBIDDEN_IN_LINE
    assert "evil␛[31m name.md" in str(issue)


@settings(max_examples=500, deadline=None, derandomize=True)
@given(st.text(alphabet=st.sampled_from("ab \n\r\x0b\x0c\x1c\x85\u2028x"), max_size=80), st.integers(1, 9))
def test_lines_are_read_as_splitlines_gives_them(text, size):
    from reader.library.loading import _iter_lines

    assert list(_iter_lines(text, size)) == text.splitlines()


def test_an_untitled_article_of_pasted_html_is_labelled_by_its_words_not_its_tags(tmp_path):
    path = tmp_path / "notitle.md"
    path.write_text("---\noutlet: Island Times\n---\n\n<div class=\"article-body\"><p><strong>LONG ISLAND, Maine"
                    "</strong> &mdash; Islanders said Monday they were <em>shaken</em>. More text follows.</p>\n",
                    encoding="utf-8")
    (article,) = load_library([path]).articles
    assert article.title == "LONG ISLAND, Maine \u2014 Islanders said Monday they were shaken."
    assert "<" not in article.title
    assert article.body.lstrip().startswith("<div")          # the body keeps its text as written


def test_a_folders_readme_and_reader_reports_are_skipped_and_named(tmp_path):
    from reader.library.loading import REPORT_MARKER, load_library

    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text(f"---\ntitle: {name}\noutlet: Gazette\n---\n\nA bridge fell on Monday.\n")
    (tmp_path / "README.md").write_text("# Notes on this story\n\nWhere the texts come from.\n")
    (tmp_path / "report.md").write_text(REPORT_MARKER + "\n# Story report\n\n2 articles\n")
    (tmp_path / "pasted.md").write_text("# A bridge fell\n\nA bridge fell on Monday, police said.\n")
    lib = load_library([tmp_path])
    assert sorted(a.id for a in lib.articles) == ["a", "b", "pasted"]
    assert sorted((Path(i.path).name, i.message.split(",")[0]) for i in lib.issues) == [
        ("README.md", "a README"), ("report.md", "a report reader wrote")]
    named = load_library([tmp_path / "README.md"])                 # named, it is read
    assert [a.id for a in named.articles] == ["readme"] and not named.issues


def test_a_stray_nul_keeps_the_article_shown_visibly_with_one_warning(tmp_path):
    data = (b"---\ntitle: Bridge ruling\noutlet: Wire\n---\n\nA federal judge on Friday blocked the city "
            b"from closing the bridge.\x00 The city said it would appeal.\n")
    library, _ = load_beside_good(tmp_path, "nul.md", data)
    article = article_named(library, "nul.md")
    assert (article.title, article.outlet) == ("Bridge ruling", "Wire")
    assert "bridge.\u2400 The city" in article.body
    assert "NUL" in the_one_issue(library, "nul.md").message


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",                 # a signature, one NUL is enough
    b"%PDF-1.7\n" + b"text " * 100 + b"\x00",
    b"\x00\x01\x02\x03 not text \x00",                      # control bytes, many for the size
    "Hello there, a longer article text.\n".encode("utf-16-le"),
    b"A long text. " * 1000 + b"\x00" * 20,                # NULs more than one in a thousand bytes
])
def test_a_binary_file_is_still_skipped(tmp_path, data):
    library, _ = load_beside_good(tmp_path, "bin.md", data)
    assert article_named(library, "bin.md") is None
    assert "binary" in the_one_issue(library, "bin.md").message


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-le", "utf-32-be", "utf-16"])
def test_a_file_with_a_byte_order_mark_is_read_in_its_encoding(tmp_path, codec):
    text = "---\ntitle: UTF32 title\noutlet: Wire\n---\n\nA judge ruled on Friday in Boston.\n"
    data = text.encode(codec)
    if not codec.endswith(("32", "16")):
        data = ("\ufeff" + text).encode(codec)
    library, _ = load_beside_good(tmp_path, "u.md", data)
    article = article_named(library, "u.md")
    assert library.issues == [] and (article.title, article.outlet) == ("UTF32 title", "Wire")
    assert article.body == "\nA judge ruled on Friday in Boston.\n"
