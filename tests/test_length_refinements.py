"""Lengths whose refinement was read on one side only: "as deep as 9 feet" (the dimension
before the number) beside "11 feet deep"; "The mast, which stood 90 feet tall" beside "a
70-foot radio mast" (a relative clause's subject; the modified noun's second word); "runs
14 miles from Orby to Kell" (an extent between two places, no distance from one) beside
"The canal, about 9 miles long". Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts
from test_conflicts_support import keys_of


@pytest.mark.parametrize("text", [
    "Crews dug through mud as deep as 9 feet to reach the cars.",
    "Crews dug through mud deep as 9 feet to reach the cars.",
    "Crews dug through mud to a depth of about 9 feet.",
])
def test_a_depth_told_before_the_number(text: str) -> None:
    assert keys_of(text)[next(t for t in keys_of(text) if "9 feet" in t)] == ("measure:foot", "depth")


def test_a_depth_before_meets_a_depth_after() -> None:
    a = "Rescuers dug through mud as deep as 9 feet in the lower village."
    b = "The slide left mud 12 feet deep in the lower village."
    assert {9, 12} in _conflicts(a, b)
    assert _conflicts(a, b.replace("12", "9")) == []


@pytest.mark.parametrize("told", [
    "The mast, which stood about 90 feet tall, fell onto the depot roof on Monday.",
    "The mast, which was about 90 feet high, fell onto the depot roof on Monday.",
])
def test_a_size_told_in_a_relative_clause_meets_the_modifier(told: str) -> None:
    modifier = "A 70-foot radio mast fell onto the depot roof on Monday, officials said."
    assert {90, 70} in _conflicts(told, modifier)


def test_sizes_of_two_nouns_stay_apart() -> None:
    told = "The mast, which stood about 90 feet tall, fell onto the depot roof on Monday."
    modifier = "A 70-foot tree fell onto the depot roof on Monday, officials said."
    assert _conflicts(told, modifier) == []


def test_an_extent_between_two_places_is_no_distance_from_one() -> None:
    keys = keys_of("The canal runs about 14 miles from Orby to Kell.")
    assert keys["about 14 miles"] == ("measure:mile", None)
    keys = keys_of("The depot is about 14 miles from Orby.")
    assert keys["about 14 miles"] == ("measure:mile", "from orby")


def test_an_extent_meets_the_length_told_with_its_dimension() -> None:
    a = "The canal, about 9 miles (14 km) long, feeds the town's reservoir."
    b = "The canal stretches about 14 miles from Orby to Kell and feeds the town's reservoir."
    assert any({9, 14} <= s for s in _conflicts(a, b))
