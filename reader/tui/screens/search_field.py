"""The search field on the comparison screen: ``/`` opens it over the focused pane in the
footer's row (the footer's keys hidden meanwhile, so opening it moves nothing else); each
query's matches are counted in the status line; enter keeps them (``n`` / ``N`` step
through them), escape drops them, and either gives the focus back to the pane searched.
A part of the screen: the matching and marking is
:class:`~reader.tui.screens.pane_search.PaneSearch`'s, the field
:class:`~reader.tui.widgets.search_bar.SearchBar`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.screen import Screen

from reader.tui.screens.pane_search import PaneSearch
from reader.tui.widgets.status_line import StatusLine

if TYPE_CHECKING:  # the field is mounted after the first frame
    from reader.tui.widgets.search_bar import SearchBar


class SearchField:
    """Opens and closes the field for ``search`` and writes what it finds in
    ``status_line``, after ``status(None)`` (the state's own status line). The footer's
    keys are ``screen``'s ``#keys``."""

    def __init__(self, screen: Screen[None], search: PaneSearch, status_line: StatusLine,
                 status: Callable[[str | None], None]) -> None:
        self.screen = screen
        self.search = search
        self.status_line = status_line
        self.status = status

    def open(self, bar: SearchBar, side: str) -> None:
        """Open ``bar`` to search pane ``side``."""
        self._show_keys(False)
        self.search.open(bar, side)

    def query(self, value: str) -> None:
        """The field reads ``value``: its matches marked, counted in the status line."""
        said = self.search.query(value)
        self.status(None)
        if said is not None:
            self.status_line.set(state=said)

    def close(self, bar: SearchBar | None) -> None:
        """Enter: the field closes, the matches stay."""
        if bar is not None:
            bar.display = False
            self._show_keys(True)
        self.search.view.focus()

    def cancel(self, bar: SearchBar | None) -> None:
        """Escape: the field closes, the matches go."""
        self.search.cancel()
        self.close(bar)
        self.status(None)

    def step(self, step: int) -> bool:
        """To the next (1) or previous (-1) match; False when there is none."""
        said = self.search.step(step)
        if said is None:
            return False
        self.status_line.set(state=said)
        return True

    def _show_keys(self, shown: bool) -> None:
        """The footer's keys, hidden while the search field takes their row."""
        for keys in self.screen.query("#keys"):
            keys.display = shown
