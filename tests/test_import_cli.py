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
