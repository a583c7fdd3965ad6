"""Round 24, a share of one thing told as the subject of what befell it past the thing's own
modifiers: "about a quarter of the grain kept in the silo was ruined" against "roughly 40
percent of the grain in the north silo spoiled" (a participle or a place between the thing
and the verb; the verb with or without an auxiliary). A verb of a state, a share of a plural
and a share with no verb stay unkeyed. Every text here is made up."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets, keys_in

from reader.analysis.area_shares import PREFIX


@pytest.mark.parametrize(("text", "thing"), [
    ("Staff said that about a quarter of the grain kept in the silo was ruined.", "grain"),
    ("Roughly 40 percent of the grain in the north silo spoiled, the inspector said.", "grain"),
    ("Nearly half of the crude oil held in the tank was lost.", "oil"),
    ("About 60 percent of its water drained in a few hours.", "water"),
    ("They said a third of the roof of the hall collapsed.", "roof"),
])
def test_a_modified_share_is_keyed_by_its_thing(text, thing):
    keys = [k for k in keys_in(text).values() if k and k[0].startswith(PREFIX)]
    assert keys == [(PREFIX + thing, None)]


@pytest.mark.parametrize("text", [
    "About 30 percent of the grain in the silo contained mould.",
    "About 30 percent of the sacks in the silo were ruined.",
    "Staff think about a quarter of the grain kept in the silo.",
])
def test_no_modified_share_read(text):
    assert not [k for k in keys_in(text).values() if k and k[0].startswith(PREFIX) and "sack" not in k[0]]


@pytest.mark.parametrize(("first", "second", "values"), [
    ("A fire gutted the Orlen grain store on Tuesday. The owner said that about a quarter of the grain kept "
     "in the store was ruined.",
     "Roughly 40 percent of the grain in the Orlen store burned when fire swept through it on Tuesday.",
     {25.0, 40.0}),
    ("The Pell tank farm leaked on Friday. Nearly half of the oil held in the tank farm was lost.",
     "About 70 percent of the oil stored at the Pell tank farm was lost in the leak on Friday.", {50.0, 70.0}),
])
def test_two_modified_shares_of_one_thing_conflict(first, second, values):
    assert values in conflict_sets(first, second)


def test_one_share_told_alike_is_quiet():
    first = "The owner said that about a quarter of the grain kept in the Orlen store was ruined by the fire."
    second = "A quarter of the grain in the Orlen store burned, the owner said of Tuesday's fire."
    assert not conflict_sets(first, second)
