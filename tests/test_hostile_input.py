"""Hostile input to the loader, the front matter, its cache and the display (issue 13, part A).

Each case: the bad file loads as far as it can, says what was wrong (file, line, field),
answers quickly without allocating much, and never stops the good file beside it.
"""

from __future__ import annotations

import hashlib
import json
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_library import (
    GOOD_NAME,
    GOOD_TEXT,
    article_named,
    assert_good_still_loads,
    load_beside_good,
    the_one_issue,
    write,
)
from test_timing_support import against

from reader.library import frontmatter
from reader.library.loading import load_file, load_library
from reader.text import tokens
from reader.text.cache import JsonStore
from reader.text.sanitize import neutralise, one_line
from reader.text.tokens import tokenize, word_count

PROPERTY = settings(max_examples=150, derandomize=True, database=None, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def billion_laughs(levels: int, width: int = 9) -> str:
    lines = ["title: Laughs", "a0: &a0 [" + ", ".join(['"lol"'] * width) + "]"]
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * width) + "]")
    return "---\n" + "\n".join(lines) + "\n---\n\nThe body of the laughing article.\n"


PLAIN_NOTE = "---\ntitle: Plain\nnote: {}\n---\n\nA plain article.\n"
SLOWER = 40         # how many times longer than a plain file of its size a hostile one may take


