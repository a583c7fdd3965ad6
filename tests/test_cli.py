"""The command line, run as a real process from an unrelated folder."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import BUNDLED_IDS, REPO, child_env

from reader.cli import build_parser

METADATA_KEYS = {"id", "path", "title", "outlet", "authors", "published", "url", "words"}
SGR = re.compile(r"\x1b\[[0-9;]*m")


def front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text.split("\n---\n", 1)[0].removeprefix("---\n")) or {}


def assert_clean_failure(done: subprocess.CompletedProcess, status: int) -> None:
    assert done.returncode == status, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    assert done.stderr.strip(), "an error must say what went wrong"


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


# --- list -------------------------------------------------------------------------


def test_list_json_from_another_folder(run_reader):
    done = run_reader("list", "--json")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    articles = json.loads(done.stdout)
    assert [a["id"] for a in articles] == BUNDLED_IDS
    for a in articles:
        assert set(a) >= METADATA_KEYS, a
        assert a["title"].strip()
        assert isinstance(a["authors"], list)
        assert isinstance(a["words"], int) and a["words"] > 100
        path = Path(a["path"])
        assert path.is_absolute() and path.is_file()
        assert a["outlet"] == front_matter(path).get("outlet")
    outlets = {a["id"]: a["outlet"] for a in articles}
    assert outlets == {
        "cnn": "CNN", "dcnf-talwani": "Daily Caller News Foundation", "newsnation": "NewsNation",
        "house-addresses": None, "judge-rules": None,
    }
    assert next(a for a in articles if a["id"] == "cnn")["authors"] == ["Marshall Cohen"]


def test_list_human_output_when_piped(run_reader):
    done = run_reader("list")
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1 + len(BUNDLED_IDS)
    assert lines[0].split() == ["ID", "OUTLET", "WORDS", "TITLE"]
    for line, article_id in zip(lines[1:], BUNDLED_IDS, strict=True):
        assert line.split()[0] == article_id
        assert re.search(r"\s\d+  \S", line)                        # the word count, then the title
        assert line == line.rstrip()                               # piped: no padding after the title
    assert "Unknown outlet" in lines[BUNDLED_IDS.index("judge-rules") + 1]
    # piped: titles are not cut to a terminal width
    assert "A federal judge on Thursday blocked Immigration and Customs Enforcement (ICE) from using " \
           "taxpayer data to help track down illegal migrants." in done.stdout


def test_mistyped_command_is_refused_with_the_closest_command(run_reader, tmp_path):
    done = run_reader("lsit")
    assert done.returncode == 2
    assert done.stderr == "reader: error: 'lsit' is not a command or a file; did you mean 'reader list'?\n"
    assert run_reader("storey", "x").stderr.startswith("reader: error: 'storey' is not a command")
    (tmp_path / "lsit").mkdir()                                   # a folder of that name is a path, not a typo
    done = run_reader("lsit", cwd=tmp_path)
    assert "did you mean" not in done.stderr


def test_list_of_given_folder(run_reader, tmp_path):
    write(run_reader.cwd / "mine" / "one.md", "---\ntitle: Mine\noutlet: Me\n---\nMy text.\n")
    done = run_reader("list", "--json", "mine")            # relative to the current folder
    assert done.returncode == 0, done.stderr
    (article,) = json.loads(done.stdout)
    assert (article["id"], article["title"], article["outlet"], article["words"]) == ("one", "Mine", "Me", 2)


# --- show -------------------------------------------------------------------------


def test_show_json_has_metadata_and_body(run_reader):
    done = run_reader("show", "cnn", "--json")
    assert done.returncode == 0, done.stderr
    article = json.loads(done.stdout)
    assert METADATA_KEYS | {"body"} <= set(article)
    assert article["id"] == "cnn"
    text = (REPO / "articles" / "cnn.md").read_text(encoding="utf-8")
    assert text.endswith(article["body"])
    assert article["body"].startswith("\n(CNN) — A federal judge on Friday blocked the IRS")


def test_show_human(run_reader):
    done = run_reader("show", "cnn")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Federal judge blocks IRS from sharing information to help ICE with deportations"
    assert lines[1] == "CNN · by Marshall Cohen"
    assert re.fullmatch(r"\d+ words", lines[2])
    assert "(CNN) — A federal judge on Friday" in done.stdout
    assert "\x1b" not in done.stdout


def test_show_by_unique_prefix(run_reader):
    done = run_reader("show", "dcnf", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["id"] == "dcnf-talwani"


def test_show_by_path_of_bundled_file(run_reader):
    path = json.loads(run_reader("list", "--json").stdout)[0]["path"]
    done = run_reader("show", path, "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["id"] == "cnn"


def test_show_by_relative_path_outside_the_library(run_reader):
    write(run_reader.cwd / "notes" / "mine.md", "---\ntitle: My own\n---\nMy own text.\n")
    done = run_reader("show", "notes/mine.md")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "My own"
    assert "My own text." in done.stdout


def test_show_id_in_given_library(run_reader):
    write(run_reader.cwd / "lib" / "alpha.md", "---\ntitle: Alpha\n---\nA.\n")
    write(run_reader.cwd / "lib" / "beta.md", "---\ntitle: Beta\n---\nB.\n")
    done = run_reader("show", "beta", "lib", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["title"] == "Beta"


def test_unknown_id_exits_1_with_message_on_stderr_only(run_reader):
    done = run_reader("show", "no-such-article")
    assert_clean_failure(done, 1)
    assert done.stdout == ""
    assert "no-such-article" in done.stderr
    assert done.stderr.startswith("reader: error:")
    assert len(done.stderr.splitlines()) == 1


def test_ambiguous_prefix_is_not_found(run_reader):
    write(run_reader.cwd / "lib" / "story.md", "---\ntitle: A\n---\nA.\n")
    write(run_reader.cwd / "lib" / "story-two.md", "---\ntitle: B\n---\nB.\n")
    done = run_reader("show", "sto", "lib")
    assert_clean_failure(done, 1)
    assert done.stdout == ""
    assert done.stderr == ("reader: error: 'sto' is ambiguous: it begins 2 ids (story-two, story); "
                           "give more of the id\n")


def test_an_unknown_id_lists_twenty_ids_at_most():
    from reader.cli.articles import resolve
    from reader.cli.errors import Failure
    from reader.library.loading import Library
    from reader.library.model import Article

    library = Library([Article(id=f"a{k:02}", body="A.", title="A") for k in range(25)])
    with pytest.raises(Failure) as caught:
        resolve(library, "zz")
    assert str(caught.value).endswith("a18, a19 and 5 more)")


# --- usage and help ---------------------------------------------------------------

COMMANDS = sorted(build_parser()._subparsers._group_actions[0].choices)  # type: ignore[union-attr]


@pytest.mark.parametrize("args", [["list", "--bogus"], ["--bogus"], ["show"], ["show", "--json"],
                                  ["list", "--json=yes"]])
def test_usage_errors_exit_2(run_reader, args):
    done = run_reader(*args)
    assert_clean_failure(done, 2)
    assert done.stdout == ""
    assert "reader: error:" in done.stderr


@pytest.mark.parametrize("args, missing", [(["compare"], "A, B"), (["compare", "cnn"], "B"),
                                           (["show"], "ID|PATH")])
def test_missing_arguments_are_named_and_optional_paths_are_not(run_reader, args, missing):
    done = run_reader(*args)
    assert_clean_failure(done, 2)
    assert done.stderr.splitlines()[-1] == f"reader: error: the following arguments are required: {missing}"


def test_help_lists_every_command(run_reader):
    assert {"list", "show"} <= set(COMMANDS)
    done = run_reader("--help")
    assert done.returncode == 0, done.stderr
    for command in COMMANDS:
        assert re.search(rf"^\s+{command}\s+\S", done.stdout, re.M), command


@pytest.mark.parametrize("command", COMMANDS)
def test_subcommand_help(run_reader, command):
    done = run_reader(command, "--help")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"usage: reader {command}")
    assert "--help" in done.stdout
    assert done.stderr == ""


def test_version(run_reader):
    import reader

    done = run_reader("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"reader {reader.__version__}"


# --- bad files --------------------------------------------------------------------

BAD_FILES = {
    "binary.md": b"\x00\x01\x02\x03 not text \x00",
    "empty.md": b"",
    "blank.md": b"   \n\n",
    "front-only.md": b"---\ntitle: Nothing below\n---\n",
    "utf16-no-bom.md": "Hello\n".encode("utf-16-le"),
}


def make_bad_folder(folder: Path, good: bool) -> list[str]:
    for name, data in BAD_FILES.items():
        write(folder / name, data)
    names = list(BAD_FILES)
    try:
        (folder / "link.md").symlink_to(folder / "gone.md")
        names.append("link.md")
    except (OSError, NotImplementedError):
        pass
    if good:
        write(folder / "good.md", "---\ntitle: The good one\n---\nGood text.\n")
    return names


@pytest.mark.parametrize("command", [["show", "a.md"], ["versions", "a.md"], ["compare", "a.md", "good.md", "--text"],
                                     ["show", "gone.md"]])
def test_a_symlink_loop_or_dangling_link_named_as_the_article_is_one_line(run_reader, command):
    write(run_reader.cwd / "good.md", "Good\n\nA judge ruled on Friday.\n")
    try:
        (run_reader.cwd / "a.md").symlink_to("b.md")
        (run_reader.cwd / "b.md").symlink_to("a.md")
        (run_reader.cwd / "gone.md").symlink_to("nowhere.md")
    except (OSError, NotImplementedError):
        pytest.skip("symlinks not available")
    done = run_reader(*command)
    assert_clean_failure(done, 1)
    reason = "dangling link" if command[1] == "gone.md" else "symbolic link loop"
    assert done.stderr == f"reader: error: {command[1]}: {reason}\n"


@pytest.mark.parametrize("command", [["list"], ["list", "--json"], ["show", "good"]])
def test_bad_files_warn_once_each_and_good_one_works(run_reader, command):
    bad = make_bad_folder(run_reader.cwd / "lib", good=True)
    done = run_reader(*command, "lib")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "internal error" not in done.stderr
    warnings = done.stderr.splitlines()
    assert all(w.startswith("reader: warning: ") for w in warnings), warnings
    for name in bad:
        assert len([w for w in warnings if name in w]) == 1, (name, warnings)
    assert len(warnings) == len(bad)
    assert "The good one" in done.stdout


def test_folder_of_only_bad_files_exits_1(run_reader):
    bad = make_bad_folder(run_reader.cwd / "lib", good=False)
    done = run_reader("list", "lib")
    assert_clean_failure(done, 1)
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert lines[-1].startswith("reader: error:")
    assert len(lines) == len(bad) + 1


def test_impossible_date_in_one_file_does_not_stop_the_others(run_reader):
    write(run_reader.cwd / "lib" / "good.md", "---\ntitle: The good one\n---\nGood text.\n")
    write(run_reader.cwd / "lib" / "date.md", "---\ntitle: T\npublished: 2025-02-30\n---\nText.\n")
    done = run_reader("list", "--json", "lib")
    assert done.returncode == 0, done.stderr
    assert "internal error" not in done.stderr
    assert len(done.stderr.splitlines()) == 1 and "date.md" in done.stderr
    assert sorted(a["id"] for a in json.loads(done.stdout)) == ["date", "good"]


def test_nonexistent_folder_exits_1(run_reader):
    done = run_reader("list", "nowhere")
    assert_clean_failure(done, 1)
    assert "nowhere" in done.stderr


def test_show_of_a_bad_file_by_path(run_reader):
    write(run_reader.cwd / "bad.md", b"\x00\x00")
    done = run_reader("show", "bad.md")
    assert_clean_failure(done, 1)
    assert done.stdout == ""
    assert "bad.md" in done.stderr


# --- pipes and colour -------------------------------------------------------------


@pytest.mark.parametrize("args", [["list"], ["list", "--json"], ["show", "cnn"], ["show", "big", "lib"]])
def test_closed_pipe_is_not_an_error(run_reader, args):
    write(run_reader.cwd / "lib" / "big.md", "---\ntitle: Big\n---\n" + "many words here\n" * 20000)
    read_end, write_end = os.pipe()
    os.close(read_end)                   # the reader of our output has already gone
    try:
        done = subprocess.run([sys.executable, "-m", "reader", *args], cwd=run_reader.cwd, env=child_env(),
                              stdin=subprocess.DEVNULL, stdout=write_end, stderr=subprocess.PIPE,
                              encoding="utf-8", timeout=60)
    finally:
        os.close(write_end)
    assert "Traceback" not in done.stderr
    assert "Error" not in done.stderr, done.stderr
    assert done.returncode in (0, 141), done.returncode     # 141: quietly killed by SIGPIPE


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX shell")
def test_pipe_into_head(run_reader):
    done = subprocess.run(["sh", "-c", f'"{sys.executable}" -m reader list | head -1'],
                          cwd=run_reader.cwd, env=child_env(), capture_output=True, encoding="utf-8", timeout=60)
    assert done.returncode == 0
    assert done.stdout.split() == ["ID", "OUTLET", "WORDS", "TITLE"]
    assert done.stderr == ""


@pytest.mark.parametrize("args", [["list"], ["show", "cnn"]])
def test_no_colour_when_piped_or_no_color(run_reader, args):
    assert "\x1b" not in run_reader(*args).stdout
    both = run_reader(*args, env=child_env(NO_COLOR="1", FORCE_COLOR="1"))
    assert "\x1b" not in both.stdout                        # NO_COLOR wins
    forced = run_reader(*args, env=child_env(FORCE_COLOR="1"))
    assert "\x1b[" in forced.stdout                         # the check above can fail
    assert SGR.sub("", forced.stdout) == run_reader(*args).stdout


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
@pytest.mark.parametrize(("no_color", "coloured"), [(None, True), ("1", False)])
def test_colour_on_a_terminal(run_reader, no_color, coloured):
    out = _on_a_terminal(run_reader.cwd, "list", NO_COLOR=no_color)
    assert ("\x1b[" in out) == coloured
    assert "cnn" in out


def _on_a_terminal(cwd, *args: str, **env: str | None) -> str:
    """What ``reader ARGS`` writes to a pseudo-terminal (CRLF line ends made LF), with
    ``env`` added to (or, for None, taken out of) the child's environment."""
    pty = pytest.importorskip("pty")
    leader, follower = pty.openpty()
    try:
        proc = subprocess.Popen([sys.executable, "-m", "reader", *args], cwd=cwd,
                                env=child_env(COLUMNS="200", **env),
                                stdin=subprocess.DEVNULL, stdout=follower, stderr=subprocess.PIPE)
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:                    # EIO: the child closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        proc.wait(timeout=60)
    finally:
        os.close(leader)
    assert proc.returncode == 0
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_json_is_one_line_in_a_pipe_and_indented_on_a_terminal(run_reader):
    piped = run_reader("list", "--json").stdout
    data = json.loads(piped)
    assert piped == json.dumps(data, ensure_ascii=False) + "\n"            # one line
    shown = _on_a_terminal(run_reader.cwd, "list", "--json")
    assert shown == json.dumps(data, ensure_ascii=False, indent=2) + "\n"  # for a person


