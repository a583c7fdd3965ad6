"""The story screen's Labels and Timeline sections (issue 16), as text."""

from __future__ import annotations

from pathlib import Path

from reader.analysis.story import analyse_story
from reader.library.loading import load_library
from reader.tui.screens.story_lenses import labels_text, timeline_text

ARTICLES = Path(__file__).resolve().parent.parent / "articles"


def test_labels_and_timeline_sections_on_the_bundled_story():
    story = analyse_story(load_library([str(ARTICLES)]).articles)
    labels = labels_text(story).plain
    assert "people by immigration status (group)" in labels
    assert "illegal migrants ×2 [loaded]" in labels and "undocumented immigrants ×4 [neutral]" in labels
    assert "the Obama judge" in labels and "AP style" in labels
    timeline = timeline_text(story).plain
    assert "1. cnn" in timeline and "no date or fetch time" in timeline
    assert "First carrier of each shared passage" in timeline and "(not settled)" in timeline


def test_evidence_opening_with_a_quotation_is_not_quoted_twice():
    from reader.tui.screens.story_sections import quoted

    assert quoted("The judge blocked the deal.") == "“The judge blocked the deal.”"
    assert quoted("“We will appeal,” the agency said.") == "“We will appeal,” the agency said."
    assert quoted('"We will appeal," the agency said.') == '"We will appeal," the agency said.'
    story = analyse_story(load_library([str(ARTICLES)]).articles)
    for text in (labels_text(story, True).plain, timeline_text(story, True).plain):
        assert "““" not in text and "“ “" not in text and "“\"" not in text
