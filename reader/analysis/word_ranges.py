"""Which words of a text start in a stretch of it (:func:`words_between`) and which start
inside its quotations (:func:`quoted_words`), read off the words' start offsets.

One reading of "the words of a span" for what counts quoted words: provenance's shared
words leave out the words that start inside a quotation
(:class:`reader.analysis.shared_words.SharedWords`), and a passage is a quotation when most
of its words do (:class:`reader.analysis.quoted_passages.QuotedWords`). A word that starts
before a span and runs into it is not one of its words. Light on purpose (bisect only):
``reader compare`` imports it without the extractors.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence


def words_between(starts: Sequence[int], start: int, end: int) -> range:
    """The indexes of the words starting in ``[start, end)``; ``starts``: each word's start
    offset, ascending."""
    return range(bisect_left(starts, start), bisect_left(starts, end))


def quoted_words(starts: Sequence[int], spans: Iterable[tuple[int, int]]) -> set[int]:
    """The indexes of the words starting inside any of the quotations ``spans`` (the text
    inside the marks, ``(start, end)``)."""
    out: set[int] = set()
    for start, end in spans:
        out.update(words_between(starts, start, end))
    return out
