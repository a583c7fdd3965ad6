"""Homes and businesses without power are the utility's customers; homes damaged are not."""

from __future__ import annotations

import pytest

from tests.test_conflicts_support import conflicts_of, keys_of


def test_homes_and_businesses_without_power_are_customers() -> None:
    keys = keys_of("The storm cut power to 410,000 homes and businesses on Monday. Crews said 52,000 homes "
                   "and business customers in Alder County were still in the dark on Tuesday.")
    assert keys["410,000 homes"] == ("customer", None)
    assert keys["52,000 homes"] == ("customer", None)


def test_a_count_of_homes_and_businesses_conflicts_with_customers_told_alike() -> None:
    a = "The ice storm knocked out power to 410,000 homes and businesses across Velland on Monday."
    b = "The ice storm knocked out power to 468,000 customers across Velland on Monday."
    assert conflicts_of(a, b) == [[410000, 468000]]
    assert conflicts_of(a, b.replace("468,000", "410,000")) == []


def test_homes_damaged_are_not_customers() -> None:
    keys = keys_of("The storm knocked out power across Velland and damaged 300 homes and businesses. "
                   "About 9,000 homes lost power.")
    assert keys["300 homes"] is not None and keys["300 homes"][0] == "home"
    assert keys["About 9,000 homes"] == ("customer", None)      # (homes that lost power are metered homes)
    keys = keys_of("Flooding reached 120 homes and businesses along the river.")
    assert keys["120 homes"] is not None and keys["120 homes"][0] == "home"


@pytest.mark.parametrize("homes", [
    "About 51,000 homes lost electricity after the Marden substation failed.",
    "Roughly 51,000 households were without power after the Marden substation failed.",
    "The Marden substation failure left 51,000 homes in the dark.",
])
def test_homes_that_lost_power_meet_the_utilitys_customers(homes: str) -> None:
    a = "The Marden substation failure cut power to about 34,000 customers, the utility said."
    assert conflicts_of(a, homes) == [[34000, 51000]]


def test_homes_damaged_do_not_meet_customers_without_power() -> None:
    a = "The Marden substation failure cut power to about 34,000 customers, the utility said."
    b = "The storm damaged 51,000 homes around Marden, the county said."
    assert conflicts_of(a, b) == []