def timed_load(tmp_path: Path, name: str, text: str):
    """Load ``text`` as ``name`` beside a good file: the load allocates little, takes at most
    ``SLOWER`` times as long as a plain file of the same size (timed in this run:
    tests/test_timing_support.py) and keeps the good file."""
    tracemalloc.start()
    try:
        library, _ = load_beside_good(tmp_path / "hostile", name, text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 64 * 2**20, f"{peak / 2**20:.0f} MB"
    assert_good_still_loads(library)
    plain = PLAIN_NOTE.format("x" * max(1, len(text) - len(PLAIN_NOTE)))
    ratio = against(lambda: load_beside_good(tmp_path / "again", name, text),
                    lambda: load_beside_good(tmp_path / "plain", name, plain))
    assert ratio < SLOWER, ratio
    return library


# --- 1. alias bombs -----------------------------------------------------------------


@pytest.mark.parametrize("levels", [8, 9, 12])
def test_alias_bomb_is_refused_quickly_and_the_rest_loads(tmp_path, levels):
    text = billion_laughs(levels)
    assert len(text.encode()) < 1000
    library = timed_load(tmp_path, "bomb.md", text)
    issue = the_one_issue(library, "bomb.md")
    assert "aliases" in issue.message and issue.line is not None and issue.line >= 3
    article = article_named(library, "bomb.md")
    assert article.title == "Laughs"                      # the fields within the limits are kept
    assert article.body == "\nThe body of the laughing article.\n"


def test_alias_bomb_through_merge_keys_is_refused(tmp_path):
    lines = ["title: Merges", "m0: &m0 {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9}"]
    for i in range(1, 10):
        lines.append(f"m{i}: &m{i} {{<<: [" + ", ".join([f"*m{i - 1}"] * 9) + "]}")
    library = timed_load(tmp_path, "merge.md", "---\n" + "\n".join(lines) + "\n---\nBody.\n")
    assert "aliases" in the_one_issue(library, "merge.md").message
    assert article_named(library, "merge.md").title == "Merges"


def test_a_few_ordinary_aliases_still_work(tmp_path):
    text = "---\ntitle: &t Shared title\nheadline: *t\nauthors: &a [Ann, Bo]\nwriters: *a\n---\nBody.\n"
    library, _ = load_beside_good(tmp_path, "alias.md", text)
    article = article_named(library, "alias.md")
    assert (article.title, article.authors) == ("Shared title", ("Ann", "Bo"))
    assert not [i for i in library.issues if "alias.md" in i.path]


def test_long_front_matter_is_refused_whole(tmp_path):
    text = "---\ntitle: Big\nnote: " + "x" * (frontmatter.MAX_FRONT_MATTER_CHARS + 10) + "\n---\nBody.\n"
    library = timed_load(tmp_path, "big.md", text)
    assert "over the limit" in the_one_issue(library, "big.md").message
    assert article_named(library, "big.md").body == "Body.\n"


# --- 2. addresses urllib cannot take apart ---------------------------------------------


@pytest.mark.parametrize("url", ['"http://[::1"', "https://[zz]/", "http://example.com:99999/", "http://:80/",
                                 "https://user@:1/", '"https://exa mple.com/a"', '"https://example.com/a\\tb"',
                                 '"https://example.com/\\u202e/gpj.exe"', '"https://example.com/\\u200bx"',
                                 '"https://example.com/\\x1b[31m"'])
def test_bad_url_is_dropped_with_its_line(tmp_path, url):
    text = f"---\ntitle: Kept\noutlet: Kept too\nurl: {url}\n---\nBody stays.\n"
    library = timed_load(tmp_path, "url.md", text)
    issue = the_one_issue(library, "url.md")
    assert "'url'" in issue.message and issue.line == 4 and "line 4" in issue.message
    article = article_named(library, "url.md")
    assert (article.title, article.outlet, article.url) == ("Kept", "Kept too", None)


def test_ipv6_url_is_kept():
    meta = {"url": "http://[::1]:8080/page"}
    from reader.library.loading import _url_field

    problems: list = []
    assert _url_field(meta, problems, {}) == "http://[::1]:8080/page" and problems == []


# --- 3. values that contain themselves ---------------------------------------------------


@pytest.mark.parametrize("field", ["foo: &x [*x]", "foo: &x {a: *x}", "foo: &x {<<: *x}", "foo: &x [[[*x]]]",
                                   "foo: &x [a, {b: [*x]}]"])
def test_self_referencing_alias_is_dropped(tmp_path, field):
    text = f"---\ntitle: Kept\n{field}\nurl: https://example.com/\n---\nBody stays.\n"
    library = timed_load(tmp_path, "self.md", text)
    issue = the_one_issue(library, "self.md")
    assert "'foo'" in issue.message and issue.line == 3
    article = article_named(library, "self.md")
    assert (article.title, article.url) == ("Kept", "https://example.com/")


def test_aliases_nested_past_the_depth_limit_are_dropped(tmp_path):
    deep = "[" * 40 + "x" + "]" * 40
    text = f"---\ntitle: Kept\na: &a {deep}\nb: &b {'[' * 30}*a{']' * 30}\n---\nBody stays.\n"
    library = timed_load(tmp_path, "deep.md", text)
    issue = the_one_issue(library, "deep.md")
    assert "'b'" in issue.message and "deep" in issue.message
    assert article_named(library, "deep.md").title == "Kept"


# --- 9. the cache checks what it reads ----------------------------------------------------

CACHED = "---\ntitle: Cached title\npublished: 2025-11-21\n---\nBody text.\n"


def _key(text: str) -> str:
    head = text[: frontmatter._block_end(text)]
    return hashlib.blake2b(head.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


@pytest.mark.parametrize("entry", [
    {"meta": "x", "problems": [], "end": 4, "lines": {}},
    {"meta": {"title": "Forged"}, "problems": [], "end": 4},
    {"meta": {"title": "Forged"}, "problems": "no", "end": 4, "lines": {}},
    {"meta": {"title": "Forged"}, "problems": [["m", "x"]], "end": 4, "lines": {}},
    {"meta": {"title": "Forged"}, "problems": [], "end": -1, "lines": {}},
    {"meta": {"title": "Forged"}, "problems": [], "end": True, "lines": {}},
    {"meta": {"title": "Forged"}, "problems": [], "end": 4, "lines": {"title": "2"}},
    {"meta": {"published": {"$date": 5}}, "problems": [], "end": 4, "lines": {}},
    {"meta": {"published": {"$date": "2025-13-45"}}, "problems": [], "end": 4, "lines": {}},
    {"meta": {"deep": json.loads("[" * 500 + "]" * 500)}, "problems": [], "end": 4, "lines": {}},
    "x", 7, None, [1, 2],
])
def test_a_cache_entry_of_the_wrong_shape_is_a_miss_and_rewritten(tmp_path, monkeypatch, entry):
    cache = tmp_path / "cache"
    cache.mkdir()
    store = JsonStore("fm.json", decode=frontmatter._from_cache)
    monkeypatch.setenv("READER_CACHE_DIR", str(cache))
    monkeypatch.setattr(frontmatter, "CACHE", store)
    (cache / "fm.json").write_text(json.dumps({_key(CACHED): entry}), encoding="utf-8")
    path = write(tmp_path / "a.md", CACHED)
    issues: list = []
    article = load_file(path, issues)
    assert issues == [] and article is not None
    assert (article.title, article.published) == ("Cached title", "2025-11-21")
    assert store.get(_key(CACHED)) is not None            # rewritten with the parsed result
    store.save()
    store2 = JsonStore("fm.json", decode=frontmatter._from_cache)
    assert store2.get(_key(CACHED))[0]["title"] == "Cached title"


def test_a_cache_file_nested_absurdly_deep_is_empty(tmp_path, monkeypatch):
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))
    (tmp_path / "deep.json").write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    assert JsonStore("deep.json").get("k") is None


