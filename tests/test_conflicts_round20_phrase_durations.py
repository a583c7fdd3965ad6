"""Round 20: a length of time told as a phrase with no number in it ("half an hour", "a
quarter of an hour", "an hour and a half", "a full day"), compared with lengths in
numbers. Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts
from test_conflicts_support import keys_in as _keys


@pytest.mark.parametrize("phrase, other", [
    ("The blackout lasted almost half an hour.", "The blackout lasted about 15 minutes."),
    ("The blackout lasted an hour and a half.", "The blackout lasted nearly three hours."),
    ("The road was closed for nearly a full day.", "The road was closed for more than 16 hours."),
])
def test_a_length_in_a_phrase_conflicts(phrase: str, other: str) -> None:
    assert len(_conflicts(phrase, other)) == 1


@pytest.mark.parametrize("phrase, other", [
    ("The blackout lasted half an hour.", "The blackout lasted about 30 minutes."),
    ("The blackout lasted an hour and a half.", "The blackout lasted 90 minutes."),
    ("The blackout lasted three quarters of an hour.", "The blackout lasted about 45 minutes."),
    # (round 28) a unit and a half
    ("The hikers spent a day and a half without food before the rescue.",
     "The hikers went without food for 36 hours before the rescue."),
    ("Integration of the two systems would take a year and a half.",
     "Integration of the two systems would take 18 months."),
])
def test_a_length_in_a_phrase_agrees_with_its_minutes(phrase: str, other: str) -> None:
    assert _conflicts(phrase, other) == []


def test_a_unit_and_a_half_is_read_whole() -> None:
    keys = _keys("The lettuce was served for a month and a half before it was pulled.")
    assert "a month and a half" in keys
    assert not any(text.startswith("a year") for text in _keys("A year and a half ago, the mine opened."))


def test_a_full_day_old_is_no_length_of_time() -> None:
    assert not any(text.startswith("a full day") for text in _keys("The calf is a full day old."))
