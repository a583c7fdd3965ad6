"""Round thirty-seven: an alarm's time told with two verbs ("was triggered", "sounded") is one
event's, and a capitalised word no event is told by ("According to a police statement") is no
name that keeps two times of one event apart. Every text here is made up for the tests."""

from __future__ import annotations

import pytest

from reader.analysis.event_dates import _names
from tests.test_conflicts_support import found

TRIGGERED = "Guards said nothing was taken from the vault. The alarm was triggered at 3:12 a.m."


@pytest.mark.parametrize("other", [
    "According to a police statement issued on Wednesday, the alarm sounded at 3.40am.",
    "According to a police statement, the alarm sounded at 3.40am.",
])
def test_an_alarm_s_time_told_with_two_verbs_is_one_event_s(other: str) -> None:
    assert found(TRIGGERED, other) == [("time of day (told with “alarm”)", ["3:12 a.m.", "3:40 a.m."])]


def test_an_alarm_and_another_event_s_time_are_two_times() -> None:
    assert found(TRIGGERED, "According to a police statement, the first patrol arrived at 3.40am.") == []


def test_a_word_no_event_is_told_by_is_no_name_but_a_name_is() -> None:
    assert _names("According to a police statement, the alarm at Ostrava sounded", frozenset()) == {"Ostrava"}