def test_the_cache_keeps_no_oversized_or_unjsonable_values(tmp_path, monkeypatch):
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))
    store = JsonStore("s.json", max_entry=100)
    store.put("big", "x" * 200)
    store.put("bytes", b"x")
    store.put("tuple", ("a", 1))
    assert store.get("big") is None and store.get("bytes") is None
    assert store.get("tuple") == ["a", 1]                 # as the file will give it back


# --- 11a. each field on its own ------------------------------------------------------------


@pytest.mark.parametrize("value", ["2025-13-45", "2025-02-30", "2025-01-01 25:00:00", "!!int abc", "!unknown x"])
def test_one_bad_field_keeps_the_others_and_names_its_line(tmp_path, value):
    text = f"---\ntitle: Kept title\noutlet: Kept outlet\npublished: {value}\nauthors: [Ann]\n---\nBody stays.\n"
    library = timed_load(tmp_path, "date.md", text)
    issue = the_one_issue(library, "date.md")
    assert issue.line == 4 and "'published'" in issue.message and "line 4" in issue.message
    article = article_named(library, "date.md")
    assert (article.title, article.outlet, article.authors, article.published) == (
        "Kept title", "Kept outlet", ("Ann",), None)


def test_field_problems_each_name_their_line(tmp_path):
    text = "---\ntitle: T\nauthors: {a: 42}\nurl: javascript:x\npublished: 2025-13-45\n---\nBody.\n"
    library, _ = load_beside_good(tmp_path, "typed.md", text)
    message = the_one_issue(library, "typed.md").message
    assert "'published' on line 5" in message
    assert "'authors' on line 3" in message and "'url' on line 4" in message


@pytest.mark.parametrize(("block", "kept", "lines"), [
    ("title: First\noutlet: Ardwick Post\ntitle: Second\n", ("Second", "Ardwick Post"), [(4, 2)]),
    ("title: A\ntitle: B\ntitle: C\noutlet: X\noutlet: Y\n", ("C", "Y"), [(3, 2), (4, 3), (6, 5)]),
    ("title: A\nbase: &b {outlet: M}\n<<: *b\noutlet: N\n", ("A", "N"), []),  # a merge is no repeat
])
def test_a_repeated_field_is_named_with_both_lines(tmp_path, block, kept, lines):
    """YAML forbids a key given twice; PyYAML kept the last without a word, so a title
    written twice lost the first silently. The later value is still used, and said so."""
    library, _ = load_beside_good(tmp_path, "twice.md", f"---\n{block}---\nBody about the Castmoor ferry.\n")
    article = article_named(library, "twice.md")
    assert (article.title, article.outlet) == kept
    if not lines:
        assert library.issues == []
        return
    message = the_one_issue(library, "twice.md").message
    for later, first in lines:
        assert f"on line {later} repeats line {first}; the later value is used" in message


