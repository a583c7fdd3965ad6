"""Counts of one thing told in other noun-phrase forms: an owner's count ("the club's 240
members") against the compound ("the 260-member club"), a group none of whom was struck
("None of the four crew members was hurt"), a crew told by a number word ("a crew of five"),
and animals with no plural ending ("9,000 fish") that are never people. Every text here is
made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts
from test_conflicts_support import undated_keys as _keys

from reader.analysis.figures import extract_figures


@pytest.mark.parametrize("text", [
    "That is about 12 per cent of the club's 240 members.",
    "Thirty of the club's 240 members voted to leave.",
    "Roughly 15% of the club's 240 members came.",
])
def test_an_owner_count_is_its_size(text: str) -> None:
    assert any(k == ("member", "size of club") for t, k in _keys(text) if "240" in t)


def test_owner_count_meets_the_compound() -> None:
    a = "Thirty rowers fell ill. That is about 12 per cent of the club's 240 members."
    b = "Thirty rowers fell ill at the 260-member club, about one in nine members."
    assert {240.0, 260.0} in _conflicts(a, b)


def test_a_named_owner_is_left_to_holders() -> None:
    assert not any(k is not None and k[1] == "size of club"
                   for t, k in _keys("Thirty of Dunmore's 240 members came.") if "240" in t)


def test_a_crew_by_a_number_word() -> None:
    assert ("five", ("crew", None)) in _keys("The trawler and its crew of five were towed to port.")
    assert {4.0, 5.0} in _conflicts("The trawler and its crew of five were towed to Carrow port.",
                                    "The trawler and its four crew were towed to Carrow port.")


def test_a_crew_of_a_compound_is_no_crew_count() -> None:
    assert not any(k == ("crew", None) for _, k in _keys("It had a crew of twenty-year veterans."))


@pytest.mark.parametrize("text, unit", [
    ("About 9,000 dead fish were collected from the canal.", "fish"),
    ("Nearly 300 sheep drowned.", "sheep"),
    ("Some 40 salmon were found.", "salmon"),
    ("Twelve fish farms were closed.", "farm"),
])
def test_animals_with_no_plural_ending(text: str, unit: str) -> None:
    assert next(f.unit for f in extract_figures(text)) == unit


def test_dead_fish_are_no_death_toll() -> None:
    a = "About 9,000 dead fish were collected from the canal. Two people died in the heat."
    b = "Three people died in the heat. Anglers found dead fish along the canal."
    assert not any(9000.0 in s for s in _conflicts(a, b))


def test_none_of_the_people_stays_unkeyed() -> None:
    assert all(k is None for t, k in _keys("None of the 12 people inside was hurt.") if "12" in t)


def test_crew_none_of_whom_meets_a_crew_of() -> None:
    found = _conflicts("The trawler ran aground at Carrow on Friday. None of the four crew members was hurt.",
                       "The trawler ran aground at Carrow on Friday. None of the four crew was hurt.",
                       "The trawler ran aground at Carrow on Friday. Its four crew were unhurt.",
                       "A trawler with a crew of five ran aground at Carrow on Friday.")
    assert {4.0, 5.0} in found
