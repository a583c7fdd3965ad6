"""How full a thing is, told as a share of its capacity: "the reservoir was at 96 percent
of capacity", "reached 96% of capacity", "the lake was 85 percent full", "nine-tenths
full", "three-quarters full"; and how far a work is done, told as a share: "the tower is about
60 percent complete", "nearly three-quarters finished".

A percentage "of capacity" had no subject in :mod:`reader.analysis.amount_subjects`, and a
fraction in words before "full" was no figure, so "at 96 percent of capacity" and
"nine-tenths full" were never compared. Here both are keyed ``percent:fullness`` with no
event: :mod:`reader.analysis.conflicts` links two only when their sentences share words
besides the share (the reservoir, the dam, the shelter), and never two values one source
states, so a story's reservoir and its hospitals stay apart. A share before "complete",
"completed", "finished" or "done" is keyed ``percent:completion`` so (not before "by" or "in":
a target, "100 percent complete by 2027"). A fraction in words is read as "about" that share, as
it is a rounding. A share told as the past or a record ("the
highest since 2011") is left out.

Hand-written: "of capacity" and "full" after a share, and the few fractions a newsroom
writes in words, are a closed vocabulary a regular expression reads exactly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.figures import Figure, number_word_value
from reader.analysis.offsets import span_holding
from reader.analysis.shares import FRACTIONS, QUALIFIERS
from reader.text.word_gate import gated_finditer

UNIT = "percent"
KEY = ("percent:fullness", None)
DONE_KEY = ("percent:completion", None)
_GATE = ("full", "complete", "finished", "done")     # (word_gate)
_FRACTION_FULL = re.compile(
    r"\b(?:(?P<q>about|around|roughly|nearly|almost|more\s+than|over|less\s+than|under)\s+)?"
    r"(?P<frac>(?P<n>one|two|three|four|five|six|seven|eight|nine)[- ]tenths|half|two[- ]thirds|three[- ]quarters|"
    r"a\s+third|one-third|a\s+quarter|one-quarter)\s+(?:full|complete|completed|finished|done)\b", re.IGNORECASE)
# (not "40 percent of the capacity was sold": a part of the capacity, the subject of a verb)
_FULL_AFTER = re.compile(r"\s+(?:of\s+(?:its\s+|their\s+)?(?:total\s+|full\s+|storage\s+)?capacity|full)\b"
                         r"(?!\s+(?:was|were|is|are|has|have|had|will|would|to|for|of)\b)", re.IGNORECASE)
_DONE_AFTER = re.compile(r"\s+(?:complete|completed|finished|done)\b(?!\s+(?:by|in|before|within|until)\b)",
                         re.IGNORECASE)
_PAST = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b|\b(?:last|a)\s+year\b|\brecord\b|\bhighest\b|\blowest\b|\busually\b|"
                   r"\bnormally\b|\baverage\b", re.IGNORECASE)


def fullness_fractions(text: str, figures: Sequence[Figure], sentences: Sequence[tuple[int, int]]) -> list[Figure]:
    """The fractions in words before "full" in ``text`` ("nine-tenths full") as percentage
    figures, none inside a figure of ``figures``."""
    taken = [(f.start, f.end) for f in figures]
    spans = list(sentences)
    starts = [start for start, _ in spans]
    out = []
    for m in gated_finditer(_FRACTION_FULL, text, _GATE):
        start, end = m.start(), m.end("frac")
        sentence = span_holding(spans, starts, start)
        if sentence is None or any(s < end and start < e for s, e in taken):
            continue
        frac = " ".join(m["frac"].lower().split())
        value = 10.0 * (number_word_value(m["n"]) or 0) if m["n"] else FRACTIONS[frac]
        qualifier = QUALIFIERS[" ".join(m["q"].lower().split())] if m["q"] else "about"
        out.append(Figure(start=start, end=end, text=text[start:end], number_start=m.start("frac"),
                          number_end=end, value=round(value, 2), qualifier=qualifier, unit=UNIT, counts=None,
                          counts_inferred=False, modifies=None, sentence_start=sentence[0],
                          sentence_end=sentence[1]))
    return out


def fullness_key(text: str, f: Figure) -> tuple[str, None] | None:
    """``("percent:fullness", None)`` for a percentage told as a share of capacity or
    followed by "full", :data:`DONE_KEY` for one followed by "complete" (module doc), else None."""
    if f.unit != UNIT or f.high is not None:
        return None
    key = KEY if _FULL_AFTER.match(text, f.end, f.sentence_end) else (
        DONE_KEY if _DONE_AFTER.match(text, f.end, f.sentence_end) else None)
    if key is None:
        return None             # (the anchored tests first: the sentence is searched only for a share)
    return None if _PAST.search(text, f.sentence_start, f.sentence_end) else key
