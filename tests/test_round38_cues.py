"""Round thirty-eight: a number opening its sentence with no noun counts people by its verb when the
verb tells a stay in hospital ("Seven were admitted for observation", "Four are in the intensive care
unit", "Two were flown straight to hospital"), a check by paramedics ("Nine were checked by paramedics",
"Three were later treated by paramedics") or a lift to safety ("Eleven were airlifted to safety", "Seven
were brought down by rescue teams", "Two were pulled from the water alive"); a lift by no rescuer
("brought down by the wind"), an admission to no hospital ("admitted to the bar") and a body pulled from
a river count no one. Every text here is made up for the tests."""

from __future__ import annotations

import pytest

from reader.analysis.event_counts import counted_by_event
from tests.test_conflicts_support import conflict_sets, keys_in


@pytest.mark.parametrize("sentence", [
    "Seven were admitted for observation or for broken bones.",
    "Three were admitted to the district hospital this month.",
    "Four are in the intensive care unit of the Civil Hospital.",
    "Two were still in intensive care on Monday morning.",
    "Two were flown straight to hospital in Valdorno.",
    "Eleven were airlifted to safety from a hiking trail.",
    "Thirty-one were airlifted out of the valley on the same day.",
    "Two were plucked from the roofs of stalled cars.",
    "Seven were brought down by rescue teams on Saturday afternoon.",
    "Twelve were lifted out by helicopter from cabins swinging over the gorge.",
    "Two were pulled from the water alive by volunteers.",
    "Three were dug out of the rubble alive.",
    "Three were later treated by paramedics, the city said.",
    "Nine were checked by paramedics after reaching the ground.",
])
def test_a_verb_of_hospital_or_rescue_counts_people(sentence: str) -> None:
    assert counted_by_event(sentence, 0, sentence.index(" ")) == "person"


@pytest.mark.parametrize("sentence", [
    "Seven were brought down by the wind.",
    "Two were admitted to the bar last year.",
    "Eight were brought down from a shelf.",
    "Two were pulled from the river.",          # (the dead, as often as not)
])
def test_a_lift_by_no_rescuer_or_an_admission_to_no_hospital_counts_no_one(sentence: str) -> None:
    assert counted_by_event(sentence, 0, sentence.index(" ")) is None


def test_two_counts_of_the_airlifted_disagree() -> None:
    a = "The glacier lake burst before dawn. Thirty-one were airlifted out of the valley on the same day."
    b = "The army said 58 people were airlifted out of the valley on Wednesday."
    assert conflict_sets(a, b) == [{31.0, 58.0}]


def test_a_stay_in_hospital_told_with_no_hospital_is_keyed_as_one() -> None:
    keys = keys_in("The leak spread through the lanes. Four are in the intensive care unit, doctors said.",
                   "Doctors said six patients remained in intensive care on Wednesday.")
    assert keys["Four"] == keys["six patients"] == ("person", "hospital")


def test_riders_checked_and_evaluated_by_paramedics_are_one_count() -> None:
    assert conflict_sets("Five riders were evaluated by paramedics at the base of the ride.",
                         "Of the riders, 9 were checked by paramedics after reaching the ground.") == [{5.0, 9.0}]
