"""A sum of money told differently by two sources, matched by the words of its clause
(reader.analysis.event_amounts). Every text here is made up for the tests."""

from __future__ import annotations

import pytest

from reader.analysis.conflicts import find_conflicts
from tests.test_conflicts_support import undated


def _sums(*bodies: str) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    found = find_conflicts([undated(f"s{n}", body) for n, body in enumerate(bodies)])
    return [(c.quantity, [(v.display, v.articles) for v in c.values]) for c in found
            if c.quantity.startswith("sum of money")]


def test_a_sum_no_key_names_is_matched_by_its_clause():
    found = _sums("The county paid out £2.6 million on the makeover of Pellow Court in 2018, including new windows "
                  "and a new lift for the tower's older residents.",
                  "County records show the £4.1 million makeover of Pellow Court in 2018 paid for replacement "
                  "windows, a lobby and brighter lighting on the landings.")
    assert found == [("sum of money (told with “county paid makeover windows”)",
                      [("£2.6 million", ["s0"]), ("£4.1 million", ["s1"])])]


def test_a_cost_keyed_by_its_project_is_matched_by_its_clause_too():
    # (round 32: a sum spent on a refurbishment is keyed a cost; a cost that names no thing is read by its
    # clause as an unkeyed sum is, so two costs of one refurbishment far apart still meet)
    bodies = ("The county spent £2.6 million on a refurbishment of Pellow Court in 2018, including new windows "
              "and a new lift for the tower's older residents.",
              "County records show the £4.1 million refurbishment of Pellow Court in 2018 paid for replacement "
              "windows, a lobby and brighter lighting on the landings.")
    found = find_conflicts([undated(f"s{n}", body) for n, body in enumerate(bodies)])
    assert [[(v.display, v.articles) for v in c.values] for c in found] == [
        [("£2.6 million", ["s0"]), ("£4.1 million", ["s1"])]]


def test_a_purchase_told_with_other_verbs_is_matched():
    found = _sums("In April the district's board approved buying three new ambulances for $720,000 after a long "
                  "debate about response times.",
                  "At the meeting, the district's board signed off on a $810,000 purchase of three ambulances, "
                  "which should arrive before the winter.")
    assert [values for _, values in found] == [[("$720,000", ["s0"]), ("$810,000", ["s1"])]]


@pytest.mark.parametrize(("a", "b"), [
    # one sum told two ways that agree
    ("The county spent £2.6 million on a refurbishment of Pellow Court.",
     "The £2,600,000 refurbishment of Pellow Court left the stairwells untouched."),
    # two refurbishments of two years
    ("The county spent £2.6 million on a refurbishment of Pellow Court in 2018.",
     "The county spent £3.9 million on a refurbishment of Pellow Court in 2023."),
    # a rate against a sum
    ("Starting pay for a new deputy will rise to $61,000 a year under the contract.",
     "Starting pay for a new deputy under the contract will be $58,000."),
    # two currencies
    ("The county spent £2.6 million on a refurbishment of Pellow Court.",
     "The county spent $3.4 million on a refurbishment of Pellow Court."),
    # sums too far apart to be one
    ("The county spent £2.6 million on a refurbishment of Pellow Court.",
     "The county spent £26 million on a refurbishment of Pellow Court."),
    # two things bought with one verb
    ("The district's board approved buying three new ambulances for $720,000.",
     "The district's board approved buying a new fire engine for $910,000."),
])
def test_sums_that_stay_quiet(a: str, b: str) -> None:
    assert _sums(a, b) == []
