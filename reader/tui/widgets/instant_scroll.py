"""Scroll keys that move at once.

Textual's scroll actions animate: a key starts a scroll of a few frames, so the next
key waits for it (and, with the reading panes kept in step, the other pane is drawn
again frame by frame). :class:`InstantScroll` gives a scrolling widget the same actions
(``scroll_up``/``down``, ``scroll_home``/``end``, ``page_up``/``down``) as one jump
each. It adds methods only, no state: what it reads is the widget's own public
scrolling API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.widget import Widget

    _Base = Widget
else:  # a plain mixin: not a widget class, so Textual's CSS inheritance never sees it
    _Base = object


class InstantScroll(_Base):
    """Mixed into a scrolling widget (before it in the bases)."""

    def _jump(self, y: float) -> None:
        self.scroll_to(y=max(0, min(round(y), self.max_scroll_y)), animate=False, immediate=True)

    def _page(self) -> int:
        return max(self.scrollable_content_region.height - 1, 1)

    def action_scroll_down(self) -> None:
        self._jump(self.scroll_y + 1)

    def action_scroll_up(self) -> None:
        self._jump(self.scroll_y - 1)

    def action_scroll_home(self) -> None:
        self._jump(0)

    def action_scroll_end(self) -> None:
        self._jump(self.max_scroll_y)

    def action_page_down(self) -> None:
        self._jump(self.scroll_y + self._page())

    def action_page_up(self) -> None:
        self._jump(self.scroll_y - self._page())
