"""What a project costs is a sum sources may disagree on: "the $48 million project", "will
cost $54 million", "at a cost of"; it is a fallback, after every other subject word."""

from __future__ import annotations

import pytest

from tests.test_conflicts_support import conflicts_of, keys_of


@pytest.mark.parametrize(("text", "figure"), [
    ("The $48 million project, called The Corliss, is being built by Brightwater.", "$48 million"),
    ("The tower will cost $48 million, the developer said.", "$48 million"),
    ("The council approved the bridge at a cost of about £12 million.", "about £12 million"),
    ("The $3.1 billion airport expansion opens in 2029.", "$3.1 billion"),
])
def test_a_project_cost_is_keyed(text: str, figure: str) -> None:
    assert keys_of(text)[figure] == ("money:cost", None)


def test_other_subjects_win_and_a_sum_with_none_stays_unkeyed() -> None:
    # (repairs are the damage an incident did; a cost charged to a payer is a cost: money_keys)
    assert keys_of("Repairs will cost $1.5 million.")["$1.5 million"] == ("money:damage", "damaged")
    assert keys_of("The storm cost the county $3 million.")["$3 million"] == ("money:cost", None)
    assert keys_of("The $48 million stadium will open in 2028.")["$48 million"] is None


def test_two_costs_of_one_project_conflict() -> None:
    a = "The $48 million project, called The Corliss, is being built by Brightwater Construction."
    b = "The $54 million project was approved by the city's planning board in 2024."
    assert conflicts_of(a, b) == [[48000000, 54000000]]
    assert conflicts_of(a, b.replace("$54", "$48")) == []