def test_write_json_output_is_the_same_whatever_the_encoder():
    from io import StringIO

    from reader.reports.output import write_json

    class Terminal(StringIO):
        def isatty(self) -> bool:
            return True

    data = {"a": [1, 2.5, None, True, "é’\n\u2028\x1b"], "b": {"c": [], "d": {}}, "e": -0.0, "f": 10**20}
    piped, terminal = StringIO(), Terminal()
    write_json(data, piped)
    write_json(data, terminal)
    expected_piped, expected_terminal = StringIO(), StringIO()   # as json.dump writes them
    json.dump(data, expected_piped, ensure_ascii=False)
    json.dump(data, expected_terminal, ensure_ascii=False, indent=2)
    assert piped.getvalue() == expected_piped.getvalue() + "\n"
    assert terminal.getvalue() == expected_terminal.getvalue() + "\n"
    assert "\n" not in piped.getvalue()[:-1] and terminal.getvalue().count("\n") > 5


def test_write_json_in_a_pipe_writes_pieces_that_join_into_json_dumps(monkeypatch):
    """Piped JSON is written a piece at a time (never the whole text at once), and the
    pieces join into exactly what json.dumps gives, at every depth and for every key type."""
    from io import StringIO

    from reader.reports import output

    class Recorder(StringIO):
        writes = 0

        def write(self, text: str) -> int:
            self.writes += 1
            return super().write(text)

    monkeypatch.setattr(output, "_PIECE", 8)
    monkeypatch.setattr(output, "_SCALAR_RUN", 3)    # runs of plain values cut in threes
    leaves = [1, -0.0, 2.5, None, True, "é’\n\u2028\x1b\"\\", 10**20, "", (1, "x"), [], {}]
    nested: object = leaves
    for depth in range(8):
        nested = ({"k": nested, "list": [nested, leaves], "ü": depth, **({1: "int key"} if depth == 5 else {})}
                  if depth % 2 else [nested, {}])
    data = {"deep": nested, "odd keys": {None: 1, 2.5: 2, True: 3}, "rows": [{"a": k, "b": [k] * k} for k in range(50)],
            "matrix": [[None if (i + j) % 4 == 0 else (i * j) / 7 for j in range(n)]
                       for i, n in enumerate((1, 3, 4, 7))],
            "plain": (True, False, None, "s", 1, 2.0, "x\ty")}
    piped = Recorder()
    output.write_json(data, piped)
    assert piped.getvalue() == json.dumps(data, ensure_ascii=False) + "\n"
    assert piped.writes > 10