# --- 11b. invisible characters do not hide a copy ----------------------------------------------

ZW = ["\u200b", "\u200c", "\u200d", "\u00ad", "\u200e", "\u200f", "\u202e", "\u2066", "\ufeff", "\u2060", "◌"]


def _hide(text: str, mark: str) -> str:
    return " ".join(w[:1] + mark + w[1:] if len(w) > 1 else w for w in text.split(" "))


@pytest.mark.parametrize("native", [True, False], ids=["native", "python"])
@pytest.mark.parametrize("mark", ZW)
def test_format_characters_inside_every_word_do_not_hide_a_copy(native, mark):
    if native and tokens._native is None:
        pytest.skip("reader._native is not built here")
    saved = tokens._native
    tokens._native = saved if native else None
    try:
        words = [f"word{i % 997}" for i in range(20_000)]
        original = " ".join(words) + "."
        copy = _hide(original, mark)
        a, b = tokenize(original), tokenize(copy)
        assert against(lambda: tokenize(copy), lambda: tokenize(original)) < 10
        assert a.norms == b.norms and len(b) == 20_000 == word_count(copy)
        for k in (0, 1, 9_999, 19_999):                     # offsets index the copy itself
            assert b.surface(k).replace(mark, "") == a.surface(k)
            assert b.surface(k)[0] == a.surface(k)[0] and b.surface(k)[-1] == a.surface(k)[-1]
    finally:
        tokens._native = saved


def test_loaded_copy_with_zero_width_spaces_matches_the_original(tmp_path):
    body = "The minister said the budget would be balanced by the end of next year.\n"
    write(tmp_path / "a.md", "---\ntitle: A\n---\n" + body)
    write(tmp_path / "b.md", "---\ntitle: B\n---\n" + _hide(body, "\u200b"))
    library = load_library([tmp_path])
    a, b = (tokenize(x.body) for x in library.articles)
    assert a.norms == b.norms
    assert library.articles[1].body == _hide(body, "◌")    # shown, one for one


# --- 11c. bidi controls and zero-width spaces are shown, one for one -------------------------


def test_bidi_controls_are_shown_in_fields_and_bodies(tmp_path):
    text = ("---\ntitle: \"Safe \u202eelif.exe\u202c title\u200b\"\noutlet: \"Out\u2066let\u2069\"\n"
            "authors: [\"Ann\u200fB\"]\n---\nBody \u202eevil\u202c text\u200b and \u200d joiner.\n")
    library, _ = load_beside_good(tmp_path, "bidi.md", text)
    article = article_named(library, "bidi.md")
    assert article.title == "Safe ◌elif.exe◌ title◌"
    assert article.outlet == "Out◌let◌" and article.authors == ("Ann◌B",)
    assert article.body == "Body ◌evil◌ text◌ and \u200d joiner.\n"
    shown = [article.title, article.outlet, *article.authors, article.body]
    assert not any(c in s for s in shown for c in "\u202e\u202c\u2066\u2069\u200f\u200b")


def test_neutralise_keeps_length_for_every_format_character():
    text = "".join(ZW) + "a\u061cb\ufeffc"
    assert len(neutralise(text)) == len(text)
    assert one_line("a\u202eb") == "a◌b"


# --- 11d. absurdly nested quotes still show their text -----------------------------------------


@pytest.mark.parametrize("depth", [19, 21, 100, 10_000])
def test_deeply_nested_quotes_show_their_text(depth):
    from reader.tui.document import MAX_DRAWN_DEPTH, build_document

    body = "Intro.\n\n" + ">" * depth + " Hidden words here\n> and more.\n\nAfter.\n"
    document = build_document(body)
    plain = "Intro.\n\n" + "x" * depth + " Hidden words here\n> and more.\n\nAfter.\n"
    assert against(lambda: build_document(body), lambda: build_document(plain)) < SLOWER
    texts = [b.plain for b in document.blocks]
    assert "Hidden words here and more." in texts and texts[0] == "Intro." and texts[-1] == "After."
    for block in document.blocks:
        assert len(block.first_prefix) <= 2 * MAX_DRAWN_DEPTH + 4
        for c, at in zip(block.plain, block.offsets, strict=True):
            assert c == " " or body[at] == c


