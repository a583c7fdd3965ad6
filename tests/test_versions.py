"""Versions of an imported article (issue 16, stealth edits): a page that changes between
two fetches, served on 127.0.0.1 only."""

from __future__ import annotations

import http.server
import json
import threading
import time
from pathlib import Path

import pytest
from conftest import child_env
from local_server import serving, url_of
from test_timing_support import against

pytest.importorskip("trafilatura")

from reader.analysis.version_diff import change, side_by_side, version_rows
from reader.library import versions
from reader.library.importer import import_sources, refresh_library, render

STOP = threading.Event()
PARAGRAPHS = [
    "The harbour board met on Tuesday night to decide the future of the old fish market, a building "
    "that has stood at the end of the east quay for more than a century and a half.",
    "Members heard from traders, residents and the fire service before voting, and the debate ran "
    "for almost four hours as the public gallery filled and emptied again several times.",
    "The board's chair said the decision had not been taken lightly, and that the building's future "
    "would now depend on whether a buyer could be found before the end of the coming winter season.",
]
STATE = {"headline": "Harbour board votes to sell the old fish market", "vote": "seven votes to two",
         "fetches": 0}


def page() -> bytes:
    STATE["fetches"] += 1
    clock = time.strftime("%H:%M:%S") + f".{STATE['fetches']}"  # furniture: changes on every fetch
    body = "".join(f"<p>{p}</p>\n" for p in PARAGRAPHS)
    vote = f"<p>The motion to sell was carried by {STATE['vote']} after a long and at times heated debate.</p>"
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{STATE['headline']}</title><meta property="og:title" content="{STATE['headline']}">
<meta property="og:site_name" content="The Quay Gazette"></head><body>
<header><span class="clock">Updated {clock}</span></header>
<aside class="trending"><h3>Trending</h3><ul><li>Story number {STATE['fetches']}</li></ul></aside>
<main><article><h1>{STATE['headline']}</h1>
{body}{vote}
</article></main><footer>Copyright The Quay Gazette</footer></body></html>""".encode()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        data = page()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def server(no_proxies):
    STATE.update(headline="Harbour board votes to sell the old fish market", vote="seven votes to two", fetches=0)
    with serving(Handler, STOP) as httpd:
        yield url_of(httpd) + "/news/fish-market"


def test_changed_page_adds_a_version_and_the_diff_shows_the_headline(server, tmp_path):
    (first,) = import_sources([server], tmp_path)
    assert first.ok and first.status == "imported"
    original = first.path.read_bytes()

    (same,) = import_sources([server], tmp_path)  # only the clock and the trending box changed
    assert same.ok and same.status == "up to date" and same.path == first.path
    assert "already up to date" in same.message
    assert not versions.versions_dir(first.path).exists()

    STATE.update(headline="Harbour board votes to keep the old fish market", vote="five votes to four")
    (second,) = import_sources([server], tmp_path)
    assert second.ok and second.status == "new version", second.message
    assert second.path.parent == versions.versions_dir(first.path)
    assert first.path.read_bytes() == original  # never rewritten
    assert sorted(p.name for p in tmp_path.glob("*.md")) == [first.path.name]  # still one article

    found = versions.list_versions(first.path, issues := [])
    assert not issues and [v.number for v in found] == [1, 2]
    assert found[1].title == "Harbour board votes to keep the old fish market"
    rows = version_rows(found)
    assert rows[1]["headline_changed"] and rows[1]["words_changed"] == 3  # sell->keep, seven->five, two->four
    a_runs, b_runs = side_by_side(*(f"{v.title}\n\n{v.body}" for v in found))
    assert (-1, "sell") in a_runs and (1, "keep") in b_runs


def test_refresh_reports_which_articles_changed(server, tmp_path):
    (first,) = import_sources([server], tmp_path)
    (quiet,) = refresh_library(tmp_path)
    assert quiet.ok and quiet.status == "up to date"
    STATE.update(vote="six votes to three")
    (changed,) = refresh_library(tmp_path)
    assert changed.ok and changed.status == "new version" and changed.source.endswith("/news/fish-market")
    rows = version_rows(versions.list_versions(first.path, []))
    assert [r["headline_changed"] for r in rows] == [False, False] and rows[1]["words_changed"] == 2


def test_cli_import_versions_and_refresh(server, tmp_path, run_reader):
    env = child_env(READER_LIBRARY_DIR=str(tmp_path / "lib"))
    assert run_reader("import", server, env=env).returncode == 0
    again = run_reader("import", server, env=env)
    assert again.returncode == 0 and "already up to date" in again.stdout, again.stderr
    STATE.update(headline="Harbour board votes to keep the old fish market")
    refreshed = run_reader("import", "--refresh", env=env)
    assert refreshed.returncode == 0 and "new version 2" in refreshed.stdout
    assert "1 changed" in refreshed.stderr
    (article,) = (tmp_path / "lib").glob("*.md")
    listed = run_reader("versions", str(article), "--json", env=env)
    rows = json.loads(listed.stdout)
    assert [r["version"] for r in rows] == [1, 2] and rows[1]["headline_changed"] is True
    assert rows[0]["fetched_from"] == "file time" and rows[1]["fetched_from"] == "name"
    text = run_reader("versions", article.stem, env=env)
    assert text.returncode == 0 and "new headline" in text.stdout
    assert run_reader("import", env=env).returncode == 2  # nothing to import and no --refresh


def test_a_corrupt_version_file_is_reported_and_skipped(tmp_path):
    article = tmp_path / "a.md"
    article.write_text(render({"title": "One", "url": "https://x.example/a"}, "First text.\n"))
    versions.add_version(article, render({"title": "Two"}, "Second text.\n").encode(), now=1_800_000_000)
    folder = versions.versions_dir(article)
    (folder / "2027-01-01T00-00-00Z.md").write_bytes(b"\x00\x01binary\xff" * 10)
    issues: list[str] = []
    found = versions.list_versions(article, issues)
    assert [v.title for v in found] == ["One", "Two"] and len(issues) == 1 and "2027-01-01" in issues[0]
    assert (folder / "2027-01-01T00-00-00Z.md").exists()  # reported, never removed


def test_versions_in_the_same_second_never_overwrite(tmp_path):
    article = tmp_path / "a.md"
    article.write_text(render({"title": "One"}, "Text.\n"))
    paths = [versions.add_version(article, render({"title": f"T{n}"}, "x\n").encode(), now=1_800_000_000)
             for n in range(3)]
    assert [p.name for p in paths] == ["2027-01-15T08-00-00Z.md", "2027-01-15T08-00-00Z-2.md",
                                       "2027-01-15T08-00-00Z-3.md"]
    assert [p.name for p in versions.version_files(article)] == [p.name for p in paths]


def test_text_key_ignores_layout_but_not_words():
    plain = versions.text_key('A "title"', "One two three-four")
    assert versions.text_key("A “title”", "One  two\n\nthree—four") == plain
    assert versions.text_key("A", "one two") != versions.text_key("A", "one three")
    assert change("one two three", "one four three").changed == 1


def _article_with_versions(folder, count: int):
    words = [f"word{n}" for n in range(800)]
    folder.mkdir()
    article = folder / "a.md"
    article.write_text(render({"title": "v1"}, " ".join(words) + "\n"))
    for n in range(2, count + 1):
        words[n * 7] = f"edit{n}"
        versions.add_version(article, render({"title": f"v{n}"}, " ".join(words) + "\n").encode(),
                             now=1_800_000_000 + n)
    return article


def test_a_hundred_versions_stay_fast(tmp_path):
    few, many = _article_with_versions(tmp_path / "few", 25), _article_with_versions(tmp_path / "many", 100)
    rows = version_rows(versions.list_versions(many, []))
    assert len(rows) == 100 and all(r["words_changed"] == 2 for r in rows[1:])  # the title and one word
    (key,) = versions.latest_text_keys(many, [])
    assert key.startswith("v100 ")
    # four times the versions: the listing about four times as long (timed in this run:
    # tests/test_timing_support.py), the latest text no longer
    assert against(lambda: version_rows(versions.list_versions(many, [])),
                   lambda: version_rows(versions.list_versions(few, []))) < 8
    assert against(lambda: versions.latest_text_keys(many, []), lambda: versions.latest_text_keys(few, [])) < 2


def test_files_are_loaded_once_by_the_library(tmp_path):
    from reader.library.loading import load_library

    article = tmp_path / "a.md"
    article.write_text(render({"title": "One"}, "Text.\n"))
    versions.add_version(article, render({"title": "Two"}, "Text two.\n").encode())
    assert [a.title for a in load_library([str(tmp_path)]).articles] == ["One"]
    assert Path(versions.versions_dir(article)).name == ".a.versions"


def test_a_version_named_in_the_future_never_makes_the_same_text_again(server, tmp_path):
    (first,) = import_sources([server], tmp_path)
    STATE.update(vote="six votes to three")
    (second,) = refresh_library(tmp_path)
    assert second.status == "new version"
    ahead = second.path.with_name("2031-01-01T00-00-00Z.md")       # fetched while the clock was ahead
    second.path.rename(ahead)
    STATE.update(vote="five votes to four")
    statuses = [refresh_library(tmp_path)[0].status for _ in range(3)]
    assert statuses == ["new version", "up to date", "up to date"]
    assert len(versions.version_files(first.path)) == 2


def test_a_version_name_that_is_no_time_is_not_the_newest_and_is_reported(server, tmp_path):
    (first,) = import_sources([server], tmp_path)
    folder = versions.versions_dir(first.path)
    folder.mkdir()
    nonsense = folder / "9999-99-99T99-99-99Z.md"
    nonsense.write_text(render({"title": "Other"}, "Other text.\n"), encoding="utf-8")
    assert versions.version_files(first.path) == []
    (same,) = refresh_library(tmp_path)
    assert same.status == "up to date"                               # compared with the article, not the odd name
    issues: list[str] = []
    assert [v.number for v in versions.list_versions(first.path, issues)] == [1]
    assert issues == [f"{nonsense}: the name is no valid time; not read as a version"]


@pytest.mark.parametrize("columns", [60, 72, 100])
def test_the_versions_table_cuts_the_headline_first_and_keeps_the_times_whole(columns, monkeypatch, capsys):
    from reader.cli.commands.versions import _print_rows

    rows = [{"version": k + 1, "fetched": f"2026-12-0{k + 3}T10:00:00Z", "fetched_from": "file time" if k == 0 else
             "name", "words_changed": None if k == 0 else k, "headline_changed": k == 2,
             "title": "Walkway collapses over the Tolland river" + (", updated" if k == 2 else "")} for k in range(3)]
    monkeypatch.setenv("COLUMNS", str(columns))
    _print_rows(rows)
    lines = capsys.readouterr().out.splitlines()
    assert all(len(line) <= columns for line in lines), lines
    for k, line in enumerate(lines[1:4]):
        assert f"2026-12-0{k + 3}T10:00:00Z" in line and line.split()[0] == str(k + 1)
    assert "new headline" in lines[3] and "*" in lines[1] and lines[4].startswith("* file time")
    assert "Walkway" in lines[1] or columns < 64
