"""The source a closing attribution names is not a second subject (:mod:`reader.analysis.said_by`).
Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import undated, value_sets

from reader.analysis.conflicts import find_conflicts
from reader.analysis.said_by import own_clause


@pytest.mark.parametrize(("sentence", "clause"), [
    ("The shop gets a $20,000 bonus, said owner Priya Vandermeer.", "The shop gets a $20,000 bonus"),
    ("The shop gets a $20,000 bonus, owner Priya Vandermeer said on Monday.", "The shop gets a $20,000 bonus"),
    ("The kiosk earns a $9,000 bonus, according to Tamsin Orrell of the lottery.", "The kiosk earns a $9,000 bonus"),
    ("Joss Amberley said she paid $5,000 for the car.", "Joss Amberley said she paid $5,000 for the car."),
    ("Joss Amberley, 44, paid $5,000 for the car.", "Joss Amberley, 44, paid $5,000 for the car."),
])
def test_the_closing_attribution_is_cut(sentence: str, clause: str) -> None:
    assert own_clause(sentence) == clause


@pytest.mark.parametrize("source", [", said owner Priya Vandermeer.", ", owner Priya Vandermeer said.",
                                    ", the Kestley Lottery said on Sunday."])
def test_a_sum_told_with_its_source_named_still_conflicts(source: str) -> None:
    a = undated("wire", "The Corlan Diner will receive a $40,000 bonus for selling the winning ticket.")
    b = undated("local", "The shop receives a $20,000 bonus" + source)
    assert {40000.0, 20000.0} in value_sets(find_conflicts([a, b]))


def test_fines_of_two_people_stay_apart_whoever_tells_them() -> None:
    a = undated("wire", "Oren Vasko was fined $5,000 for the fraud.")
    b = undated("local", "Pell Dunmore was fined $8,000, said prosecutor Lena Ostrova.")
    assert find_conflicts([a, b]) == []
