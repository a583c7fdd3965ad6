"""Moved text: words one article has in one place and the other in another.

The aligner's passages run in reading order on both sides, so a sentence the copy moved
ends up inside a passage as an addition (B has it there) while A's own copy of it, in
another place, lies outside every passage or inside one as a removal. Shown as is, the
sentence looks new in B and dropped from A: the word diff would lie. Like git's
``--color-moved``, :func:`find_moves` pairs such stretches: ``MIN_MOVED_WORDS`` or more
words that an addition (or removal) of a passage says and that the other text has, word
for word (as the engine compares words), somewhere no passage already keeps.

Each move is ``(a_start, a_end, b_start, b_end)``, character spans of the same words in
A and in B, attached to the passage whose diff holds the removed or added side. Written
here rather than taken from a library: diff-match-patch (reader's word diff) has no
notion of moves, and git's move detection works on whole lines of a file, not on words
inside aligned passages.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader.engine.wordiff import DELETE, EQUAL, INSERT
from reader.text.tokens import Tokens

if TYPE_CHECKING:
    from reader.engine.compare import Passage

MIN_MOVED_WORDS = 5  # fewer words recur by chance too often ("said on Tuesday that the")
MAX_CANDIDATES = 8   # places tried for one n-gram (repetitive text has thousands)

_CLOSERS = ".,;:!?…\"'”’»)]"

Move = tuple[int, int, int, int]
Span = tuple[int, int]


class _Text:
    """One side's tokens, which of them no passage keeps, and where each n-gram the other
    side's changes hold starts (only those: one pass over the text with a set lookup per
    word, not an n-gram table of the whole text; ``MAX_CANDIDATES`` places kept for each,
    so repetitive text stays linear)."""

    def __init__(self, tokens: Tokens, kept: list[Span], wanted: set[tuple[str, ...]]) -> None:
        self.tokens = tokens
        self.free = [True] * len(tokens)
        for s, e in kept:
            first, last = bisect_left(tokens.starts, s), bisect_left(tokens.starts, e)
            self.free[first:last] = [False] * (last - first)
        self.grams: dict[tuple[str, ...], list[int]] = {}
        firsts = {g[0] for g in wanted}
        norms, free = tokens.norms, self.free
        for k in range(len(norms) - MIN_MOVED_WORDS + 1):
            if norms[k] in firsts and free[k]:
                gram = tuple(norms[k : k + MIN_MOVED_WORDS])
                if gram in wanted:
                    places = self.grams.setdefault(gram, [])
                    if len(places) < MAX_CANDIDATES:
                        places.append(k)

    def take(self, start: int, count: int) -> Span:
        """Mark ``count`` tokens from ``start`` as paired; their span, with the closing
        punctuation right after the last (the full stop of a moved sentence)."""
        self.free[start : start + count] = [False] * count
        text, end = self.tokens.text, self.tokens.ends[start + count - 1]
        ceiling = self.tokens.starts[start + count] if start + count < len(self.tokens) else len(text)
        while end < ceiling and text[end] in _CLOSERS:
            end += 1
        return self.tokens.starts[start], end


def _common_run(mine: _Text, k: int, last: int, other: _Text, at: int) -> int:
    """How many words from ``mine``'s token k (up to ``last``) ``other`` has from ``at``
    on, all of them free on both sides."""
    a, b = mine.tokens.norms, other.tokens.norms
    n = 0
    while (k + n < last and at + n < len(b) and mine.free[k + n] and other.free[at + n]
           and a[k + n] == b[at + n]):
        n += 1
    return n


def _changed_tokens(p: Passage, ta: Tokens, tb: Tokens) -> list[tuple[str, int, int]]:
    """The removed ("a") and added ("b") stretches of ``p``'s diff as token ranges."""
    out = []
    pos = {"a": p.a_start, "b": p.b_start}
    for op, text in p.diff:
        sides = ("a", "b") if op == EQUAL else ("a",) if op == DELETE else ("b",)
        for side in sides:
            if op != EQUAL:
                tokens = ta if side == "a" else tb
                first = bisect_left(tokens.starts, pos[side])
                last = bisect_right(tokens.starts, pos[side] + len(text) - 1)
                if last - first >= MIN_MOVED_WORDS:
                    out.append((side, first, last))
            pos[side] += len(text)
    return out


def _moves_in(side: str, first: int, last: int, mine: _Text, other: _Text) -> list[Move]:
    """Runs of tokens first..last of ``mine`` that ``other`` has free elsewhere."""
    norms = mine.tokens.norms
    moves = []
    k = first
    while k <= last - MIN_MOVED_WORDS:
        if not mine.free[k]:  # already paired, seen from the other side
            k += 1
            continue
        best_at, best_len = -1, 0
        for at in other.grams.get(tuple(norms[k : k + MIN_MOVED_WORDS]), ()):
            n = _common_run(mine, k, last, other, at)
            if n > best_len:
                best_at, best_len = at, n
        if best_len < MIN_MOVED_WORDS:
            k += 1
            continue
        while (k > 0 and best_at > 0 and (mine.free[k - 1] or other.free[best_at - 1])
               and norms[k - 1] == other.tokens.norms[best_at - 1]):
            # a first word the diff kept elsewhere by coincidence ("A" of "A retired …"
            # matched to the "A" of another sentence) still moved with its sentence
            k, best_at, best_len = k - 1, best_at - 1, best_len + 1
        here = mine.take(k, best_len)
        there = other.take(best_at, best_len)
        moves.append((*here, *there) if side == "a" else (*there, *here))
        k += best_len
    return moves


def find_moves(passages: Sequence[Passage], ta: Tokens, tb: Tokens) -> list[tuple[Move, ...]]:
    """Per passage, its moves (see the module's docstring), in the order of its diff."""
    changed = [_changed_tokens(p, ta, tb) for p in passages]
    if not any(changed):
        return [() for _ in passages]
    wanted: dict[str, set[tuple[str, ...]]] = {"a": set(), "b": set()}
    for side, first, last in (c for cs in changed for c in cs):
        norms = (ta if side == "a" else tb).norms
        wanted["b" if side == "a" else "a"].update(tuple(norms[k : k + MIN_MOVED_WORDS])
                                                   for k in range(first, last - MIN_MOVED_WORDS + 1))
    texts = {"a": _Text(ta, kept_spans(passages, "a"), wanted["a"]),
             "b": _Text(tb, kept_spans(passages, "b"), wanted["b"])}
    found: list[Move] = []
    for cs in changed:
        for side, first, last in cs:
            other = texts["b" if side == "a" else "a"]
            found += _moves_in(side, first, last, texts[side], other)
    # a move belongs to each passage it crosses: the one that adds the words and the one
    # that removes them (two passages when the sentence moved from one to the other)
    return [tuple(m for m in found if _crosses(m, p)) for p in passages]


def _crosses(m: Move, p: Passage) -> bool:
    return (m[0] < p.a_end and p.a_start < m[1]) or (m[2] < p.b_end and p.b_start < m[3])


def kept_spans(passages: Sequence[Passage], side: str) -> list[Span]:
    """The stretches of one side that passages keep (their equal parts)."""
    spans = []
    for p in passages:
        pos = p.a_start if side == "a" else p.b_start
        mine = DELETE if side == "a" else INSERT
        for op, text in p.diff:
            if op == EQUAL:
                spans.append((pos, pos + len(text)))
            if op in (EQUAL, mine):
                pos += len(text)
    return spans
