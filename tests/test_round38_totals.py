"""Round thirty-eight: a total reached (a perfect tense) told smaller at a later part of the same day
cannot hold ("had collected 2,600 dead fish by Saturday morning" against "had gathered up 1,450 dead
fish by Saturday evening"); a total that grew, a state, two days and a day with no part stay two stages.
Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.analysis.figure_uses import FigureUse
from reader.analysis.figures import extract_figures
from reader.analysis.running_totals import moment, shrinks
from tests.test_conflicts_support import conflict_sets

MORNING = "By Saturday morning, river board crews had collected 2,600 dead fish from the banks of the Oude Vaart."


def test_a_total_told_smaller_later_that_day_is_a_conflict() -> None:
    evening = "River board crews had gathered up 1,450 dead fish from the Oude Vaart by Saturday evening."
    assert conflict_sets(MORNING, evening) == [{2600.0, 1450.0}]


@pytest.mark.parametrize("other", [
    "River board crews had gathered up 3,100 dead fish from the Oude Vaart by Saturday evening.",   # it grew
    "River board crews had gathered up 1,450 dead fish from the Oude Vaart by Sunday evening.",     # two days
    "River board crews had gathered up 1,450 dead fish from the Oude Vaart by Saturday.",           # no part
])
def test_a_total_that_grew_or_is_told_of_no_ordered_time_stays_a_stage(other: str) -> None:
    assert conflict_sets(MORNING, other) == []


def test_a_state_may_shrink_later_that_day() -> None:
    a = "By Sunday morning, 640 people in the Kettle Bottoms were without power, the co-op said."
    b = "By Sunday evening, 410 people in the Kettle Bottoms were without power, the co-op said."
    assert conflict_sets(a, b) == []


@pytest.mark.parametrize(("when", "read"), [
    ("sunday afternoon", ("sunday", 3)), ("early saturday", ("saturday", 0)), ("saturday", None),
    ("this morning", None), ("late monday night", ("monday", 5)), ("monday morning tuesday", None),
])
def test_a_moment_is_one_day_and_one_part(when: str, read: tuple[str, int] | None) -> None:
    assert moment(when) == read


def _use(sentence: str) -> FigureUse:
    (figure,) = [f for f in extract_figures(sentence) if f.value >= 10]
    return FigureUse("a", figure, sentence)


@given(st.integers(10, 5000), st.integers(10, 5000), st.sampled_from(["morning", "afternoon", "evening"]),
       st.sampled_from(["morning", "afternoon", "evening"]))
def test_shrinks_only_when_the_later_total_is_smaller(x: int, y: int, p: str, q: str) -> None:
    a = _use(f"Crews had cleared {x} homes by Monday {p}.")
    b = _use(f"Crews had cleared {y} homes by Monday {q}.")
    order = ["morning", "afternoon", "evening"]
    later_smaller = (order.index(q) > order.index(p) and y < x) or (order.index(p) > order.index(q) and x < y)
    assert shrinks(a, f"monday {p}", b, f"monday {q}") == later_smaller
    assert shrinks(a, f"monday {p}", b, f"monday {q}") == shrinks(b, f"monday {q}", a, f"monday {p}")
