"""Every unit of speed a news figure is keyed in, as its size in miles per hour, so one speed told in
two units ("running at about 12 knots when it struck" and "moving at nearly 20 mph when it struck")
is compared in one unit by :func:`reader.analysis.length_units.cross_unit_pairs`, as a length told in
feet and in metres is. A knot is one nautical mile an hour.

A speed's event (:func:`speed_event`) is the wind's when its clause tells of wind or gusts ("gusts up
to 55 mph"), none for a limit or a top speed ("a 45 mph zone", "a top speed of 25 knots": what a thing
may do, not what it did), else the speed something moved at (``"moving"``), compared where the two
sentences share a word (:func:`reader.analysis.length_units.cross_unit_pairs`).

Hand-written: the factors between units are fixed numbers.
"""

from __future__ import annotations

import re

from reader.analysis.figures import Figure

_UNITS = {"mph", "km/h", "knot"}

# each unit's size in miles per hour, as the least and the greatest it may stand for
MPH: dict[str, tuple[float, float]] = {
    "measure:mph": (1.0, 1.0), "measure:km/h": (0.621371192, 0.621371192), "measure:knot": (1.150779448, 1.150779448),
}


_WIND = re.compile(r"\b(?:winds?|gusts?|gusting|breezes?|gales?|hurricane|storm)\b", re.IGNORECASE)
_LIMIT = re.compile(r"\b(?:limit|top\s+speed|maximum|max|zone|capable|can\s+(?:reach|do|travel)|allowed|permitted)\b",
                    re.IGNORECASE)
MOVING = "moving"


# a gust, beside the winds it rises above: "a 230 km/h gust", "gusts of up to 90 mph", "gusting to 70 knots";
# not one forecast ("had forecast gusts of 120km/h": what was expected, not what blew)
_GUST_NEAR = re.compile(r"\bgust(?:s|ed|ing)?\b", re.IGNORECASE)
_FORECAST_BEFORE = re.compile(r"\b(?:forecast\w*|expected|predicted|could|may|might|warned\s+of)\b", re.IGNORECASE)
# a limit told of the speed itself: "allowed to travel up to 97 km/h", "a top speed of 25 knots", "the 70 mph
# limit" (not a speed travelled in a sentence that names the limit too: "at about 55 mph, under the 70 mph limit")
_LIMIT_BEFORE = re.compile(r"\b(?:allowed|permitted|limit\s+of|maximum\s+of|top\s+speed\s+of|capable\s+of|"
                           r"can\s+(?:reach|do|travel))\b[^,;.]*$", re.IGNORECASE)
_LIMIT_AFTER = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:speed\s+)?(?:limit|maximum|zone)\b", re.IGNORECASE)
GUST = "gust"
# what a thing may do ("allowed to travel up to 97 km/h"), not what it did: the soft event of any bound
# (:data:`reader.analysis.noun_events.LIMIT` is this one)
LIMIT = "limit"


def speed_kind(text: str, f: Figure) -> str | None:
    """``GUST`` for a speed told of a gust that blew (the words just before or after it), ``LIMIT`` for a
    speed a thing may go at (a limit, a top speed, "allowed to"), else None:
    a gust's speed and the sustained winds' are two quantities ("sustained winds of 225 km/h" and "a
    230 km/h gust"); the winds' speed keeps no event, as before."""
    if f.unit not in _UNITS:
        return None
    if not _GUST_NEAR.search(text, max(f.sentence_start, f.start - 25), min(f.sentence_end, f.end + 12)):
        return LIMIT if (_LIMIT_BEFORE.search(text, max(f.sentence_start, f.start - 40), f.start)
                         or _LIMIT_AFTER.match(text, f.end, f.sentence_end)) else None
    return None if _FORECAST_BEFORE.search(text, max(f.sentence_start, f.start - 40), f.start) else GUST


def speed_event(f: Figure, sentence: str) -> str | None:
    """The event of a speed ``f`` told in ``sentence`` (module doc): ``"wind"``, ``MOVING`` or None."""
    if f.unit not in _UNITS:
        return None
    if _WIND.search(sentence):
        return "wind"
    return None if _LIMIT.search(sentence) else MOVING
