"""A share of one thing told differently by two sources, matched by the words of its clause
(reader.analysis.event_shares). Every text here is made up for the tests."""

from __future__ import annotations

import pytest

from reader.analysis.conflicts import find_conflicts
from tests.test_conflicts_support import undated


def _shares(*bodies: str) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    found = find_conflicts([undated(f"s{n}", body) for n, body in enumerate(bodies)])
    return [(c.quantity, [(v.display, v.articles) for v in c.values]) for c in found if c.quantity.startswith("share")]


def test_a_share_told_in_one_clause_of_a_long_sentence_is_matched():
    found = _shares("About 62 percent of the district's students ride a bus to school each day, according to "
                    "figures the district provided.",
                    "Quillmont Valley is a consolidated district that stretches across hundreds of square miles of "
                    "wheat ground, and roughly 75 percent of its students ride buses to school.")
    assert found == [("share (told with “district students ride school”)", [("62%", ["s0"]), ("75%", ["s1"])])]


@pytest.mark.parametrize(("a", "b"), [
    # a share and a change of another thing
    ("The bill's supporters say it will help about 14 percent of the state's workforce.",
     "Under the bill, the minimum wage will climb to $18 an hour by 2029, a 20% increase over three years."),
    # two polls told alike
    ("About 40 percent of likely voters in the district back the levy, the poll found.",
     "About 52 percent of likely voters in the district back the levy, a second poll found."),
    # one share told two ways that agree
    ("About 62 percent of the district's students ride a bus to school.",
     "Some 61.8 percent of the district's students ride a bus to school."),
    # shares of two wholes named apart
    ("Nearly 30 percent of students at Lincoln Elementary ride a bus to school.",
     "Nearly 45 percent of students at Garfield Middle ride a bus to school."),
])
def test_shares_that_stay_quiet(a: str, b: str) -> None:
    assert _shares(a, b) == []
