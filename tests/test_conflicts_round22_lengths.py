"""Lengths in every unit on one scale, keyed by what their clause says they measure: a depth,
an amount of a material ("of snow"), a distance away, a thing's size told after its noun, the
height a body fell from. Every text here is made up for these tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import art, conflicts_of, keys_of

from reader.analysis.figure_uses import figure_uses
from reader.analysis.length_events import clause_event

_FLOOD = "Heavy rain flooded the Orvel museum on Friday. "
_ROOF = "The Pinecrest arena roof gave way on Sunday. "
_BLAST = "A tank exploded at the Dovecot plant on Monday. "
_BRIDGE = "The bridge at Sorrel will close on Monday. "


@pytest.mark.parametrize(("text", "key"), [
    ("Water reached a depth of 55 centimetres in the archive.", ("measure:centimeter", "depth")),
    ("Drivers face a detour of almost 50 kilometres.", ("measure:kilometer", "size")),
    ("The gondola plunged from some 40 feet, witnesses said.", ("measure:foot", "fell")),
    ("The cabin dropped from about 12 metres onto the rocks.", ("measure:meter", "fell")),
    ("The pier is 120 yds long.", ("measure:yard", None)),
    ("Some 45 cm of snow lay on the roof.", ("measure:centimeter", None)),
    ("Drivers face a 30-km detour.", ("measure:kilometer", "size")),
])
def test_a_length_is_keyed_by_what_its_clause_measures(text, key):
    (got,) = keys_of(text).values()
    assert got == key


@pytest.mark.parametrize(("text", "event"), [
    ("Some 45 cm of snow lay on the roof.", "of snow"),
    ("Nearly three feet of snow had gathered on the roof.", "of snow"),
    ("About 30 centimeters (12 inches) of standing water covered the floor.", "of water"),
    ("The gauge held 70 mm of rain.", "of rain"),
    ("Fragments were found about 300 feet from the plant.", "away"),
    ("Fragments landed a quarter of a mile away.", "away"),
    ("The pier is 120 yds long.", "dimension long"),     # (a thing's dimension: round 31)
    ("The path runs 3 km of the eastern shore.", None),
])
def test_a_length_with_no_key_event_is_read_by_its_clause(text, event):
    uses, _ = figure_uses([art("a", text)], None)
    (use,) = uses
    assert clause_event(use.figure, use.sentence) == event


@pytest.mark.parametrize("text", [
    "The river fell from 20 feet to 12 feet overnight.",
    "The water level dropped from 6 metres, officials said.",
])
def test_a_level_falling_from_a_length_stays_a_change(text):
    assert set(keys_of(text).values()) == {None}


@pytest.mark.parametrize(("a", "b"), [
    (_FLOOD + "Water reached a depth of 55 centimetres in the basement archive, the curator said.",
     _FLOOD + "The water stood three feet deep in the basement archive, staff said."),
    (_ROOF + "Some 45 centimetres of snow had gathered on the roof, the city said.",
     _ROOF + "Nearly three feet of snow had gathered on the roof, an engineer said."),
    (_ROOF + "About 60 cm of snow had gathered on the roof, the city said.",
     _ROOF + "More than 1.2 metres of snow had gathered on the roof, an engineer said."),
    (_BLAST + "Fragments of the tank were found about 500 metres from the plant, the fire chief said.",
     _BLAST + "Fragments of the tank landed half a mile away, witnesses said."),
    (_BRIDGE + "Drivers face a 30-kilometre detour over the hills, the county said.",
     _BRIDGE + "Drivers face a detour of some 28 miles over the hills, residents said."),
    (_BRIDGE + "Drivers face a 30-km detour over the hills, the county said.",
     _BRIDGE + "Drivers face a detour of almost 50 kilometres over the hills, residents said."),
])
def test_one_measured_thing_in_two_units_conflicts(a, b):
    assert len(conflicts_of(a, b)) == 1


@pytest.mark.parametrize(("a", "b"), [
    # the same length restated in another unit, or rounded
    (_ROOF + "Some 45 centimetres (18 inches) of snow had gathered on the roof, the city said.",
     _ROOF + "About 18 inches of snow had gathered on the roof, an engineer said."),
    (_BLAST + "Fragments of the tank were found about 400 metres from the plant, the fire chief said.",
     _BLAST + "Fragments of the tank landed a quarter of a mile away, witnesses said."),
    (_BRIDGE + "Drivers face a 30-kilometre detour over the hills, the county said.",
     _BRIDGE + "Drivers face a detour of some 19 miles over the hills, residents said."),
    # two measured things: snow on a roof and a detour, a depth of water and of snow
    (_ROOF + "Some 45 centimetres of snow had gathered on the roof, the city said.",
     _ROOF + "Fans face a detour of some 3 feet around the gate, the club said."),
    (_FLOOD + "About 40 centimetres of water covered the floor, the curator said.",
     _FLOOD + "Nearly three feet of snow lay outside the door, staff said."),
    # one snowfall told in one unit by a noun subject and by "of snow" (compared by words, as before)
    (_ROOF + "Some 26 inches of snow fell on the pass, the weather service said.",
     _ROOF + "Snowfall at the pass totalled 26 inches, officials said."),
    # materials of two sentences that share no words
    (_ROOF + "Some 45 centimetres of snow had gathered on the roof, the city said.",
     _ROOF + "Forecasters expect three feet of snow across the northern valleys by Friday."),
])
def test_one_length_restated_or_two_measured_things_stay_quiet(a, b):
    assert conflicts_of(a, b) == []


def test_one_snowfall_told_by_its_noun_and_by_of_snow_still_conflicts():
    assert conflicts_of(_ROOF + "The weather station at the pass recorded 26 inches of snow in a day.",
                        _ROOF + "Snowfall at the pass totalled 31 inches, the weather station said.") == [[26, 31]]
