"""Comparisons of article pairs, computed once and kept for the session.

The cache is shared by the UI thread and the worker threads that fill it. A pair seen
the other way round is not aligned again: (B, A) is (A, B) mirrored -- offsets and
shares swapped, removed words become added words -- which is what ``x`` (swap) uses.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from reader.library.model import Article

if TYPE_CHECKING:
    from reader.engine.compare import Comparison

CompareFn = Callable[[str, str], "Comparison"]


def _default_compare(a: str, b: str) -> Comparison:
    from reader.analysis.quoted_passages import compare_bodies

    return compare_bodies(a, b)


class ComparisonCache:
    """Comparisons by (a.id, b.id). ``compute`` is safe to call from any thread."""

    def __init__(self, compare: CompareFn | None = None) -> None:
        self._compare = compare or _default_compare
        self._done: dict[tuple[str, str], Comparison] = {}
        self._running: dict[frozenset[str], threading.Event] = {}
        self._lock = threading.Lock()

    def get(self, a: Article, b: Article) -> Comparison | None:
        """The comparison if already known (either way round), else ``None``."""
        with self._lock:
            found = self._done.get((a.id, b.id))
            if found is None and (b.id, a.id) in self._done:
                found = self._done[(a.id, b.id)] = self._done[(b.id, a.id)].mirrored()
            return found

    def compute(self, a: Article, b: Article) -> Comparison:
        """The comparison of ``a`` and ``b``; may take seconds for long articles. A pair
        another thread is already comparing (either way round) is waited for, not
        compared twice: two threads aligning at once would only share the CPU."""
        key = frozenset((a.id, b.id))
        while True:
            found = self.get(a, b)
            if found is not None:
                return found
            with self._lock:
                running = self._running.get(key)
                if running is None:
                    running = self._running[key] = threading.Event()
                    break
            running.wait()
            with self._lock:
                if (a.id, b.id) not in self._done and (b.id, a.id) not in self._done:
                    raise RuntimeError("the comparison failed in another worker")
        try:
            found = self._compare(a.body, b.body)
            with self._lock:
                self._done[(a.id, b.id)] = found
            return found
        finally:
            with self._lock:
                del self._running[key]
            running.set()

    def shares_with(self, a: Article) -> dict[str, float]:
        """What each article compared with ``a`` (either way round) shares with it: the
        ``b_shared`` of (a, it), by its id. Nothing is aligned or mirrored."""
        shares: dict[str, float] = {}
        with self._lock:
            for (x, y), found in self._done.items():
                if x == a.id:
                    shares[y] = found.b_shared
                elif y == a.id:
                    shares.setdefault(x, found.a_shared)  # (y, a) mirrored is (a, y)
        return shares

    def __len__(self) -> int:
        return len(self._done)
