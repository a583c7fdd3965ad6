"""A thing's size told of its dimension ("a section of roof about 60 feet long", also with a
conversion in brackets) and an amount of something ("had cleared about 45 feet of the fall")
are two quantities, however alone each is in its report. Every text here is made up for the
tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts

from reader.analysis.figures import extract_figures
from reader.analysis.measure_dims import dimension, partitive


@pytest.mark.parametrize(("text", "dim", "amount"), [
    ("A section of roof about 60 feet (18 meters) long gave way.", "long", False),
    ("Crews had cleared about 45 feet of the fall.", None, True),
    ("About 20 inches of heavy snow fell.", None, True),
    ("The fence is 12 feet high.", "high", False),
])
def test_a_lengths_dimension_or_amount(text: str, dim: str | None, amount: bool) -> None:
    f = extract_figures(text)[0]
    assert (dimension(text, f), partitive(text, f)) == (dim, amount)


def test_a_size_and_an_amount_of_another_thing_are_no_conflict() -> None:
    assert _conflicts("Four miners were trapped in the Corran mine when a section of roof about 60 feet "
                      "(18 meters) long gave way early Tuesday.",
                      "Rescue teams working in the Corran mine had cleared about 45 feet of the roof fall by early "
                      "Tuesday evening. The four trapped miners were about 200 feet from the entry.") == []


def test_two_sizes_of_one_thing_still_conflict() -> None:
    assert {45, 60} in _conflicts("Four miners were trapped when a section of roof about 60 feet long gave way.",
                                  "Four miners were trapped when a section of roof about 45 feet long gave way.")
