"""The figures a story's conflict finder has linked as one quantity with different values,
grouped transitively (a union-find), and the tests every link must pass: one time and span,
no pair of articles that tell two events, no name strangers, no two scopes.

Read by :mod:`reader.analysis.conflicts`; kept apart as one idea of its own.
"""

from __future__ import annotations

from collections.abc import Callable

from reader.analysis.other_events import OTHER


class Links:
    """Figures linked as one quantity with different values, grouped transitively; only
    figures told of one time and span (``frames``, one per figure: :func:`reader.analysis.conflicts._frames`), never
    one of another event (``OTHER``)."""

    def __init__(self, frames: list[tuple[str | None, ...]], articles: list[str] | None = None,
                 apart: frozenset[frozenset[str]] = frozenset()) -> None:
        self.frames = frames
        self.parent = list(range(len(frames)))
        self.linked: set[int] = set()
        self.articles = articles or []
        self.apart = apart          # pairs of article ids that tell two events
        self.strangers: Callable[[str, str], bool] | None = None   # and pairs sharing no name (name_clash)
        self.held_apart: Callable[[int, int], bool] | None = None  # figures of two scopes (count_scopes)
        self.times_apart: Callable[[int, int], bool] | None = None  # told as of two times, unless aligned (as_of_times)

    def root(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def link(self, i: int, j: int, aligned: bool = False) -> None:
        """Link figures ``i`` and ``j`` as one quantity. Figures of another time (``OTHER``)
        are linked only ``aligned``: one sentence two sources print with only the number
        changed tells the same past quantity both ways."""
        if self.frames[i] != self.frames[j] or (self.frames[i][0] == OTHER and not aligned):
            return
        if self.apart and frozenset((self.articles[i], self.articles[j])) in self.apart:
            return
        if (self.strangers is not None and self.strangers(self.articles[i], self.articles[j])) or (
                self.held_apart is not None and self.held_apart(i, j)) or (
                not aligned and self.times_apart is not None and self.times_apart(i, j)):
            return
        self.parent[self.root(j)] = self.root(i)
        self.linked.update((i, j))

    def same(self, i: int, j: int) -> bool:
        return self.root(i) == self.root(j)

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = {}
        for i in sorted(self.linked):
            out.setdefault(self.root(i), []).append(i)
        return list(out.values())