# --- hostile article text ---------------------------------------------------------

HOSTILE = (
    "---\n"
    'title: "Title\\e[2J\\e]0;pwned\\a\\x9b31m"\n'
    'outlet: "Out\\e[5mlet"\n'
    'authors: ["Ev\\e[8mil"]\n'
    "---\n"
    "Body \x1b[31mred\x1b[0m, OSC 52 \x1b]52;c;ZXZpbA==\x07, C1 \x9b2J, bell \x07, del \x7f.\n"
    "Markup stays literal: [bold red]x[/] and [link=file:///etc/passwd]click[/link].\n"
)


@pytest.mark.parametrize("env", [{}, {"FORCE_COLOR": "1"}], ids=["plain", "forced-colour"])
def test_show_never_emits_escape_sequences_from_the_article(run_reader, env):
    write(run_reader.cwd / "lib" / "hostile.md", HOSTILE)
    done = run_reader("show", "hostile", "lib", env=child_env(**env))
    assert done.returncode == 0, done.stderr
    out = SGR.sub("", done.stdout) if env else done.stdout    # reader's own styling only
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out and "\x7f" not in out
    assert "␛[31mred␛[0m" in out
    assert "[bold red]x[/] and [link=file:///etc/passwd]click[/link]" in out
    assert out.splitlines()[0].startswith("Title␛[2J␛]0;pwned␇")


