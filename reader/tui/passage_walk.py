"""Walking the shared passages (``]`` / ``[``) and synchronised scrolling (``s``),
for the comparison screen.

``]`` scrolls both panes so the passage and its twin start on the same screen row. With
sync on, scrolling one pane moves the other to the matching row: passage starts and
ends are anchors (:mod:`reader.tui.sync`), rows between them map linearly. Only the
pane the user moves leads, so the other one -- clamped at its end, or resized -- never
drags it back.
"""

from __future__ import annotations

from reader.tui.article_view import ArticleView
from reader.tui.sync import map_row, monotone_chain

LEAD_ROWS = 2  # a passage reached with ] starts this many rows below the top, when it can


class PassageWalk:
    comparison = None
    passage = -1
    sync = True
    leader = "a"
    _syncing = False
    _anchors: tuple | None = None

    def _step_passage(self, step: int) -> None:
        passages = self.comparison.passages if self.comparison is not None else []
        if not passages:
            self.notify("These two articles share no passage." if self.comparison is not None
                        else "No comparison yet.", severity="warning")
            return
        if self.passage < 0:
            self.passage = 0 if step > 0 else len(passages) - 1
        else:
            self.passage = (self.passage + step) % len(passages)
        number = self.passage + 1
        views = self.view("a"), self.view("b")
        rows = [v.passage_row(number) or 0 for v in views]
        # the screen row both starts can share: within reach of both scroll ranges
        low = max([0] + [r - v.max_scroll_y for r, v in zip(rows, views)])
        high = min(rows)
        gap = min(max(LEAD_ROWS, low), high) if low <= high else min(LEAD_ROWS, high)
        self._syncing = True
        try:
            for view, row in zip(views, rows):
                view.set_current(number)
                view.scroll_to(y=max(row - gap, 0), animate=False, immediate=True)
        finally:
            self._syncing = False
        self._status()

    def action_next_passage(self) -> None:
        self._step_passage(1)

    def action_previous_passage(self) -> None:
        self._step_passage(-1)

    def action_toggle_sync(self) -> None:
        self.sync = not self.sync
        self._status()
        self.notify(f"Synchronised scrolling {'on' if self.sync else 'off'}.", timeout=2)

    def _anchor_pairs(self):
        a, b = self.view("a"), self.view("b")
        key = (id(a.rows), id(b.rows), id(self.comparison))
        if self._anchors is None or self._anchors[0] != key:
            pairs = []
            for p in self.comparison.passages:
                pairs.append((a.row_of(p.a_start), b.row_of(p.b_start)))
                pairs.append((a.row_of(max(p.a_end - 1, p.a_start)), b.row_of(max(p.b_end - 1, p.b_start))))
            chain = monotone_chain(pairs)
            self._anchors = (key, chain, [(y, x) for x, y in chain])
        return self._anchors[1], self._anchors[2]

    def _scrolled(self, view: ArticleView, old: float, new: float) -> None:
        if not self.sync or self._syncing or self.comparison is None or view.side != self.leader:
            return
        forward, backward = self._anchor_pairs()
        other = self.view("b" if view.side == "a" else "a")
        target = map_row(forward if view.side == "a" else backward, new)
        self._syncing = True
        try:
            other.scroll_to(y=max(round(target), 0), animate=False, immediate=True)
        finally:
            self._syncing = False

    def _touched(self, side: str) -> None:
        self.leader = side
