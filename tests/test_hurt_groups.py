"""People of a group an accident strikes as a whole (passengers, spectators, infants, riders)
taken to hospital or hurt are the event's casualties, as a count of "people" is; a group
joined to another, a part told beside the whole, or an article counting both ways keeps
them apart. Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts


@pytest.mark.parametrize(("a", "b", "values"), [
    ("Two people were taken to a hospital with minor injuries, the airport said.",
     "Five passengers were taken to hospitals with injuries, the airport said.", {2, 5}),
    ("Nine were taken to hospitals in Orrin and Bale after the stands gave way.",
     "Six spectators were hospitalized after the stands gave way.", {6, 9}),
    ("Three infants were hospitalized, according to a review of state records.",
     "Health officials said five were hospitalized among the infants who became sick.", {3, 5}),
])
def test_a_group_taken_to_hospital_is_the_events_casualties(a: str, b: str, values: set[float]) -> None:
    assert values in _conflicts(a, b)


def test_the_same_count_told_of_a_group_and_of_people_agrees() -> None:
    assert _conflicts("Five people were taken to hospitals after the bus left the road.",
                      "Five passengers were taken to hospitals after the bus left the road.") == []


@pytest.mark.parametrize("b", [
    "Five passengers and the driver were taken to hospitals after the bus left the road.",
    "Six people were taken to hospitals: four passengers and two crew members.",
])
def test_a_group_told_as_a_part_is_no_conflict(b: str) -> None:
    a = "Six people were taken to hospitals after the bus left the road, the sheriff said."
    assert not [c for c in _conflicts(a, b) if c & {4, 5} and 6 in c]


def test_an_article_counting_both_ways_keeps_them_apart() -> None:
    a = ("Seven people were taken to hospitals after the bus left the road. "
         "Four passengers were taken to hospitals in Orrin, the others to Bale.")
    found = _conflicts(a, "Five passengers were taken to hospitals after the bus left the road.")
    assert {4, 5} in found and not [c for c in found if 7 in c]


def test_a_group_not_struck_as_a_whole_stays_apart() -> None:
    assert _conflicts("Two players were taken to hospitals after the stands gave way.",
                      "Six spectators were hospitalized after the stands gave way.") == []
