"""Lengths of time told as a fraction or one whole unit ("almost half an hour", "nearly a full
day") are figures (reader.analysis.phrase_durations), keyed and compared as any length; a bare
"an hour" or "a day" and an elapsed "half an hour later" are not read again."""

from __future__ import annotations

import pytest

from reader.analysis.phrase_durations import phrase_durations
from reader.analysis.sentences import sentence_spans
from tests.test_conflicts_support import conflicts_of, keys_of


def _read(text: str) -> dict[str, tuple[float, str | None, str | None]]:
    return {f.text: (f.value, f.unit, f.qualifier) for f in phrase_durations(text, [], sentence_spans(text))}


@pytest.mark.parametrize(("text", "figure", "reading"), [
    ("The pumps were off for almost half an hour.", "almost half an hour", (30, "minute", "nearly")),
    ("The lift hung there for a quarter of an hour.", "a quarter of an hour", (15, "minute", None)),
    ("Queues lasted three-quarters of an hour.", "three-quarters of an hour", (45, "minute", None)),
    ("The valley was cut off for half a day.", "half a day", (12, "hour", None)),
    ("The pass stayed shut for nearly a full day.", "nearly a full day", (1, "day", "nearly")),
    ("Crews worked a whole week on the bridge.", "a whole week", (1, "week", None)),
    ("Rescuers needed about a half-hour to reach them.", "about a half-hour", (30, "minute", "about")),
])
def test_a_fraction_or_a_whole_unit_of_time_is_read(text: str, figure: str, reading: tuple) -> None:
    assert _read(text)[figure] == reading


@pytest.mark.parametrize("text", [
    "She walks an hour a day.", "Staff earn $20 an hour.", "It was a day-long meeting.",
    "A half-hour-long film followed.", "It snowed a day later.",
    "The union asked for a day of talks.", "The ferry will stop for a week or two.",
    "It is an hour's drive from Tarrow.", "She was paid for a day's work.",
])
def test_other_times_are_not_read(text: str) -> None:
    assert _read(text) == {}


@pytest.mark.parametrize(("text", "figure", "reading"), [
    ("It rained for a day.", "a day", (1, "day", None)),
    ("The Pellin library will be closed for a month while the roof is fixed.", "a month", (1, "month", None)),
    ("The blackout in Orsk lasted an hour, the utility said.", "an hour", (1, "hour", None)),
    ("Volunteers spent a week clearing the trail.", "a week", (1, "week", None)),
])
def test_one_unit_told_as_a_length_by_its_frame_is_read(text: str, figure: str, reading: tuple) -> None:
    assert _read(text)[figure] == reading


def test_a_closure_for_a_month_disagrees_with_one_of_two_weeks() -> None:
    a = "A leak closed the Brennmoor pool on Friday. The pool will remain closed for at least two weeks, the city said."
    b = "A leak closed the Brennmoor pool on Friday. The pool would be closed for a month, staff said."
    assert conflicts_of(a, b) == [[14, 30]]
    assert conflicts_of(a, b.replace("for a month", "for two weeks")) == []


def test_a_closure_of_nearly_a_full_day_disagrees_with_one_of_three_days() -> None:
    assert keys_of("The pass stayed shut for nearly a full day.")["nearly a full day"] == ("duration:outage", None)
    a = "Snow closed the Harn pass on Monday. The pass stayed shut for nearly a full day, the county said."
    b = "Snow closed the Harn pass on Monday. The pass was closed for about three days, police said."
    assert conflicts_of(a, b) == [[1, 3]]
    assert conflicts_of(a, b.replace("about three days", "about a day")) == []
