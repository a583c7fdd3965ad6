"""Counts of people told voting on one side of a vote are compared only with counts of the
same side: "Nine council members voted yes" is no other value of "four members who voted
no". Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts

from reader.analysis.vote_sides import side_after


@pytest.mark.parametrize(("text", "side"), [
    ("Nine council members voted yes", "for"), ("four members who voted no", "against"),
    ("Seven trustees voted in favor of it", "for"), ("two members abstained", "abstained"),
    ("five members voted to reject the plan", "against"), ("six members attended", None),
])
def test_the_side_a_count_voted_on(text: str, side: str | None) -> None:
    count = text.split(" voted")[0].split(" abstained")[0].split(" attended")[0]
    assert side_after(text, len(count)) == side


def test_the_two_sides_of_one_vote_are_no_conflict() -> None:
    assert _conflicts("Council member Ada Brisk, one of four members who voted no, said she tried to add a cap.",
                      "Nine council members voted yes and four voted no, according to published reports.") == []
    assert _conflicts("Four members voted against the plan on Tuesday.",
                      "Nine council members voted for the plan on Tuesday.") == []


def test_one_side_told_two_ways_still_conflicts() -> None:
    assert {7, 9} in _conflicts("Seven council members voted yes on Tuesday night.",
                                "Nine council members voted in favor on Tuesday night.")
