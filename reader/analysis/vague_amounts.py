"""Vague amounts of counted things ("several people", "injuring dozens", "multiple
fatalities") as figures: the vague word is the figure's ``qualifier`` and its value runs
from ``value`` to ``high`` (open-ended when ``high`` is None), the generous ranges
:mod:`reader.analysis.quantities` documents (several: 2 to 20, dozens: 20 to 200 ...), so a
vague amount conflicts only with a count clearly outside it.

Hand-written: a closed list of English words of quantity, read by one regular expression.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.figure_nouns import counted_noun, singular
from reader.analysis.figure_units import MEASURES
from reader.analysis.figures import Figure
from reader.analysis.offsets import span_holding
from reader.text.word_gate import gated_finditer

VAGUE = {"several dozen": (24, 240), "a few dozen": (24, 120), "several hundred": (200, 999),
         "a few hundred": (200, 600), "several thousand": (2000, 9999), "a few thousand": (2000, 6000),
         "several": (2, 20), "dozens": (20, 200),
         "scores": (20, 500), "hundreds": (100, 5000), "multiple": (2, None), "a number of": (2, None),
         "a handful of": (2, 9)}
_VAGUE_WORDS = ("several", "dozen", "score", "hundred", "thousand", "multiple", "number", "handful")   # (word_gate)
_VAGUE_RE = re.compile(r"\b(several\s+dozen|a\s+few\s+dozen|several\s+hundred|a\s+few\s+hundred|several\s+thousand|"
                       r"a\s+few\s+thousand|several|dozens|scores|hundreds|multiple|a number of|"
                       r"a handful of)\b(?:\s+of\b)?", re.IGNORECASE)


def vague_figures(text: str, figures: Sequence[Figure], sentences: Sequence[tuple[int, int]]) -> list[Figure]:
    """Vague amounts of counted things in ``text`` ("several people", "injuring dozens",
    "multiple fatalities"), as figures (module doc). A vague word with no counted noun
    after it takes the noun of the figure before it in the sentence; measures ("several
    hours") are left out."""
    spans = list(sentences)
    starts = [start for start, _ in spans]
    out: list[Figure] = []
    for m in gated_finditer(_VAGUE_RE, text, _VAGUE_WORDS):
        word = " ".join(m.group(1).lower().split())
        sentence = span_holding(spans, starts, m.start())
        if sentence is None:
            continue
        phrase, end, plural = counted_noun(text, m.end())
        unit: str | None = singular(phrase.split()[-1].strip("“”\"‘’'")) if phrase and plural else None
        inferred = False
        if unit is None:
            end = m.end()
            prev = [f for f in figures if f.sentence_start == sentence[0] and f.end <= m.start() and f.counts]
            if not prev or prev[-1].unit in MEASURES or re.search(r"[;:()]", text[prev[-1].end:m.start()]):
                continue
            phrase, unit, inferred = prev[-1].counts, prev[-1].unit, True
        if unit is None or unit in MEASURES:
            continue
        low, high = VAGUE[word]
        out.append(Figure(m.start(), end, text[m.start():end], m.start(1), m.end(1), low, word, unit, phrase,
                          inferred, None, sentence[0], sentence[1], high))
    return out


def is_vague(f: Figure) -> bool:
    return f.qualifier in VAGUE and f.number_end - f.number_start == len(f.qualifier or "")
