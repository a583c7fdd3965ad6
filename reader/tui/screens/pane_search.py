"""``/`` searches the focused pane, ``n`` / ``N`` move between matches: the comparison
screen's part. The field is :class:`~reader.tui.widgets.search_bar.SearchBar`; the
matching and marking is :meth:`ArticleView.search <reader.tui.widgets.article_view.ArticleView.search>`.
What is searched where is ``PairState.search``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.tui.state import PairState
from reader.tui.widgets.article_view import ArticleView

if TYPE_CHECKING:  # the field is mounted after the first frame
    from reader.tui.widgets.search_bar import SearchBar


class PaneSearch:
    """Runs the search of one pane; each method returns what the status line says (or,
    from :meth:`step`, None when there is nothing to step through)."""

    def __init__(self, state: PairState, a: ArticleView, b: ArticleView) -> None:
        self.state = state
        self.views = {"a": a, "b": b}

    @property
    def view(self) -> ArticleView:
        """The pane searched."""
        return self.views[self.state.search.side]

    def open(self, bar: SearchBar, side: str) -> None:
        """Open the search field for pane ``side``."""
        self.state.search.side = side
        bar.open_for(side)

    def query(self, value: str) -> str | None:
        """The field reads ``value``: mark its matches and go to the first. Returns the
        status line's state ("3 matches in A for …"), None for an empty field."""
        search = self.state.search
        search.query = value
        count = self.view.search(value)
        if count:
            self.view.goto_match(1)
        if not value:
            return None
        return f"{count} match{'es' if count != 1 else ''} in {search.side.upper()} for “{value}”"

    def cancel(self) -> None:
        self.state.search.query = ""
        self.view.search("")

    def step(self, step: int) -> str | None:
        """Go to the next (1) or previous (-1) match: the status line's state, or None when
        there are no matches."""
        view = self.view
        if view.goto_match(step) is None:
            return None
        return f"match {view.match_index + 1}/{len(view.matches)} in {self.state.search.side.upper()}"
