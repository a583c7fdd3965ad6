"""What each article shares with A, for the list's "Same" column, and which article
pane B opens on at start: the comparison screen's part.

Once the library's seed index is built (a worker, :mod:`reader.tui.app`), the articles it
finds related to A are compared with A in a thread worker, closest first, each result
cached and put in the list as it comes. The first few decide pane B at start: the one
sharing the most of A's words. In a small library every article is compared; in a large
one only the related ones, and the rest show "–" (nothing in common found).
"""

from __future__ import annotations

from textual import work
from textual.worker import get_current_worker

from reader.tui.article_list import NO_SHARE

SURVEY_LIMIT = 50          # related articles compared with A
SURVEY_ALL_UNDER = 100     # ... or every article, in a library this small
PARTNER_CANDIDATES = 3     # the closest ones by the index, compared to choose B


class ShareSurvey:
    def survey(self) -> None:
        self.list.clear_shares()
        if self.app.index is not None and self.a is not None:
            self.survey_shares(self.a, choose_b=self.b is None)

    def index_ready(self) -> None:
        if self.a is not None:
            self.survey_shares(self.a, choose_b=self.b is None)

    @work(thread=True, exclusive=True, group="survey")
    def survey_shares(self, a_index: int, choose_b: bool) -> None:
        worker = get_current_worker()
        articles, index, cache = list(self.articles), self.app.index, self.app.comparisons
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
            self.app.call_from_thread(self._share_found, a_index, j, share.b_shared)
            best.append((share.a_shared, -j))
            if choose_b and n + 1 == min(PARTNER_CANDIDATES, len(related)):
                self.app.call_from_thread(self._partner_found, a_index, -max(best)[1])
                choose_b = False
        if choose_b:
            partner = -max(best)[1] if best else (1 if a_index == 0 else 0)
            self.app.call_from_thread(self._partner_found, a_index, partner)
        if len(articles) > SURVEY_ALL_UNDER:
            self.app.call_from_thread(self._no_share_for_rest, a_index, set(related))

    def _share_found(self, a_index: int, j: int, share: float) -> None:
        if a_index == self.a:
            self.list.set_share(j, share)

    def _no_share_for_rest(self, a_index: int, related: set[int]) -> None:
        if a_index == self.a:
            for j in range(len(self.articles)):
                if j not in related and j != a_index:
                    self.list.shares.setdefault(j, NO_SHARE)
            self.list.refresh()

    def _partner_found(self, a_index: int, j: int) -> None:
        if a_index == self.a and self.b is None and j != a_index and j < len(self.articles):
            self.b = j
            self._show_pair(a_changed=False)
