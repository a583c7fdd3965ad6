"""Comparisons of article pairs, computed once and kept for the session.

The cache is shared by the UI thread and the worker threads that fill it. A pair seen
the other way round is not aligned again: (B, A) is (A, B) mirrored -- offsets and
shares swapped, removed words become added words -- which is what ``x`` (swap) uses.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import Callable

from reader.model import Article

CompareFn = Callable[[str, str], "Comparison"]  # noqa: F821


def _default_compare(a: str, b: str):
    from reader.compare import compare_texts

    return compare_texts(a, b)


def mirror(comparison):
    """The comparison of (B, A) from that of (A, B)."""
    passages = sorted(
        (replace(p, a_start=p.b_start, a_end=p.b_end, b_start=p.a_start, b_end=p.a_end,
                 a_text=p.b_text, b_text=p.a_text, a_words=p.b_words, b_words=p.a_words,
                 diff=[(-op, text) for op, text in p.diff])
         for p in comparison.passages),
        key=lambda p: (p.a_start, p.a_end),
    )
    return replace(comparison, passages=passages, a_words=comparison.b_words, b_words=comparison.a_words,
                   a_shared=comparison.b_shared, b_shared=comparison.a_shared)


class ComparisonCache:
    """Comparisons by (a.id, b.id). ``compute`` is safe to call from any thread."""

    def __init__(self, compare: CompareFn | None = None) -> None:
        self._compare = compare or _default_compare
        self._done: dict[tuple[str, str], object] = {}
        self._lock = threading.Lock()

    def get(self, a: Article, b: Article):
        """The comparison if already known (either way round), else ``None``."""
        with self._lock:
            found = self._done.get((a.id, b.id))
            if found is None and (b.id, a.id) in self._done:
                found = self._done[(a.id, b.id)] = mirror(self._done[(b.id, a.id)])
            return found

    def compute(self, a: Article, b: Article):
        """The comparison of ``a`` and ``b``; may take seconds for long articles."""
        found = self.get(a, b)
        if found is None:
            found = self._compare(a.body, b.body)
            with self._lock:
                self._done[(a.id, b.id)] = found
        return found

    def __len__(self) -> int:
        return len(self._done)
