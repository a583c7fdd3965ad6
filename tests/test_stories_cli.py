"""``reader stories``, ``reader story STORY-ID`` and ``reader STORY-ID`` from the command line,
and the library's bad days: empty files by the thousand, a folder changing as it is read."""

from __future__ import annotations

import json
import random

from conftest import BUNDLED_IDS, child_env

from benchmarks.scale import Salad
from reader.cli.progress import Bar

FIELDS = {"id", "title", "articles", "size", "outlets", "first_published", "last_published", "keywords"}


def unrelated(folder, name="garden-show"):
    folder.mkdir(parents=True, exist_ok=True)
    body = Salad(random.Random(9)).text(350, ["Pellow Harrick", "Mirewood"], random.Random(10))
    (folder / f"{name}.md").write_text(f"---\ntitle: Mirewood garden show opens\noutlet: The Mirewood Post\n"
                                       f"---\n{body}", encoding="utf-8")


def test_stories_json_of_the_bundled_story(run_reader):
    done = run_reader("stories", "--json")
    assert done.returncode == 0, done.stderr
    stories = json.loads(done.stdout)
    assert all(set(s) == FIELDS for s in stories)
    assert sorted(a for s in stories for a in s["articles"]) == BUNDLED_IDS
    assert any({"cnn", "house-addresses", "newsnation"} <= set(s["articles"]) for s in stories)


def test_an_imported_unrelated_article_is_a_story_of_its_own(run_reader, tmp_path):
    library = tmp_path / "lib"
    unrelated(library)
    env = child_env(READER_LIBRARY_DIR=str(library))
    stories = json.loads(run_reader("stories", "--json", env=env).stdout)
    alone = [s for s in stories if s["articles"] == ["garden-show"]]
    assert len(alone) == 1 and alone[0]["title"] == "Mirewood garden show opens"
    # issue 14 item 6: ``reader story`` no longer counts it in the bundled story
    done = run_reader("story", "--json", env=env)
    assert done.returncode == 0, done.stderr
    assert [a["id"] for a in json.loads(done.stdout)["articles"]] == BUNDLED_IDS
    assert "other story" in done.stderr and "reader stories" in done.stderr
    # ... and opens by its id, alone
    done = run_reader("story", alone[0]["id"], "--json", env=env)
    assert done.returncode == 0, done.stderr
    assert [a["id"] for a in json.loads(done.stdout)["articles"]] == ["garden-show"]
    # ``reader STORY-ID`` piped lists that story's articles
    done = run_reader(alone[0]["id"][:7], env=env)
    assert done.returncode == 0, done.stderr
    assert "garden-show" in done.stdout and "cnn" not in done.stdout


def test_an_unknown_story_id_is_refused_with_the_known_ones(run_reader):
    done = run_reader("story", "s0000000000")
    assert done.returncode == 1
    assert "no story 's0000000000'" in done.stderr and "Traceback" not in done.stderr


def test_human_output_pipes_cleanly_and_fits_the_width(run_reader, tmp_path):
    folder = tmp_path / "lib"
    unrelated(folder)
    done = run_reader("stories", str(folder))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split() == ["STORY", "ARTICLES", "DATES", "OUTLETS", "TITLE"]
    assert "\x1b" not in done.stdout and not any(line != line.rstrip() for line in lines)
    narrow = run_reader("stories", env=child_env(COLUMNS="60"))
    assert all(len(line) <= 60 for line in narrow.stdout.splitlines())


def test_two_thousand_empty_files(run_reader, tmp_path):
    folder = tmp_path / "empty"
    folder.mkdir()
    for k in range(2000):
        (folder / f"e{k:04d}.md").write_text("", encoding="utf-8")
    done = run_reader("stories", str(folder), timeout=120)
    assert done.returncode == 1 and "no articles could be loaded" in done.stderr
    assert done.stderr.count("empty file") == 2000 and "Traceback" not in done.stderr
    unrelated(folder)
    done = run_reader("stories", "--json", str(folder), timeout=120)
    assert done.returncode == 0 and [s["articles"] for s in json.loads(done.stdout)] == [["garden-show"]]


