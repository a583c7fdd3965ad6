"""Round 24, an incident's beginning told as "the first <event>" ("the first blast came around
4:30 p.m.") is later than another report's call or response ("crews responded to an explosion
at the Tarn Mills depot on Route 9 at 4:12 p.m.", a named place read as one word): the
two reports disagree on when it began. Every text here is made up."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets

RESPONSE = [
    "Firefighters responded to an explosion at the Tarn Mills depot on Route 9 in Oskby at 4:12 p.m. on Friday.",
    "Crews were called to the Tarn Mills depot at 4:12 p.m. on Friday after an explosion.",
]


@pytest.mark.parametrize("alarm", RESPONSE)
@pytest.mark.parametrize("late", [
    "Neighbours of the Tarn Mills depot said the first blast came around 4:40 p.m. on Friday.",
    "The first explosion at the Tarn Mills depot happened at about 4:45 p.m. on Friday, witnesses said.",
])
def test_a_first_event_after_the_alarm_conflicts(alarm, late):
    assert any(len(s) == 2 and 972.0 in s for s in conflict_sets(alarm, late))


@pytest.mark.parametrize("alarm", RESPONSE)
@pytest.mark.parametrize("early", [
    "Neighbours of the Tarn Mills depot said the first blast came around 4:05 p.m. on Friday.",
    "Neighbours of the Tarn Mills depot said the first trucks came around 4:40 p.m. on Friday.",
    "Neighbours said a second blast at the Tarn Mills depot came around 4:40 p.m. on Friday.",
])
def test_an_early_first_event_or_no_event_is_quiet(alarm, early):
    assert not conflict_sets(alarm, early)
