"""Round 16b: figures that were not read: counts that leave their noun to the clause
before them, lengths told as a fraction of a unit, a crew told as "its crew of N", shares
of a whole told of a place. Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts
from test_conflicts_support import keys_in as _keys
from test_conflicts_support import undated as _art

from reader.analysis.figure_uses import figure_uses
from reader.analysis.figures import extract_figures

# --- counts that take their noun from the clause before them

@pytest.mark.parametrize(("body", "text", "counts"), [
    ("Nine workers were injured in the blast, five of whom were taken to hospital.", "five of whom", "workers"),
    ("Forty homes were hit, a dozen of which were destroyed.", "a dozen of which", "homes"),
    ("Twenty residents reported breathing problems; seven were taken to Orvil Memorial Hospital.", "seven",
     "residents"),
    ("Twelve cars were damaged in the car park, and 3 were towed away.", "3", "cars"),
    ("About 30 pupils felt dizzy, but six were treated at the scene.", "six", "pupils"),
    ("Police arrested 14 people; nine were later released.", "nine", "people"),
    ("Six climbers set out; only two have been found.", "only two", "climbers"),
])
def test_an_elliptic_count_takes_the_noun_of_the_count_before_it(body: str, text: str, counts: str) -> None:
    figures = {f.text: f for f in extract_figures(body)}
    assert figures[text].counts == counts


@pytest.mark.parametrize("body", [
    "The two left the harbour; four were taken away by the coast guard.",   # no count before it
    "The two were married in Tolvey.",
])
def test_an_elliptic_number_word_with_no_count_before_it_is_no_figure(body: str) -> None:
    assert not [f for f in extract_figures(body) if f.text.lower().startswith(("four", "two", "three"))
                and f.counts is None and f.unit is None]


@pytest.mark.parametrize(("body", "text"), [
    ("Six climbers set out; only two have been found.", "only two"),
    ("Eight boats sank, and three were not found.", "three"),
    ("The bus carried 52 pupils, eight of whom were children of staff.", "eight of whom"),
])
def test_an_elliptic_part_with_no_event_of_its_own_is_not_keyed_as_its_whole(body: str, text: str) -> None:
    assert _keys(body)[text] is None


def test_an_elliptic_word_told_by_its_event_stays_a_figure() -> None:
    figures = extract_figures("The roof fell in at noon; four were killed.")
    assert [f.value for f in figures] == [4]


@pytest.mark.parametrize(("wire", "local"), [
    ("Fourteen people were hurt, six of whom were taken to hospital.",
     "Officials said nine people were taken to hospital."),
    ("Eleven people reported minor injuries; four were taken to Carrow General Hospital.",
     "The council says seven people were taken to hospital with minor injuries."),
])
def test_elliptic_counts_of_the_hospitalised_conflict(wire: str, local: str) -> None:
    found = _conflicts(wire, local)
    assert any(len(c) == 2 for c in found), found


def test_elliptic_counts_that_agree_stay_quiet() -> None:
    wire = "Fourteen people were hurt, six of whom were taken to hospital."
    local = "Officials said six people were taken to hospital."
    assert _conflicts(wire, local) == []


# --- a length told as a fraction of a unit

@pytest.mark.parametrize(("body", "text", "value", "unit"), [
    ("The leak is less than half a mile from Corran Creek.", "less than half a mile", 0.5, "mile"),
    ("Families within a quarter mile of the plant left.", "a quarter mile", 0.25, "mile"),
    ("The dam is three-quarters of a kilometre from the town.", "three-quarters of a kilometre", 0.75, "kilometer"),
    ("Homes in a half-mile radius were cleared.", "a half-mile", 0.5, "mile"),
    ("The fire burned about half an acre of scrub.", "about half an acre", 0.5, "acre"),
])
def test_a_fraction_of_a_unit_is_a_length(body: str, text: str, value: float, unit: str) -> None:
    uses, _ = figure_uses([_art("a", body)], None)
    figures = {u.figure.text: u.figure for u in uses}
    assert figures[text].value == value and figures[text].unit == unit


def test_half_an_hour_and_half_a_million_are_no_lengths() -> None:
    uses, _ = figure_uses([_art("a", "They waited half an hour. Half a million people live there.")], None)
    assert not [u for u in uses if u.figure.unit in ("mile", "kilometer", "meter", "foot")]


def test_a_fraction_of_a_mile_conflicts_with_miles() -> None:
    found = _conflicts("The spill lies half a mile from Corran Creek, the county said.",
                       "The spill lies 1.2 miles from Corran Creek, the county said.")
    assert {0.5, 1.2} in found
    assert _conflicts("The spill lies half a mile from Corran Creek, the county said.",
                      "The spill lies about 0.5 miles from Corran Creek, the county said.") == []


# --- its crew of N

@pytest.mark.parametrize("body", [
    "Its crew of 9 included three divers from Pellow.",
    "The tug's crew of 9 included two cooks.",
])
def test_a_crew_of_n_counts_the_crew_not_the_noun_after_the_verb(body: str) -> None:
    assert _keys(body)["9"] == ("crew", None)


# --- a share of a whole told of a place

@pytest.mark.parametrize(("body", "text"), [
    ("Officials said nearly half of the barns in Tolvey were damaged.", "nearly half"),
    ("About a third of the barns across Lower Marsh were damaged, the council said.", "About a third"),
    ("40 percent of the barns in Tolvey were damaged.", "40 percent"),
    ("Nearly half the barns in Tolvey were damaged.", "Nearly half"),
])
def test_a_share_of_a_whole_told_of_a_place_is_keyed(body: str, text: str) -> None:
    assert _keys(body)[text] == ("percent:share of barn damaged", "share")


def test_a_fraction_before_the_is_a_share_only_for_half() -> None:
    keys = _keys("The shed is a third the size of the barn. Half the time he slept.")
    assert not [k for k in keys.values() if k and k[0].startswith("percent:")]
