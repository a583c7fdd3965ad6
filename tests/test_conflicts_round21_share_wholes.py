"""Round 21, shares of a whole with no verb: "That is roughly 12 per cent of the club's 300
members", "about a fifth of our trams", "Almost one in five members of the Dunlow club"
are shares keyed by the whole's noun (in the singular since round 35); two of one whole in two
reports of one story conflict, and a share with no verb meets the story's one share of that whole keyed by a
verb. Half, spans of time and a share of another whole stay apart. Every text here is
made up."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets, keys_in

from reader.analysis.share_wholes import PREFIX


@pytest.mark.parametrize(("text", "whole"), [
    ("That is roughly 12 per cent of the club's 300 members.", "member"),
    ("That is about a fifth of our trams.", "tram"),
    ("Almost one in five members at the Dunlow club was affected.", "member"),
    ("The storm left the city short of nearly 30 percent of its fleet.", "fleet"),
    ("Inspectors found mould in about a quarter of the flats checked.", "home"),     # (flats are homes: same_things)
])
def test_a_share_of_a_whole_is_keyed_by_the_whole(text, whole):
    keys = [k for k in keys_in(text).values() if k and k[0].startswith(PREFIX)]
    assert keys == [(PREFIX + whole, None)]


@pytest.mark.parametrize("text", [
    "Brell scored in the second half of the match.",
    "Half of the members voted.",
    "The works took a third of the year.",
    # (a share of one thing's extent told by what befell it, "About a quarter of the fourth floor was
    # burned", is read by area_shares: a share of the floor)
    "About a quarter of the fourth floor belongs to the bank.",
])
def test_no_whole_read(text):
    assert not [k for k in keys_in(text).values() if k and k[0].startswith(PREFIX)]


@pytest.mark.parametrize(("first", "second", "values"), [
    ("Forty members of the Dunlow rowing club fell ill after the dinner. That is roughly 12 per cent "
     "of the club's 340 members.",
     "Almost one in five members of the Dunlow rowing club were taken ill after the dinner, the club said.",
     {12.0, 20.0}),
    ("The Tarvey tram depot fire destroyed 19 trams. That is about a fifth of our trams, the operator said.",
     "The Tarvey depot fire left the operator short of nearly 30 percent of its trams.", {20.0, 30.0}),
])
def test_two_shares_of_one_whole_conflict(first, second, values):
    assert values in conflict_sets(first, second)


def test_a_share_with_no_verb_meets_the_one_keyed_by_a_verb():
    first = "Inspectors at Marrow Court said a quarter of the flats checked were flooded."
    second = "At Marrow Court, two in five of the flats inspected were mouldy, tenants said."
    assert {25.0, 40.0} in conflict_sets(first, second)


@pytest.mark.parametrize(("first", "second"), [
    # one article gives both shares: two things
    ("About a fifth of our trams were damaged and 40 percent of our trams were late, the operator said.",
     "The Tarvey operator said services resumed on Monday."),
    # a share that is a verb's object is that verb's: won, not drawn (share_complements reads
    # only opposites of its table)
    ("The Kessel club said it won about one in ten of its games this season.",
     "The Kessel club said roughly 80 percent of its games were drawn this season."),
    ("Orbell Buses will repaint about a fifth of its buses this year, Orbell said.",
     "Orbell said 60 percent of its buses would be inspected this year."),
    # a share that is the subject of an active verb with an object: one of several (a choice)
    ("About a third of voters backed Marlow in Oswin, the poll found.",
     "About 45 percent of voters backed Tessel in Oswin, the poll found."),
    ("Marlow was backed by a third of voters in Oswin, the poll found.",
     "Tessel was backed by 45 percent of voters in Oswin, the poll found."),
    # shares of two wholes
    ("That is roughly 12 per cent of the club's 340 members, the Dunlow club said.",
     "Almost one in five rowers at the Dunlow club was ill, the club said."),
])
def test_shares_stay_apart(first, second):
    assert conflict_sets(first, second) == []
