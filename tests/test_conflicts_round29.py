"""Round 29 of conflict finding, from the misses of probes p25 to p30: a count told as a part of a
group ("Two of the climbers were flown to a hospital"). Every text here is made up for the tests."""

from __future__ import annotations

import pytest

from reader.analysis.conflicts import find_conflicts
from reader.analysis.figure_uses import figure_uses
from tests.test_conflicts_support import undated


def _found(*bodies: str) -> list[tuple[str, list[str]]]:
    found = find_conflicts([undated(f"s{n}", body) for n, body in enumerate(bodies)])
    return [(c.quantity, [v.display for v in c.values]) for c in found]


def test_a_part_of_a_group_sent_to_hospital_is_a_hospital_count():
    found = _found("One of the climbers was flown to a hospital in Granby with a broken wrist.",
                   "Two of the climbers were flown to a hospital in Granby, one with frostbite.")
    assert found == [("people in hospital", ["1", "2"])]


@pytest.mark.parametrize("text", ["One of the six cars was towed from the lot.",
                                  "One of the reasons was taken to heart by the board.",
                                  "Two of the trucks were taken to a garage in Granby."])
def test_a_part_of_a_group_not_sent_to_hospital_is_no_hospital_count(text: str):
    _uses, keys = figure_uses([undated("s0", text)], None)
    assert ("person", "hospital") not in keys
