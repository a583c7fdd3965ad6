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


def test_a_report_never_replaces_an_article_read_nor_what_is_not_a_regular_file(run_reader):
    import os

    folder = run_reader.cwd / "story"
    folder.mkdir()
    article = "---\ntitle: Bridge\n---\nA bridge fell on the Tamiami Trail on Thursday, officials said.\n"
    (folder / "a.md").write_text(article, encoding="utf-8")
    (folder / "b.md").write_text(article.replace("Thursday", "Friday"), encoding="utf-8")
    (run_reader.cwd / "kept.md").write_text("mine", encoding="utf-8")
    os.symlink(run_reader.cwd / "kept.md", run_reader.cwd / "link.md")
    os.mkfifo(run_reader.cwd / "pipe")
    for target, why in ((folder / "a.md", "one of the articles read"), (run_reader.cwd / "link.md", "not a regular"),
                        (run_reader.cwd / "pipe", "not a regular")):
        done = run_reader("story", str(folder), "--md", str(target))
        assert done.returncode == 1 and why in done.stderr and "Traceback" not in done.stderr
    assert (folder / "a.md").read_text(encoding="utf-8") == article
    assert (run_reader.cwd / "link.md").is_symlink() and (run_reader.cwd / "kept.md").read_text() == "mine"
    done = run_reader("story", str(folder), "--md", str(run_reader.cwd / "kept.md"))   # a file of one's own: replaced
    assert done.returncode == 0 and "Bridge" in (run_reader.cwd / "kept.md").read_text(encoding="utf-8")


def test_a_report_redirected_into_the_folder_read_is_no_source(tmp_path):
    """README: `reader story folder > folder/report.md`. The shell makes report.md (empty)
    before reader reads the folder: it is the command's own output, skipped silently;
    an empty file that is not is still reported."""
    import shutil
    import subprocess
    import sys

    from conftest import child_env

    from reader.library.resources import bundled_articles_dir

    folder = tmp_path / "story"
    shutil.copytree(bundled_articles_dir(), folder)
    report = folder / "report.md"
    with report.open("w") as out:
        done = subprocess.run([sys.executable, "-m", "reader", "story", str(folder)], stdout=out,
                              stderr=subprocess.PIPE, encoding="utf-8", env=child_env(), timeout=120)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert report.read_text().startswith("<!--") and "## " in report.read_text()
    (folder / "empty.md").write_text("")
    with (tmp_path / "elsewhere.md").open("w") as out:
        again = subprocess.run([sys.executable, "-m", "reader", "story", str(folder)], stdout=out,
                               stderr=subprocess.PIPE, encoding="utf-8", env=child_env(), timeout=120)
    assert "empty.md: empty file, skipped" in again.stderr and "report.md" in again.stderr  # a report, named
