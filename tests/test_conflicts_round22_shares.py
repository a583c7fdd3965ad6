"""A share of one thing's extent (a roof, a lake, a mill), in words or in percent, keyed by
the thing whatever the verb: "covers about a third of the roof" against "45 percent of the
roof had come down". Every text here is made up for these tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflicts_of, keys_of

_ARENA = "Snow brought down part of the Kelso Arena roof on Sunday. "


@pytest.mark.parametrize(("text", "key"), [
    ("The failed section covers about a third of the north stand roof.", ("percent:share of roof", None)),
    ("An engineer said that 45 percent of the north stand roof had come down.", ("percent:share of roof", None)),
    ("A bloom covering around 40% of Lake Marwen has closed six beaches.", ("percent:share of lake", None)),
    ("The bloom has spread across roughly a quarter of the lake.", ("percent:share of lake", None)),
    ("Flames destroyed two-thirds of the old mill on Sunday.", ("percent:share of mill", None)),
    ("About a quarter of the fourth floor was burned.", ("percent:share of floor", None)),
])
def test_a_share_of_one_things_extent_is_keyed_by_the_thing(text, key):
    (got,) = [k for t, k in keys_of(text).items() if "beach" not in t]
    assert got == key


@pytest.mark.parametrize("text", [
    "Smith won a third of the vote in the district.",
    "She spent a quarter of the year abroad.",
    "The council cut a fifth of the budget.",
])
def test_a_share_of_a_vote_a_span_or_a_sum_is_not_an_extent(text):
    assert all(k is None or not k[0].startswith("percent:share of") for k in keys_of(text).values())


@pytest.mark.parametrize(("a", "b"), [
    (_ARENA + "The failed section covers about a third of the north stand roof, the city said.",
     _ARENA + "An engineer estimated that 45 percent of the north stand roof had come down."),
    ("A toxic bloom covering around 40% of Lake Marwen has closed six beaches, officials said.",
     "The toxic bloom has spread across roughly a quarter of the lake, closing six beaches."),
    ("Fire swept through two-thirds of the old flax mill on Tuesday, the fire service said.",
     "Fire swept through nearly half of the old flax mill on Tuesday, a worker said."),
])
def test_two_shares_of_one_thing_conflict(a, b):
    assert len(conflicts_of(a, b)) == 1


@pytest.mark.parametrize(("a", "b"), [
    ("A toxic bloom covering around 30% of Lake Marwen has closed six beaches, officials said.",
     "The toxic bloom has spread across roughly a third of the lake, closing six beaches."),
    # the shares of two things of one story
    (_ARENA + "The failed section covers about a third of the north stand roof, the city said.",
     _ARENA + "Fans filled about 60 percent of the north stand on Saturday."),
    # two shares that share no words but the thing
    ("A toxic bloom covering around 40% of Lake Marwen has closed six beaches, officials said.",
     "Ice covered about a quarter of the lake last winter."),
])
def test_one_share_rounded_or_two_things_stay_quiet(a, b):
    assert conflicts_of(a, b) == []
