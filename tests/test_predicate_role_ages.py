"""A role's age told by its predicate ("The pilot was 58 and lived in Harnby") is that role's
age (reader.analysis.age_roles.predicate_age), owned by the one person the story names for
the role, also under a hyphenated surname; numbers with units, other people's roles and ages
at another time stay unread."""

from __future__ import annotations

import pytest

from tests.test_conflicts_support import conflicts_of, keys_of


@pytest.mark.parametrize(("text", "figure", "role"), [
    ("The pilot was 58 and lived in Harnby, the company said.", "58", "the pilot"),
    ("The driver was 34, police said.", "34", "the driver"),
    ("The boy was 7.", "7", "the boy"),
    ("Its captain is 49 and has sailed the route for years.", "49", "the captain"),
])
def test_predicate_ages_of_roles_are_read(text: str, figure: str, role: str) -> None:
    assert keys_of(text)[figure] == ("age", role)


@pytest.mark.parametrize("text", [
    "The pilot was 58 metres from the tower.",
    "The pilot was 22 when he earned his licence.",
    "The victim was 58 and lived in Harnby.",
    "The suspect was 25 feet away.",
    "The gunman was 1 of 3 men.",
])
def test_other_predicates_are_no_role_age(text: str) -> None:
    assert all(k is None or k[0] != "age" for k in keys_of(text).values())


def test_a_predicate_age_meets_the_named_holder_of_the_role() -> None:
    a = "Pilot Corwen Aldous-Pike, 61, had flown the route for years, colleagues said."
    b = "The pilot was 58 and lived in Harnby, the company said."
    assert conflicts_of(a, b) == [[58, 61]]
    assert conflicts_of(a, b.replace("58", "61")) == []


def test_two_pilots_give_a_predicate_age_no_owner() -> None:
    a = "Pilot Corwen Aldous-Pike, 61, and co-pilot Mira Dunn were killed. Both pilots were experienced."
    b = "The pilot was 58 and lived in Harnby, the company said."
    assert conflicts_of(a, b) == []
