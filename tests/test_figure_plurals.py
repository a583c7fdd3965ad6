"""Counted nouns with irregular plurals: "-men" compounds ("three gunmen") are counts,
and "-ves" plurals of "-f" nouns ("four thieves") are keyed by their singular."""

from __future__ import annotations

import pytest

from reader.analysis.figure_nouns import singular
from tests.test_conflicts_support import conflicts_of, keys_of


@pytest.mark.parametrize(("plural", "one"), [("gunmen", "gunman"), ("firemen", "fireman"),
                                             ("Fishermen", "fisherman"), ("thieves", "thief"),
                                             ("shelves", "shelf"), ("women", "woman"), ("specimen", "specimen"),
                                             ("detectives", "detective"), ("abdomen", "abdomen")])
def test_singular_of_irregular_plurals(plural: str, one: str) -> None:
    assert singular(plural) == one


def test_men_compounds_and_ves_plurals_are_counted_figures() -> None:
    keys = keys_of("Three gunmen were seen in a grey van. Four thieves were seen on the roof. "
                   "Two specimen jars broke.")
    # (gunmen and thieves are counted; as doers of a crime both are keyed the perpetrators: people_roles)
    assert keys == {"Three gunmen": ("perpetrator", None), "Four thieves": ("perpetrator", None),
                    "Two specimen jars": ("jar", None)}


def test_two_counts_of_gunmen_conflict_and_agreeing_counts_stay_quiet() -> None:
    a = "Police in Dorran said three gunmen robbed the armoured van on Tuesday before fleeing north."
    b = "Four gunmen robbed the armoured van outside the Dorran depot on Tuesday, police said."
    assert conflicts_of(a, b) == [[3, 4]]
    assert conflicts_of(a, a.replace("three", "3")) == []
