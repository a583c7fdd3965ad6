"""``reader story`` from the command line, as a script or a person would run it."""

from __future__ import annotations

import json


def test_story_json_names_the_conflict_and_the_copy(run_reader):
    done = run_reader("story", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert set(data) >= {"articles", "matrix", "pairs", "provenance", "conflicts", "quotes", "unique_lines",
                         "entities"}
    links = data["provenance"]["links"]
    assert any(x["copy"] == "house-addresses" and x["source"] == "cnn" and x["reworded"] for x in links)
    values = {v["display"] for c in data["conflicts"] for v in c["values"]}
    assert {"1.27 million", "1.28 million"} <= values


def test_story_writes_html_and_markdown_reports(run_reader):
    html, md = run_reader.cwd / "r.html", run_reader.cwd / "r.md"
    done = run_reader("story", "--html", str(html), "--md", str(md))
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    page = html.read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith("<!doctype html") and "1.27 million" in page
    assert "<script" not in page.lower() and "http://" not in page and "https://" not in page
    assert "| **cnn** |" in md.read_text(encoding="utf-8")


def test_story_report_to_an_unwritable_place_fails_cleanly(run_reader):
    done = run_reader("story", "--html", str(run_reader.cwd / "no" / "such" / "dir" / "r.html"))
    assert done.returncode == 1
    assert "cannot write" in done.stderr and "Traceback" not in done.stderr
