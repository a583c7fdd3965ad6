"""An article dated far from the rest of its story tells another time: the story lists it
with its date and the story's, and every report says why its figures stand apart
(reader.analysis.distant_dates; texts invented)."""

from __future__ import annotations

from datetime import date

from reader.analysis.distant_dates import other_times
from reader.analysis.story import analyse_story, story_json
from reader.library.model import Article
from reader.reports.html import story_html
from reader.reports.markdown import story_markdown
from reader.text.tokens import word_count
from reader.tui.screens.story_sections import conflicts_text

NOW = ("Fourteen people were hurt when a tram hit a van on Quarry Lane in Halsby on Monday, the operator said. "
       "Five were taken to hospital.")
NOW_LOCAL = ("Seventeen people were hurt when a tram hit a van on Quarry Lane in Halsby on Monday. "
             "Five were taken to hospital.")
BEFORE = ("Nine people were hurt when a tram left the rails at Mill Cross in Halsby, the operator said. "
          "Two were taken to hospital.")


def _art(id_: str, body: str, published: str) -> Article:
    return Article(id=id_, body=body, title=id_, outlet=id_.title(), words=word_count(body), published=published)


def _story() -> object:
    return analyse_story([_art("wire", NOW, "2026-09-14"), _art("local", NOW_LOCAL, "2026-09-15"),
                          _art("tv", NOW, "2026-09-14"), _art("archive", BEFORE, "2026-02-02")])


def test_other_times_names_the_far_article_with_both_dates() -> None:
    found = other_times({"a": "2026-09-14", "b": "2026-09-15T08:00:00Z", "c": "2026-09-14", "d": "2026-02-02"})
    assert [(t.article, t.published, t.story_date, t.days) for t in found] == [
        ("d", date(2026, 2, 2), date(2026, 9, 14), 224)]
    assert "224 days before the story's median date (2026-09-14)" in found[0].reason


def test_no_other_time_without_enough_dates_or_with_dates_close_together() -> None:
    assert other_times({"a": "2026-09-14", "d": "2026-02-02"}) == []
    assert other_times({"a": "2026-09-14", "b": None, "c": "bad date", "d": "2026-02-02"}) == []
    assert other_times({"a": "2026-09-14", "b": "2026-09-20", "c": "2026-10-10"}) == []


def test_the_story_json_and_every_report_say_why() -> None:
    story = _story()
    (entry,) = story_json(story)["other_times"]
    assert entry["article"] == "archive" and entry["published"] == "2026-02-02"
    assert entry["story_date"] == "2026-09-14" and entry["days"] == 224
    assert "told of another time" in entry["reason"]
    assert "archive is dated 2026-02-02" in story_markdown(story)
    assert "told of another time" in story_html(story)
    assert "archive is dated 2026-02-02" in conflicts_text(story).plain
    values = {v.value for c in story.conflicts for v in c.values}
    assert 9 not in values and 2 not in values      # the derailment's figures are not this crash's


def test_a_story_of_one_time_lists_none() -> None:
    story = analyse_story([_art("wire", NOW, "2026-09-14"), _art("local", NOW_LOCAL, "2026-09-15"),
                           _art("tv", NOW, "2026-09-14")])
    assert story_json(story)["other_times"] == []
    assert "another time" not in conflicts_text(story).plain
