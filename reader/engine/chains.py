"""Chaining exact runs of matching words into candidate passages (step 2 of
:mod:`reader.engine.align`).

Runs are taken in reading order of the first text; a run joins the chain whose end lies
before it on both sides by at most ``gap`` words, so passages in a different order in the
two texts are simply different chains. Weak chains (fewer than ``strong`` seed words)
are chance matches of a common phrase unless they lie within ``near`` words of a strong
chain, and are dropped before any diffing.
"""

from __future__ import annotations

import bisect


def chain(runs: list[tuple[int, int, int]], gap: int) -> list[list[tuple[int, int, int]]]:
    """Greedy chaining of runs in reading order of the first text."""
    chains: list[list[tuple[int, int, int]]] = []
    active: list[int] = []  # indexes into chains
    ends: list[tuple[int, int]] = []  # exclusive end (i, j) of each chain
    for i, j, n in runs:
        best, best_cost = -1, None
        best_run: tuple[int, int, int] | None = None
        still = []
        for c in active:
            ei, ej = ends[c]
            if ei < i - gap:
                continue  # finished: too far behind
            still.append(c)
            delta = max(ei - i, ej - j, 0)
            if delta >= n:
                continue
            gi, gj = i + delta - ei, j + delta - ej
            if gi > gap or gj > gap or gi < 0 or gj < 0:
                continue
            cost = max(gi, gj)
            if best_cost is None or cost < best_cost:
                best, best_cost, best_run = c, cost, (i + delta, j + delta, n - delta)
        active = still
        if best_run is not None:  # (set with best)
            chains[best].append(best_run)
            ends[best] = (best_run[0] + best_run[2], best_run[1] + best_run[2])
        else:
            chains.append([(i, j, n)])
            ends.append((i + n, j + n))
            active.append(len(chains) - 1)
    return chains


def worth_filling(chains: list[list[tuple[int, int, int]]], strong: int, near: int) -> list[list[tuple[int, int, int]]]:
    """Chains with at least ``strong`` seed words, and weaker ones only near such a
    chain (they may bridge a heavily reworded stretch). Chance matches of a common
    phrase elsewhere are dropped here, before any diffing."""
    boxes: list[tuple[tuple[int, int, int, int], list[tuple[int, int, int]]]] = []
    weak: list[tuple[tuple[int, int, int, int], list[tuple[int, int, int]]]] = []
    for chain in chains:
        box = (chain[0][0], chain[-1][0] + chain[-1][2], chain[0][1], chain[-1][1] + chain[-1][2])
        (boxes if sum(n for _, _, n in chain) >= strong else weak).append((box, chain))
    if not boxes:
        return []
    boxes.sort(key=lambda x: x[0][0])
    starts = [box[0] for box, _ in boxes]
    longest = max(box[1] - box[0] for box, _ in boxes)
    kept = [chain for _, chain in boxes]
    for (a0, a1, b0, b1), chain in weak:
        lo = bisect.bisect_left(starts, a0 - near - longest)
        hi = bisect.bisect_right(starts, a1 + near)
        for (s0, s1, t0, t1), _ in boxes[lo:hi]:
            if s0 - near <= a1 and a0 <= s1 + near and t0 - near <= b1 and b0 <= t1 + near:
                kept.append(chain)
                break
    return kept
