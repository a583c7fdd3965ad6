"""Comparing the pair the panes show: the comparison screen's part.

A pair compared already comes from the app's cache (:mod:`reader.tui.comparison_cache`)
at once. Any other is compared in a thread worker on the screen (the "pair" group: a new
pair cancels the last one), pane B saying "Comparing…" meanwhile; the result comes back
through ``call_from_thread``. It marks both panes' gutters and the list's share column; a
failure is shown in pane B, never as a traceback. A result for a pair no longer shown
stays in the cache and is not drawn.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.screen import Screen

from reader.library.model import Article
from reader.tui.app_handle import reader_app
from reader.tui.state import PairState
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.reading_pane import ReadingPane

if TYPE_CHECKING:
    from reader.engine.compare import Comparison


class PairCompare:
    """Compares the state's pair and shows the result in ``panes`` and ``listing``.
    ``article(i)`` is the library's article ``i`` (None past its end); ``forget_walk()``
    is called when a comparison arrives (the passage walk starts again) and
    ``status(summary)`` writes the status line (the state's own summary for None)."""

    def __init__(self, screen: Screen[None], state: PairState, panes: dict[str, ReadingPane], listing: ArticleList,
                 article: Callable[[int | None], Article | None], forget_walk: Callable[[], None],
                 status: Callable[[str | None], None]) -> None:
        self.screen = screen
        self.state = state
        self.panes = panes
        self.listing = listing
        self.article = article
        self.forget_walk = forget_walk
        self.status = status

    def show(self, a: Article, b: Article, start: bool) -> None:
        """The comparison of ``a`` and ``b``: the cached one now, else "Comparing…" until
        the worker brings it (started now when ``start``, else by :meth:`start` later)."""
        found = reader_app(self.screen).comparisons.get(a, b)
        if found is not None:
            self.compared(a.id, b.id, found)
            return
        self.panes["b"].set_notice("Comparing…")
        self.status(f"Comparing {a.id} with {b.id}…")
        if start:
            self.start(a, b)

    def start(self, a: Article, b: Article) -> None:
        """Compare ``a`` and ``b`` in a thread worker (the last pair's worker is cancelled)."""
        self.screen.run_worker(lambda: self._compare(a, b), name="compare_pair", group="pair", exclusive=True,
                               thread=True)

    def _compare(self, a: Article, b: Article) -> None:
        """The worker."""
        app = reader_app(self.screen)
        try:
            result = app.comparisons.compute(a, b)
        except Exception as exc:  # shown in the pane, never as a traceback
            app.call_from_thread(self._failed, a.id, b.id, f"{exc.__class__.__name__}: {exc}")
            return
        app.call_from_thread(self.compared, a.id, b.id, result)

    def _is_current(self, a_id: str, b_id: str) -> bool:
        a, b = self.article(self.state.a), self.article(self.state.b)
        return a is not None and b is not None and (a.id, b.id) == (a_id, b_id)

    def compared(self, a_id: str, b_id: str, comparison: Comparison) -> None:
        """The comparison of ``a_id`` and ``b_id``, shown if they are still the pair."""
        from reader.tui.marks import side_marks

        if not self._is_current(a_id, b_id) or self.state.b is None:
            return
        self.state.compared(comparison)
        self.forget_walk()
        self.panes["b"].set_notice("")
        for side in "ab":  # re-wrapping for the gutter keeps each pane where it was
            self.panes[side].view.set_marks(side_marks(comparison, side))
        self.listing.set_share(self.state.b, comparison.b_shared)
        self.status(None)

    def _failed(self, a_id: str, b_id: str, message: str) -> None:
        if not self._is_current(a_id, b_id):
            return
        self.state.failed = message
        self.panes["b"].set_notice(f"Could not compare these articles ({message})", error=True)
        self.status(None)
