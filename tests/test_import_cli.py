"""``reader import`` from the command line, and the imported article in ``reader list``."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import child_env

PAGES = Path(__file__).parent / "data" / "pages"


def test_import_then_list_shows_bundled_story_plus_library(run_reader, tmp_path):
    library = tmp_path / "library"
    env = child_env(READER_LIBRARY_DIR=str(library))
    done = run_reader("import", str(PAGES / "news_full.html"), env=env)
    assert done.returncode == 0, done.stderr
    written = sorted(library.glob("*.md"))
    assert len(written) == 1 and str(written[0]) in done.stdout
    listed = json.loads(run_reader("list", "--json", env=env).stdout)
    assert len(listed) == 6
    assert listed[-1]["path"] == str(written[0])


def test_import_refuses_a_listing_page_and_never_overwrites(run_reader, tmp_path):
    into = tmp_path / "into"
    first = run_reader("import", str(PAGES / "news_full.html"), "--into", str(into))
    assert first.returncode == 0
    (before,) = into.glob("*.md")
    content = before.read_bytes()
    again = run_reader("import", str(PAGES / "news_full.html"), str(PAGES / "listing.html"), "--into", str(into),
                       "--json")
    assert again.returncode == 3, again.stdout  # the page is up to date (a success), the listing refused
    results = json.loads(again.stdout)
    assert [r["ok"] for r in results] == [True, False] and results[0]["status"] == "up to date"
    assert before.read_bytes() == content and len(list(into.iterdir())) == 1
    assert "Traceback" not in again.stderr and again.stderr.count("reader: warning:") >= 2


BRIDGE = [
    "A federal judge on Friday blocked the city from closing the old bridge, ruling that officials had ignored the "
    "law that protects the historic crossing over the river.",
    "\"We are pleased,\" said Maria Nunez, the lawyer for the residents, who had sued the city in March after the "
    "council voted to shut the bridge to all traffic.",
    "The city said it would appeal the ruling to the higher court next week, arguing that the bridge was unsafe and "
    "that repairs would cost more than $40 million.",
    "Residents of the neighbourhood have crossed the bridge for more than a century, and many said they feared that "
    "closing it would cut them off from shops and schools.",
]


def test_import_lines_fit_columns_and_stay_whole_when_piped(run_reader, tmp_path):
    title = "Judge blocks bridge closure " * 300
    paragraphs = "".join(f"<p>{p}</p>" for p in BRIDGE)
    long_page = tmp_path / "long.html"
    long_page.write_text(f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{paragraphs}"
                         "</article></body></html>", encoding="utf-8")
    narrow = run_reader("import", str(long_page), "--into", "a", env=child_env(COLUMNS="80"))
    assert narrow.returncode == 0, narrow.stderr
    (line,) = narrow.stdout.splitlines()
    (written,) = (run_reader.cwd / "a").iterdir()
    assert len(line) <= 80 and line.endswith("…") and line.startswith(f"a/{written.name}  ")
    # the path written is never cut (a path cut with "…" names no file): the label gives way
    deep = run_reader("import", str(long_page), "--into", str(tmp_path / "a"), env=child_env(COLUMNS="80"))
    (written,) = (tmp_path / "a").iterdir()
    assert deep.stdout.splitlines() == [str(written)] and len(str(written)) > 80
    again = run_reader("import", str(long_page), "--into", str(tmp_path / "a"), env=child_env(COLUMNS="50"))
    assert all(len(line) <= 50 for line in again.stdout.splitlines())
    piped = run_reader("import", str(long_page), "--into", str(tmp_path / "b"), env=child_env(COLUMNS=""))
    assert len(piped.stdout.splitlines()[0]) > 1000


def test_refresh_json_with_nothing_to_refresh_prints_an_empty_list(run_reader, tmp_path):
    into = tmp_path / "lib"
    into.mkdir()
    done = run_reader("import", "--refresh", "--json", "--into", str(into))
    assert done.returncode == 0 and json.loads(done.stdout) == []
    assert "nothing to refresh" in done.stderr


def test_into_a_home_of_no_user_is_a_usage_error(run_reader):
    done = run_reader("import", str(PAGES / "news_full.html"), "--into", "~nosuchuser7q3z/news")
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().endswith("--into ~nosuchuser7q3z/news: no user 'nosuchuser7q3z' for ~nosuchuser7q3z")
    assert "Traceback" not in done.stderr and "internal error" not in done.stderr
    assert list(Path(run_reader.cwd).iterdir()) == []
