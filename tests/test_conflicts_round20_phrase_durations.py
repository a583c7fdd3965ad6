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
])
def test_a_length_in_a_phrase_agrees_with_its_minutes(phrase: str, other: str) -> None:
    assert _conflicts(phrase, other) == []


def test_a_full_day_old_is_no_length_of_time() -> None:
    assert not any(text.startswith("a full day") for text in _keys("The calf is a full day old."))
