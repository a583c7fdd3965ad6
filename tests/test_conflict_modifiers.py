"""A figure written as a modifier does not cut the words before it from the next figure's
key, and counts a breach affected are one quantity (texts invented)."""

from __future__ import annotations

from reader.analysis.conflicts import find_conflicts
from reader.library.model import Article
from reader.text.tokens import word_count


def _art(id_: str, body: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body))


def test_a_toll_after_a_modifier_figure_is_still_a_toll():
    story = [_art("a", "A bridge collapsed on Thursday, killing at least three people."),
             _art("b", "The death toll from the collapse of a 93-year-old bridge rose to five on Thursday.")]
    (conflict,) = find_conflicts(story)
    assert sorted(v.value for v in conflict.values) == [3, 5]


def test_counts_a_breach_affected_disagree():
    story = [_art("a", "About 1.2 million patients were affected by the breach, the hospital said."),
             _art("b", "Roughly 1.3 million patients were affected by the breach, two people said.")]
    (conflict,) = find_conflicts(story)
    assert conflict.quantity == "patients affected"


def test_patients_and_staff_affected_are_two_quantities():
    story = [_art("a", "About 1.2 million patients were affected by the breach, the hospital said."),
             _art("b", "About 1.3 million staff were affected by the breach, the union said.")]
    assert find_conflicts(story) == []


def test_a_figure_with_no_counted_noun_is_labelled_by_the_words_around_it():
    story = [_art("a", "A red panda escaped from Ballymore Wildlife Park and was found 2km away, keepers said."),
             _art("b", "The red panda that escaped from Ballymore Wildlife Park was found 3km away, keepers said.")]
    (conflict,) = find_conflicts(story)
    assert conflict.quantity == "kilometer (found … away)"


def test_vehicles_a_collapse_took_down_disagree():
    story = [_art("a", "The span collapsed, killing at least three people and sending five vehicles into the water."),
             _art("b", "The death toll rose to five as divers searched for people still missing after seven "
                       "vehicles plunged from the span."),
             _art("c", "The bridge carried about 9,000 vehicles a day.")]
    conflicts = {c.quantity: sorted(v.value for v in c.values) for c in find_conflicts(story)}
    assert conflicts["vehicles that fell or were swept away"] == [5, 7]


def test_records_taken_are_the_patients_affected():
    story = [_art("a", "The records of about 1.2 million patients may have been exposed, the hospital said."),
             _art("b", "The gang may have taken the records of roughly 1.3 million patients, two people said.")]
    (conflict,) = find_conflicts(story)
    assert conflict.quantity == "patients affected"
