"""Lengths of time told as a fraction of a unit or as one whole unit with no number: "almost
half an hour", "a quarter of an hour", "three quarters of an hour", "half a day", "nearly a
full day", "a whole week".

Figures are read from digits and number words; these forms have neither, so a source's
"the generators failed for almost half an hour" or "the interstate stayed shut for nearly a
full day" met nothing where another's "about 15 minutes" or "more than 16 hours" was read, and
two sources' lengths of one event were never compared. :func:`fraction_times` reads them as
figures in the smaller unit when the fraction makes a whole number of it (half an hour is
30 minutes, half a day 12 hours) and in the unit itself for a whole one (a full day is 1
day), with the hedge before them as the qualifier, so the keys of
:mod:`reader.analysis.duration_subjects` and :mod:`reader.analysis.clause_durations` and the
unit restatement of :func:`reader.analysis.duration_subjects.in_one_unit` apply to them as to
any length. A time already read as an elapsed time ("half an hour later",
:mod:`reader.analysis.elapsed_times`) is not read again; a bare "a day" or "an hour" (no
"full" or "whole": "once a day", "$20 an hour") is not read.

Hand-written: a closed list of English fractions and units of time, read by one regular
expression.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.figures import Figure
from reader.analysis.offsets import span_holding
from reader.analysis.shares import QUALIFIERS

_HEDGE = (r"(?:(?P<hedge>just\s+over|just\s+under|more\s+than|less\s+than|about|around|roughly|some|approximately"
          r"|nearly|almost|over|under)\s+)?")
# (a fraction of an hour in minutes, of a day in hours)
_PARTS = {("half", "hour"): (30, "minute"), ("a quarter", "hour"): (15, "minute"),
          ("three quarters", "hour"): (45, "minute"), ("half", "day"): (12, "hour")}
_FRACTION_RE = re.compile(
    r"\b" + _HEDGE + r"(?:(?P<frac>half|a\s+quarter|three[\s-]quarters)\s+(?:of\s+)?an?\s+(?P<unit>hour|day)"
    r"|an?\s+(?P<frac2>half|quarter)[\s-](?P<unit2>hour))\b(?![\s-]long\b|-)", re.IGNORECASE)
_WHOLE_RE = re.compile(r"\b" + _HEDGE + r"(?P<one>an?)\s+(?:full|whole|entire)\s+(?P<unit>hour|day|week)"
                       r"\b(?![\s-]long\b|-)", re.IGNORECASE)


def fraction_times(text: str, figures: Sequence[Figure], sentences: Sequence[tuple[int, int]]) -> list[Figure]:
    """The lengths of time told as a fraction of a unit or as one whole unit in ``text``
    (module doc) that no figure of ``figures`` covers."""
    taken = [(f.start, f.end) for f in figures]
    spans = list(sentences)
    starts = [start for start, _ in spans]
    out: list[Figure] = []
    for m in [*_FRACTION_RE.finditer(text), *_WHOLE_RE.finditer(text)]:
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        sentence = span_holding(spans, starts, m.start())
        if sentence is None:
            continue
        if m.re is _WHOLE_RE:
            value, unit, number_start, number_end = 1, m["unit"].lower(), m.start("one"), m.start("unit")
        else:
            fraction = " ".join((m["frac"] or "a " + m["frac2"]).lower().replace("-", " ").split())
            whole = (m["unit"] or m["unit2"]).lower()
            value, unit = _PARTS[("half" if fraction == "a half" else fraction, whole)]
            number_start = m.start("frac") if m["frac"] else m.start()
            number_end = m.start("unit") if m["unit"] else m.start("unit2")
        hedge = QUALIFIERS[" ".join(m["hedge"].lower().split())] if m["hedge"] else None
        out.append(Figure(m.start(), m.end(), text[m.start():m.end()], number_start, number_end, value, hedge, unit,
                          unit + "s", False, None, sentence[0], sentence[1]))
    return sorted(out, key=lambda f: f.start)
