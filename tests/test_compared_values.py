"""A value a sentence sets beside another as its measure (a multiple of it, a change's base)
is no item of a list with it, so the other stays pairable across reports
(:func:`reader.analysis.quantity_senses.compared`). Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts

from reader.analysis.figures import extract_figures
from reader.analysis.quantity_senses import compared


@pytest.mark.parametrize(("body", "expected"), [
    ("The clinic logged 260 flu cases this winter, nearly triple the 90 cases of last winter.", True),
    ("The shelter now has 80 beds, twice the 40 beds it opened with.", True),
    ("Enrolment reached 1,450 pupils, up from 1,210 pupils.", True),
    ("The mayor won 61 votes compared to 38 won by her rival.", False),      # a contest's two sides
    ("There were 30 cases in Ashby and 12 cases in Dorn.", False),           # a list
    ("Pellow had 14 wards against 9 for Marne.", False),
])
def test_a_multiple_or_a_base_is_told_as_a_measure(body: str, expected: bool) -> None:
    f, g = extract_figures(body)[:2]
    assert compared(body, f, g) is expected


_COUNTY = ["Ashby county's rate is 31.2 cases per 100,000 residents, the highest in the state of Dorrin.",
           "Ashby county has 88 cases."]


def test_a_count_beside_a_multiple_of_last_years_still_conflicts() -> None:
    agency = (f"The Dorrin health agency has confirmed 508 flu cases statewide this season, more than triple "
              f"the 150 cases confirmed by this time last season. {' '.join(_COUNTY)}")
    station = "Dorrin has confirmed 471 flu cases this season, the state health agency said."
    assert {471, 508} in _conflicts(agency, station)


def test_a_list_of_counts_stays_unpaired() -> None:
    agency = f"The Dorrin agency counted 508 flu cases in Ashby and 150 cases in Marne. {' '.join(_COUNTY)}"
    station = "Dorrin has confirmed 471 flu cases this season, the state health agency said."
    assert not any({471, 508} <= c for c in _conflicts(agency, station))
