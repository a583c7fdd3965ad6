"""What a length told with no event measures, read from its clause whatever its unit: the
height a body fell from, a thing's size told after its noun, an amount of a material, a
distance away.

:func:`reader.analysis.quantities.quantity_key` keys a length by its unit and the few
phrasings :mod:`reader.analysis.measure_events` reads (a crest, a depth, a distance from a
named place, a size told as a modifier). A length outside them kept no event: a soft key that
pairs only through shared words in one unit, and never across units
(:mod:`reader.analysis.length_units` compares lengths of one event). So "roughly 70
centimeters of snow had settled on the roof" never met "more than three feet of snow had
built up on the roof", "found about 600 feet from the building" never met "landed a quarter of
a mile away", "plunged from around 25 metres" never met "fell about 15 metres", and "a
45-kilometre detour" never met "a detour of nearly 60 kilometres". Here, by the clause's
structure rather than its verbs:

- a length after a verb of falling and "from" is the height of the fall (key ``fell``,
  :func:`reader.analysis.fall_heights.fall_from_height`), a value and no change's end
  (:func:`fallen_from`);
- a length after "a <noun> of" ("a detour of nearly 60 kilometres", "a queue of 3 miles") is
  the size of that thing, keyed as a size told as a modifier is (``size``, a soft event);
- a length followed by "of" and a bare noun ("of snow", "(28 inches) of water") is an amount
  of that material (a compound's head: "of diesel fuel" is of fuel), one followed by "away" or
  "from the <noun>" a distance away, one followed by "along the <noun>" a distance along that path
  ("skidded about 150 feet along the bank", "traveled about 90 yards along the grassy bank"), and
  one followed by an adjective of dimension a thing's length, width or depth ("The largest crack is
  18 inches long", "a crack nearly three feet long"; "nearly half a mile wide", "about 300 yards
  wide") (:func:`clause_event`). These stay out of the key: the same snowfall is told with the
  noun as the subject in another report ("Snowfall at the pass totalled 31 inches"), and keyed
  apart the two would never meet; the lengths in two units are compared by them, those along a
  path when their sentences share one word (the path's noun), the others two (of a dimension, its
  adjective and the thing measured).

Hand-written: "of", "away", "from the", "along the" and "a <noun> of" are a handful of English
function words, read by regular expressions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.fall_heights import FELL, fall_from_height
from reader.analysis.figure_units import one_spelling
from reader.analysis.figures import Figure
from reader.analysis.length_scale import LENGTH_KEYS
from reader.analysis.measure_events import SIZE

Key = tuple[str, str | None] | None
AWAY = "away"
OF = "of "              # the prefix of a material's event: "of snow"
_CONVERSION = r"(?:\s*\([^()]{0,40}\))?"       # "70 centimeters (28 inches) of snow"
# a bare noun after "of": a material ("of snow", "of standing water"), not a stretch of a named thing
# ("3.5 km of the eastern shore") nor a number ("of 40 feet"); a strength before it is passed over ("of 70
# percent nitric acid")
_OF_AFTER = re.compile(_CONVERSION + r"\s+of\s+(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+)?"
                       r"(?:(?:standing|fresh|new|wet|heavy|packed|loose)\s+)?"
                       r"(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|which|whom|it|them)\b)"
                       r"(?P<noun>[a-z]{3,})\b"
                       # (a compound's head, the material: "of diesel fuel" is of fuel, "of crude oil" of oil)
                       r"(?:\s+(?P<head>fuel|oil|gas|water|acid|waste|sewage)\b)?")
_AWAY_AFTER = re.compile(_CONVERSION + r"\s+(?:away\b|from\s+the\s+[a-z])")
ALONG = "along "        # the prefix of a path's event: "along bank"
DIMENSION = "dimension "    # the prefix of a thing's dimension told after its length: "dimension long"
# a thing's dimension told by an adjective right after its length: "18 inches long", "half a mile wide"
_DIMENSION_AFTER = re.compile(_CONVERSION + r"\s+(?P<dim>long|wide|deep|tall|high|thick)\b", re.IGNORECASE)
# the path a thing moved along: "skidded about 150 feet along the (grassy) bank", up to the path's noun
_ALONG_AFTER = re.compile(_CONVERSION + r"\s+along\s+(?:the|a|an|its|their)\s+(?P<words>[a-z]+(?:\s+[a-z]+){0,2})")
_PATH_ENDS = frozenset({"before", "after", "and", "until", "when", "as", "to", "toward", "towards", "of", "in", "on",
                        "at", "then", "while", "with", "into", "onto", "where", "but", "or", "that", "which", "from"})
# the thing whose size is told after it: "a detour of nearly 60 kilometres" (not "a depth of", "a
# total of", "a drop of": what those measure is no thing's size)
_NOT_THINGS = frozenset({"depth", "total", "distance", "height", "length", "maximum", "minimum", "average", "rise",
                         "fall", "drop", "increase", "decrease", "range", "radius", "width", "altitude", "speed",
                         "visibility", "elevation", "crest", "peak", "level", "gain", "loss"})
_THING_OF_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[a-z]+\s+)?(?P<noun>[a-z]{3,})\s+of\s+(?:(?:about|around|nearly|"
                              r"almost|roughly|some|approximately|more\s+than|over|at\s+least|up\s+to)\s+)?$")
REACH = 60


def length_event(text: str, f: Figure, key: Key) -> Key:
    """``key`` of the length ``f`` with the event its clause tells when it names none (module
    doc); any other key as it is."""
    thing = key[0] if key is not None else _length_thing(f)
    if thing not in LENGTH_KEYS or (key is not None and key[1] is not None):
        return key
    if fall_from_height(text, f, thing):
        return thing, FELL
    if key is None:
        return key      # (a change's end, a rise: no quantity of its own)
    before = _THING_OF_BEFORE.search(text, max(f.sentence_start, f.start - REACH), f.start)
    if before is not None and before["noun"] not in _NOT_THINGS:
        return thing, SIZE
    return key


def clause_event(f: Figure, sentence: str) -> str | None:
    """What a length keyed with no event measures by its clause, read in its ``sentence``: an
    amount of a material (``of snow``) or a distance away (``away``); else None. Not part of
    its key: "Snowfall at the pass totalled 31 inches" and "26 inches of snow" are one
    quantity in one unit, compared by their words (:mod:`reader.analysis.length_units` reads
    this event to compare lengths in two units only)."""
    end = f.end - f.sentence_start
    if end <= 0 or end > len(sentence) or sentence[:end].rstrip()[-1:] != f.text[-1:]:
        return None     # (a sentence cut around another figure)
    if (of := _OF_AFTER.match(sentence, end)) is not None:
        return OF + (of["head"] or of["noun"])
    if (along := _ALONG_AFTER.match(sentence, end)) is not None:
        return _path(along["words"].split())
    if (measured := _DIMENSION_AFTER.match(sentence, end)) is not None:
        return DIMENSION + measured["dim"].lower()
    return AWAY if _AWAY_AFTER.match(sentence, end) else None


def _path(words: list[str]) -> str | None:
    """The event of a length along a path, by the path's noun: the last of ``words`` (read
    after "along the") before a word that ends the phrase ("the grassy bank before it rolled")."""
    head = None
    for word in words:
        if word in _PATH_ENDS:
            break
        head = word
    return None if head is None else ALONG + head


def fallen_from(text: str, figures: Sequence[Figure], moving: set[int]) -> set[int]:
    """The indexes of ``moving`` (figures read as one end of a change) that are the height a
    body fell from, with no other end ("plunged from around 25 metres"): a value, not a change."""
    return {n for n in moving if (thing := _length_thing(figures[n])) is not None
            and fall_from_height(text, figures[n], thing)}


def _length_thing(f: Figure) -> str | None:
    """The key's thing of a length in its unit ("measure:meter"), else None."""
    return "measure:" + one_spelling(f.unit) if f.unit else None