# --- properties: whatever the front matter or bytes, the loader answers ---------------------

SCALARS = st.sampled_from(["x", "'q'", "2025-13-45", "2025-01-02", "!!int z", "!!binary AAAA", "!t v", "~",
                           "http://[::1", "1e999", "0x" + "f" * 5000, "\u202e", "&", "*", "|", ">-", "{", "[", "?"])


@st.composite
def yaml_values(draw, anchors: list[str], depth: int = 0) -> str:
    choice = draw(st.integers(0, 5 if depth < 4 else 1))
    if choice == 0:
        return draw(SCALARS)
    if choice == 1:
        return f"*{draw(st.sampled_from(anchors))}" if anchors else "~"
    items = draw(st.lists(yaml_values(anchors, depth + 1), max_size=9))
    if choice in (2, 3):
        return "[" + ", ".join(items) + "]"
    keys = draw(st.lists(st.sampled_from(["a", "b", "<<", "title", "? [k]"]), min_size=len(items),
                         max_size=len(items)))
    return "{" + ", ".join(f"{k}: {v}" for k, v in zip(keys, items, strict=True)) + "}"


@st.composite
def front_matters(draw) -> str:
    anchors: list[str] = []
    lines = []
    for i in range(draw(st.integers(0, 12))):
        name = draw(st.sampled_from(["title", "outlet", "authors", "published", "url", "language", "<<", f"f{i}"]))
        value = draw(yaml_values(anchors))
        if draw(st.booleans()):
            anchor = f"a{i}"
            if draw(st.booleans()):
                value = f"&{anchor} {value}"
                anchors.append(anchor)           # later values may alias it
            else:                                # or the value itself refers to it
                value = f"&{anchor} [{value}, *{anchor}]"
        lines.append(f"{name}: {value}")
    return "---\n" + "\n".join(lines) + "\n---\nBody of the generated article.\n"


def _load_checked(folder: Path, name: str):
    library = load_library([folder])
    good = article_named(library, GOOD_NAME)
    assert good is not None and good.title == "Good story"
    named = [i for i in library.issues if i.path.endswith(name)]
    assert article_named(library, name) is not None or named
    assert not any("internal error" in i.message for i in library.issues), library.issues
    return library


@settings(PROPERTY, max_examples=60)
@given(front_matters())
def test_random_front_matter_never_raises(tmp_path_factory, text):
    folder = tmp_path_factory.mktemp("fm")
    write(folder / GOOD_NAME, GOOD_TEXT)
    write(folder / "gen.md", text)
    _load_checked(folder, "gen.md")
    plain = tmp_path_factory.mktemp("plain")
    write(plain / GOOD_NAME, GOOD_TEXT)
    write(plain / "gen.md", PLAIN_NOTE.format("x" * max(1, len(text) - len(PLAIN_NOTE))))
    assert against(lambda: load_library([folder]), lambda: load_library([plain])) < SLOWER


@PROPERTY
@given(st.binary(max_size=400), st.sampled_from(["x.md", "x.txt"]), st.booleans())
def test_random_bytes_never_raise(tmp_path_factory, data, name, fenced):
    folder = tmp_path_factory.mktemp("bytes")
    write(folder / GOOD_NAME, GOOD_TEXT)
    write(folder / name, (b"---\n" + data + b"\n---\nBody.\n") if fenced else data)
    _load_checked(folder, name)


def test_a_title_taken_from_a_huge_first_line_is_cut(tmp_path):
    library, _ = load_beside_good(tmp_path, "quotes.md", ">" * 10_000 + " deep text\n")
    article = article_named(library, "quotes.md")
    assert article.title_derived and len(article.title) <= 200 and article.title.endswith("…")
