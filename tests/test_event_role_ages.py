"""Ages told by what the event did to the person ("One of those killed was a 58-year-old
man", "Police detained a 33-year-old woman"): compared as the age of the one person killed or
arrested, never across a man and a woman, never two ages in one report. Every text here is
made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts

from reader.analysis.event_role_ages import ARRESTED, KILLED, event_role, merged_genders
from reader.analysis.figures import extract_figures


def _role(text: str) -> str | None:
    ages = [f for f in extract_figures(text) if "year-old" in f.text]
    return event_role(text, ages[0])


@pytest.mark.parametrize("text, role", [
    ("One of those killed was a 58-year-old man from Tarrow.", KILLED + ":m"),
    ("Among the dead was a 70-year-old retired nurse.", KILLED + ":"),
    ("The flood killed a 44-year-old woman and injured five others.", KILLED + ":f"),
    ("One walker, a 61-year-old woman, died at the scene.", KILLED + ":f"),
    ("A 29-year-old man was pronounced dead at the scene.", KILLED + ":m"),
    ("Police detained a 33-year-old Brenford man near the depot.", ARRESTED + ":m"),
    ("A 33-year-old man from Brenford was later arrested.", ARRESTED + ":m"),
    ("A 19-year-old woman is in custody, officers said.", ARRESTED + ":f"),
    ("Officers said a 40-year-old man had been charged.", ARRESTED + ":m"),
    # a death's noun, and a place written before the person's noun
    ("The storm was blamed for the death of a 74-year-old man hit by a limb.", KILLED + ":m"),
    ("Authorities say a 79-year-old Cumberland County man was killed when a limb fell.", KILLED + ":m"),
])
def test_event_roles_by_clause(text: str, role: str) -> None:
    assert _role(text) == role


@pytest.mark.parametrize("text", [
    "A 33-year-old man was not arrested.",
    "A 30-year-old woman was hurt in the crash.",
    "A 45-year-old man watched from his porch.",
    "The 90-year-old bridge was destroyed.",
    "One of the victims was a 30-year-old man.",
])
def test_other_ages_have_no_event_role(text: str) -> None:
    assert _role(text) is None


def test_a_man_and_a_woman_killed_are_two_people() -> None:
    owners = ["role:person killed:f", "role:person killed:m", "role:person arrested:", "role:person arrested:m", None]
    assert merged_genders(owners, "role:") == [None, None, "role:person arrested", "role:person arrested", None]


@pytest.mark.parametrize("a, b", [
    ("Two people died. One of those killed was a 58-year-old man.",
     "Two people died. Among the dead was a 61-year-old."),
    ("The storm killed a 58-year-old man in Tarrow.", "A 61-year-old man was killed when a tree fell."),
    ("Police arrested a 27-year-old man at the scene.", "A 25-year-old man from Brenford was arrested."),
])
def test_event_role_ages_conflict(a: str, b: str) -> None:
    found = _conflicts(a, b)
    assert any(len(s) == 2 and max(s) - min(s) in (2.0, 3.0) for s in found)


@pytest.mark.parametrize("a, b", [
    # a man and a woman killed: two people
    ("One of those killed was a 58-year-old man.", "Among the dead was a 61-year-old woman."),
    # a report that gives two ages for the dead: two people
    ("The fire killed a 58-year-old man and a 61-year-old man.", "A 64-year-old man was killed in the fire."),
    # killed and arrested are two roles
    ("A 58-year-old man was killed.", "Police arrested a 61-year-old man."),
])
def test_quiet_cases(a: str, b: str) -> None:
    assert not any(s & {58.0, 61.0, 64.0} for s in _conflicts(a, b))


@pytest.mark.parametrize("text", [
    "A second walker, a 52-year-old man, died in hospital.",
    "Another passenger, a 40-year-old woman, was killed.",
    "A 33-year-old woman was also killed.",
    "Police also arrested a 27-year-old man.",
])
def test_one_more_in_the_role_is_no_one_person(text: str) -> None:
    assert _role(text) is None
