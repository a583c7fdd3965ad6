"""Shares told as a ratio of two small numbers: "one in ten of its usual services", "two
in five of the wells tested were dry", "six out of 10 voters", read as the percentage they
stand for (10%, 40%, 60%).

The figure reader drops both numbers of a ratio on purpose (:mod:`reader.analysis.not_figures`:
"six in 10 voters" counts neither six voters nor ten), so a report's "Two in five of the
wells were dry" had no figure to meet another's "A quarter of the wells were dry". Here a
ratio whose part is smaller than its whole is a percentage figure, hedged as "about" when
written bare (a ratio is a rounding, as a fraction in words is:
:mod:`reader.analysis.shares`), kept only when :func:`reader.analysis.shares.share_key`
keys it as a share of a counted whole.

Hand-written: the two ratio forms of English ("N in M", "N out of M") with digits or the
number words up to a hundred.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.figures import Figure, number_word_value
from reader.analysis.offsets import span_holding
from reader.analysis.shares import QUALIFIERS, UNIT, share_key
from reader.text.word_gate import may_match

_SMALL = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
# (the ratio terms the figure reader's number words do not read)
_OTHER_TERMS = {"one hundred": 100, "a thousand": 1000}
_TERM = rf"(?:\d{{1,4}}|{'|'.join(_SMALL)}|twenty|a\s+hundred|one\s+hundred|a\s+thousand)"
_HEDGE = r"just\s+over|just\s+under|more\s+than|less\s+than|about|around|roughly|some|approximately|nearly|almost"
# (word_gate) what every ratio holds: its whole after "in" or "out of", in lower case ("3 in 10", "one out of five")
_WHOLE_GATE = re.compile(rf"(?:in|of)\s+{_TERM.lower()}")
RATIO_RE = re.compile(rf"\b(?:(?P<q>{_HEDGE})\s+)?(?P<ratio>(?P<part>{_TERM})\s+(?:in|out\s+of)\s+(?P<whole>{_TERM}))"
                      r"\b(?![.,]\d)", re.IGNORECASE)


def _term(word: str) -> int | None:
    word = " ".join(word.lower().split())
    if word.isdigit():
        return int(word)
    value = number_word_value(word)
    return value if value is not None else _OTHER_TERMS.get(word)


def ratio_shares(text: str, figures: Sequence[Figure], sentences: Sequence[tuple[int, int]]) -> list[Figure]:
    """The ratios of ``text`` read as shares (module doc) that ``share_key`` keys, none
    inside a figure of ``figures``."""
    taken = [(f.start, f.end) for f in figures]
    spans = list(sentences)
    starts = [start for start, _ in spans]
    out = []
    for m in (RATIO_RE.finditer(text) if may_match(text, _WHOLE_GATE) else ()):
        part, whole = _term(m["part"]), _term(m["whole"])
        if part is None or not whole or not 0 < part < whole or whole not in (3, 4, 5, 6, 8, 10, 20, 100, 1000):
            continue
        start, end = m.start(), m.end()
        sentence = span_holding(spans, starts, start)
        if sentence is None or any(s < end and start < e for s, e in taken):
            continue
        qualifier = QUALIFIERS[" ".join(m["q"].lower().split())] if m["q"] else "about"
        share = Figure(start=start, end=end, text=text[start:end], number_start=m.start("ratio"), number_end=end,
                       value=round(100 * part / whole, 2), qualifier=qualifier, unit=UNIT, counts=None,
                       counts_inferred=False, modifies=None, sentence_start=sentence[0], sentence_end=sentence[1])
        if share_key(text, share) is not None:
            out.append(share)
    return out
