"""What one pane marks for a comparison: passages, and the words changed inside them.

Pane A shows the words only A has (diff op -1, "removed" on the way from A to B) and
pane B the words only B has (op +1, "added"). Spans are body character offsets,
sorted and not overlapping, trimmed of surrounding white space so that only words are
struck or underlined; a change of white space alone (a line break for a space) is not
marked, as in ``reader compare --text``. Words the other article has elsewhere, word for
word (``Passage.moved``, :mod:`reader.engine.moves`), are marked *moved*, not changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the engine is imported by the worker that compares, not at start-up
    from reader.engine.compare import Comparison, Passage

ONLY_A, ONLY_B = -1, 1  # diff ops: text only A has, only B has


@dataclass(frozen=True)
class SideMarks:
    side: str                                           # "a" or "b"
    passages: list[tuple[int, int, int, str]] = field(default_factory=list)  # start, end, number, kind
    changed: list[tuple[int, int]] = field(default_factory=list)             # removed (a) / added (b)
    moved: list[tuple[int, int]] = field(default_factory=list)               # moved from / to elsewhere

    def span_of(self, number: int) -> tuple[int, int] | None:
        for start, end, n, _ in self.passages:
            if n == number:
                return start, end
        return None


def side_marks(comparison: Comparison, side: str) -> SideMarks:
    """The marks of pane ``side`` ("a" or "b"); passage numbers follow A's order."""
    passages = []
    changed: list[tuple[int, int]] = []
    moved: set[tuple[int, int]] = set()
    for number, p in enumerate(comparison.passages, 1):
        start, end = (p.a_start, p.a_end) if side == "a" else (p.b_start, p.b_end)
        passages.append((start, end, number, p.kind))
        mine = moved_spans(p, side)
        moved.update(mine)
        changed.extend(_outside(changed_spans(p, side), mine, p, side))
    passages.sort()
    changed.sort()
    return SideMarks(side, passages, changed, sorted(moved))


def moved_spans(p: Passage, side: str) -> list[tuple[int, int]]:
    """This side's stretches of ``p``'s moves (see the module's docstring)."""
    return [(m[0], m[1]) if side == "a" else (m[2], m[3]) for m in p.moved]


def _outside(spans: list[tuple[int, int]], holes: list[tuple[int, int]], p: Passage,
             side: str) -> list[tuple[int, int]]:
    """``spans`` with the parts inside ``holes`` cut out (what is left of a change once
    its moved words are taken away), trimmed of white space at the cuts."""
    text, base = (p.a_text, p.a_start) if side == "a" else (p.b_text, p.b_start)
    out = []
    for s, e in spans:
        pieces = [(s, e)]
        for hs, he in holes:
            pieces = [cut for ps, pe in pieces for cut in ((ps, min(pe, hs)), (max(ps, he), pe)) if cut[0] < cut[1]]
        for ps, pe in pieces:
            piece = text[ps - base : pe - base]
            core = piece.strip()
            if core:
                lead = len(piece) - len(piece.lstrip())
                out.append((ps + lead, ps + lead + len(core)))
    return out


def changed_spans(p: Passage, side: str) -> list[tuple[int, int]]:
    mine = ONLY_A if side == "a" else ONLY_B
    other = ONLY_B if side == "a" else ONLY_A
    pos = p.a_start if side == "a" else p.b_start
    diff = p.diff
    spans = []
    for k, (op, text) in enumerate(diff):
        if op == other:
            continue
        if op == mine and not _whitespace_swap(diff, k):
            core = text.strip()
            if core:
                lead = len(text) - len(text.lstrip())
                spans.append((pos + lead, pos + lead + len(core)))
        pos += len(text)
    return spans


def _whitespace_swap(diff: list[tuple[int, str]], k: int) -> bool:
    """True when diff[k] and its neighbour of the other sign differ in white space only."""
    op, text = diff[k]
    words = text.split()
    return any(0 <= j < len(diff) and diff[j][0] == -op and diff[j][1].split() == words for j in (k - 1, k + 1))
