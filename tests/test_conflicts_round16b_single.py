"""Round 16b: single causes: a cost put at a sum, a thing's size dated by the year of its
making. Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts
from test_conflicts_support import keys_in as _keys

from reader.analysis.figures import extract_figures

# --- single causes: a cost put at a sum; a thing's size dated by its making

@pytest.mark.parametrize("body", [
    "The firm estimates cleanup costs at $6 million.",
    "The county puts the clean-up cost at $6 million.",
])
def test_a_cost_put_at_a_sum_is_a_cost(body: str) -> None:
    # (a cost named by its kind since round thirty-five: tests/test_cost_kinds.py)
    assert _keys(body)["$6 million"] == ("money:cost of cleanup", None)


def test_a_size_before_the_year_of_its_making_is_the_storys() -> None:
    from reader.analysis.other_events import told_when
    for body in ("The 42-metre vessel was built in 1994 and sold later.", "The 40-metre tug was launched in 2001."):
        f = extract_figures(body)[0]
        assert told_when(body, f, 2027, 1) is None
    for body in ("A 30-metre ferry sank in 1994 off the cape.", "200 homes were built in 2019."):
        f = extract_figures(body)[0]
        assert told_when(body, f, 2027, 1) is not None


def test_sizes_of_one_vessel_conflict_across_its_building_year() -> None:
    assert {38, 42} in _conflicts("The 38-metre trawler Sea Lark sank off Pellow on Monday.",
                                  "The 42-metre trawler Sea Lark, built in 1994, sank off Pellow on Monday.")
