"""An age whose owner is named inside its own noun phrase: a role written as a title before
the full name ("29-year-old nurse Renata Solis"), a name given after "named", and a name
before "the zoo's seven-year-old …" in apposition. Every text here is made up for the tests."""

from __future__ import annotations

from test_conflicts_support import conflict_sets as _conflicts
from test_conflicts_support import keys_in as _keys

from reader.analysis.ages import age_owner
from reader.analysis.figures import extract_figures


def _owner(text: str) -> str | None:
    ages = [f for f in extract_figures(text) if "year-old" in f.text]
    assert len(ages) == 1, ages
    return age_owner(text, ages[0])


def test_a_role_written_as_a_title_names_the_owner() -> None:
    assert _owner("He was convicted in the death of 29-year-old nurse Mirela Zarkova.") == "Mirela Zarkova"
    assert _owner("The blast killed the 52-year-old forklift operator Dale Ostrander, police said.") == "Dale Ostrander"
    assert _owner("The 41-year-old night-shift crane operator Ines Vartan was hurt.") == "Ines Vartan"


def test_no_owner_when_a_verb_or_a_day_stands_between() -> None:
    assert _owner("The 40-year-old man told Jane Okoro to leave.") is None
    assert _owner("A 33-year-old nurse Monday said the ward was full.") is None
    assert _owner("The 60-year-old widow of firefighter Tom Ashgrove spoke.") is None


def test_a_name_after_named_or_before_a_possessive() -> None:
    assert _owner("The 4-year-old male jaguar, named Tamsin, slipped out.") == "Tamsin"
    assert _owner("Tamsin, the zoo's seven-year-old male jaguar, slipped out.") == "Tamsin"


def test_a_titled_name_keys_the_age_by_the_person_when_the_role_has_two_holders() -> None:
    # the story's two nurses leave the role "nurse" owned by no one; the title names its own
    keys = _keys("Lorcan Pike was convicted of killing Mirela Zarkova, 27, a nurse. Charge nurse Ada Brisk spoke.",
                 "Pike was convicted in the death of 29-year-old nurse Mirela Zarkova. Nurse Ada Brisk wept.")
    assert keys["27"] == keys["29-year-old nurse"] == ("age", "mirela zarkova")


def test_ages_named_in_the_phrase_conflict_and_agree() -> None:
    assert {4, 7} in _conflicts("The 4-year-old male jaguar, named Tamsin, slipped out of his enclosure.",
                                "Tamsin, the zoo's seven-year-old male jaguar, slipped out of his enclosure.")
    assert _conflicts("The 7-year-old male jaguar, named Tamsin, slipped out of his enclosure.",
                      "Tamsin, the zoo's seven-year-old male jaguar, slipped out of his enclosure.") == []
