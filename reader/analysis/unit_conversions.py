"""Figures that restate the figure before them in another unit: "30 miles (48 km)",
"81.1 miles per hour (129 kilometers per hour)", "£10 million ($13 million)", "65 km,
or about 40 miles".

A conversion is the writer's arithmetic, not a second report: two outlets that agree on
"30 miles" may round its conversion to 48 or to 50 km, and reading the two conversions
as two reports of one distance makes a conflict no source made (Reuters copy of 1996 in
`benchmarks/story_unseen.py --corpus conll` had one). So a conversion is left out of the
figures a story's conflicts are found among; the figure it restates stays.

Hand-written: the pattern is one of punctuation (a parenthesis or ", or" right after a
figure) and of units of one physical dimension, which no library of this project reads.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.currencies import MONEY_UNITS
from reader.analysis.figures import Figure

# units of one dimension: a figure in one restated in another is a conversion
_DIMENSIONS = (
    frozenset({"mile", "kilometer", "kilometre", "meter", "metre", "foot", "inch", "centimeter", "millimeter",
               "nautical mile"}),
    frozenset({"mph", "km/h"}),
    frozenset({"pound", "kilogram", "ton", "tonne", "gram", "ounce"}),
    frozenset({"gallon", "liter", "litre", "barrel"}),
    frozenset({"acre", "hectare"}),
    frozenset(MONEY_UNITS),
    frozenset({"celsius", "fahrenheit"}),
)
# what lies between a figure and its conversion: an opening parenthesis or ", or", and
# perhaps a word of approximation
_GAP_RE = re.compile(r"\s*+(?:\(|,?\s++or|(?<=\s)or)\s*+"
                     r"(?:(?:about|around|some|roughly|nearly|almost|approximately|approx\.|"
                     r"more\s+than|over|under)\s*+)?$", re.IGNORECASE)
# "90 degrees (32 C)": a temperature restated; both read as degrees
_SAME_UNIT = frozenset({"degree"})


def _dimension(unit: str | None) -> int | None:
    for n, units in enumerate(_DIMENSIONS):
        if unit in units:
            return n
    return None


def is_conversion(text: str, prev: Figure, f: Figure) -> bool:
    """Whether ``f`` restates ``prev`` (the figure before it in ``text``) in another unit
    of the same dimension, in parentheses or after ", or"."""
    if prev.sentence_start != f.sentence_start or prev.end > f.start:
        return False
    prev_unit, prev_end = _whole_unit(text, prev.unit, prev.end)
    f_unit = _whole_unit(text, f.unit, f.end)[0]
    if not _GAP_RE.fullmatch(text[prev_end:f.start]):
        return False
    if prev_unit == f_unit:
        return prev_unit in _SAME_UNIT
    dim = _dimension(prev_unit)
    return dim is not None and dim == _dimension(f_unit)


# the rest of an area's or a volume's unit joined to a figure written as a modifier: the
# figure "400,000-square" of "a 400,000-square-foot (37,000-square-meter) building"
_POWER_REST_RE = re.compile(r"-(?P<unit>[a-z]+)")
_PLURALS = {"feet": "foot", "metres": "metre", "meters": "meter", "miles": "mile", "kilometres": "kilometre",
            "kilometers": "kilometer", "yards": "yard", "inches": "inch"}


def _whole_unit(text: str, unit: str | None, end: int) -> tuple[str | None, int]:
    """A figure's unit and end, with the length a "square" or "cubic" it ends with is the
    power of ("square-foot": foot), so that a size in square feet restated in square meters
    reads as one area in two units."""
    if unit not in ("square", "cubic") or not (rest := _POWER_REST_RE.match(text, end)):
        return unit, end
    word = rest.group("unit")
    return _PLURALS.get(word, word), rest.end()


def conversions(text: str, figures: Sequence[Figure]) -> set[int]:
    """Indexes in ``figures`` (in order of appearance in ``text``) of the conversions."""
    return {n for n in range(1, len(figures)) if is_conversion(text, figures[n - 1], figures[n])}
