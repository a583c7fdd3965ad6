"""Articles of one conflict that tell another event: a group of figures linked through
other articles loses the articles that are apart from others of it (two reports one
agency writes from one frame about two events, :mod:`reader.analysis.templates`), the
article apart from the most others first."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.analysis.figure_uses import FigureUse


def one_event(members: list[int], uses: list[FigureUse], apart: frozenset[frozenset[str]]) -> list[int]:
    """``members`` (a group linked through other articles) less the figures of the
    articles that tell another event than others of the group: the article apart from
    the most others goes first (the larger id on a tie), until no two left are apart.
    Each article's partners are found once and updated as articles go, so a group of
    thousands of templated articles costs the pairs, not the pairs once per article."""
    near = apart_partners({uses[m].article for m in members}, apart)
    dropped: set[str] = set()
    while near:
        worst = max(near, key=lambda a: (len(near[a]), a))
        if not near[worst]:
            break
        for other in near.pop(worst):
            near[other].discard(worst)
        dropped.add(worst)
    return [m for m in members if uses[m].article not in dropped] if dropped else members


def apart_partners(ids: set[str], apart: frozenset[frozenset[str]]) -> dict[str, set[str]]:
    """For each of ``ids``, the others of ``ids`` it is apart from (read from whichever is
    smaller: the pairs of ``ids`` or ``apart``)."""
    near: dict[str, set[str]] = {a: set() for a in ids}
    if len(apart) < len(ids) * (len(ids) - 1) // 2:
        pairs = (tuple(pair) for pair in apart if len(pair) == 2)
        linked = [(a, b) for a, b in pairs if a in near and b in near]
    else:
        ordered = sorted(ids)
        linked = [(a, b) for n, a in enumerate(ordered) for b in ordered[n + 1:] if frozenset((a, b)) in apart]
    for a, b in linked:
        near[a].add(b)
        near[b].add(a)
    return near
