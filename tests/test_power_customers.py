"""Homes and businesses without power are the utility's customers; homes damaged are not."""

from __future__ import annotations

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


def test_homes_alone_or_homes_damaged_are_not_customers() -> None:
    keys = keys_of("The storm knocked out power across Velland and damaged 300 homes and businesses. "
                   "About 9,000 homes lost power.")
    assert keys["300 homes"] is not None and keys["300 homes"][0] == "home"
    assert keys["About 9,000 homes"] is not None and keys["About 9,000 homes"][0] == "home"
    keys = keys_of("Flooding reached 120 homes and businesses along the river.")
    assert keys["120 homes"] is not None and keys["120 homes"][0] == "home"
