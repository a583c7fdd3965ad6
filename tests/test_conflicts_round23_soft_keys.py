"""A soft key told the same on both sides beside a bound every other statement agrees with
("more than a dozen" beside 14 and at least 20: :mod:`reader.analysis.open_bounds`). Every text here is made up for
these tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets

_HEALTH = ("About 300 people may have been exposed to mumps at the Corran clinic, including "
           "{n} toddlers younger than two, the county said.")
_WIRE = ("As many as 300 people may have been exposed to mumps at a clinic in Corran, health officials "
         "said Monday, including more than a dozen toddlers too young to be vaccinated.")
_LOCAL = "{q} toddlers were in the waiting room on Friday afternoon, parents told the Courier."


@pytest.mark.parametrize(("n", "q", "pair"), [
    (13, "At least 19", {13.0, 19.0}),
    (13, "At least 22", {13.0, 22.0}),
    (14, "Some 21", {14.0, 21.0}),
])
def test_a_bound_both_sides_agree_with_leaves_the_two_counts(n, q, pair):
    got = conflict_sets(_HEALTH.format(n=n), _WIRE, _WIRE, _LOCAL.format(q=q))
    assert any(pair <= c for c in got)


def test_agreeing_counts_beside_a_bound_stay_quiet():
    got = conflict_sets(_HEALTH.format(n=14), _WIRE, _WIRE, _LOCAL.format(q="At least 14"))
    assert not any(14.0 in c for c in got)


def test_two_counts_of_one_article_beside_a_bound_stay_quiet():
    both = _HEALTH.format(n=14) + " " + _LOCAL.format(q="At least 20")
    got = conflict_sets(both, _WIRE, _WIRE)
    assert not any(14.0 in c and 20.0 in c for c in got)
