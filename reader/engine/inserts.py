"""Joining the pieces of a passage across an insert of one side only (step 4 of
:mod:`reader.engine.align`): a caption, a timestamp, an advertisement line or a local
paragraph added inside copied text. The splitting and scoring that come before would end
the passage there; this joins the pieces again, the insert shown as added words.
``reader/native/align.c`` takes the same steps (``join_inserts``)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from reader.engine.alignment import (
    CHANGE_COST,
    INSERT_COST,
    INSERT_GAP,
    INSERT_SLACK,
    MIN_SIMILARITY,
    Alignment,
    matched_weight,
)
from reader.engine.wordiff import DELETE, EQUAL, Encoder, dmp_ops, merge_ops


def one_sided(gap_a: int, gap_b: int) -> bool:
    """Whether a gap is an insert on one side only: at most ``INSERT_SLACK`` words on
    the other side and at most ``INSERT_GAP`` on its own (a caption, a video, an
    advertisement, a local paragraph added inside copied text)."""
    return min(gap_a, gap_b) <= INSERT_SLACK and max(gap_a, gap_b) <= INSERT_GAP


def join_inserts(pieces: list[Alignment], a: Sequence[int], b: Sequence[int], stop: bytearray,
                  enc: Encoder) -> list[Alignment]:
    """Join pieces that follow each other on both sides across a one-sided insert
    (:func:`one_sided`), which the aligner's splitting and scoring cut at, into one
    passage with the insert as added words. The insert counts as a change of at most
    ``INSERT_COST`` words: each piece's matched words must outweigh that (a stray phrase
    beyond an insert is not joined), and the joined passage must keep the similarity a
    passage needs (``MIN_SIMILARITY``): two copied paragraphs either side of a long local
    one stay two passages rather than make one passage too thin to keep. Nor is an
    insert joined over that holds the start of another piece: it is then not text of
    one side only. Where the pieces overlap by
    a word or two on one side (the common prefix of the texts runs on through the first
    word of a dropped paragraph, which is also the next one's), y gives them up."""
    starts_a = sorted(p.a_first for p in pieces)
    starts_b = sorted(p.b_first for p in pieces)
    out: list[Alignment] = []
    for x in sorted(pieces, key=lambda p: (p.a_first, p.b_first)):
        joined = False
        for k in range(len(out) - 1, max(-1, len(out) - 6), -1):
            y = out[k]
            gap_a, gap_b = x.a_first - y.a_last - 1, x.b_first - y.b_last - 1
            over = -min(gap_a, gap_b)
            if over > 0:  # y's last words are x's first on one side (a common prefix run)
                if over > INSERT_SLACK or y.ops[-1][1] <= over:
                    continue
                y = Alignment(y.a_first, y.a_last - over, y.b_first, y.b_last - over,
                              [*y.ops[:-1], (EQUAL, y.ops[-1][1] - over)])
                gap_a, gap_b = gap_a + over, gap_b + over
            if not one_sided(gap_a, gap_b):
                continue
            if _starts_within(starts_a, y.a_last + 1, x.a_first) or _starts_within(starts_b, y.b_last + 1, x.b_first):
                continue
            cost = CHANGE_COST * min(max(gap_a, gap_b), INSERT_COST)
            if matched_weight(y, a, stop) <= cost or matched_weight(x, a, stop) <= cost:
                continue
            gap_ops = dmp_ops(a[y.a_last + 1 : x.a_first], b[y.b_last + 1 : x.b_first], enc)
            both = Alignment(y.a_first, x.a_last, y.b_first, x.b_last, merge_ops(_earliest(y, gap_ops, a, b) + x.ops))
            if both.similarity < MIN_SIMILARITY:
                continue  # one passage across that insert would be too thin to keep, and both pieces lost
            out[k] = both
            joined = True
            break
        if not joined:
            out.append(x)
    return out


def _earliest(y: Alignment, gap_ops: list[tuple[int, int]], a: Sequence[int],
              b: Sequence[int]) -> list[tuple[int, int]]:
    """y's ops and the gap's after it; a gap of added (or dropped) words only is moved as
    early as the words allow. Its place is ambiguous when y's last word equals the gap's
    last one: a dropped paragraph and the next one both begin with "The", and the
    dropped one is "The …", not "… The"."""
    if len(gap_ops) != 1:
        return y.ops + gap_ops
    op, n = gap_ops[0]
    side, last = (a, y.a_last) if op == DELETE else (b, y.b_last)
    run = y.ops[-1][1]  # (a piece ends on a match)
    shift = 0
    while shift < run - 1 and side[last - shift] == side[last - shift + n]:
        shift += 1
    if not shift:
        return y.ops + gap_ops
    return [*y.ops[:-1], (EQUAL, run - shift), (op, n), (EQUAL, shift)]


def _starts_within(starts: list[int], lo: int, hi: int) -> bool:
    """Whether a sorted list of starts holds one in ``lo..hi-1``."""
    k = bisect.bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi
