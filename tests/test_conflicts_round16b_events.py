"""Round 16b: events read on one side only: an adjective ("new") beside a verb's event, a
place in a locative phrase, damage told by its kind. Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts
from test_conflicts_support import keys_in as _keys

# --- events read on one side only

@pytest.mark.parametrize(("body", "text", "key"), [
    ("At the Tolvey Car Park, about 300 new cars were damaged.", "about 300 new cars", ("car", "damaged")),
    ("About 60 ambulances lined up outside the hospital's main entrance.", "About 60 ambulances",
     ("ambulance", None)),
    ("Some 40 fire engines waited near the hospital for hours.", "Some 40 fire engines", ("engine", None)),
    ("Five people were taken to the hospital's trauma ward.", "Five people", ("person", "hospital")),
    ("Twelve people were injured near the station.", "Twelve people", ("person", "hurt")),
    # (round 32: "buses" is read as "bus", no longer as "buse")
    ("The council bought 40 new buses.", "40 new buses", ("bus", "added")),
])
def test_an_adjective_or_a_place_is_no_event(body: str, text: str, key: tuple) -> None:
    assert _keys(body)[text] == key


@pytest.mark.parametrize(("body", "text", "key"), [
    ("Nearly 500 cars on the lot were dented by the hail.", "Nearly 500 cars", ("car", "damaged")),
    ("About 80 windows were smashed in the blast.", "About 80 windows", ("window", "damaged")),
])
def test_damage_told_by_its_kind_is_damage(body: str, text: str, key: tuple) -> None:
    assert _keys(body)[text] == key


def test_new_things_damaged_and_things_damaged_conflict() -> None:
    assert {300, 500} in _conflicts("At the Tolvey lot, about 300 new cars were damaged by hail on Monday.",
                                    "At the Tolvey lot, nearly 500 cars were dented by hail on Monday.")
