"""Two times of one event on either side of midnight are compared on the clock's circle:
"shortly after 11 p.m. Sunday" and "around 1 a.m. Monday" are two hours apart, not 22."""

from __future__ import annotations

from tests.test_conflicts_support import conflicts_of


def test_times_across_midnight_conflict() -> None:
    a = "The fire broke out shortly after 11 p.m. on Sunday, the port said."
    b = "The fire broke out around 1 a.m. on Monday, dock workers said."
    assert conflicts_of(a, b) == [[60, 1380]]


def test_times_across_midnight_that_can_agree_do_not_conflict() -> None:
    a = "The fire broke out shortly before midnight on Sunday, the port said."
    b = "The fire broke out at 11:50 p.m. Sunday, dock workers said."
    assert conflicts_of(a, b) == []
    assert conflicts_of(a, b.replace("at 11:50 p.m. Sunday", "just after midnight")) == []
