"""Which articles panes A and B show: an article opened in one pane (``a`` / ``b`` in the
list; the other pane's article: the two swap), both swapped (``x``), pane B stepped
through the other sources (``}`` / ``{``, A stays) and B chosen by the share survey. A
part of the comparison screen: it changes the state's pair and says what changed.
"""

from __future__ import annotations

from collections.abc import Callable

from reader.library.model import Article
from reader.tui.state import PairState, other


class PairChoice:
    """Changes ``state``'s pair among ``articles`` (the library, growing as it loads) and
    calls ``show(a_changed=..., b_changed=..., new_a=...)`` with what changed. A change
    that cannot be made returns the warning to show instead."""

    def __init__(self, state: PairState, articles: list[Article], show: Callable[..., None]) -> None:
        self.state = state
        self.articles = articles
        self.show = show

    def open(self, index: int, side: str) -> str | None:
        """Article ``index`` in pane ``side`` (the other pane's: swap them)."""
        state = self.state
        if index >= len(self.articles) or index == state.index(side):
            return None
        if index == state.index(other(side)):
            return self.swap()
        if side == "a":
            state.a = index
            self.show(b_changed=False, new_a=True)
        else:
            state.b = index
            self.show(a_changed=False)
        return None

    def swap(self) -> str | None:
        state = self.state
        if state.a is None or state.b is None:
            return "Swapping needs an article in each pane."
        state.a, state.b = state.b, state.a
        self.show(new_a=True)
        return None

    def step_source(self, step: int) -> str | None:
        """Pane B on the next (1) or previous (-1) article other than A's."""
        state, n = self.state, len(self.articles)
        if state.a is None or n < 2:
            return "There is no other article to compare with."
        index = (state.b if state.b is not None else state.a) + step
        if index % n == state.a:
            index += step
        state.b = index % n
        self.show(a_changed=False)
        return None

    def partner_found(self, b: int) -> None:
        """The share survey chose ``b`` for the empty pane B."""
        self.state.b = b
        self.show(a_changed=False)
