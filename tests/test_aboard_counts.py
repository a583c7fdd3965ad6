"""People aboard a craft are one count: "with four people aboard", "Five people were on
board" and "a small plane carrying five people" are compared; a toll told of all aboard
stays a toll; passengers and crew keep their own nouns."""

from __future__ import annotations

import pytest

from tests.test_conflicts_support import conflicts_of, keys_of


@pytest.mark.parametrize("text", [
    "A single-engine plane with four people aboard came down on Route 9 near Harrel.",
    "Four people were on board when the plane came down on Route 9 near Harrel.",
    "A small plane carrying four people came down on Route 9 near Harrel.",
])
def test_people_aboard_are_keyed_as_aboard(text: str) -> None:
    (key,) = keys_of(text).values()
    assert key == ("person", "aboard")


def test_a_toll_of_all_aboard_stays_a_toll_and_passengers_keep_their_noun() -> None:
    assert list(keys_of("The crash near Harrel killed all five people aboard.").values()) == [("person", "died")]
    assert list(keys_of("Three passengers were aboard with the pilot.").values()) == [("passenger", None)]


def test_two_counts_of_people_aboard_conflict_and_agreeing_ones_stay_quiet() -> None:
    a = "A single-engine plane with four people aboard made an emergency landing on Route 9 on Saturday."
    b = "A small plane carrying five people made an emergency landing on Route 9 on Saturday."
    assert conflicts_of(a, b) == [[4, 5]]
    assert conflicts_of(a, b.replace("five", "four")) == []
