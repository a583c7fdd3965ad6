"""A shared passage in token terms, the aligner's constants, and the small tests every
step of :mod:`reader.engine.align` applies to one: how much its matched words weigh,
whether it is worth a passage, and the alignment left when changed words are trimmed off
its ends. The steps live in their own modules (:mod:`reader.engine.align`,
:mod:`reader.engine.inserts`, :mod:`reader.engine.one_to_one`); the C aligner
(``reader/native/align.c``) takes the same constants (:func:`reader.engine.align.native_params`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from reader.engine.wordiff import DELETE, EQUAL, INSERT, merge_ops

CHAIN_GAP = 40
EXTEND_WINDOW = 12
MIN_WORDS = 10
MIN_SIMILARITY = 0.4
SPLIT_BOTH = 20
SPLIT_ONE = 60
MERGE_GAP = 60
INSERT_GAP = 300
INSERT_SLACK = 2
INSERT_COST = 12
STRONG_SEED = 6
MIN_WEIGHT = 8
CHANGE_COST = 0.5
EXTEND_COST = 0.75
EXTEND_LIMIT = 8 * EXTEND_WINDOW

WORK: Counter[str] = Counter()
"""Counts of the aligner's costly steps (extension windows, overlap checks) since the
last :meth:`Counter.clear`, for the tests that check the work grows linearly."""



@dataclass(slots=True)
class Alignment:
    """One shared passage in token terms: ``a_first``/``a_last`` are token indexes
    (inclusive) and ``ops`` the word diff of the span as (op, count) runs."""

    a_first: int
    a_last: int
    b_first: int
    b_last: int
    ops: list[tuple[int, int]]
    also_at: list[tuple[int, int, int]] = field(default_factory=list)
    """Where the other text repeats this passage's words: (side, first, last), side 1 a
    stretch of ``b`` that also matches ``a_first..a_last``, side 0 a stretch of ``a``
    that also matches ``b_first..b_last``."""

    @property
    def matched(self) -> int:
        return sum(n for op, n in self.ops if op == EQUAL)

    @property
    def a_len(self) -> int:
        return self.a_last - self.a_first + 1

    @property
    def b_len(self) -> int:
        return self.b_last - self.b_first + 1

    @property
    def similarity(self) -> float:
        return 2 * self.matched / (self.a_len + self.b_len)

    def mirrored(self) -> Alignment:
        ops = merge_ops([(-op, n) for op, n in self.ops])
        also_at = sorted((1 - side, first, last) for side, first, last in self.also_at)
        return Alignment(self.b_first, self.b_last, self.a_first, self.a_last, ops, also_at)



def trimmed(start: tuple[int, int], ops: list[tuple[int, int]]) -> Alignment | None:
    ia, jb = start
    ops = list(ops)
    while ops and ops[0][0] != EQUAL:
        op, n = ops.pop(0)
        ia += n if op != INSERT else 0
        jb += n if op != DELETE else 0
    while ops and ops[-1][0] != EQUAL:
        ops.pop()
    if not ops:
        return None
    ops = merge_ops(ops)
    la = sum(n for op, n in ops if op != INSERT)
    lb = sum(n for op, n in ops if op != DELETE)
    return Alignment(ia, ia + la - 1, jb, jb + lb - 1, ops)


def weight(words: Sequence[int], stop: bytearray) -> float:
    """What words weigh: a content word 1, a stop word half."""
    return sum(0.5 if stop[w] else 1.0 for w in words)


def matched_weight(al: Alignment, a: Sequence[int], stop: bytearray) -> float:
    """The weight of an alignment's matched words (stop words count half)."""
    total = 0.0
    ia = al.a_first
    for op, n in al.ops:
        if op == EQUAL:
            total += weight(a[ia : ia + n], stop)
        if op != INSERT:
            ia += n
    return total


def keep(al: Alignment, a: Sequence[int], b: Sequence[int], stop: bytearray) -> bool:
    """Whether an alignment is worth a passage (``MIN_WORDS``, ``MIN_SIMILARITY``,
    ``MIN_WEIGHT``), or is two whole identical texts however short."""
    if al.a_first == 0 and al.b_first == 0 and al.a_last == len(a) - 1 and al.b_last == len(b) - 1 \
            and al.matched == len(a) == len(b):
        return True  # two identical texts, however short
    if al.matched < MIN_WORDS or al.similarity < MIN_SIMILARITY:
        return False
    return matched_weight(al, a, stop) >= MIN_WEIGHT  # stop words count half
