"""A place told with its region between commas ("near Dorrow, Vennick, at 4:10 p.m.") is no
clause break: the time is the event's before it (every text here is invented for the tests)."""

from __future__ import annotations

import pytest

from reader.analysis.clock_times import clock_times
from reader.analysis.time_events import clause_start


def _keys(text: str) -> list[tuple]:
    return [(f.value, key) for f, key in clock_times(text, [(0, len(text))])]


@pytest.mark.parametrize(("text", "found"), [
    ("A small jet made an emergency landing on Route 40 near Dorrow, Vennick, at about 4:10 p.m. on Sunday.",
     [(970, ("clock", "landing"))]),
    ("The footbridge collapsed in Mallow Vale, New Terrin, shortly before 9 a.m. Tuesday.",
     [(540, ("clock", "collapse"))]),
    ("The cargo ship ran aground off Port Essel, N.V., at 11:35 p.m. on Friday, the coastguard said.",
     [(1415, ("clock", "grounding"))]),
])
def test_a_place_and_its_region_do_not_cut_the_event_from_its_time(text: str, found: list) -> None:
    assert _keys(text) == found


@pytest.mark.parametrize("text", [
    # a comma that ends a clause still does ("the plane landed, and at 4:10 p.m. …": another step)
    "The jet landed safely, officials said, and at 4:10 p.m. the runway reopened.",
    "The jet landed in Dorrow, and passengers were taken by bus to a hotel at 4:10 p.m.",
    # a list of people is no place: the clause after its last comma is the time's
    "Mayor Olsen, Chief Brand, and the council met at 4:10 p.m. on Sunday.",
])
def test_other_commas_still_end_the_clause(text: str) -> None:
    assert _keys(text) == []


def test_the_clause_start_skips_both_commas_of_the_place() -> None:
    text = "It landed near Dorrow, Vennick, at 4 p.m."
    assert text[clause_start(text, 0, text.index("at 4")):].startswith("It landed")
    other = "It landed, then taxied, at 4 p.m."
    assert other[clause_start(other, 0, other.index("at 4")):].startswith(" at 4")
