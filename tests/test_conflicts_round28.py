"""Round 28 of conflict finding, from the held-out probe p30's first run: one end of a change is
no value of the quantity now. Every text here is made up for the tests."""

from __future__ import annotations

from reader.analysis.conflicts import find_conflicts
from tests.test_conflicts_support import undated


def _found(*bodies: str) -> list[tuple[str, list[str]]]:
    found = find_conflicts([undated(f"s{n}", body) for n, body in enumerate(bodies)])
    return [(c.quantity, [v.display for v in c.values]) for c in found]


def test_the_start_of_a_change_is_no_value_of_the_quantity_now():
    assert _found("With Friday's count, support for Proposition 1 climbed from 58.7 percent on election "
                  "night to 60.4 percent, enough to clear the supermajority Oregon requires for school bonds.",
                  "Proposition 1 reached 60.4 percent after Friday's ballot count, just above the 60 percent "
                  "supermajority that Oregon requires for school bonds.") == []
