"""The dimension a measure is told of, read from the word right after it: "a slide that
stands 70 feet tall", "the 62-foot-tall slide" (tall); "a 3-mile-long queue" (long);
"about 30 feet above the ground" (above); and a length told as an amount of something, "of"
after its unit ("cleared about 45 feet of the fall"), which is never a thing's size told of
its dimension (:func:`size_and_amount`).

:func:`reader.analysis.quantity_senses.unique_pairs` pairs a figure with the other report's
only value near it; a report stating two measures of one unit in one sentence ("a joint
about 40 feet up on a slide more than 70 feet tall") left both unpaired against another
report's two ("the 62-foot-tall slide … separated about 30 feet above the ground"). Of
several values near a measure, those told of its dimension are its mates. Dimension words
are English's closed class of them (``DIMENSIONS``), not words of a story.

Hand-written: a closed class of words, read at one place of the text.
"""

from __future__ import annotations

import re

from reader.analysis.figures import Figure

DIMENSIONS = frozenset({"tall", "high", "long", "wide", "deep", "thick", "across", "above", "below", "up",
                        "down", "away"})
LENGTHS = frozenset({"mile", "kilometer", "kilometre", "meter", "metre", "foot", "inch", "yard", "centimeter",
                     "centimetre", "millimeter", "millimetre"})
_WORD = re.compile(r"[a-z]+", re.IGNORECASE)
READ = 24       # characters read after the figure, at most
_CONVERSION = re.compile(r"\s*\([^()]{1,30}\)\s*")     # the same length in another unit, in brackets


def dimension(sentence: str, f: Figure) -> str | None:
    """The dimension word right after length ``f``'s unit (one of ``LENGTHS``) in ``sentence`` (its own sentence,
    which starts at ``f.sentence_start``): the second word from its number on, the first
    being its unit ("62-foot-tall", "30 feet above", "a 3-mile-long queue"); or None."""
    if f.unit not in LENGTHS:
        return None
    start = f.number_start - f.sentence_start
    words = _WORD.findall(sentence, start, f.end - f.sentence_start + READ)
    word = words[1].lower() if len(words) > 1 else None
    if word not in DIMENSIONS and (conversion := _CONVERSION.match(sentence, f.end - f.sentence_start)):
        after = _WORD.match(sentence, conversion.end())       # ("about 60 feet (18 meters) long")
        word = after.group(0).lower() if after else None
    return word if word in DIMENSIONS else None


def told_apart(sentence: str, f: Figure, g: Figure) -> bool:
    """Whether lengths ``f`` and ``g`` of one sentence are told of two dimensions ("62-foot-tall",
    "30 feet above"): no items of one list."""
    a, b = dimension(sentence, f), dimension(sentence, g)
    return a is not None and b is not None and a != b


def partitive(sentence: str, f: Figure) -> bool:
    """Whether length ``f`` is told as an amount of something ("cleared about 45 feet of the
    fall", "20 inches of snow"): "of" right after its unit."""
    if f.unit not in LENGTHS:
        return False
    words = _WORD.findall(sentence, f.number_start - f.sentence_start, f.end - f.sentence_start + READ)
    return len(words) > 1 and words[1].lower() == "of"


def size_and_amount(u: tuple[str, Figure], v: tuple[str, Figure]) -> bool:
    """Whether one of two lengths (each with its sentence) is a thing's size told of its
    dimension ("a section of roof about 60 feet long") and the other an amount of something
    ("had cleared about 45 feet of the fall"): two quantities, whatever their values."""
    (su, f), (sv, g) = u, v
    return bool((dimension(su, f) and partitive(sv, g)) or (dimension(sv, g) and partitive(su, f)))
