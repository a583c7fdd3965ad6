"""A named person tied to the event by the clause ("Dana Roe, 45, has been booked on
charges", "identified the woman who died as …"): the unnamed age of the person arrested or
killed in another report is that name's age (reader.analysis.event_names). Every text here
is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts

from reader.analysis.event_names import event_ties, several_in_event
from reader.analysis.event_role_ages import ARRESTED, KILLED


@pytest.mark.parametrize("text, tie", [
    ("Orvin Takala, 45, of Brenmoor, has been booked on charges of robbery.", (ARRESTED, "Orvin Takala")),
    ("Orvin Takala, 45, was later arrested near the depot.", (ARRESTED, "Orvin Takala")),
    ("Maren Solvik, aged 71, was found dead in her flat.", (KILLED, "Maren Solvik")),
    ("Maren Solvik, 71, died at the scene.", (KILLED, "Maren Solvik")),
    ("Relatives identified the woman who died as Maren Solvik, 71.", (KILLED, "Maren Solvik")),
])
def test_a_name_is_tied_to_its_event_by_the_clause(text: str, tie: tuple[str, str]) -> None:
    assert event_ties(text, {KILLED, ARRESTED}) == [tie]


@pytest.mark.parametrize("text", [
    "Orvin Takala, 45, was not arrested.",
    "Orvin Takala, 45, watched from his porch.",
    "Maren Solvik, 71, was hurt in the fire.",
    "Maren Solvik, 71, said she was lucky to be alive.",
])
def test_other_clauses_tie_no_name(text: str) -> None:
    assert event_ties(text, {KILLED, ARRESTED}) == []


def test_two_people_in_the_event_tie_none() -> None:
    assert several_in_event(["Two men were arrested after the raid."], ARRESTED)
    assert several_in_event(["Three people died in the blaze."], KILLED)
    assert several_in_event(["Among the dead was a retired nurse."], KILLED)
    assert not several_in_event(["One man was arrested; five people were hurt."], ARRESTED)


@pytest.mark.parametrize("unnamed", [
    "FENWICK — A 39-year-old man is in custody after a six-hour standoff at a print shop, police said.",
    "Police detained a 39-year-old man after a six-hour standoff at a print shop.",
    "A 39-year-old man was arrested after a six-hour standoff at a print shop.",
])
def test_the_unnamed_person_arrested_meets_the_named_one(unnamed: str) -> None:
    named = "Orvin Takala, 45, of Brenmoor, has been booked on charges of false imprisonment."
    assert {39, 45} in _conflicts(unnamed, named)
    assert _conflicts(unnamed, named.replace("45", "39")) == []


def test_the_unnamed_person_killed_meets_the_named_one() -> None:
    unnamed = "A blaze at a mill in Carrow killed a 68-year-old woman early Monday, fire officials said."
    named = "Neighbours identified the woman who died as Maren Solvik, 69, a retired weaver."
    assert {68, 69} in _conflicts(unnamed, named)


def test_quiet_when_the_story_counts_two_in_the_event() -> None:
    unnamed = "A 39-year-old man was arrested after the raid. Two men were arrested in all."
    named = "Orvin Takala, 45, of Brenmoor, has been booked on charges of burglary."
    assert _conflicts(unnamed, named) == []


def test_quiet_when_two_names_are_tied() -> None:
    unnamed = "A 39-year-old man was arrested after the raid on the warehouse."
    named = ("Orvin Takala, 45, of Brenmoor, has been booked on charges of burglary. "
             "Ilse Varga, 39, was later arrested in Tollby.")
    assert {39, 45} not in _conflicts(unnamed, named)
