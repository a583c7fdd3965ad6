"""An evacuation's length told by its people's return ("were allowed home after about five
hours"), an outage's told by the dark ("the streets stayed dark for 11 hours"), and a planned
length of a named event ("the festival is expected to last three days")."""

from __future__ import annotations

import pytest

from tests.test_conflicts_support import conflicts_of, keys_of


@pytest.mark.parametrize(("text", "figure", "key"), [
    ("Residents of Dorran Lane were allowed home after about five hours.", "about five hours", "duration:evacuation"),
    ("Pupils were allowed to return to the school within three hours.", "three hours", "duration:evacuation"),
    ("Most families returned to their homes after nearly 20 hours.", "nearly 20 hours", "duration:evacuation"),
    ("The tenants were permitted back inside after roughly 90 minutes.", "roughly 90 minutes", "duration:evacuation"),
    ("Several villages stayed dark for 11 hours.", "11 hours", "duration:outage"),
    ("The east side was left in the dark for about two days.", "about two days", "duration:outage"),
    ("The festival is expected to last three days.", "three days", "duration:festival"),
    ("The strike was due to last 36 hours.", "36 hours", "duration:strike"),
])
def test_a_return_the_dark_or_a_planned_length_keys_the_length(text: str, figure: str, key: str) -> None:
    assert keys_of(text)[figure] == (key, None)


@pytest.mark.parametrize("text", [
    "The firm was allowed to bid after a five-hour review.",
    "She returned to work after six hours of tests.",
    "The room went dark for a minute of silence at 9 p.m.",
    "He is expected to take three days off.",
])
def test_other_lengths_are_not_keyed_so(text: str) -> None:
    assert all(k is None or k[0] not in ("duration:evacuation", "duration:outage") for k in keys_of(text).values())


def test_an_evacuation_told_as_lasting_and_as_the_return_conflicts() -> None:
    a = "The gas leak forced an evacuation of Dorran Lane, and the evacuation lasted about eight hours."
    b = "The gas leak forced an evacuation of Dorran Lane, and residents were allowed home after some five hours."
    assert conflicts_of(a, b) == [[5, 8]]
    assert conflicts_of(a, b.replace("some five hours", "about eight hours")) == []


@pytest.mark.parametrize(("text", "figure", "key"), [
    ("Crews had everyone off the ferry in about three hours.", "about three hours", "duration:evacuation"),
    ("Teachers got all the pupils out within 12 minutes.", "12 minutes", "duration:evacuation"),
    ("All of the residents were evacuated within two hours.", "two hours", "duration:evacuation"),
    ("The pass stayed shut for nearly 30 hours.", "nearly 30 hours", "duration:outage"),
    ("Volunteers combed the marsh for about six hours.", "about six hours", "duration:search"),
    ("Officers searched the cellar of an empty warehouse for more than two hours.", "more than two hours",
     "duration:search"),
])
def test_an_evacuations_end_a_shut_road_and_a_long_search_are_keyed(text: str, figure: str, key: str) -> None:
    assert keys_of(text)[figure] == (key, None)


@pytest.mark.parametrize(("text", "figure"), [
    ("It took guards nearly seven hours to retake the east wing.", "nearly seven hours"),
    ("Officers regained control of the yard about four hours later.", "about four hours"),
    ("Order was restored after roughly five hours.", "roughly five hours"),
    ("Troops quelled the uprising within three days.", "three days"),
])
def test_the_time_to_take_an_incident_back_is_keyed(text: str, figure: str) -> None:
    assert keys_of(text)[figure] == ("duration:control", None)


@pytest.mark.parametrize("text", [
    "It took guards nearly seven hours to reach the east wing.",
    "Officers regained control of the yard, and four hours later the last inmate was moved.",
])
def test_other_stages_are_not_the_time_to_take_it_back(text: str) -> None:
    assert all(k is None or k[0] != "duration:control" for k in keys_of(text).values())
