"""Looking up character offsets in sorted spans, by bisection.

Extraction asks, for every token or number of an article, whether it lies in a date, and
which sentence holds it. Asked span by span, that is quadratic in the article's length (a
5 MB article took minutes); these answers take a logarithmic look-up each.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable


def union(spans: Iterable[tuple[int, int]]) -> list[list[int]]:
    """The union of the half-open ``spans`` (any order, overlapping or not) as sorted,
    disjoint [start, end] spans; empty spans left out."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged


def membership(spans: Iterable[tuple[int, int]]) -> Callable[[int], bool]:
    """A test of whether an offset lies in any of the half-open ``spans`` (any order,
    overlapping or not), answered on their union."""
    merged = union(spans)
    starts = [start for start, _ in merged]

    def inside(offset: int) -> bool:
        k = bisect.bisect_right(starts, offset) - 1
        return k >= 0 and offset < merged[k][1]

    return inside


def span_holding(spans: list[tuple[int, int]], starts: list[int], offset: int) -> tuple[int, int] | None:
    """The span of ``spans`` (sorted, not overlapping; ``starts`` their starts) that holds
    ``offset``, or None."""
    k = bisect.bisect_right(starts, offset) - 1
    if k >= 0 and offset < spans[k][1]:
        return spans[k]
    return None


def span_index(spans: list[tuple[int, int]], offset: int) -> int:
    """The index of the last of the sorted ``spans`` that starts at or before ``offset`` (-1 when
    none does): the sentence a speaker rule reads back from."""
    return bisect.bisect_right(spans, (offset, float("inf"))) - 1
