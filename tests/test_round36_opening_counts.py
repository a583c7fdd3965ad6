"""Round thirty-six: a number that opens its sentence as the subject of a passive verb ("Nine were
taken to hospital.") takes its noun from the count that opens the sentence before; with no count
there it stays no figure. Every text here is made up for the tests."""

from __future__ import annotations

import pytest

from reader.analysis.figures import extract_figures
from tests.test_conflicts_support import conflict_sets


@pytest.mark.parametrize(("body", "text", "counts"), [
    ("About 90 people were rescued, many of them pulled from the water. Nine were found on a sandbar late on Sunday.",
     "Nine", "people"),
    ("Twelve cars were damaged in the car park. 3 were towed away by evening.", "3", "cars"),
    ("The storm hit 40 homes along the coast. Only two were destroyed, the department said.", "Only two", "homes"),
])
def test_a_number_opening_its_sentence_takes_the_noun_of_the_count_before(body: str, text: str, counts: str) -> None:
    figures = {f.text: f for f in extract_figures(body)}
    assert figures[text].counts == counts and figures[text].counts_inferred


@pytest.mark.parametrize("body", [
    "Others did not have a car. Three were taken by road ambulance to Merrin.",     # no count before it
    "The 40 homes stood empty. Two days later the owners came back.",               # no passive verb
    "Crews found 40 homes damaged. The two were friends from school.",               # a determiner before it
])
def test_an_opening_number_with_no_count_before_it_or_no_passive_verb_is_no_count(body: str) -> None:
    assert not [f for f in extract_figures(body) if f.text.lower().endswith(("three", "two")) and f.counts]


def test_an_opening_count_told_by_its_event_conflicts_with_another_report() -> None:
    wire = ("About 90 people were rescued after the boat capsized on the river. "
            "Four were taken to hospital in Lumbang, officials said.")
    local = "Officials said six people were taken to hospital after the capsizing on the river."
    assert {4.0, 6.0} in conflict_sets(wire, local)


def test_an_opening_part_with_no_event_of_its_own_is_no_count_of_the_whole() -> None:
    wire = "Five climbers set out from the hut on Friday. Two were found by a helicopter crew on Monday."
    local = "Rescuers are still searching the ridge for the five climbers, police said."
    assert conflict_sets(wire, local) == []


def test_a_sum_opening_its_sentence_keeps_its_key() -> None:
    found = conflict_sets("About $18,200 was taken from the Farrow Credit Union, police said.",
                          "The thieves got away with $31,000 in cash from the Farrow Credit Union.")
    assert {18200.0, 31000.0} in found
