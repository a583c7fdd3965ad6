"""Two clock times told a little after one time and a little before a later one meet only in
the far half of each slack: two tellings of one moment, apart; closer, or at a named time,
they agree (every text here is invented for the tests)."""

from __future__ import annotations

import pytest

from reader.analysis.clock_times import clock_times, compatible
from reader.analysis.figures import Figure
from tests.test_conflicts_support import conflicts_of


def _time(phrase: str) -> Figure:
    text = f"The old footbridge collapsed {phrase} on Sunday."
    return clock_times(text, [(0, len(text))])[0][0]


@pytest.mark.parametrize(("one", "other"), [
    ("a little after 10:30 a.m.", "shortly before 11 a.m."),
    ("shortly after 2 p.m.", "shortly before 2:30 p.m."),
    ("just after 6 a.m.", "just before 6:20 a.m."),
    ("a little past 9:15 p.m.", "shortly before 10 p.m."),
    ("shortly after 11:40 p.m.", "shortly before 12:10 a.m."),         # (across midnight)
])
def test_hedges_leaning_toward_each_other_from_times_apart_conflict(one: str, other: str) -> None:
    assert not compatible(_time(one), _time(other))
    assert not compatible(_time(other), _time(one))


@pytest.mark.parametrize(("one", "other"), [
    ("shortly after 10:30 a.m.", "shortly before 10:45 a.m."),     # a moment a little from both
    ("just after 6 a.m.", "shortly before 6:20 a.m."),
    ("shortly before 2 p.m.", "shortly after 2 p.m."),             # one time named by both
    ("shortly after 2 p.m.", "shortly after 2:15 p.m."),           # leaning the same way
    ("shortly before 11 a.m.", "at about 10:45 a.m."),             # only one of them leans
])
def test_hedges_close_enough_or_alike_agree(one: str, other: str) -> None:
    assert compatible(_time(one), _time(other))


def test_two_articles_timing_a_collapse_by_leaning_hedges_conflict() -> None:
    a = "The roof of the Tollan Street depot collapsed shortly before 4 p.m. on Friday, the fire service said."
    assert conflicts_of(a, a.replace("shortly before 4 p.m.", "a little after 3:30 p.m.")) == [[930, 960]]
    assert conflicts_of(a, a.replace("shortly before 4 p.m.", "a little after 3:45 p.m.")) == []
