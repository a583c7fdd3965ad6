"""Round 20: "one" as a pronoun for one of a group told before ("one of them was taken to
hospital", "and one was hospitalized") counts a person; "no one", "not one", "the one" do
not. Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts

from reader.analysis.figures import extract_figures


@pytest.mark.parametrize("text", [
    "Five climbers were treated for frostbite, and one of them was taken to hospital.",
    "Five climbers were treated for frostbite and one was taken to a hospital.",
    "Three guards were hurt; one of those was hospitalized overnight.",
    "Six walkers were injured, and one was seriously hurt.",
])
def test_one_as_a_pronoun_counts_one(text: str) -> None:
    assert [f.value for f in extract_figures(text) if f.value == 1] == [1]


@pytest.mark.parametrize("text", [
    "No one was taken to hospital.",
    "Not one was hurt in the blast.",
    "The one was injured years ago, the other never.",
    "Every one was checked at the scene.",
    "One of the six trucks was damaged.",
])
def test_no_one_and_other_ones_count_nothing(text: str) -> None:
    assert [f.value for f in extract_figures(text) if f.value == 1] == []


def test_one_and_two_sent_to_hospital_conflict() -> None:
    assert {1.0, 2.0} in _conflicts("Five climbers were treated for frostbite, and one of them was taken to hospital.",
                                    "Five climbers were treated for frostbite and two of them were taken to hospital.")
    assert _conflicts("Five climbers were treated for frostbite and one was taken to a hospital.",
                      "Five climbers were treated for frostbite, and one of them was taken to hospital.") == []


@pytest.mark.parametrize("text", [
    "No one else was hurt.",
    "No one inside was injured.",
    "Nobody on board was hurt and no one else was hospitalized.",
])
def test_no_one_with_a_word_after_it_counts_nothing(text: str) -> None:
    assert [f.value for f in extract_figures(text) if f.value == 1] == []
