"""Counts of one thing told by other verbs of one family: destroying ("burned out",
"wrecked", "written off"), an impact on buildings and vehicles ("31 houses hit", "rocks
struck 23 homes": damaged), and things sent or landed elsewhere (diverted). Every text here
is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts
from test_conflicts_support import undated_keys as _keys


@pytest.mark.parametrize("text", [
    "Nineteen trams were burned out in the shed fire.",
    "Nineteen trams were burnt out overnight.",
    "Nineteen trams were wrecked when the roof fell.",
    "Nineteen trams were written off after the flood.",
])
def test_destroying_verbs(text: str) -> None:
    assert ("Nineteen trams", ("tram", "destroyed")) in _keys(text)


def test_burned_out_meets_destroyed() -> None:
    assert {19.0, 23.0} in _conflicts("Nineteen trams were destroyed in the depot fire on Monday.",
                                      "Twenty-three trams were burned out in the depot fire on Monday.")


@pytest.mark.parametrize("text", [
    "Twelve flights were sent to other airports.",
    "Twelve flights had to land elsewhere.",
    "Twelve flights were directed to an alternative airfield.",
    "Twelve ships were sent into other harbours.",
])
def test_sent_elsewhere_is_diverted(text: str) -> None:
    assert any(k is not None and k[1] == "diverted" for _, k in _keys(text))


def test_sent_to_a_named_place_is_not_diverted() -> None:
    assert not any(k is not None and k[1] == "diverted" for _, k in _keys("Twelve flights were sent to Ostrava."))


@pytest.mark.parametrize("text, key", [
    ("Hail struck 40 cars in the lot.", ("car", "damaged")),
    ("Rocks rained down: 17 houses hit, residents say.", ("home", "damaged")),
    ("About 17 homes along two lanes were struck by debris.", ("home", "damaged")),
    ("Forty cars were destroyed after being hit by rocks.", ("car", "destroyed")),
])
def test_things_struck_are_damaged(text: str, key: tuple[str, str]) -> None:
    assert key in [k for _, k in _keys(text)]


@pytest.mark.parametrize("text", [
    "About 400 homes were hit by power cuts.",
    "Nine cars hit the barrier.",
])
def test_other_hits_are_no_damage(text: str) -> None:
    assert not any(k is not None and k[1] == "damaged" for _, k in _keys(text))


def test_struck_meets_damaged() -> None:
    assert {17.0, 24.0} in _conflicts("Inspectors found damage to 17 homes near the quarry on Tuesday.",
                                      "Neighbours said 24 homes near the quarry were struck on Tuesday.")


@pytest.mark.parametrize("text, key", [
    ("None of the four crew members was hurt.", ("crew", None)),
    ("None of its 30 pupils were hurt.", ("student", None)),     # (pupils are students: quantities)
])
def test_a_group_none_of_whom_was_struck_is_counted(text: str, key: tuple[str, None]) -> None:
    assert key in [k for _, k in _keys(text)]
