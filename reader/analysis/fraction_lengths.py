"""Lengths and areas told as a fraction of one unit: "less than half a mile from the creek",
"a quarter of a mile away", "a quarter mile", "a half-mile radius", "three-quarters of a
kilometre", "half an acre"; and one whole unit told with no number ("a full mile around the
farm", "a mile from the plant").

Such a length holds no digit and no number word, so the figure reader read nothing: a
source's "less than half a mile from Sable Creek" met nothing where another's "about two
miles from Sable Creek" disagreed. Here each is a figure of its unit (0.5 mile, 0.25 mile)
with the hedge before it as its qualifier, read by :mod:`reader.analysis.figure_uses` beside
the extracted figures and keyed as any length is.

Not read: a fraction of a time ("half an hour": an elapsed time, read by its own module), of
a count ("half the homes": a share, :mod:`reader.analysis.shares`) or of a scale ("half a
million": :mod:`reader.analysis.phrase_numbers`).

Hand-written: a closed list of English fractions and units of length and area, read by one
regular expression.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.figure_units import one_spelling, unit_plural
from reader.analysis.figures import Figure
from reader.analysis.offsets import span_holding
from reader.analysis.shares import FRACTIONS, QUALIFIERS
from reader.text.word_gate import gated_finditer

_UNITS = {"km": "kilometer"}
_UNIT = r"(?P<unit>mile|kilomet(?:er|re)|km|met(?:er|re)|foot|inch|acre|hectare)"
_HEDGE = r"(?:(?P<hedge>just\s+over|just\s+under|more\s+than|less\s+than|about|around|roughly|some|" \
         r"approximately|nearly|almost|over|under)\s+)?"
# one whole unit, written with no number: "a full mile around the farm", "a whole kilometre", "a mile
# from the plant" (a bare "a mile" only before the place or zone it measures: not "won by a mile")
_UNIT_WORDS = ("mile", "kilomet", "km", "meter", "metre", "foot", "inch", "acre", "hectare")     # (word_gate)
_WHOLE_LENGTH_RE = re.compile(
    r"\b" + _HEDGE + r"(?P<one>an?)\s+(?:(?P<full>full|whole|single)\s+" + _UNIT + r"\b(?![\s-]long\b|-)|"
    r"(?P<bare>mile|kilomet(?:er|re))\s+(?=(?:radius|around|from|away|wide|across|beyond|of|to)\b))", re.IGNORECASE)
_FRACTION_LENGTH_RE = re.compile(
    r"\b" + _HEDGE + r"(?:(?P<frac>half|a\s+quarter|one\s+quarter|three[\s-]quarters|a\s+third|two[\s-]thirds)"
    r"\s+(?:of\s+)?an?\s+|an?\s+(?P<frac2>half|quarter)[\s-])" + _UNIT + r"\b(?!-long\b)", re.IGNORECASE)


def fraction_lengths(text: str, figures: Sequence[Figure], sentences: Sequence[tuple[int, int]]) -> list[Figure]:
    """The lengths and areas told as a fraction of a unit in ``text`` (module doc) that no
    figure of ``figures`` covers."""
    taken = [(f.start, f.end) for f in figures]
    spans = list(sentences)
    starts = [start for start, _ in spans]
    out: list[Figure] = []
    for m in gated_finditer(_FRACTION_LENGTH_RE, text, _UNIT_WORDS):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        sentence = span_holding(spans, starts, m.start())
        if sentence is None:
            continue
        fraction = " ".join((m["frac"] or "a " + m["frac2"]).lower().replace("-", " ").split())
        share = FRACTIONS.get(fraction) or FRACTIONS.get(fraction.replace(" ", "-"))
        if share is None:
            continue
        unit = one_spelling(_UNITS.get(m["unit"].lower(), m["unit"].lower()))
        hedge = QUALIFIERS[" ".join(m["hedge"].lower().split())] if m["hedge"] else None
        number_start = m.start("frac") if m["frac"] else m.start()
        out.append(Figure(m.start(), m.end(), text[m.start():m.end()], number_start, m.start("unit"),
                          round(share / 100, 4), hedge, unit, unit_plural(unit), False, None, sentence[0], sentence[1]))
    return out + _whole_lengths(text, [*taken, *((f.start, f.end) for f in out)], spans, starts)


def _whole_lengths(text: str, taken: list[tuple[int, int]], spans: list[tuple[int, int]],
                   starts: list[int]) -> list[Figure]:
    """The lengths of one whole unit told with no number ("a full mile"), none in ``taken``."""
    out: list[Figure] = []
    for m in gated_finditer(_WHOLE_LENGTH_RE, text, _UNIT_WORDS):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        sentence = span_holding(spans, starts, m.start())
        if sentence is None:
            continue
        word = m["unit"] or m["bare"]
        unit = one_spelling(_UNITS.get(word.lower(), word.lower()))
        hedge = QUALIFIERS[" ".join(m["hedge"].lower().split())] if m["hedge"] else None
        end = m.end("unit") if m["unit"] else m.end("bare")
        number_end = m.start("unit") if m["unit"] else m.start("bare")     # ("a full ", "a ")
        out.append(Figure(m.start(), end, text[m.start():end], m.start("one"), number_end,
                          1, hedge, unit, unit_plural(unit), False, None, sentence[0], sentence[1]))
    return out
