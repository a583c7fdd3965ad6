"""How finely a stated number was rounded: the step of its last non-zero digit or its last written
decimal, in the unit the writer told it in, and its digits as written.

Read by :mod:`reader.analysis.quantities` (what "about 1,200" or "more than two weeks" allows). A length
of time restated in another unit (:func:`reader.analysis.duration_subjects.in_one_unit`: "more than two
weeks" beside "17 days", read as 14 days) keeps the step of the unit it was told in, a week: a writer who
said "two weeks" rounded to weeks, so "more than two weeks" holds 17 days.

Hand-written: arithmetic on the figure's value and the digits of its text.
"""

from __future__ import annotations

import re

from reader.analysis.figure_units import digit_step
from reader.analysis.figures import Figure, number_word_value

TIME_UNITS = {"year", "month", "week", "day", "hour", "minute", "second", "decade", "century"}   # (not by unit)


def rounding_step(f: Figure) -> float:
    """The rounding step of a stated number: the place of its last non-zero digit
    (70 → 10, 156 → 1, 1.27 million → 10,000; a dozen → 12), or of its last written
    decimal ("7.0" → 0.1: a magnitude of 7.0 is no rounding of 7.1), in the unit it was told in
    ("two weeks" read as 14 days: 7)."""
    number = f.text[f.number_start - f.start:f.number_end - f.start]
    if "dozen" in number.lower():
        return 12.0
    step = digit_step(f.value)
    digits = written_digits(f)
    told = float(digits) if digits is not None else number_word_value(number.lower())
    if told and f.value and float(told) != float(f.value) and f.unit in TIME_UNITS and "." not in (digits or ""):
        return digit_step(float(told)) * abs(float(f.value)) / float(told)     # (restated in another unit)
    if digits is None or "." not in digits or not float(digits):
        return step
    scale = abs(float(f.value)) / float(digits)
    return min(step, scale * 10.0 ** -len(digits.split(".")[1]))


_WRITTEN_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def written_digits(f: Figure) -> str | None:
    """The figure's number as its digits are written, commas dropped ("312.4"), or None
    for a number in words."""
    written = _WRITTEN_RE.search(f.text, f.number_start - f.start, f.number_end - f.start)
    return written.group().replace(",", "") if written else None
