"""Statements of a count that every other statement of it agrees with: bounds that decide nothing.

A soft key (a noun with no event: "babies", "visitors") is compared across sources when it
is the story's one count told two ways (:func:`reader.analysis.conflicts._one_count_each`):
two statements, no article giving both. A third source that states a bound both agree with
("more than a dozen babies" beside "14 infants" and "at least 20 babies") made three
statements, and the two that cannot both hold stayed quiet though the bound's sources count
the same thing. Here such a bound is set aside when the statements are counted, and its
sources are counted among the thing's tellers: what it agrees with is still told by two
sides, each in its own articles. With ``frames`` (what each figure is told of:
:func:`reader.analysis.conflicts._frames`), a statement of another time or a rate is set aside
first: "In 2016, a smaller quake cracked the facades of 23 buildings" is no third count of the
buildings red-stickered this week (12 in one report, 9 in another). The statements kept are those of
the time most of them are told of (the story's own, of a tie): a key told only as a rate ("vehicles a
day") or of one past year keeps them all.

Hand-written: a rule about this project's statements (value, range, qualifier), not a model.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.analysis.figure_uses import FigureUse
from reader.analysis.quantities import compatible


def open_bounds(uses: Sequence[FigureUse], groups: list[list[int]], tellers: set[str],
                frames: Sequence[tuple[str | None, ...]] | None = None) -> tuple[list[list[int]], set[str]]:
    """``groups`` (one list of uses per statement of a key) without the statements every
    other one agrees with, when at least two that do not all agree are left; and
    ``tellers`` (articles counting the thing otherwise) with the articles of those set aside."""
    if frames is not None:
        groups = _one_frame(groups, frames)
    if len(groups) < 3:
        return groups, tellers
    firsts = [uses[g[0]].figure for g in groups]
    bound = [all(compatible(f, g) for m, g in enumerate(firsts) if m != n) for n, f in enumerate(firsts)]
    told = [g for g, b in zip(groups, bound, strict=True) if not b]
    if len(told) < 2:
        return groups, tellers
    return told, tellers | {uses[k].article for g, b in zip(groups, bound, strict=True) if b for k in g}


def _one_frame(groups: list[list[int]], frames: Sequence[tuple[str | None, ...]]) -> list[list[int]]:
    """``groups`` (statements) of the one frame most of them are told of, the story's own of a tie."""
    by_frame: dict[tuple[str | None, ...], list[list[int]]] = {}
    for g in groups:
        for k in g:
            by_frame.setdefault(tuple(frames[k]), [])
        for frame in {tuple(frames[k]) for k in g}:
            by_frame[frame].append([k for k in g if tuple(frames[k]) == frame])
    if len(by_frame) < 2:
        return groups
    return max(by_frame.values(), key=lambda gs: (len(gs), not any(frames[gs[0][0]])))
