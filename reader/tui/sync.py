"""Synchronised scrolling: which row of pane B goes with a row of pane A.

Each shared passage gives two anchors, (row of its start in A, row of its twin's start
in B) and the same for its end. Anchors that would cross (passages in a different order
in the two texts) are dropped, keeping the longest chain in reading order in both
panes. Between anchors rows map linearly; before the first and after the last, row for
row.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right


def monotone_chain(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest chain of ``pairs`` increasing (non-strictly) in both coordinates."""
    pairs = sorted(set(pairs))
    tails: list[int] = []       # smallest second coordinate ending a chain of length i+1
    tail_index: list[int] = []
    parent = [-1] * len(pairs)
    for i, (_, b) in enumerate(pairs):
        k = bisect_right(tails, b)
        if k == len(tails):
            tails.append(b)
            tail_index.append(i)
        else:
            tails[k] = b
            tail_index[k] = i
        parent[i] = tail_index[k - 1] if k else -1
    chain = []
    i = tail_index[-1] if tail_index else -1
    while i >= 0:
        chain.append(pairs[i])
        i = parent[i]
    return chain[::-1]


def map_row(anchors: list[tuple[int, int]], y: float) -> float:
    """Row of the other pane matching row ``y`` of this one (anchors: (this, other))."""
    if not anchors:
        return y
    xs = [a for a, _ in anchors]
    k = bisect_left(xs, y)
    if k < len(anchors) and anchors[k][0] == y:
        return float(anchors[k][1])
    if k == 0:
        a, b = anchors[0]
        return b + (y - a)
    if k == len(anchors):
        a, b = anchors[-1]
        return b + (y - a)
    (a0, b0), (a1, b1) = anchors[k - 1], anchors[k]
    return b0 + (b1 - b0) * (y - a0) / (a1 - a0)
