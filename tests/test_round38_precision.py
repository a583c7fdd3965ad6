"""Round thirty-eight's precision rules, read from the held-out probes' false claims after their first
run: a past year told alone before "when" ("Nobody here has forgotten 2017, when a stampede … killed 23
people"), a past drought or strike named by its year, a participle clause told of its main clause's
year ("… were recorded in 2025, …, killing three workers"), a Markdown heading's question ends its
sentence, two counts of two things whose sentences share words are not one paraphrase, and "three times"
keys nothing. Articles are dated 2026-04-14. Every text here is made up for the tests."""

from __future__ import annotations

import pytest

from reader.analysis.figure_uses import FigureUse
from reader.analysis.figures import extract_figures
from reader.analysis.incident_clocks import _FRAMES
from reader.analysis.paraphrase_figures import _two_nouns_told
from reader.analysis.sentences import sentence_spans
from tests.test_conflicts_support import dated_found, keys_in

KILLED = "At least 11 people were killed in the crush on the station footbridge late on Sunday."


@pytest.mark.parametrize("past", [
    "Nobody here has forgotten 2017, when a stampede at Dhanpur Junction, 60 km down the line, killed 23 people.",
    "Nine crushes were recorded nationwide in 2025, according to the rail ministry, killing 23 people.",
    "During the 2019 strike, the previous worst, a crush on the footbridge killed 23 people.",
])
def test_a_past_year_s_count_is_not_the_story_s(past: str) -> None:
    assert dated_found(KILLED, past) == []


def test_the_story_s_count_told_two_ways_is_still_a_conflict() -> None:
    other = "Twenty-three people were killed in the crush on the station footbridge late on Sunday."
    assert [values for _, values in dated_found(KILLED, other)] == [["11", "23"]]


def test_a_markdown_heading_s_question_ends_its_sentence() -> None:
    text = "**Has it been this bad before?** During the 2019 drought, cuts lasted up to 15 hours a day."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "**Has it been this bad before?**", "During the 2019 drought, cuts lasted up to 15 hours a day."]


def test_two_counts_of_two_things_in_alike_sentences_are_no_paraphrase() -> None:
    a = "In total, 22 patients have been moved off the ward to single rooms in the hospital, the board said."
    b = "About 40 planned operations at the hospital have been postponed to free beds for patients moved off the ward."
    assert dated_found(a, b) == []


def test_how_often_something_was_done_keys_nothing() -> None:
    keys = keys_in('"I have moved my house three times in 20 years," she said.',
                   "The chairman said he had written to the district office four times since January.")
    assert keys["three times"] is None and keys["four times"] is None


def _use(article: str, sentence: str) -> FigureUse:
    (figure,) = [f for f in extract_figures(sentence) if f.counts]
    return FigureUse(article, figure, sentence)


def test_a_noun_told_again_with_the_counted_one_s_predicate_is_another_thing() -> None:
    patients = _use("a", "In total, 22 patients have been moved off the ward, the board said.")
    operations = _use("b", "About 40 operations have been postponed to free beds for patients moved off the ward.")
    assert _two_nouns_told(patients, operations)
    drivers = _use("a", "The district has six substitute drivers on its roster; several cover for drivers on leave.")
    operators = _use("b", "There are only 4 backup operators on the list, most covering for drivers out on leave.")
    assert not _two_nouns_told(drivers, operators)


def test_an_ongoing_step_is_no_incident() -> None:
    # (a Markdown heading's question now ends its sentence, so "the rescue, which continued past midnight"
    # stands alone and was read as the incident's time in a story of a blast at 6:40 p.m.)
    assert _FRAMES.search("took part in the rescue, which continued past")
    assert not _FRAMES.search("A fireworks warehouse exploded at")


def test_a_schedule_s_start_is_no_incident() -> None:
    assert _FRAMES.search("called a day of prayer for rain on Sunday at the showgrounds, starting at")
