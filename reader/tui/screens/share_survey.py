"""What each article shares with A, for the list's "Same" column, and which article
pane B opens on at start: the comparison screen's part.

Once the library's seed index is built (a worker, :mod:`reader.tui.app`), the articles it
finds related to A are compared with A in a thread worker, closest first, each result
cached and put in the list as it comes. The first few decide pane B at start: the one
sharing the most of A's words. In a small library every article is compared; in a large
one only the related ones, and the rest show "–" (nothing in common found).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.screen import Screen
from textual.worker import get_current_worker

from reader.library.model import Article
from reader.tui.app_handle import reader_app
from reader.tui.state import PairState
from reader.tui.widgets.article_list import ArticleList

if TYPE_CHECKING:
    from reader.engine.index import SeedIndex
    from reader.tui.comparison_cache import ComparisonCache

SURVEY_LIMIT = 50          # related articles compared with A
SURVEY_ALL_UNDER = 100     # ... or every article, in a library this small
PARTNER_CANDIDATES = 3     # the closest ones by the index, compared to choose B


class ShareSurvey:
    """Fills ``listing``'s share column for pane A's article; ``partner_found(j)`` is
    called when pane B is empty and article ``j`` is the one to show there. The workers
    run on ``screen``, in the "survey" group (a new survey cancels the last one)."""

    def __init__(self, screen: Screen[None], state: PairState, listing: ArticleList,
                 partner_found: Callable[[int], None]) -> None:
        self.screen = screen
        self.state = state
        self.listing = listing
        self.partner_found = partner_found

    def restart(self) -> None:
        """Pane A changed: forget the shares, show those already compared, survey again
        once the index is there."""
        self.listing.clear_shares()
        self._known_shares()
        self.index_ready()

    def _known_shares(self) -> None:
        """The shares of the pairs with A compared already (the cache), shown now, in
        the frame of the key that changed A: the survey, a worker, told them one by one
        after that frame, and the list was drawn again, 20-40 ms later."""
        app = reader_app(self.screen)
        if self.state.a is None or self.state.a >= len(app.articles):
            return
        shares = app.comparisons.shares_with(app.articles[self.state.a])
        if shares:
            for j, article in enumerate(app.articles):
                share = shares.get(article.id)
                if share is not None and j != self.state.a:
                    self.listing.set_share(j, share)

    def index_ready(self) -> None:
        app = reader_app(self.screen)
        if app.index is not None and self.state.a is not None:
            a, index, cache = self.state.a, app.index, app.comparisons
            articles, choose_b = list(app.articles), self.state.b is None
            self.screen.run_worker(lambda: self._survey(articles, index, cache, a, choose_b),
                                   name="survey_shares", group="survey", exclusive=True, thread=True)

    def _survey(self, articles: list[Article], index: SeedIndex, cache: ComparisonCache, a_index: int,
                choose_b: bool) -> None:
        """The worker: compare A with the articles the index relates to it, closest first."""
        worker = get_current_worker()
        call = self.screen.app.call_from_thread
        a = articles[a_index]
        related = [j for j, _ in index.related(a_index, limit=SURVEY_LIMIT) if j < len(articles)]
        order = related + ([j for j in range(len(articles)) if j != a_index and j not in related]
                           if len(articles) <= SURVEY_ALL_UNDER else [])
        best: list[tuple[float, int]] = []
        for n, j in enumerate(order):
            if worker.is_cancelled:
                return
            try:
                share = cache.compute(a, articles[j])
            except Exception:  # the pane shows why if this pair is opened
                continue
            call(self._share_found, a_index, j, share.b_shared)
            best.append((share.a_shared, -j))
            if choose_b and n + 1 == min(PARTNER_CANDIDATES, len(related)):
                call(self._partner_found, a_index, -max(best)[1])
                choose_b = False
        if choose_b:
            partner = -max(best)[1] if best else (1 if a_index == 0 else 0)
            call(self._partner_found, a_index, partner)
        if len(articles) > SURVEY_ALL_UNDER:
            call(self._no_share_for_rest, a_index, set(related))

    def _share_found(self, a_index: int, j: int, share: float) -> None:
        if a_index == self.state.a:
            self.listing.set_share(j, share)

    def _no_share_for_rest(self, a_index: int, related: set[int]) -> None:
        if a_index == self.state.a:
            self.listing.no_share_except(related | {a_index})

    def _partner_found(self, a_index: int, j: int) -> None:
        state = self.state
        if a_index == state.a and state.b is None and j != a_index and j < len(self.listing.articles):
            self.partner_found(j)
