"""Lengths told of a dimension ("62 feet tall", "30 feet above the ground") pair with the
other report's lengths of that dimension (:mod:`reader.analysis.measure_dims`,
:func:`reader.analysis.quantity_senses.unique_pairs`). Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts

from reader.analysis.figures import extract_figures
from reader.analysis.measure_dims import dimension


@pytest.mark.parametrize(("body", "dims"), [
    ("The 48-foot-tall mast snapped about 20 feet above the deck.", ["tall", "above"]),
    ("A crane more than 55 metres high toppled 12 metres away from the school.", ["high", "away"]),
    ("The 3-mile-long tailback began 2 miles from the bridge.", ["long", None]),
    ("The 400,000-square-foot hall held 12 feet of water.", [None, None]),
    ("Cases were 15 up on the week.", [None]),       # a count, not a length
])
def test_the_dimension_a_length_is_told_of(body: str, dims: list[str | None]) -> None:
    assert [dimension(body, f) for f in extract_figures(body)] == dims


_FRAME = "The Verrin crane collapsed onto Halden Street on Friday, the Dalby fire service said."


@pytest.mark.parametrize(("one", "two", "pairs"), [
    ("The 48-foot-tall Verrin crane snapped about 20 feet above the street, Dalby police said.",
     "Dalby officials said the Verrin crane, which stood more than 60 feet tall, broke about 30 feet up.",
     [{48, 60}, {20, 30}]),
    ("A boom about 25 metres long fell from the 40-metre-high Verrin crane in Dalby.",
     "The Verrin crane in Dalby was 55 metres high and its boom was 35 metres long.",
     [{40, 55}, {25, 35}]),
])
def test_two_lengths_of_a_sentence_pair_by_dimension(one: str, two: str, pairs: list[set[float]]) -> None:
    found = _conflicts(_FRAME, one, two)
    for pair in pairs:
        assert pair in found


def test_lengths_of_no_dimension_in_one_sentence_stay_apart() -> None:
    one = "The Verrin crane's 48-foot boom hit a wall 20 feet from the Dalby school."
    two = "In Dalby the Verrin crane's 60-foot boom hit a shed 30 feet from the road."
    found = _conflicts(_FRAME, one, two)
    assert {48, 30} not in found and {20, 60} not in found
