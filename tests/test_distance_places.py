"""A distance from "the airport" is the distance from the story's one named airport; with two
named airports, or none, it is a distance of its own."""

from __future__ import annotations

from reader.analysis.measure_events import one_place
from tests.test_conflicts_support import conflicts_of

A = ("The plane came down about 2 miles north of Harlow Field Airport, where it had departed minutes "
     "before, and hit a utility pole, deputies said.")
B = ("The pilot put the plane down on Route 9 about 5 miles north of the airport, the only straight "
     "stretch without wires, deputies said.")


def test_the_airport_is_the_storys_one_named_airport() -> None:
    keys = [("measure:mile", "from harlow field airport"), ("measure:mile", "from the airport"), None]
    assert one_place(keys) == [("measure:mile", "from harlow field airport")] * 2 + [None]


def test_two_named_airports_or_none_leave_the_airport_alone() -> None:
    two = [("measure:mile", "from harlow field airport"), ("measure:mile", "from corran airport"),
           ("measure:mile", "from the airport")]
    assert one_place(two) == two
    assert one_place([("measure:mile", "from the airport")]) == [("measure:mile", "from the airport")]
    assert one_place([("measure:mile", "from corran"), ("measure:mile", "from the coast")])[1] == (
        "measure:mile", "from the coast")


def test_distances_from_the_airport_and_from_its_name_conflict() -> None:
    assert conflicts_of(A, B) == [[2, 5]]