def test_list_and_json_never_emit_escape_sequences(run_reader):
    write(run_reader.cwd / "lib" / "hostile.md", HOSTILE)
    listed = run_reader("list", "lib")
    assert listed.returncode == 0
    assert "\x1b" not in listed.stdout
    shown = run_reader("show", "hostile", "lib", "--json")
    article = json.loads(shown.stdout)
    assert "\x1b" not in shown.stdout and "\x9b" not in shown.stdout
    assert "[bold red]x[/]" in article["body"]


def test_hostile_file_names_in_warnings_and_errors(run_reader):
    name = "evil\x1b]0;pwned\x07\x1b[2J.md"
    try:
        write(run_reader.cwd / name, b"\x00\x01binary")
    except OSError:
        pytest.skip("file system refuses such names")
    done = run_reader("show", name)
    assert done.returncode == 1
    assert "\x1b" not in done.stderr and "\x07" not in done.stderr, done.stderr
    assert "evil␛]0;pwned␇␛[2J.md" in done.stderr


def test_compare_two_files_of_the_same_name_gives_distinct_ids(run_reader, tmp_path):
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.md").write_text(f"---\ntitle: {folder}\n---\nA short body {folder}.\n",
                                                    encoding="utf-8")
    done = run_reader("compare", str(tmp_path / "x" / "story.md"), str(tmp_path / "y" / "story.md"), "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert (data["a"]["id"], data["b"]["id"]) == ("story", "story-2")


def test_a_usage_error_shows_an_escape_in_an_argument_as_text(run_reader):
    done = run_reader("list", "--bogus\x1b[2J\x1b]52;c;aGk=\x07")
    assert_clean_failure(done, 2)
    assert "\x1b" not in done.stderr and "\x07" not in done.stderr and "--bogus␛[2J" in done.stderr


def test_list_json_gives_the_real_path_of_an_oddly_named_file(run_reader):
    names = [b"evil\x1b[31mred.md", b"new\nline.md", b"\xff\xfe.md", b"bidi\xe2\x80\xaemark.md"]
    for n, name in enumerate(names):
        write(Path(os.fsdecode(run_reader.cwd / os.fsdecode(name))), f"T{n}\n\nA judge ruled on Friday.\n")
    done = run_reader("list", ".", "--json")
    assert done.returncode == 0, done.stderr
    paths = [Path(a["path"]) for a in json.loads(done.stdout)]
    assert sorted(os.fsencode(p.name) for p in paths) == sorted(names)
    assert all((run_reader.cwd / p).is_file() for p in paths)
    human = run_reader("list", ".")
    assert "\x1b" not in human.stdout + human.stderr


@pytest.mark.parametrize("command", [
    ["compare", "one", "two", "--text", "lib"], ["compare", "one", "two", "--json", "lib"],
    ["show", "one", "--json", "lib"], ["compare", "--text", "one", "two", "lib"],
    ["list", "lib", "--json"], ["quotes", "lib", "--json"],
])
def test_options_are_accepted_among_the_paths(run_reader, command):
    write(run_reader.cwd / "lib" / "one.md", "One\n\nA judge ruled on Friday in Boston.\n")
    write(run_reader.cwd / "lib" / "two.md", "Two\n\nA judge ruled on Friday in Boston, officials said.\n")
    done = run_reader(*command)
    assert done.returncode == 0, done.stderr
    if "--json" in command:
        json.loads(done.stdout)


@pytest.mark.parametrize("command", ["list", "show", "compare", "story", "versions"])
def test_a_wrong_option_gets_the_commands_own_usage(run_reader, command):
    done = run_reader(command, "--bogus")
    assert_clean_failure(done, 2)
    assert done.stderr.startswith(f"usage: reader {command} ")
    assert done.stderr.rstrip("\n").splitlines()[-1].startswith("reader: error: ")


@pytest.mark.parametrize(("command", "named"), [
    (["list", ""], "PATH"), ([""], "PATH"), (["show", ""], "ID|PATH"), (["compare", "cnn", ""], "B"),
    (["story", "--html", ""], "--html"), (["story", "--md", ""], "--md"),
    (["import", "--into", "", "x.html"], "--into"), (["stories", "", "--json"], "PATH"),
])
def test_an_empty_path_is_refused_never_the_current_folder(run_reader, command, named):
    write(run_reader.cwd / "here.md", "Here\n\nA judge ruled on Friday in Boston.\n")
    done = run_reader(*command)
    assert_clean_failure(done, 2)
    assert done.stderr == f"reader: error: {named} is empty: name a file or folder\n"
    assert done.stdout == "" and sorted(p.name for p in run_reader.cwd.iterdir()) == ["here.md"]


@pytest.mark.parametrize("second", ["r.html", "./r.html", "sub/../r.html"])
def test_one_file_for_both_story_reports_is_refused(run_reader, second):
    (run_reader.cwd / "sub").mkdir()
    done = run_reader("story", "--html", "r.html", "--md", second)
    assert_clean_failure(done, 2)
    assert "--html and --md both name" in done.stderr
    assert not (run_reader.cwd / "r.html").exists()


@pytest.mark.parametrize("command", [
    ["list", "--json", "--", "-notes.md"], ["show", "--json", "--", "-notes.md"], ["--", "-notes.md"],
    ["compare", "--json", "--", "-notes.md", "--other.md"], ["list", "--", "-notes.md", "--json"],
    ["quotes", "--json", "--", "-notes.md"], ["story", "--json", "--", "-notes.md", "--other.md"],
])
def test_every_word_after_a_double_dash_is_a_path(run_reader, command):
    """``--`` ends the options, as everywhere: a file named "-notes.md" or "--json" can be
    given (Python 3.11's intermixed parsing refused any word after a leading ``--``)."""
    write(run_reader.cwd / "-notes.md", "Notes\n\nThe ferry of Castmoor carried 400 people on Monday.\n")
    write(run_reader.cwd / "--other.md", "Other\n\nThe ferry of Castmoor carried 400 people on Monday, it said.\n")
    write(run_reader.cwd / "--json", "Json\n\nA file named like an option.\n")
    done = run_reader(*command)
    assert done.returncode == 0, done.stderr
    if command[:2] == ["list", "--json"]:
        assert [a["path"] for a in json.loads(done.stdout)] == ["-notes.md"]
    if command[-1] == "--json":      # a path there: a file of no known type, not the option
        assert done.stdout.startswith("ID ") and "--json: unsupported file type" in done.stderr


def test_a_double_dash_never_hands_an_option_its_value():
    from reader.cli.main import main

    with pytest.raises(SystemExit) as stop:
        main(["story", "--md", "--", "x.md"])
    assert stop.value.code == 2