def test_a_folder_changing_while_it_is_read(tmp_path, monkeypatch):
    from reader.analysis.story_groups import stories_of
    from reader.library import loading

    salad, rng = Salad(random.Random(1)), random.Random(2)
    for k in range(30):
        (tmp_path / f"a{k:02d}.md").write_text(salad.text(200, [f"Name{k}"], rng), encoding="utf-8")
    real_load = loading.load_file

    def load_and_change(path, issues):
        if path.name == "a05.md":
            (tmp_path / "a20.md").unlink()                                      # a file removed
            (tmp_path / "a21.md").write_text("rewritten\n", encoding="utf-8")   # one rewritten
            (tmp_path / "a99.md").write_text("a new file\n", encoding="utf-8")  # one added
        return real_load(path, issues)

    monkeypatch.setattr(loading, "load_file", load_and_change)
    library = loading.load_library([tmp_path])
    assert any("a20.md" in str(i) for i in library.issues)
    stories = stories_of(library)
    ids = sorted(a for s in stories for a in s.article_ids)
    assert ids == sorted(a.id for a in library.articles) and "a20" not in ids and "a21" in ids


def test_the_progress_bar_waits_a_second_and_clears(capsys):
    now = [0.0]
    bar = Bar(60, clock=lambda: now[0])
    bar(1, 10, "keying articles")
    assert capsys.readouterr().err == ""
    now[0] = 1.5
    bar(5, 10, "keying articles")
    shown = capsys.readouterr().err
    assert "[##########----------]  50%" in shown and len(shown.strip("\r")) <= 59
    bar.clear()
    assert capsys.readouterr().err.strip() == ""


def test_no_progress_bar_when_piped(run_reader):
    done = run_reader("stories")
    assert done.returncode == 0 and "\r" not in done.stderr and "[#" not in done.stderr


def test_an_imported_report_of_the_bundled_ruling_joins_the_bundled_story(run_reader, tmp_path):
    from reader.library.resources import bundled_articles_dir

    library = tmp_path / "lib"
    unrelated(library)
    cnn = (bundled_articles_dir() / "cnn.md").read_text(encoding="utf-8")
    (library / "cnn-reprint.md").write_text(cnn.replace("Marshall Cohen", "Staff"), encoding="utf-8")
    done = run_reader("story", "--json", env=child_env(READER_LIBRARY_DIR=str(library)))
    assert done.returncode == 0, done.stderr
    assert [a["id"] for a in json.loads(done.stdout)["articles"]] == [*BUNDLED_IDS, "cnn-reprint"]
    assert "1 other story" in done.stderr


def test_a_bar_left_on_the_screen_by_ctrl_c_is_wiped(capsys, monkeypatch):
    import importlib

    from reader.cli import progress

    cli_main = importlib.import_module("reader.cli.main")

    now = [0.0]
    bar = Bar(60, clock=lambda: now[0])
    now[0] = 5.0
    bar(3, 10, "aligning")

    def interrupted(argv):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli_main, "_dispatch", interrupted)
    assert cli_main._main(["story"]) == 130
    err = capsys.readouterr().err
    assert err.endswith("\r" + " " * 59 + "\r") and progress._LIVE == []


def test_a_story_prefix_two_stories_begin_is_ambiguous_not_unknown(monkeypatch):
    """'s3023' began two story ids of a 3,000-article library, and the message said "no
    story 's3023'" and listed ten other stories."""
    import pytest

    from reader.analysis.grouping import StoryGroup
    from reader.cli.commands import stories
    from reader.cli.errors import Failure
    from reader.library.loading import Library

    ids = ["s30231e04df", "s3023dd144f", "s4b00c0ffee"]
    groups = [StoryGroup(i, (), (), None, None, 0, ()) for i in ids]
    monkeypatch.setattr(stories, "load", lambda paths: Library([]))
    monkeypatch.setattr(stories, "grouped", lambda library: groups)
    with pytest.raises(Failure) as caught:
        stories.story_articles(["s3023"])
    assert str(caught.value) == ("'s3023' is ambiguous: it begins 2 story ids (s30231e04df, s3023dd144f); "
                                 "give more of the id")
    with pytest.raises(Failure) as caught:
        stories.story_articles(["s9999"])
    assert str(caught.value) == "no story 's9999' (stories: s30231e04df, s3023dd144f, s4b00c0ffee)"
    assert stories.story_articles(["s4b00"]) == []
