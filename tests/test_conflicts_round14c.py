"""Conflict classes of round 14c: a part of an event's casualties ("eight children were among
the dead") is no toll; a flow in cubic feet per second and a river's rise are no level of
water. Every text here is made up for these tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflicts_of, keys_of

# -- 1. a part of the casualties is compared with the same part, never with the toll -------------

_TOLL = "At least 31 people drowned when a ferry sank off Carrow Point, the navy said."


@pytest.mark.parametrize("part", [
    "Harbour doctor Elin Vasko said nine children were among the dead.",
    "Among the dead were four fishermen from Lissel, the navy said.",
    "Nine children were among those who died when the ferry sank off Carrow Point.",
    "Two crew members were also among the victims of the sinking off Carrow Point, the navy said.",
])
def test_a_part_of_the_dead_is_no_toll(part):
    assert conflicts_of(_TOLL, part) == []


@pytest.mark.parametrize(("a", "b"), [
    ("At least 31 people drowned, including seven children, officials said.",
     "Harbour doctor Elin Vasko said nine children were among the dead."),
    ("The bodies of 31 persons had been recovered, among them seven minors.",
     "Nine children were among the dead, the harbour doctor said."),
    ("The blast killed 14 people, including two firefighters, the mayor said.",
     "Among the dead were three firefighters, the mayor said."),
    ("Among the injured are six students, police said after the bus crash.",
     "Four students were among the injured, police said after the bus crash."),
])
def test_the_same_part_told_two_ways_conflicts(a, b):
    conflicts = conflicts_of(a, b)
    assert len(conflicts) == 1 and len(conflicts[0]) == 2


def test_the_part_is_keyed_by_its_group_and_the_whole_keeps_its_toll():
    keys = keys_of("At least 31 people drowned, including seven children, officials said.")
    assert keys == {"At least 31 people": ("person", "died"), "seven children": ("part:child", "died")}


def test_the_same_toll_drowned_and_killed_agrees_and_two_tolls_conflict():
    assert conflicts_of("At least 23 migrants drowned off the cape, the coast guard said.",
                        "Twenty-three migrants were killed off the cape, the coast guard said.") == []
    assert conflicts_of("At least 23 migrants drowned off the cape, the coast guard said.",
                        "Nineteen migrants drowned off the cape, the coast guard said.") == [[19, 23]]


# -- 2. a flow and a rise are no level of water --------------------------------------------------

@pytest.mark.parametrize(("a", "b"), [
    ("Up to 3 feet of water covered streets near the harbour, officials said.",
     "The river at the Tarnby gauge rose five feet in three hours, officials said."),
    ("About 2 metres of water stood in the square, officials said.",
     "The lake had risen by nearly 3 metres since Friday, officials said."),
    ("Floodwater was 6 feet deep in the streets, the district said.",
     "The flow peaked at 5,000 cubic feet per second, the district said."),
])
def test_a_rise_or_a_flow_is_no_depth(a, b):
    assert conflicts_of(a, b) == []


def test_two_flows_conflict_in_their_own_unit():
    assert conflicts_of("The flow peaked at 52,000 cubic feet per second, the district said.",
                        "The flow peaked at 61,000 cubic feet per second, the district said.") == [[52000, 61000]]
    keys = keys_of("The fire has burned 40 square miles of forest.")
    assert keys["40 square miles"] == ("measure:square mile", None)


def test_a_part_with_an_event_of_its_own_keeps_it():
    keys = keys_of("More than 40 people were treated for injuries, including 9 with critical injuries.")
    assert keys["9"] == ("person", "hurt-serious")
    assert conflicts_of("More than 40 people were treated for injuries, including 9 with critical injuries.",
                        "Eleven people had critical injuries, the hospital said.") == [[9, 11]]


# -- 3. distances: a hedge is no licence for a third more, and miles meet kilometres --------------

@pytest.mark.parametrize(("a", "b"), [
    ("The wreck is roughly 10 kilometres from the harbour at Dunmere, rescuers said.",
     "The wreck lies some 15 kilometres east of the harbour at Dunmere, rescuers said."),
    ("About 10 people were hurt in the crash on the Ostry road, police said.",
     "Fourteen people were hurt in the crash on the Ostry road, police said."),
])
def test_a_hedged_round_ten_allows_a_fifth_either_side_not_half(a, b):
    assert len(conflicts_of(a, b)) == 1


@pytest.mark.parametrize(("a", "b"), [
    ("The chain will close about 90 stores, the company said.", "The chain will close 87 stores, the company said."),
    ("About 10 people were hurt in the crash, police said.", "Eleven people were hurt in the crash, police said."),
    ("About 20 people were hurt in the crash, police said.",
     "Twenty-three people were hurt in the crash, police said."),
])
def test_a_hedged_round_ten_still_agrees_with_its_rounding(a, b):
    assert conflicts_of(a, b) == []


@pytest.mark.parametrize(("a", "b"), [
    ("The car was found about 3 miles from the depot at Wrenfield, police said.",
     "The car was found about 8 kilometres from the depot at Wrenfield, police said."),
    ("The boat sank about 12 miles off Dunmere, rescuers said.",
     "The boat sank some 30 kilometres off Dunmere, rescuers said."),
    ("The plane went down 6 miles from Cortell Airport, police said.",
     "The plane went down 15 kilometres from Cortell Airport, police said."),
])
def test_miles_and_kilometres_of_one_distance_are_compared(a, b):
    assert len(conflicts_of(a, b)) == 1


@pytest.mark.parametrize(("a", "b"), [
    ("The car was found 5 miles from the depot at Wrenfield, police said.",
     "The car was found 8 kilometres from the depot at Wrenfield, police said."),
    ("The plane went down about 6 miles from Cortell Airport, police said.",
     "The plane went down roughly 10 kilometres from Cortell Airport, police said."),
    ("The boat sank 19 miles off Dunmere, rescuers said.",
     "The boat sank some 30 kilometres off Dunmere, rescuers said."),
    ("The plane went down 1 mile from Cortell Airport, police said.",
     "The plane went down 2 kilometres from Cortell Airport, police said."),
    # two places: no one distance
    ("The car was found 3 miles from the depot at Wrenfield, police said.",
     "The car was found 8 kilometres from the church at Ostry, police said."),
])
def test_a_conversion_or_another_place_stays_quiet(a, b):
    assert conflicts_of(a, b) == []


# -- 2. money taken in a theft, told as a getaway or a passive ------------------------------------

@pytest.mark.parametrize(("a", "b"), [
    ("Two masked men robbed the Farrow Credit Union and escaped with $18,200, police said.",
     "The robbers made off with nearly $25,000, tellers at the Farrow Credit Union said."),
    ("About $18,200 was taken from the Farrow Credit Union, police said.",
     "The thieves got away with $31,000 in cash from the Farrow Credit Union."),
    ("The gang stole $18,200 from the branch, police said.", "The gang escaped with $26,500, police said."),
])
def test_money_taken_told_two_ways_conflicts(a, b):
    assert len(conflicts_of(a, b)) == 1


@pytest.mark.parametrize(("a", "b"), [
    ("Two masked men escaped with $18,200, police said.", "The robbers made off with about $18,000, police said."),
    ("The robbers escaped with $18,200, police said. A reward of $5,000 is offered.",
     "The robbers escaped with $18,200, police said. The bank offered $10,000 for information."),
])
def test_the_same_sum_taken_or_another_sum_stays_quiet(a, b):
    assert conflicts_of(a, b) == []


def test_a_sum_taken_is_keyed_as_taken():
    for text in ("The thieves got away with $31,000 in cash.", "$18,200 in cash was stolen from the vault."):
        assert [k for k in keys_of(text).values()] == [("money:taken", None)]
    assert keys_of("The firm was left with $2 million in debt.") == {"$2 million": ("money:debt", None)}


# -- 4. numbers told as phrases: a fraction of a million, a trio, a crew of 24, two dozen bodies ---

@pytest.mark.parametrize(("a", "b"), [
    ("About 212,000 customers lost power after the Renwick substation fire, the utility said.",
     "The Renwick substation fire left nearly a quarter of a million customers without power, the utility said."),
    ("Two masked gunmen robbed the Farrow Credit Union on Friday, police said.",
     "A trio of masked gunmen robbed the Farrow Credit Union on Friday, tellers said."),
    ("The tanker Orla Vane was carrying 21 crew members when it ran aground near Skarv, the port said.",
     "The Orla Vane's crew of 24 radioed for help when the tanker ran aground near Skarv, pilots said."),
    ("The bodies of 27 people have been recovered off Dunmere, the coast guard said.",
     "Two dozen bodies have been pulled from the sea off Dunmere, port officials said."),
])
def test_a_number_told_as_a_phrase_is_compared(a, b):
    assert len(conflicts_of(a, b)) == 1


@pytest.mark.parametrize(("a", "b"), [
    ("About 245,000 customers lost power after the Renwick substation fire, the utility said.",
     "The Renwick substation fire left nearly a quarter of a million customers without power, the utility said."),
    ("Three masked gunmen robbed the Farrow Credit Union on Friday, police said.",
     "A trio of masked gunmen robbed the Farrow Credit Union on Friday, tellers said."),
    ("The tanker Orla Vane was carrying 21 crew members when it ran aground near Skarv, the port said.",
     "A lifeboat crew of 12 reached the tanker Orla Vane when it ran aground near Skarv, pilots said."),
    ("The bodies of 24 people have been recovered off Dunmere, the coast guard said.",
     "Two dozen bodies have been pulled from the sea off Dunmere, port officials said."),
])
def test_the_same_number_or_another_crew_stays_quiet(a, b):
    assert conflicts_of(a, b) == []


def test_phrase_numbers_are_read_with_their_hedge():
    keys = keys_of("Half a million people were told to leave. Two bodies of water flooded.")
    assert "Half a million people" in keys
    assert keys_of("Two bodies of water flooded the fields.").get("Two bodies") != ("person", "died")


def test_a_flow_at_its_peak_is_its_crest():
    assert conflicts_of("The outflow from Tarn Dam peaked at 52,000 cubic feet per second, the district said.",
                        "At its peak the outflow from Tarn Dam hit 61,000 cubic feet per second, a gauge showed.") == [
        [52000, 61000]]
    assert conflicts_of("The outflow from Tarn Dam peaked at 52,000 cubic feet per second, the district said.",
                        "The outflow from Tarn Dam will be cut to 9,000 cubic feet per second, officials said.") == []


def test_an_amount_dropped_is_no_change_of_level():
    assert keys_of("The storm dropped 8 inches of rain on Dorrow.")["8 inches"] == ("measure:inch", None)
    assert keys_of("The river rose 8 inches overnight.")["8 inches"] is None


@pytest.mark.parametrize(("a", "b", "found"), [
    ("A section of roughly 90 metres of the Orlen pier fell into the river, officials said.",
     "A 60-metre section of the Orlen pier fell into the river, officials said.", 1),
    ("A section of roughly 90 metres of the Orlen pier fell into the river, officials said.",
     "A 90-metre section of the Orlen pier fell into the river, officials said.", 0),
    # a piece's size against a whole thing's
    ("A 160-metre freighter hit the Orlen pier, officials said.",
     "A 90-metre section of the Orlen pier fell into the river, officials said.", 0),
    # two kinds of piece
    ("A stretch of about 70 metres of the Orlen road was closed, officials said.",
     "A 45-metre section of the Orlen pier fell into the river, officials said.", 0),
])
def test_a_piece_s_size_is_compared_with_the_same_piece(a, b, found):
    assert len(conflicts_of(a, b)) == found


@pytest.mark.parametrize(("one", "other"), [
    ("A 160-metre freighter struck the pier on Tuesday, the port said.",
     "The 400-metre pier was closed after the crash, the port said."),
    ("The 12-foot boat drifted into the dam before dawn, the sheriff said.",
     "Crews inspected the 90-foot dam after the boat drifted into it, the sheriff said."),
    ("A 40-foot trailer rolled off the bridge and into the river.",
     "The 300-foot bridge reopened after the trailer was pulled from the river."),
])
def test_sizes_of_two_things_named_in_one_sentence_stay_apart(one, other):
    assert conflicts_of(one, other) == []


@pytest.mark.parametrize(("one", "other"), [
    ("A 38-metre trawler sank off the coast, the coast guard said.",
     "The 42-metre vessel sank off the coast on Sunday."),
    ("The 30-foot sinkhole swallowed a car on Main Street.", "The 45-foot hole swallowed a car on Main Street."),
    ("A 160-metre freighter struck the pier on Tuesday, the port said.",
     "The 210-metre freighter hit the pier on Tuesday, the port said."),
])
def test_sizes_of_one_thing_told_two_ways_still_conflict(one, other):
    assert len(conflicts_of(one, other)) == 1
