"""Walking the shared passages (``]`` / ``[``) and synchronised scrolling (``s``), for
the comparison screen.

``]`` scrolls both panes so the passage and its twin start on the same screen row. With
sync on, scrolling one pane moves the other to the matching row: passage starts and
ends are anchors (:mod:`reader.tui.sync`), rows between them map linearly. Only the
pane the user moves leads (``PairState.leader``), so the other one -- clamped at its
end, or resized -- never drags it back. The panes do their own bookkeeping of which
scrolls are the user's (:meth:`ArticleView.place <reader.tui.widgets.article_view.ArticleView.place>`
scrolls without being followed).
"""

from __future__ import annotations

from reader.tui.state import PairState, other
from reader.tui.sync import map_row, monotone_chain
from reader.tui.widgets.article_view import ArticleView

LEAD_ROWS = 2  # a passage reached with ] starts this many rows below the top, when it can

Anchors = list[tuple[int, int]]


class PassageWalk:
    """``]`` / ``[`` and the other pane following the one the user scrolls."""

    def __init__(self, state: PairState, a: ArticleView, b: ArticleView) -> None:
        self.state = state
        self.views = {"a": a, "b": b}
        self._anchors: tuple[tuple[int, int, int], Anchors, Anchors] | None = None

    def forget(self) -> None:
        """The pair or its comparison changed: the anchors are found again when needed."""
        self._anchors = None

    def step(self, step: int) -> str | None:
        """Go to the next (1) or previous (-1) passage; a warning when there is none."""
        state = self.state
        passages = state.comparison.passages if state.comparison is not None else []
        if not passages:
            return "These two articles share no passage." if state.comparison is not None else "No comparison yet."
        if state.passage < 0:
            state.passage = 0 if step > 0 else len(passages) - 1
        else:
            state.passage = (state.passage + step) % len(passages)
        number = state.passage + 1
        views = self.views["a"], self.views["b"]
        rows = [v.passage_row(number) or 0 for v in views]
        gap = self._shared_gap(rows, views)
        for view, row in zip(views, rows, strict=True):
            view.set_current(number)
            view.place(max(row - gap, 0))
        return None

    @staticmethod
    def _shared_gap(rows: list[int], views: tuple[ArticleView, ArticleView]) -> int:
        """Rows above the passage: the screen row both starts can share, within reach of
        both scroll ranges (LEAD_ROWS when it can be)."""
        low = max([0] + [r - v.max_scroll_y for r, v in zip(rows, views, strict=True)])
        high = min(rows)
        return min(max(LEAD_ROWS, low), high) if low <= high else min(LEAD_ROWS, high)

    def toggle_sync(self) -> None:
        self.state.sync = not self.state.sync

    def touched(self, side: str) -> None:
        self.state.leader = side

    def follow(self, side: str, y: float) -> None:
        """Pane ``side`` was scrolled to row ``y`` by the user: move the other to match."""
        state = self.state
        if not state.sync or state.comparison is None or side != state.leader:
            return
        forward, backward = self._anchor_pairs()
        target = map_row(forward if side == "a" else backward, y)
        self.views[other(side)].place(max(round(target), 0))

    def _anchor_pairs(self) -> tuple[Anchors, Anchors]:
        """(row in A, row in B) anchors, and the same as (row in B, row in A)."""
        a, b, comparison = self.views["a"], self.views["b"], self.state.comparison
        key = (id(a.rows), id(b.rows), id(comparison))
        if self._anchors is None or self._anchors[0] != key:
            pairs = []
            for p in comparison.passages if comparison is not None else []:
                pairs.append((a.row_of(p.a_start), b.row_of(p.b_start)))
                pairs.append((a.row_of(max(p.a_end - 1, p.a_start)), b.row_of(max(p.b_end - 1, p.b_start))))
            chain = monotone_chain(pairs)
            self._anchors = (key, chain, [(y, x) for x, y in chain])
        return self._anchors[1], self._anchors[2]
