"""Sums told in words, as people say them: "north of half a million pounds", "a quarter of a
billion dollars", "something like half a million euros".

The figure reader reads a sum written with a digit ("£500,000", "$6 million"), and
:mod:`reader.analysis.phrase_numbers` a fraction of a scale that counts a plural noun ("half a
million people"); a fraction of a scale of money ("half a million pounds") was neither, so a
council leader's quoted "north of half a million pounds" met nothing where the council's
"£380,000" disagreed. Here each is a figure in its currency, with the hedge before it as its
qualifier, read in its spoken forms too ("north of", "upwards of": more than; "south of": less
than; "something like", "in the region of": about). "Pounds of" is a weight ("half a million
pounds of beef") and is not read.

Hand-written: a closed list of English fractions, scales, currencies and hedges, read by one
regular expression.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.figures import Figure
from reader.analysis.offsets import span_holding
from reader.analysis.shares import FRACTIONS
from reader.text.word_gate import gated_finditer

_SCALES = {"million": 1e6, "billion": 1e9}
_CURRENCIES = {"pound": "GBP", "dollar": "USD", "euro": "EUR"}
_HEDGES = {"north of": "more than", "upwards of": "more than", "more than": "more than", "over": "more than",
           "south of": "less than", "less than": "less than", "under": "less than", "something like": "about",
           "in the region of": "about", "about": "about", "around": "about", "roughly": "about", "some": "about",
           "nearly": "nearly", "almost": "nearly", "close to": "nearly"}
_WORDS_RE = re.compile(
    r"\b(?:(?P<hedge>north\s+of|upwards\s+of|more\s+than|over|south\s+of|less\s+than|under|something\s+like|"
    r"in\s+the\s+region\s+of|about|around|roughly|some|nearly|almost|close\s+to)\s+)?"
    r"(?P<fraction>a\s+quarter|one\s+quarter|a\s+third|one\s+third|three[\s-]quarters|two[\s-]thirds|a\s+half|"
    r"one\s+half|half)\s+(?:of\s+)?an?\s+(?P<scale>million|billion)\s+"
    r"(?P<currency>pound|dollar|euro)s?(?!\s+of\b)\b", re.IGNORECASE)


def money_words(text: str, figures: Sequence[Figure], sentences: Sequence[tuple[int, int]]) -> list[Figure]:
    """The sums in words of ``text`` (module doc) that no figure of ``figures`` covers."""
    taken = [(f.start, f.end) for f in figures]
    spans = list(sentences)
    starts = [start for start, _ in spans]
    out: list[Figure] = []
    for m in gated_finditer(_WORDS_RE, text, _SCALES):
        start = m.start("fraction")
        if any(s < m.end() and start < e for s, e in taken):
            continue
        sentence = span_holding(spans, starts, start)
        if sentence is None:
            continue
        share = FRACTIONS[" ".join(m["fraction"].lower().split())] / 100
        value = round(share * _SCALES[m["scale"].lower()])
        hedge = _HEDGES[" ".join(m["hedge"].lower().split())] if m["hedge"] else None
        first = m.start() if m["hedge"] else start
        out.append(Figure(first, m.end(), text[first:m.end()], start, m.end(), value, hedge,
                          _CURRENCIES[m["currency"].lower()], None, False, None, sentence[0], sentence[1]))
    return out
