"""The comparison screen: article list, panes A and B, side panel, status line.

It owns which articles are in the panes and every key that changes that. The slow work
runs in thread workers -- aligning the pair, measuring what each article shares with A
-- and comes back through ``call_from_thread``; a result for a pair no longer shown is
kept in the cache and not drawn.
"""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Input
from textual.worker import get_current_worker

from reader.model import Article
from reader.tui import keys
from reader.tui.article_list import NO_SHARE, ArticleList
from reader.tui.article_view import ArticleView
from reader.tui.marks import side_marks
from reader.tui.reading_pane import ReadingPane
from reader.tui.search_bar import SearchBar
from reader.tui.side_panel import SidePanel
from reader.tui.status_line import StatusLine
from reader.tui.sync import map_row, monotone_chain

SURVEY_LIMIT = 50          # articles compared with A for the list's share column
SURVEY_ALL_UNDER = 100     # ... or all of them in a library this small
PARTNER_CANDIDATES = 3     # closest articles by the index, compared to choose B


class MainScreen(Screen):
    BINDINGS = keys.SCREEN
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-medium"), (150, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (36, "-tall")]

    def __init__(self) -> None:
        super().__init__()
        self.a: int | None = None
        self.b: int | None = None
        self.comparison = None
        self.failed = ""
        self.passage = -1
        self.sync = True
        self.last_pane = "a"
        self.searched = "a"
        self._syncing = False
        self._anchors: tuple | None = None

    @property
    def articles(self) -> list[Article]:
        return self.app.articles

    def compose(self) -> ComposeResult:
        with Horizontal(id="body"):
            with Vertical(id="list-column"):
                yield ArticleList(self.articles, id="list")
            with Horizontal(id="panes"):
                yield ReadingPane("a", id="pane-a")
                yield ReadingPane("b", id="pane-b")
            yield SidePanel(id="side")
        yield SearchBar(id="search")
        yield StatusLine(id="status")
        yield Footer()

    def pane(self, side: str) -> ReadingPane:
        return self.query_one(f"#pane-{side}", ReadingPane)

    def view(self, side: str) -> ArticleView:
        return self.pane(side).view

    @property
    def list(self) -> ArticleList:
        return self.query_one(ArticleList)

    def on_mount(self) -> None:
        for side in "ab":
            self.view(side).scroll_listener = self._scrolled
        self.query_one(SearchBar).display = False
        self.list.articles_added()
        self.list.focus()
        pair = self.app.pair
        if pair is not None:
            self.a, self.b = pair
        elif self.articles:
            self.a = 0
        self._show_pair()
        self.app.start_background()

    # --- pair -------------------------------------------------------------------

    def _article(self, index: int | None) -> Article | None:
        return self.articles[index] if index is not None and index < len(self.articles) else None

    def _show_pair(self, a_changed: bool = True, b_changed: bool = True) -> None:
        a, b = self._article(self.a), self._article(self.b)
        self.comparison, self.failed, self.passage, self._anchors = None, "", -1, None
        if a_changed:
            self.pane("a").show(a, placeholder="No articles to show.")
        if b_changed:
            self.pane("b").show(b, placeholder=self._b_placeholder())
        for side in "ab":
            self.view(side).set_marks(None)
        self.list.set_panes(self.a, self.b)
        if a is None or b is None:
            self._status(self._b_placeholder() if a else "No articles.")
            return
        found = self.app.comparisons.get(a, b)
        if found is not None:
            self._compared(a.id, b.id, found)
        else:
            self.pane("b").header.set_notice("Comparing…")
            self._status(f"Comparing {a.id} with {b.id}…")
            self.compare_pair(a, b)

    def _b_placeholder(self) -> str:
        if len(self.articles) < 2 and self.app.loaded:
            return "Only one article: nothing to compare it with."
        return "Looking for the article that shares the most with A…"

    @work(thread=True, exclusive=True, group="pair")
    def compare_pair(self, a: Article, b: Article) -> None:
        try:
            result = self.app.comparisons.compute(a, b)
        except Exception as exc:  # shown in the pane, never as a traceback
            self.app.call_from_thread(self._compare_failed, a.id, b.id, f"{exc.__class__.__name__}: {exc}")
            return
        self.app.call_from_thread(self._compared, a.id, b.id, result)

    def _is_current(self, a_id: str, b_id: str) -> bool:
        a, b = self._article(self.a), self._article(self.b)
        return a is not None and b is not None and (a.id, b.id) == (a_id, b_id)

    def _compared(self, a_id: str, b_id: str, comparison) -> None:
        if not self._is_current(a_id, b_id):
            return
        self.comparison, self.passage, self._anchors = comparison, -1, None
        self.pane("b").header.set_notice("")
        for side in "ab":
            self.view(side).set_marks(side_marks(comparison, side))
        self.list.set_share(self.b, comparison.b_shared)
        self._status()

    def _compare_failed(self, a_id: str, b_id: str, message: str) -> None:
        if not self._is_current(a_id, b_id):
            return
        self.failed = message
        self.pane("b").header.set_notice(f"Could not compare these articles ({message})", error=True)
        self._status()

    def _status(self, summary: str | None = None) -> None:
        if summary is None:
            if self.comparison is not None:
                summary = self.comparison.summary("A", "B")
            elif self.failed:
                summary = "Could not compare A and B."
            else:
                summary = ""
        state = ["sync on" if self.sync else "sync off"]
        if self.comparison is not None and self.comparison.passages:
            n = len(self.comparison.passages)
            state.insert(0, f"passage {self.passage + 1}/{n}" if self.passage >= 0 else f"] walks {n} passage{'s' if n != 1 else ''}")
        if not self.app.loaded:
            state.append(f"loading… {len(self.articles):,} articles")
        self.query_one(StatusLine).set(summary, " · ".join(state))

    def open(self, index: int, side: str) -> None:
        if index is None or index >= len(self.articles):
            return
        if side == "a":
            if index == self.a:
                return
            if index == self.b:
                return self.action_swap()
            self.a = index
            self._show_pair(b_changed=False)
            self.survey()
        else:
            if index == self.b:
                return
            if index == self.a:
                return self.action_swap()
            self.b = index
            self._show_pair(a_changed=False)

    @on(ArticleList.Open)
    def _open_from_list(self, message: ArticleList.Open) -> None:
        self.open(message.index, message.pane)

    def action_swap(self) -> None:
        if self.a is None or self.b is None:
            self.notify("Swapping needs an article in each pane.", severity="warning")
            return
        self.a, self.b = self.b, self.a
        self._show_pair()
        self.survey()

    def _step_source(self, step: int) -> None:
        n = len(self.articles)
        if self.a is None or n < 2:
            self.notify("There is no other article to compare with.", severity="warning")
            return
        index = self.b if self.b is not None else self.a
        index = (index + step) % n
        if index == self.a:
            index = (index + step) % n
        self.b = index
        self._show_pair(a_changed=False)

    def action_next_source(self) -> None:
        self._step_source(1)

    def action_previous_source(self) -> None:
        self._step_source(-1)

    # --- what each article shares with A ----------------------------------------

    def survey(self) -> None:
        self.list.clear_shares()
        if self.app.index is not None and self.a is not None:
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
            except Exception:
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

    def library_changed(self) -> None:
        """More articles arrived, or loading finished."""
        self.list.loading = "" if self.app.loaded else f"loading… {len(self.articles):,} so far"
        self.list.articles_added()
        if self.a is None and self.articles:
            self.a = 0
            self._show_pair()
        elif self.b is None:
            self.pane("b").show(None, placeholder=self._b_placeholder())
        self._status()

    def index_ready(self) -> None:
        if self.a is not None:
            self.survey_shares(self.a, choose_b=self.b is None)

    # --- passages and synchronised scrolling --------------------------------------

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
        low = max([0] + [r - v.max_scroll_y for r, v in zip(rows, views)])
        high = min(rows)
        gap = min(max(2, low), high) if low <= high else min(2, high)
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
        if not self.sync or self._syncing or self.comparison is None:
            return
        forward, backward = self._anchor_pairs()
        other = self.view("b" if view.side == "a" else "a")
        target = map_row(forward if view.side == "a" else backward, new)
        self._syncing = True
        try:
            other.scroll_to(y=max(round(target), 0), animate=False, immediate=True)
        finally:
            self._syncing = False

    # --- search -----------------------------------------------------------------

    def _focused_side(self) -> str:
        focused = self.focused
        if isinstance(focused, ArticleView):
            return focused.side
        return self.last_pane

    def on_descendant_focus(self, event) -> None:
        if isinstance(event.widget, ArticleView):
            self.last_pane = event.widget.side

    def action_search(self) -> None:
        self.searched = self._focused_side()
        self.query_one(SearchBar).open_for(self.searched)

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        view = self.view(self.searched)
        count = view.search(event.value)
        if count:
            view.goto_match(1)
        self._status(None)
        if event.value:
            self.query_one(StatusLine).set(state=f"{count} match{'es' if count != 1 else ''} in "
                                                 f"{self.searched.upper()} for “{event.value}”")

    @on(Input.Submitted, "#search")
    def _search_done(self, event: Input.Submitted) -> None:
        self._close_search()

    @on(SearchBar.Cancelled)
    def _search_cancelled(self) -> None:
        self.view(self.searched).search("")
        self._close_search()
        self._status()

    def _close_search(self) -> None:
        bar = self.query_one(SearchBar)
        bar.display = False
        self.view(self.searched).focus()

    def _step_match(self, step: int) -> None:
        view = self.view(self.searched)
        if view.goto_match(step) is None:
            self.notify("No search matches: press / to search.", severity="warning")
            return
        self.query_one(StatusLine).set(state=f"match {view.match_index + 1}/{len(view.matches)} in "
                                             f"{self.searched.upper()}")

    def action_next_match(self) -> None:
        self._step_match(1)

    def action_previous_match(self) -> None:
        self._step_match(-1)

    # --- side panel and palette ---------------------------------------------------

    def action_show_tab(self, tab: str) -> None:
        self.add_class("-side-open")
        self.query_one(SidePanel).show_tab(tab)

    def run_palette_action(self, where: str, action: str) -> None:
        target: Widget = self
        if where == "list":
            target = self.list
        elif where == "pane":
            target = self.view(self._focused_side())
        self.app.call_later(self.app.run_action, action, target)
