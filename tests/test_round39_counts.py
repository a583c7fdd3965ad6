"""Round thirty-nine: people counted by their event with no noun ("Three were hurt") against the
story's one noun for that event ("Two firefighters were hurt"); a learner is a student (a storey is no
floor: "plunged about 10 floors" and "the 22-storey tower"). Every text here is made up for the tests."""

from __future__ import annotations

import pytest

from tests.test_conflicts_support import conflict_sets, keys_in


@pytest.mark.parametrize(("a", "b", "values"), [
    ("Firefighters were among the first to reach the burning depot. Three were hurt when a second blast "
     "brought down part of the roof.",
     "Two firefighters were hurt by a secondary explosion as they worked.", {3.0, 2.0}),
    ("Several lifeguards stayed on the deck to steer people out. Three were later treated by paramedics.",
     "Five lifeguards were treated by paramedics at the scene.", {3.0, 5.0}),
])
def test_a_count_with_no_noun_meets_the_storys_one_noun_for_its_event(a: str, b: str,
                                                                        values: set[float]) -> None:
    assert values in conflict_sets(a, b)


def test_a_count_of_people_is_not_read_as_the_storys_firefighters() -> None:
    a = "Three people were treated for smoke inhalation. A firefighter suffered burns and was flown to Denver."
    b = "Two firefighters were hurt Tuesday night, the incident commander said."
    assert conflict_sets(a, b) == []


def test_a_count_with_no_noun_beside_two_nouns_for_its_event_is_not_read() -> None:
    a = "Four were hurt in the disturbance, the prison said."
    b = "Three officers were injured in the disturbance, and six inmates were hurt."
    assert not [s for s in conflict_sets(a, b) if 4.0 in s]


def test_a_count_with_no_noun_in_an_article_naming_the_nouns_count_is_not_read() -> None:
    a = "Two firefighters were hurt. Five were hurt in all, the fire service said."
    b = "Three firefighters were hurt by a secondary explosion."
    assert not [s for s in conflict_sets(a, b) if 5.0 in s]


def test_learners_are_students() -> None:
    keys = keys_in("The council says 126 pupils will travel by bus each day.",
                   "About 98 learners are being transported daily to a nearby secondary school.")
    assert keys["126 pupils"][0] == keys["About 98 learners"][0] == "student"


def test_floors_a_lift_fell_are_no_storeys_of_its_tower() -> None:
    a = "A lift carrying 11 people plunged about 10 floors down its shaft at an office tower on Monday."
    b = "The lift in the 22-storey Carrington Tower had just left the 14th floor when the cable snapped."
    assert conflict_sets(a, b) == []
