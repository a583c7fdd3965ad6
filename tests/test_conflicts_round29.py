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


@pytest.mark.parametrize(("a", "b"), [
    ("The tentative agreement gives nurses a 13 percent raise over three years.",
     "Under the deal, nurses will get raises totaling 10% over three years."),
    ("The contract gives deputies raises totaling 14 percent over the life of the deal.",
     "Deputies will receive a 12% raise over the life of the deal."),
])
def test_a_raise_told_as_a_raise_or_as_raises_totaling_is_one_pay_rise(a: str, b: str):
    assert [values for _, values in _found(a, b)] in ([["10%", "13%"]], [["12%", "14%"]])


def test_a_walkout_is_a_strike():
    found = _found("The drivers had been on strike for 12 days when the deal was announced.",
                   "The walkout, which lasted 16 days, stranded 9,000 riders.")
    assert found == [("how long the strike lasted", ["12 days", "16 days"])]


def test_school_days_are_no_length_in_days():
    assert _found("The teachers had been on strike for 11 days when the deal was announced.",
                  "The walkout, which lasted nine school days, kept 28,000 students at home.") == []
