"""One disagreement found twice: the same sources giving the same values under two keys.

A toll told as "two guests died" in one source and "three people were killed" in another
is keyed by two nouns (guests, people), and both keys link the two figures: the Story
screen listed "guests killed: 2 / 3" and "people killed: 2 / 3", one disagreement twice.
A conflict whose sources and values, as pairs (source, value), all stand in another
conflict says nothing the other does not, and is left out; two conflicts that share only
their numbers ("2 dead, 3 injured" in one source, "3 dead, 2 injured" in another) are two.

Hand-written: a set comparison over the conflicts of one story, a handful at most.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar


class _ValueLike(Protocol):
    value: int | float

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
        if not any(pairs[k] <= pairs[m] for m in kept):
            kept.append(k)
    return [conflicts[k] for k in sorted(kept)]
