"""A count of one thing told under two nouns no rule joins, matched by the words of its clause
(reader.analysis.event_tallies). Every text here is made up for the tests."""

from __future__ import annotations

import pytest

from reader.analysis.conflicts import find_conflicts
from tests.test_conflicts_support import undated


def _counts(*bodies: str) -> list[list[str]]:
    found = find_conflicts([undated(f"s{n}", body) for n, body in enumerate(bodies)])
    return [[v.display for v in c.values] for c in found]


def test_people_told_by_two_nouns_in_one_clause_are_one_count():
    assert _counts("They also cite a shortage of workers: the agency is short 85 drivers, which has forced cuts.",
                   "The agency is also short about 60 bus operators, according to its latest staffing report.") == [
        ["60", "85"]]


@pytest.mark.parametrize(("a", "b"), [
    # people against things
    ("The agency is short 85 drivers this summer.", "The agency is short about 60 buses this summer."),
    # counts too far apart to be one
    ("The agency is short 85 drivers this summer.", "The agency is short about 300 bus operators this summer."),
    # one count told two ways that agree
    ("The agency is short 85 drivers this summer.", "The agency is short about 85 bus operators this summer."),
])
def test_counts_that_stay_quiet(a: str, b: str) -> None:
    assert _counts(a, b) == []
