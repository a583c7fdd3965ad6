"""Passages one to one (step 6 of :mod:`reader.engine.align`): each stretch of either text
in one passage at most, longest passages first, and the repeats the other text holds
noted on the passage they repeat. ``reader/native/align.c`` takes the same steps
(``one_to_one``)."""

from __future__ import annotations

from array import array
from collections.abc import Sequence

from reader.engine.alignment import WORK, Alignment, keep, trimmed
from reader.engine.wordiff import DELETE, INSERT


def one_to_one(found: list[Alignment], a: Sequence[int], b: Sequence[int], stop: bytearray) -> list[Alignment]:
    """Report each stretch of either text in one passage at most, longest passages first.

    A passage that overlaps a longer one on both sides at once is dropped: it is a phrase
    repeated within that passage, matched to its other occurrence. A passage that
    overlaps kept ones on one side only is cut to the parts whose words are all free on
    both sides, and those parts are passages if they still qualify; a part whose words of
    one side all belong to one kept passage, and that would qualify, is that passage's
    text repeated in the other text: it is noted in the kept passage's ``also_at``."""
    found.sort(key=lambda x: -(x.a_len + x.b_len))
    owner_a = array("i", [-1]) * len(a)  # index in kept of the passage holding each word
    owner_b = array("i", [-1]) * len(b)
    kept: list[Alignment] = []
    for x in found:
        WORK["overlap_words"] += x.a_len + x.b_len
        on_a = set(owner_a[x.a_first : x.a_last + 1])
        on_b = set(owner_b[x.b_first : x.b_last + 1])
        if len(on_a) == 1 == len(on_b) and -1 in on_a and -1 in on_b:
            _claim(x, len(kept), owner_a, owner_b)
            kept.append(x)
            continue
        if (on_a & on_b) - {-1}:
            continue
        for (kind, owner), piece in _stretches(x, owner_a, owner_b):
            if not keep(piece, a, b, stop):
                continue
            if kind == FREE:
                _claim(piece, len(kept), owner_a, owner_b)
                kept.append(piece)
            elif kind != BOTH_HELD:
                repeat = (0, piece.a_first, piece.a_last) if kind == B_HELD else (1, piece.b_first, piece.b_last)
                held = kept[owner].also_at
                if not any(s == repeat[0] and f <= repeat[2] and repeat[1] <= last for s, f, last in held):
                    held.append(repeat)
    for x in kept:
        x.also_at.sort()
    kept.sort(key=lambda x: (x.a_first, x.b_first))
    return kept


FREE, A_HELD, B_HELD, BOTH_HELD = 0, 1, 2, 3


def _claim(x: Alignment, k: int, owner_a: array[int], owner_b: array[int]) -> None:
    owner_a[x.a_first : x.a_last + 1] = array("i", [k]) * x.a_len
    owner_b[x.b_first : x.b_last + 1] = array("i", [k]) * x.b_len


def _stretches(x: Alignment, owner_a: array[int],
               owner_b: array[int]) -> list[tuple[tuple[int, int], Alignment]]:
    """``x`` cut word by word into maximal stretches of one state: every word free on
    its side(s) (``FREE``, owner -1); its ``a`` words held by one kept passage and its
    ``b`` words free (``A_HELD``, that passage), or the other way round (``B_HELD``); or
    held on both sides (``BOTH_HELD``). Each stretch is trimmed to begin and end on a
    match; stretches with no match are left out."""
    out: list[tuple[tuple[int, int], Alignment]] = []
    ia, jb = x.a_first, x.b_first
    state = (FREE, -1)
    start = (ia, jb)
    ops: list[tuple[int, int]] = []
    for op, n in x.ops:
        for _ in range(n):
            ca = owner_a[ia] if op != INSERT else -1
            cb = owner_b[jb] if op != DELETE else -1
            if ca < 0 and cb < 0:
                now = (FREE, -1)
            elif cb < 0:
                now = (A_HELD, ca)
            elif ca < 0:
                now = (B_HELD, cb)
            else:
                now = (BOTH_HELD, -1)
            if now != state:
                piece = trimmed(start, ops) if ops else None
                if piece is not None:
                    out.append((state, piece))
                state, start, ops = now, (ia, jb), []
            ops.append((op, 1))
            ia += op != INSERT
            jb += op != DELETE
    piece = trimmed(start, ops) if ops else None
    if piece is not None:
        out.append((state, piece))
    return out
