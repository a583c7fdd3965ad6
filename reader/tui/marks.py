"""What one pane marks for a comparison: passages, and the words changed inside them.

Pane A shows the words only A has (diff op -1, "removed" on the way from A to B) and
pane B the words only B has (op +1, "added"). Spans are body character offsets,
sorted and not overlapping, trimmed of surrounding white space so that only words are
struck or underlined. As in ``reader compare --text``, a change of white space or
typography alone (a line break for a space, curly for straight quotes:
:mod:`reader.engine.change_kinds`) is not marked, and a change of letter case alone is
marked *cased* on both panes, not as a changed word. Words the other article has elsewhere, word for
word (``Passage.moved``, :mod:`reader.engine.moves`), are marked *moved*, not changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reader.engine.change_kinds import case_changes, edit_cores, without_style_changes

if TYPE_CHECKING:  # the engine is imported by the worker that compares, not at start-up
    from reader.engine.compare import Comparison, Passage

ONLY_A, ONLY_B = -1, 1  # diff ops: text only A has, only B has


@dataclass(frozen=True)
class SideMarks:
    side: str                                           # "a" or "b"
    passages: list[tuple[int, int, int, str]] = field(default_factory=list)  # start, end, number, kind
    changed: list[tuple[int, int]] = field(default_factory=list)             # removed (a) / added (b)
    moved: list[tuple[int, int]] = field(default_factory=list)               # moved from / to elsewhere
    cased: list[tuple[int, int]] = field(default_factory=list)               # letter case changed only

    def span_of(self, number: int) -> tuple[int, int] | None:
        for start, end, n, _ in self.passages:
            if n == number:
                return start, end
        return None


def side_marks(comparison: Comparison, side: str) -> SideMarks:
    """The marks of pane ``side`` ("a" or "b"); passage numbers follow A's order."""
    passages = []
    changed: list[tuple[int, int]] = []
    cased: list[tuple[int, int]] = []
    moved: set[tuple[int, int]] = set()
    for number, p in enumerate(comparison.passages, 1):
        start, end = (p.a_start, p.a_end) if side == "a" else (p.b_start, p.b_end)
        passages.append((start, end, number, p.kind))
        mine = moved_spans(p, side)
        moved.update(mine)
        changed_here, cased_here = changed_spans(p, side)
        changed.extend(_outside(changed_here, mine, p, side))
        cased.extend(cased_here)
    passages.sort()
    changed.sort()
    cased.sort()
    return SideMarks(side, passages, changed, sorted(moved), cased)


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


def changed_spans(p: Passage, side: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """This side's changed words, and its words whose letter case alone changed."""
    mine = ONLY_A if side == "a" else ONLY_B
    other = ONLY_B if side == "a" else ONLY_A
    pos = p.a_start if side == "a" else p.b_start
    diff = without_style_changes(p.diff, side)  # (this side's text kept: offsets hold)
    cased = _both_items(case_changes(diff))
    spans: list[tuple[int, int]] = []
    case_spans: list[tuple[int, int]] = []
    for k, (op, text) in enumerate(diff):
        if op == other:
            continue
        if op == mine:
            start, end = _core(diff, k, side)
            core = text[start:end].strip()
            if core:
                lead = start + len(text[start:end]) - len(text[start:end].lstrip())
                (case_spans if k in cased else spans).append((pos + lead, pos + lead + len(core)))
        pos += len(text)
    return spans, case_spans


def _core(diff: list[tuple[int, str]], k: int, side: str) -> tuple[int, int]:
    """The part of change ``diff[k]`` to mark: without the punctuation at its ends that
    the other side's text of the same change has too, in another typography."""
    j = k + 1 if side == "a" else k - 1
    text = diff[k][1]
    if not 0 <= j < len(diff) or diff[j][0] != -diff[k][0]:
        return 0, len(text)
    old, new = (text, diff[j][1]) if side == "a" else (diff[j][1], text)
    cores = edit_cores(old, new)
    return cores[0] if side == "a" else cores[1]


def _both_items(removals: list[int]) -> set[int]:
    """The diff items of changes given by their removals' indices: removal and addition."""
    return {k + d for k in removals for d in (0, 1)}
