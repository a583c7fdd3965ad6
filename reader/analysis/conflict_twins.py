"""One disagreement found twice: the same sources giving the same values under two keys.

A toll told as "two guests died" in one source and "three people were killed" in another
is keyed by two nouns (guests, people), and both keys link the two figures: the Story
screen listed "guests killed: 2 / 3" and "people killed: 2 / 3", one disagreement twice.
A conflict whose sources and values, as pairs (source, value), all stand in another
conflict says nothing the other does not, and is left out; two conflicts that share only
their numbers ("2 dead, 3 injured" in one source, "3 dead, 2 injured" in another) are two.
The sentences of the one left out stay as evidence in the one kept: a source's "Five people
were taken to hospital" keyed as people taken to hospital, and its "The five patients were
being treated" in the kept conflict of people hurt, are one value's two statements, and a
reader checking the figure should see both.

Hand-written: a set comparison over the conflicts of one story, a handful at most.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol, TypeVar


class _ValueLike(Protocol):
    value: int | float
    uses: list[Any]

    @property
    def articles(self) -> list[str]: ...


class _ConflictLike(Protocol):
    @property
    def values(self) -> Sequence[_ValueLike]: ...


def told(conflict: _ConflictLike) -> frozenset[tuple[str, float]]:
    """The (source, value) pairs of a conflict."""
    return frozenset((a, float(v.value)) for v in conflict.values for a in v.articles)


C = TypeVar("C", bound=_ConflictLike)


def without_twins(conflicts: list[C]) -> list[C]:
    """``conflicts`` less each one whose (source, value) pairs all stand in another kept one
    (the larger kept; of two alike, the first)."""
    pairs = [told(c) for c in conflicts]
    kept: list[int] = []
    for k in sorted(range(len(conflicts)), key=lambda k: -len(pairs[k])):
        twin = next((m for m in kept if pairs[k] <= pairs[m]), None)
        if twin is None:
            kept.append(k)
        else:
            _keep_sentences(conflicts[k], conflicts[twin])
    return [conflicts[k] for k in sorted(kept)]


def _keep_sentences(dropped: _ConflictLike, kept: _ConflictLike) -> None:
    """Add to each value of ``kept`` the figures ``dropped`` gives for it in the same sources
    and ``kept`` does not show yet (by article and place)."""
    by_value = {float(v.value): v for v in kept.values}
    for v in dropped.values:
        into = by_value[float(v.value)]
        shown, sources = {(u.article, u.figure.start) for u in into.uses}, set(into.articles)
        into.uses.extend([u for u in v.uses if (u.article, u.figure.start) not in shown and u.article in sources])
