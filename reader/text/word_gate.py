"""Whether a text can hold a match of a pattern at all, by words every match holds: "a third of
the homes" needs "third" or another fraction's word, "two-thirds full" needs "full".

A case-insensitive pattern that opens with ``\\b`` and an alternation of phrases gives Python's
``re`` no prefix to skip ahead by, so ``finditer`` tries it at every character of a body; a
story of 500 articles ran a dozen such scans per article (a fifth of ``reader story``'s time on
them). A word every match must hold is found by ``str.__contains__`` on the body in lower case,
hundreds of times faster, and a body without any of a pattern's words is not scanned. The
gate only skips scans that could find nothing, so what is found is the same: the three letters
``re`` takes for an ASCII one under ``IGNORECASE`` whose lower case does not hold it (dotless i,
long s, and capital I with a dot, lowered to two characters) open the gate whenever a text holds one.

Hand-written: a substring test over a cached lower-case copy; each caller names the words its
own pattern cannot match without.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

_UNLOWERED = ("\u0131", "\u017f", "\u0130")     # (module doc: dotless i, long s, capital I with a dot)


@functools.lru_cache(maxsize=64)
def _lowered(text: str) -> tuple[str, bool]:
    """``text`` in lower case, and whether it holds a letter that opens every gate (module doc): read
    once per body, however many gates ask."""
    return text.lower(), any(c in text for c in _UNLOWERED)


def may_hold(text: str, words: Iterable[str]) -> bool:
    """Whether ``text`` holds any of ``words`` (lower case), in any case."""
    low, unlowered = _lowered(text)
    return unlowered or any(w in low for w in words)


def may_match(text: str, gate: re.Pattern[str]) -> bool:
    """Whether ``text`` in lower case holds a match of ``gate``, a pattern of lower-case words every
    match of a caller's pattern holds (one that opens with a letter, which ``re`` skips ahead by)."""
    low, unlowered = _lowered(text)
    return unlowered or gate.search(low) is not None


def gated_finditer(pattern: re.Pattern[str], text: str, words: Iterable[str]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, or nothing when ``text`` holds none of ``words``, the words
    every match of ``pattern`` holds."""
    return pattern.finditer(text) if may_hold(text, words) else iter(())
