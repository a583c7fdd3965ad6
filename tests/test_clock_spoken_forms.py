"""Clock times told in words: a fraction of the hour ("half past two", "a quarter to
three") and a bare hour with its part of the day ("2 in the afternoon", "eleven at
night") are read as the digit forms are; without the part of the day they are no time."""

from __future__ import annotations

import pytest

from reader.analysis.clock_times import clock_times
from reader.analysis.sentences import sentence_spans
from tests.test_conflicts_support import conflicts_of


def _clocks(text: str) -> dict[str, int | float]:
    return {f.text: f.value for f, _ in clock_times(text, sentence_spans(text))}


@pytest.mark.parametrize(("text", "figure", "minutes"), [
    ("The roof of the Varnell depot collapsed at half past two in the afternoon.", "half past two in the afternoon",
     870),
    ("The roof of the Varnell depot collapsed at a quarter to three in the morning.",
     "a quarter to three in the morning", 165),
    ("The roof of the Varnell depot collapsed at 4 in the afternoon on Monday.", "4 in the afternoon", 960),
    ("The roof of the Varnell depot collapsed at about eleven at night.", "about eleven at night", 1380),
    ("The roof of the Varnell depot collapsed at half past 9 p.m.", "half past 9 p.m.", 1290),
    ("The roof of the Varnell depot collapsed at quarter past seven o'clock in the evening.",
     "quarter past seven o'clock in the evening", 1155),
])
def test_a_clock_time_in_words_is_read(text: str, figure: str, minutes: int) -> None:
    assert _clocks(text)[figure] == minutes


@pytest.mark.parametrize("text", [
    "The roof of the Varnell depot collapsed at half past two.",
    "Two in the morning shift were hurt when the roof of the depot collapsed.",
    "The second quarter to date was weak after the roof collapsed.",
])
def test_no_part_of_the_day_no_time(text: str) -> None:
    assert _clocks(text) == {}


def test_a_spoken_time_disagrees_with_a_digit_one() -> None:
    a = "A gas main exploded under Corrow Street at about 2 a.m. on Sunday, the fire service said."
    b = "A gas main exploded under Corrow Street at around half past three in the morning on Sunday, police said."
    assert conflicts_of(a, b) == [[120, 210]]
    assert conflicts_of(a, b.replace("half past three", "two")) == []
