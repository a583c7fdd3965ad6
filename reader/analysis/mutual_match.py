"""Pairs of two lists' items that are each other's clear best match: the evidence a story's
sentence-context rules use to say two clauses tell one thing (:mod:`reader.analysis.event_dates`:
two dated clauses of one event; :mod:`reader.analysis.described_ages`: two ages of one person).

An item's best match is the other list's item it scores highest with, when that score is at least
``least`` and beats the next one by ``margin`` at least (a tie abstains: an article that tells two
things in the same words is not read); a pair is kept when each is the other's best match.

Hand-written: a few lines of sorting; quadratic in the two lists, which are one article's clauses
or ages (capped by their callers).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")


def best_match(item: T, others: Sequence[T], score: Callable[[T, T], int], least: int, margin: int) -> int | None:
    """The index in ``others`` of ``item``'s clear best match (module doc), or None."""
    scores = sorted(((score(item, o), k) for k, o in enumerate(others)), reverse=True)
    if not scores or scores[0][0] < least:
        return None
    if len(scores) > 1 and scores[1][0] > scores[0][0] - margin:
        return None
    return scores[0][1]


def mutual_matches(first: Sequence[T], second: Sequence[T], score: Callable[[T, T], int], least: int,
                   margin: int) -> Iterator[tuple[int, int]]:
    """Pairs (index in ``first``, index in ``second``) of items each the other's clear best match."""
    for i, item in enumerate(first):
        j = best_match(item, second, score, least, margin)
        if j is not None and best_match(second[j], first, score, least, margin) == i:
            yield i, j
