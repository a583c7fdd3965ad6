"""The story's one count, estimated by two sources: two values of one soft key, one an estimate.

A count keyed by its noun alone ("shoppers", "acres", "course sections": no event of its own)
is linked by :mod:`reader.analysis.conflicts` only when the two sentences share words besides
the figure, since one noun often counts two things ("1,400 flights at Ashby" and "1,100 flights
in the region"). But two sources estimating the one thing the story counts rarely share any:
"approximately 2,500 shoppers and employees were evacuated" and "about 4,000 shoppers and staff
were in the mall"; "some 900 class sections have been called off" and "about 1,100 course
sections have been cancelled".

The form of the figures is the evidence here, not their words: two *estimates* (numbers hedged
by "about", "roughly", "approximately", "some", "an estimated" … — a closed class of qualifiers
that say the writer is putting a size on one thing, where "more than" or "nearly" bound a
tally and a bare number is a count) of a noun the story gives exactly two values of, each in
reports of its own (no report states both, so neither report tells two things of that noun),
at most ``ESTIMATE_RATIO`` apart, in sentences whose names do not say two subjects
(:func:`reader.analysis.name_clash.clash`) and whose places do not either: two sentences that
each put the count somewhere (a locative preposition before a determiner or a name, "outside
the town hall", "in the heath") in places with no word in common count two crowds. A tally
and an estimate ("cancelled 1,400 flights", "some 1,100 flights"), or two small exact counts
("the two candidates", "the four candidates left on the ballot"), still need words in common.

Hand-written: one rule over the qualifier the figure parser already reads.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Sequence

from reader.analysis.figure_context import WORD
from reader.analysis.figure_uses import FigureUse
from reader.analysis.gazetteer import LOCATIVES
from reader.analysis.named_sums import named_sum, one_subject
from reader.text.tokens import STOPWORDS

# qualifiers that make a figure an estimate of one size (figures._QUALIFIER_RE), not a bound
ESTIMATES = frozenset({"about", "around", "roughly", "approximately", "some", "an estimated", "estimated"})
ESTIMATE_RATIO = 2.0        # two estimates of one thing further apart than this are two things
PLACE_WORDS = 4             # words of a place phrase read after its preposition
# a place phrase: a locative preposition, then a determiner or a name ("at the Orvel church")
_PLACE_RE = re.compile(rf"\b(?:{'|'.join(sorted(LOCATIVES))})\s+(?=(?:the|a|an|its|their|this|that)\b|[A-Z])"
                       rf"((?:[\w'’-]+\s*){{1,{PLACE_WORDS}}})")


def estimate(use: FigureUse) -> bool:
    """Whether a figure is told as an estimate of one size ("about 4,000 acres")."""
    return use.figure.qualifier in ESTIMATES and use.figure.high is None


def one_estimate(uses: Sequence[FigureUse], first: Sequence[int], second: Sequence[int],
                 lower: Callable[[str, str], Container[str]]) -> bool:
    """Whether a figure of ``first`` and one of ``second`` (the two values of one soft key, each
    told by reports of its own) are estimates of the story's one count (module doc): both
    estimates, at most ``ESTIMATE_RATIO`` apart, in two articles whose sentences' names do not
    say two subjects (:func:`reader.analysis.named_sums.one_subject`); ``lower(a, b)``: the
    words articles ``a`` or ``b`` write in lower case."""
    return one_subject(uses, first, second, lower, fits=_estimates_alike)


def _estimates_alike(a: FigureUse, b: FigureUse) -> bool:
    """Whether two figures are both estimates, at most ``ESTIMATE_RATIO`` apart, not put in two places."""
    if not (estimate(a) and estimate(b)) or two_places(a.sentence, b.sentence):
        return False
    lo, hi = sorted((abs(float(a.figure.value)), abs(float(b.figure.value))))
    return bool(lo) and hi / lo <= ESTIMATE_RATIO


def one_of_two(thing: str, uses: Sequence[FigureUse], told: Sequence[Sequence[int]],
               lower: Callable[[str, str], Container[str]]) -> bool:
    """Whether the two values of a soft key ``thing`` (``told``: the figures of each, no article
    stating both) are one quantity with no word in common: a sum named by its subject
    (:mod:`reader.analysis.named_sums`) or the story's one count estimated (module doc)."""
    if named_sum(thing) and one_subject(uses, told[0], told[1], lower):
        return True
    return one_estimate(uses, told[0], told[1], lower)


def places(sentence: str) -> set[str]:
    """The plain words of a sentence's place phrases ("outside the Orvel town hall": "town",
    "hall"); names aside, as :func:`reader.analysis.name_clash.clash` reads those."""
    out = set()
    for m in _PLACE_RE.finditer(sentence):
        out |= {w.lower() for w in WORD.findall(m.group(1)) if w.islower() and w not in STOPWORDS}
    return out


def two_places(one: str, two: str) -> bool:
    """Whether two sentences each put what they count in a place, with no word in common."""
    a, b = places(one), places(two)
    return bool(a) and bool(b) and not a & b
