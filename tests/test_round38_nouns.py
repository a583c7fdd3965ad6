"""Round thirty-eight: nouns news uses for one counted thing: a suit is a lawsuit, the police are
officers ("Eight new police officers", whose noun ends at "police"), and a train's wagons, hoppers
and railcars are its cars, rescue workers are rescuers and members of staff employees; vehicles that
"went down with" a span fell, workers "on the property" were on duty, and a trauma center is a
hospital. Every text here is made up for the tests."""

from __future__ import annotations

import pytest

from tests.test_conflicts_support import conflict_sets, keys_in


@pytest.mark.parametrize(("a", "b", "thing"), [
    ("5 class-action suits have been filed so far.", "Three class-action lawsuits have been filed.", "lawsuit"),
    ("The city sent 200 police to the stadium.", "About 150 officers were sent to the stadium.", "officer"),
    ("The train, made up of 26 wagons carrying trucks, derailed.", "The train pulled 30 freight cars.", "car"),
    ("It consisted of 104 loaded potash hoppers.", "The 118 cars carried potash.", "car"),
])
def test_two_nouns_for_one_thing_share_its_key(a: str, b: str, thing: str) -> None:
    assert {key[0] for key in keys_in(a, b).values() if key} == {thing}


def test_suits_and_lawsuits_filed_disagree() -> None:
    assert conflict_sets("5 class-action suits have been filed so far against the caterer.",
                         "Three class-action lawsuits have been filed against the caterer.") == [{3.0, 5.0}]


@pytest.mark.parametrize(("a", "b", "key"), [
    ("In all, 35 rescuers took part in the operation.", "A total of 48 rescue workers were involved.", "rescuer"),
    ("Three members of staff have also tested positive.", "Two employees have also tested positive.", "employee"),
    ("Six vehicles went down with the central span.", "4 vehicles went into the gorge with the deck.", "vehicle"),
    ("Four vehicles parked along the street were swallowed.", "At least 6 vehicles went down with the street.",
     "vehicle"),
    ("Fourteen workers were on the property when the silo blew apart.", "11 workers were on site.", "on duty:employee"),
    ("Two workers were airlifted to a trauma center.", "Three workers were taken to hospital.", "employee"),
])
def test_one_thing_told_by_its_role_its_place_or_its_fall_is_keyed_as_one(a: str, b: str, key: str) -> None:
    keys = [k for k in keys_in(a, b).values() if k]
    assert [k[0] for k in keys] == [key, key]


@pytest.mark.parametrize(("a", "b"), [
    ("Six vehicles went down with the central span.", "4 vehicles went into the gorge with the deck."),
    ("Four vehicles parked along the street were swallowed.", "At least 6 vehicles went down with the street."),
])
def test_vehicles_that_went_down_or_were_swallowed_fell(a: str, b: str) -> None:
    assert set(keys_in(a, b).values()) == {("vehicle", "fell")}
