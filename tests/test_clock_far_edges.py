"""Two loose clock times that meet only at the far edge of each one's slack disagree;
meeting at a time both name, or at an exact time, they agree."""

from __future__ import annotations

import pytest

from reader.analysis.clock_times import clock_times, compatible
from reader.analysis.figures import Figure
from tests.test_conflicts_support import conflicts_of


def _time(phrase: str) -> Figure:
    text = f"The old culvert collapsed {phrase} on Sunday."
    return clock_times(text, [(0, len(text))])[0][0]


@pytest.mark.parametrize(("one", "other"), [
    ("at about 4:20 p.m.", "shortly before 5 p.m."),
    ("around 7:50 a.m.", "shortly after 7 a.m."),
    ("at about 11:50 p.m.", "at about 12:10 a.m."),            # (across midnight)
])
def test_times_meeting_at_the_far_edges_conflict(one: str, other: str) -> None:
    assert not compatible(_time(one), _time(other))


@pytest.mark.parametrize(("one", "other"), [
    ("shortly before 2 p.m.", "shortly after 2 p.m."),      # both name 2 p.m.
    ("at 10:30 a.m.", "shortly before 11 a.m."),             # an exact time at the edge
    ("just before noon", "at about 12:10 p.m."),             # noon is named by one of them
    ("around 9:40 a.m.", "shortly before 10 a.m."),          # they overlap
])
def test_times_meeting_at_a_named_minute_or_overlapping_agree(one: str, other: str) -> None:
    assert compatible(_time(one), _time(other))


def test_two_articles_timing_a_rupture_forty_minutes_apart_conflict() -> None:
    a = "A gas main ruptured under Pellan Street at about 3:20 p.m. on Tuesday, the utility said."
    assert conflicts_of(a, a.replace("at about 3:20 p.m.", "shortly before 4 p.m.")) == [[920, 960]]
    assert conflicts_of(a, a.replace("at about 3:20 p.m.", "shortly before 3:30 p.m.")) == []
