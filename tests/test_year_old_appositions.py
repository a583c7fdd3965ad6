"""An "N-year-old" standing in apposition to a role noun before it ("The skipper, a
61-year-old with three decades at sea,", "The skipper, 63-year-old Dunmere man Ivo
Sand,") is that role's age. Every text here is made up for the tests."""

from __future__ import annotations

from test_conflicts_support import conflict_sets as _conflicts
from test_conflicts_support import keys_in as _keys


def test_a_year_old_used_as_a_noun_after_a_role_is_the_roles_age() -> None:
    keys = _keys("The pilot, a 44-year-old with 12 years of flying, was unhurt.",
                 "The pilot, Dara Quennell-Obi, 45, walked away.")
    assert keys["44-year-old"] == keys["45"] == ("age", "dara quennell-obi")


def test_a_year_old_before_a_place_and_a_name_ties_the_name_to_the_role() -> None:
    keys = _keys("The skipper, a 61-year-old from Ossory, radioed for help.",
                 "The skipper, 63-year-old Ossory man Ivo Sandhaven-Roe, was winched aboard.")
    assert keys["61-year-old"] == keys["63-year-old"] == ("age", "ivo sandhaven-roe")


def test_ages_of_one_unnamed_role_told_in_apposition_conflict() -> None:
    found = _conflicts("The driver, a 52-year-old with a clean record, was treated at the scene.",
                       "The driver, 54, was treated at the scene.")
    assert {52, 54} in found
    assert _conflicts("The driver, a 54-year-old with a clean record, was treated at the scene.",
                      "The driver, 54, was treated at the scene.") == []


def test_a_year_old_that_names_its_own_noun_is_not_the_roles() -> None:
    keys = _keys("The owner, a 70-year-old widow, sold the farm. The buyer, a 38-year-old teacher, moved in.",
                 "The owner, Edda Lintrow, 72, sold the farm.")
    assert keys["70-year-old widow"] is None and keys["38-year-old teacher"] is None


def test_a_role_tied_to_two_names_gives_no_owner() -> None:
    keys = _keys("The pilot, a 57-year-old with a long record, was hurt. Pilot Rafe Conwy-Lund flew the first leg.",
                 "The pilot, 58-year-old Harlow man Tobias Wrenfield, remained in hospital.")
    assert keys["57-year-old"] is None and keys["58-year-old"] is None
