"""The comparison screen: article list, panes A and B, side panel, status line.

It owns which articles are in the panes and the keys that change that; walking
passages and synchronised scrolling (:mod:`~reader.tui.passage_walk`), searching
(:mod:`~reader.tui.pane_search`) and the list's share column
(:mod:`~reader.tui.share_survey`) are mixed in. Slow work runs in thread workers and
comes back through ``call_from_thread``; a result for a pair no longer shown stays in
the cache and is not drawn.

The first screen is the list and the panes; the side panel's tabs, the search field
and the footer are mounted, and the workers started, right after it is drawn.
"""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widget import Widget

from reader.library.model import Article
from reader.tui import keys
from reader.tui.article_list import ArticleList
from reader.tui.article_view import ArticleView
from reader.tui.pane_search import PaneSearch
from reader.tui.passage_walk import PassageWalk
from reader.tui.quote_copy import QuoteCopy
from reader.tui.reading_pane import ReadingPane
from reader.tui.share_survey import ShareSurvey
from reader.tui.side_panel import SidePanel
from reader.tui.status_line import StatusLine


class MainScreen(PassageWalk, PaneSearch, ShareSurvey, QuoteCopy, Screen):
    BINDINGS = keys.SCREEN
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-medium"), (150, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (36, "-tall")]

    def __init__(self) -> None:
        super().__init__()
        self.a: int | None = None
        self.b: int | None = None
        self.failed = ""
        self.ready = False         # the deferred widgets are mounted, workers may start
        self.search_bar = None

    @property
    def articles(self) -> list[Article]:
        return self.app.articles

    def compose(self) -> ComposeResult:
        with Horizontal(id="body"):
            yield ArticleList(self.articles, id="list")
            with Horizontal(id="panes"):
                yield ReadingPane("a", id="pane-a")
                yield ReadingPane("b", id="pane-b")
            yield SidePanel(id="side")
        yield StatusLine(id="status")
        yield Vertical(id="foot")

    def pane(self, side: str) -> ReadingPane:
        return self.query_one(f"#pane-{side}", ReadingPane)

    def view(self, side: str) -> ArticleView:
        return self.pane(side).view

    @property
    def list(self) -> ArticleList:
        return self.query_one(ArticleList)

    @property
    def status_line(self) -> StatusLine:
        return self.query_one(StatusLine)

    def on_mount(self) -> None:
        for side in "ab":
            self.view(side).scroll_listener = self._scrolled
            self.view(side).touch_listener = self._touched
        self.list.articles_added()
        self.list.focus()
        if self.app.pair is not None:
            self.a, self.b = self.app.pair
        elif self.articles:
            self.a = 0
        # The first frame shows the list and the pane headers; the bodies (Markdown
        # parsing and wrapping) follow one frame later, so the first paint is quick.
        for side, index in (("a", self.a), ("b", self.b)):
            self.pane(side).header.show(self._article(index))
        self.list.set_panes(self.a, self.b)
        self.call_after_refresh(self._show_pair)
        self.call_after_refresh(self._finish_mounting)

    async def _finish_mounting(self) -> None:
        self.app.first_frame_drawn()
        from textual.widgets import Footer

        from reader.tui.search_bar import SearchBar

        self.search_bar = SearchBar(id="search")
        self.search_bar.display = False
        await self.mount(self.search_bar, before=self.status_line)
        await self.query_one("#foot").mount(Footer())
        await self.query_one(SidePanel).fill()
        self.refresh_bindings()  # the footer shows the keys once it hears of them
        self.ready = True
        a, b = self._article(self.a), self._article(self.b)
        if a is not None and b is not None and self.comparison is None:
            self.compare_pair(a, b)
        self.app.start_background()

    # --- the pair ---------------------------------------------------------------

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
        self.query_one(SidePanel).pair_changed()
        if a is None or b is None:
            self._status(self._b_placeholder() if a else "No articles.")
            return
        found = self.app.comparisons.get(a, b)
        if found is not None:
            self._compared(a.id, b.id, found)
            return
        self.pane("b").header.set_notice("Comparing…")
        self._status(f"Comparing {a.id} with {b.id}…")
        if self.ready:
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
        from reader.tui.marks import side_marks

        if not self._is_current(a_id, b_id):
            return
        self.comparison, self.passage, self._anchors = comparison, -1, None
        self.pane("b").header.set_notice("")
        self._syncing = True  # re-wrapping for the gutter moves a pane: not a user scroll
        try:
            for side in "ab":
                self.view(side).set_marks(side_marks(comparison, side))
        finally:
            self._syncing = False
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
            else:
                summary = "Could not compare A and B." if self.failed else ""
        state = ["sync on" if self.sync else "sync off"]
        if self.comparison is not None and self.comparison.passages:
            n = len(self.comparison.passages)
            state.insert(0, f"passage {self.passage + 1}/{n}" if self.passage >= 0
                         else f"] walks {n} passage{'s' if n != 1 else ''}")
        if not self.app.loaded:
            state.append(f"loading… {len(self.articles):,} articles")
        self.status_line.set(summary, " · ".join(state))

    def open(self, index: int, side: str) -> None:
        if index >= len(self.articles) or index == (self.a if side == "a" else self.b):
            return
        if index == (self.b if side == "a" else self.a):
            return self.action_swap()
        if side == "a":
            self.a = index
            self._show_pair(b_changed=False)
            self.survey()
        else:
            self.b = index
            self._show_pair(a_changed=False)

    def on_article_list_open(self, message: ArticleList.Open) -> None:
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
        index = (self.b if self.b is not None else self.a) + step
        if index % n == self.a:
            index += step
        self.b = index % n
        self._show_pair(a_changed=False)

    def action_next_source(self) -> None:
        self._step_source(1)

    def action_previous_source(self) -> None:
        self._step_source(-1)

    def library_changed(self) -> None:
        """More articles arrived, or loading finished."""
        self.list.loading_note = "" if self.app.loaded else f"loading… {len(self.articles):,} so far"
        self.list.articles_added()
        if self.a is None and self.articles:
            self.a = 0
            self._show_pair()
        elif self.b is None:
            self.pane("b").show(None, placeholder=self._b_placeholder())
        self._status()
        if self.app.loaded:  # quotes are matched across the whole library
            self.query_one(SidePanel).pair_changed()

    # --- focus, side panel, palette ---------------------------------------------

    def on_descendant_focus(self, event) -> None:
        if isinstance(event.widget, ArticleView):
            self.last_pane = self.leader = event.widget.side

    def action_show_tab(self, tab: str) -> None:
        if self.ready:
            self.add_class("-side-open")
            self.query_one(SidePanel).show_tab(tab)

    def run_palette_action(self, where: str, action: str) -> None:
        target: Widget = self
        if where == "list":
            target = self.list
        elif where == "pane":
            target = self.view(self._focused_side())
        self.app.call_later(self.app.run_action, action, target)
