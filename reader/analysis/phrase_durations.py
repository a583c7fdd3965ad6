"""Lengths of time told as phrases the figure reader does not read: "half an hour", "a
quarter of an hour", "three quarters of an hour", "an hour and a half", "a full day", "a
whole week", as figures of minutes (the fractions of an hour) or of their own unit, with
the hedge before them as their qualifier ("almost half an hour": nearly 30 minutes).

The figure reader reads a number then its unit ("30 minutes", "three and a half hours");
a length with no number in it was no figure, so one report's "the generators failed for
almost half an hour" met nothing, and another's "for about 15 minutes" had no figure to
disagree with. Read by :mod:`reader.analysis.figure_uses` beside the extracted figures;
keyed as any other length is (:mod:`reader.analysis.duration_subjects`).

Hand-written: a closed list of English phrases of a fraction of an hour and of one whole
unit, read by one regular expression.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.figures import Figure
from reader.analysis.offsets import span_holding

_HEDGES = {"nearly": "nearly", "almost": "nearly", "about": "about", "around": "about", "roughly": "about",
           "some": "about", "approximately": "about", "more than": "more than", "over": "more than",
           "less than": "less than", "under": "less than", "just over": "more than", "just under": "less than",
           "at least": "at least", "up to": "up to", "close to": "nearly"}
_HEDGE = "|".join(h.replace(" ", r"\s+") for h in sorted(_HEDGES, key=len, reverse=True))
# each phrase → (value, unit, noun as counted)
_MINUTES = {"half an hour": 30, "a half hour": 30, "half-an-hour": 30, "a half-hour": 30, "a quarter of an hour": 15,
            "a quarter-hour": 15, "three quarters of an hour": 45, "three-quarters of an hour": 45,
            "an hour and a half": 90}
_PHRASE_RE = re.compile(
    rf"\b(?:(?P<q>{_HEDGE})\s+)?(?P<phrase>half[\s-]an[\s-]hour|a\s+half[\s-]hour|a\s+quarter(?:\s+of\s+an\s+|-)hour"
    r"|three[\s-]quarters\s+of\s+an\s+hour|an\s+hour\s+and\s+a\s+half"
    r"|an?\s+(?:full|whole|entire)\s+(?P<unit>minute|hour|day|week|month|year))\b(?![\s-]+(?:long|old)\b)",
    re.IGNORECASE)


def phrase_durations(text: str, figures: Sequence[Figure], sentences: Sequence[tuple[int, int]]) -> list[Figure]:
    """The lengths of time in phrases of ``text`` (module doc) that no figure of
    ``figures`` covers."""
    taken = [(f.start, f.end) for f in figures]
    spans = list(sentences)
    starts = [start for start, _ in spans]
    out: list[Figure] = []
    for m in _PHRASE_RE.finditer(text):
        start, end = m.start(), m.end()
        sentence = span_holding(spans, starts, start)
        if sentence is None or any(s < end and start < e for s, e in taken):
            continue
        if m["unit"]:
            value, unit = 1, m["unit"].lower()
        else:
            value, unit = _MINUTES[" ".join(m["phrase"].lower().split())], "minute"
        qualifier = _HEDGES[" ".join(m["q"].lower().split())] if m["q"] else None
        out.append(Figure(start, end, text[start:end], m.start("phrase"), end, value, qualifier, unit,
                          f"{unit}s" if value != 1 else unit, False, None, sentence[0], sentence[1]))
    return out
