"""A story step that stops on an internal error leaves its section empty with a note; the
rest of the story stands (reader.analysis.step_faults). The texts are made up here."""

from __future__ import annotations

import pytest

from reader.analysis import story as story_module
from reader.analysis.story import analyse_story, story_json
from reader.library.model import Article
from reader.text.tokens import word_count

WIRE = ("MILLBROOK, Texas (AP) — Part of the home bleachers at Mustang Stadium collapsed during halftime on "
        "Friday, injuring 17 people, the fire chief said. “We got everyone out in minutes,” said Chief Ana Ruiz.")
LOCAL = ("Part of the home bleachers at Mustang Stadium collapsed during halftime on Friday, injuring 31 "
         "people. “We got everyone out in minutes,” said Chief Ana Ruiz.")


def _arts() -> list[Article]:
    return [Article(id=i, body=b, title=i, words=word_count(b)) for i, b in (("wire", WIRE), ("local", LOCAL))]


def _broken(*_args: object, **_kwargs: object) -> list:
    raise KeyError("par")


def test_a_failing_step_leaves_the_rest_of_the_story(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("READER_DEBUG", raising=False)
    monkeypatch.setattr(story_module, "find_conflicts", _broken)
    data = story_json(analyse_story(_arts()))
    assert data["conflicts"] == []
    assert [f.split(" stopped")[0] for f in data["faults"]] == ["Checking figures"]
    assert "KeyError" in data["faults"][0]
    assert data["quotes"] and data["provenance"]["links"]      # (what was found stays)


def test_no_fault_no_note() -> None:
    data = story_json(analyse_story(_arts()))
    assert data["faults"] == [] and data["conflicts"]


def test_reader_debug_lets_the_error_through(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READER_DEBUG", "1")
    monkeypatch.setattr(story_module, "find_conflicts", _broken)
    with pytest.raises(KeyError):
        analyse_story(_arts())


def test_the_story_screen_shows_the_fault(monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.tui.screens.story_sections import conflicts_text

    monkeypatch.delenv("READER_DEBUG", raising=False)
    monkeypatch.setattr(story_module, "find_conflicts", _broken)
    shown = conflicts_text(analyse_story(_arts())).plain
    assert shown.startswith("Checking figures stopped on an internal error")
    assert "No figures disagree." not in shown      # (not checked is not "none")


def test_a_failing_lines_step_says_so_in_its_section(monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.reports.markdown import story_markdown
    from reader.tui.screens.story_sections import conflicts_text, unique_text

    monkeypatch.delenv("READER_DEBUG", raising=False)
    monkeypatch.setattr(story_module, "unique_lines", _broken)
    story = analyse_story(_arts())
    assert unique_text(story).plain.startswith("Finding lines only one source has stopped")
    assert "Finding lines" not in conflicts_text(story).plain
    assert "every line is in another source too" not in story_markdown(story)


def test_the_reports_show_the_fault(monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.reports.html import story_html
    from reader.reports.markdown import story_markdown

    monkeypatch.delenv("READER_DEBUG", raising=False)
    monkeypatch.setattr(story_module, "find_conflicts", _broken)
    story = analyse_story(_arts())
    assert "Checking figures stopped on an internal error" in story_markdown(story)
    assert "Checking figures stopped on an internal error" in story_html(story)


@pytest.mark.parametrize(("name", "step", "kept"), [
    ("reader.analysis.story._provenance", "Tracing provenance", "conflicts"),
    ("reader.analysis.quote_match.match_quotes", "Matching quotes", "conflicts"),
    ("reader.analysis.story._entities_and_labels", "Finding entities and labels", "quotes"),
])
def test_every_later_step_is_guarded(monkeypatch: pytest.MonkeyPatch, name: str, step: str, kept: str) -> None:
    from reader.reports.html import story_html
    from reader.reports.markdown import story_markdown
    from reader.tui.screens.story_sections import entities_text, provenance_text, quotes_text

    monkeypatch.delenv("READER_DEBUG", raising=False)
    monkeypatch.setattr(name, _broken)
    story = analyse_story(_arts())
    data = story_json(story)
    assert data["faults"][0].split(" stopped")[0] == step
    assert data[kept], "what the other steps found stays"
    if step != "Finding entities and labels":      # (lines rest on reworded pairs and quotes: not run without them)
        assert not any(entry["lines"] for entry in data["unique_lines"])
        assert any(f.startswith("Finding lines only one source has was not run") for f in data["faults"])
    shown = {"Tracing provenance": provenance_text, "Matching quotes": quotes_text,
             "Finding entities and labels": entities_text}[step](story).plain
    assert shown.startswith(f"{step} stopped on an internal error")
    assert f"{step} stopped" in story_markdown(story) and f"{step} stopped" in story_html(story)
