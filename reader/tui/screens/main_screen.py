"""The comparison screen: article list, panes A and B, side panel, status line.

It owns the :class:`~reader.tui.state.PairState` (which articles are in the panes, their
comparison, passage, sync, search, citation format) and the keys that change it. Its
parts are built with what they need and nothing else: choosing the pair
(:mod:`~reader.tui.screens.pair_choice`), comparing it
(:mod:`~reader.tui.screens.pair_compare`), walking passages and synchronised scrolling
(:mod:`~reader.tui.screens.passage_walk`), the search field
(:mod:`~reader.tui.screens.search_field` over :mod:`~reader.tui.screens.pane_search`), the
list's share column (:mod:`~reader.tui.screens.share_survey`), copying quotes
(:mod:`~reader.tui.screens.quote_copy`) and the areas' focus marks and side panel
(:mod:`~reader.tui.screens.screen_areas`). The widgets tell the screen what happened with
messages (``ArticleList.Open``, ``ArticleView.Scrolled``, ``SidePanel.Selected``,
``SearchBar.Query`` ...); the screen tells them what to show by calling their methods.

Slow work runs in thread workers and comes back through ``call_from_thread``; a result
for a pair no longer shown stays in the cache and is not drawn. The first screen is the
list and the panes; the side panel's tabs, the search field and the footer are mounted,
and the workers started, right after it is drawn.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property, partial
from typing import TYPE_CHECKING, ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.geometry import Size
from textual.reactive import Reactive
from textual.screen import Screen
from textual.widget import Widget

from reader.library.model import Article
from reader.tui import bindings, frames
from reader.tui.app_handle import reader_app
from reader.tui.screens.screen_areas import ScreenAreas
from reader.tui.state import PairState
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.reading_pane import ReadingPane
from reader.tui.widgets.side_panel import SidePanel
from reader.tui.widgets.status_line import StatusLine

if TYPE_CHECKING:
    from reader.tui.screens.pair_choice import PairChoice
    from reader.tui.screens.pair_compare import PairCompare
    from reader.tui.screens.passage_walk import PassageWalk
    from reader.tui.screens.quote_copy import QuoteCopy
    from reader.tui.screens.search_field import SearchField
    from reader.tui.screens.share_survey import ShareSurvey
    from reader.tui.widgets.search_bar import SearchBar

HELP_AHEAD = 0.5  # seconds after the screen is up that the help screen is built ahead (?)

class Covered(Horizontal):
    """A row of widgets that fill it entirely (the body: list, panes, side panel; the
    panes A and B), so no cell of its own is ever seen. Textual draws it as blank rows
    (``BLANK``) instead of styling each of its rows, which were then all painted over:
    a third of the rows the first frame drew."""

    BLANK = True


class MainScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = list(bindings.SCREEN)
    BLANK = True  # covered by the body, the status line and the footer (see Covered)

    # Textual repaints the whole screen whenever the focus moves. What shows the focus
    # (the :focus styles, the areas' -focused title bars) is restyled, and so repainted,
    # on its own; the rest need not be drawn again for a tab or a "/".
    focused: Reactive[Widget | None] = Reactive(None, repaint=False)

    def __init__(self, articles: list[Article], pair: tuple[int, int] | None = None) -> None:
        """``articles`` is the app's library (it grows as the rest loads); ``pair`` the
        indices to open panes A and B on (default: the first article, and the one sharing
        most with it once known)."""
        super().__init__()
        # The layout classes styles.tcss switches on: by width, then by height.
        self.HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-medium"), (150, "-wide")]
        self.VERTICAL_BREAKPOINTS = [(0, "-short"), (36, "-tall")]
        self.articles = articles
        self.state = PairState()
        self._opening_pair = pair
        self.ready = False  # the deferred widgets are mounted, workers may start
        self._when_ready: list[Callable[[], None]] = []  # keys pressed before that, run then
        self.article_list = ArticleList(articles, id="list")
        self.panes = {side: ReadingPane(side, id=f"pane-{side}") for side in "ab"}
        self.side_panel = SidePanel(id="side")
        self.status_line = StatusLine(id="status")
        self.search_bar: SearchBar | None = None  # mounted after the first frame
        self.areas = ScreenAreas(self, self.article_list, self.panes, self.side_panel)

    @property
    def side_open(self) -> bool:
        """``"`` or ``e`` opened the side panel (escape closes it)."""
        return self.areas.side_open

    # The screen's parts, each imported and built when first used (after the first frame).

    @cached_property
    def walk(self) -> PassageWalk:
        from reader.tui.screens.passage_walk import PassageWalk

        return PassageWalk(self.state, self.view("a"), self.view("b"))

    @cached_property
    def choice(self) -> PairChoice:
        from reader.tui.screens.pair_choice import PairChoice

        return PairChoice(self.state, self.articles, self._show_pair)

    @cached_property
    def comparing(self) -> PairCompare:
        from reader.tui.screens.pair_compare import PairCompare

        return PairCompare(self, self.state, self.panes, self.article_list, self._article, lambda: self.walk.forget(),
                           self._status)

    @cached_property
    def search_field(self) -> SearchField:
        from reader.tui.screens.pane_search import PaneSearch
        from reader.tui.screens.search_field import SearchField

        search = PaneSearch(self.state, self.view("a"), self.view("b"))
        return SearchField(self, search, self.status_line, self._status)

    @cached_property
    def survey(self) -> ShareSurvey:
        from reader.tui.screens.share_survey import ShareSurvey

        return ShareSurvey(self, self.state, self.article_list, self.choice.partner_found)

    @cached_property
    def quote_copy(self) -> QuoteCopy:
        from reader.tui.screens.quote_copy import QuoteCopy

        return QuoteCopy(self.state)

    def compose(self) -> ComposeResult:
        with Covered(id="body"):
            yield self.article_list
            with Covered(id="panes"):
                yield self.panes["a"]
                yield self.panes["b"]
            yield self.side_panel
        yield self.status_line
        yield Vertical(id="foot")

    def pane(self, side: str) -> ReadingPane:
        return self.panes[side]

    def view(self, side: str) -> ArticleView:
        return self.panes[side].view

    def on_mount(self) -> None:
        state = self.state
        self.article_list.articles_added()
        self.article_list.focus()
        if self._opening_pair is not None:
            state.a, state.b = self._opening_pair
        elif self.articles:
            state.a = 0
        # The first frame shows the list and the pane headers; the bodies (Markdown
        # parsing and wrapping) follow one frame later, so the first paint is quick.
        for side in "ab":
            self.pane(side).show_header(self._article(state.index(side)))
        self.article_list.set_panes(state.a, state.b)
        # The rules the bodies are drawn with are parsed after the first frame, before them.
        self.call_after_refresh(reader_app(self).later_styles)
        self.call_after_refresh(self._show_pair)
        self.call_after_refresh(self._finish_mounting)

    async def _finish_mounting(self) -> None:
        app = reader_app(self)
        app.first_frame_drawn()
        from reader.tui.widgets.key_bar import KeyBar
        from reader.tui.widgets.search_bar import SearchBar

        # The search field takes the footer's row while it is open: opening it moves
        # nothing else, so only that row is drawn again.
        self.search_bar = SearchBar(id="search")
        self.search_bar.display = False
        await self.query_one("#foot").mount(self.search_bar, KeyBar(id="keys"))
        await self.side_panel.fill()
        self.refresh_bindings()  # the footer shows the keys once it hears of them
        self._set_ready()
        a, b = self._article(self.state.a), self._article(self.state.b)
        if a is not None and b is not None and self.state.comparison is None:
            self.comparing.start(a, b)
        app.start_background()
        self.set_timer(HELP_AHEAD, self._help_ahead)

    def _help_ahead(self) -> None:
        """Build the help screen ahead (after the keymap is read), so ``?`` is one frame."""
        from reader.tui.screens import help_screen

        help_screen.prepare(self.app)

    def _set_ready(self) -> None:
        """Every widget is mounted: the keys pressed before (``/``, ``"``, ``e``) act now."""
        self.ready = True
        waiting, self._when_ready = self._when_ready, []
        for action in waiting:
            action()

    # --- the pair ---------------------------------------------------------------

    def _article(self, index: int | None) -> Article | None:
        return self.articles[index] if index is not None and index < len(self.articles) else None

    def _show_pair(self, a_changed: bool = True, b_changed: bool = True, new_a: bool = False) -> None:
        """Show the state's pair; ``new_a``: pane A's article changed (the list's shares
        are surveyed again)."""
        self._update_pair(a_changed, b_changed)
        if new_a:
            self.survey.restart()
        # Everything the pair changed (the list's marks, the headers, the status line, the
        # panes, the side lists) drawn in one frame: each widget's repaint request went
        # to the screen from its own queue once idle, after the screen's timer had drawn
        # the panes: a second frame, of most of the screen, 20-40 ms later.
        frames.repaint_now(*self.walk_children(Widget))

    def _refresh_layout(self, size: Size | None = None, scroll: bool = False) -> None:
        # (Textual's layout pass, which then draws the frame: _compositor_refresh)
        self._laying_out = not (scroll and not self._layout_widgets)  # a full pass (not only the scrolled)
        try:
            super()._refresh_layout(size, scroll)
        finally:
            self._laying_out = False

    _laying_out = False  # in a full layout pass (_refresh_layout)

    def _compositor_refresh(self) -> None:
        if self._laying_out and self.app.screen is self:
            frames.scrollbars_in_frame(self)
            if self._repaint_required:
                # A repaint of the whole screen is asked for too (shown again): in this
                # frame, not in a second one Textual draws right after it, in full.
                self._repaint_required = False
                self._compositor.update_widgets({self})
        super()._compositor_refresh()

    def _update_pair(self, a_changed: bool, b_changed: bool) -> None:
        state = self.state
        a, b = self._article(state.a), self._article(state.b)
        state.new_pair()
        self.walk.forget()
        if a_changed:
            self.pane("a").show(a, placeholder="No articles to show.")
        if b_changed:
            self.pane("b").show(b, placeholder=self._b_placeholder())
        for side in "ab":
            self.view(side).set_marks(None)
        self.article_list.set_panes(state.a, state.b)
        self.side_panel.show_pair(self.articles, a, b)
        if a is None or b is None:
            self._status(self._b_placeholder() if a else "No articles.")
            return
        self.comparing.show(a, b, start=self.ready)

    def _b_placeholder(self) -> str:
        if len(self.articles) < 2 and reader_app(self).loaded:
            return "Only one article: nothing to compare it with."
        return "Looking for the article that shares the most with A…"

    def _status(self, summary: str | None = None) -> None:
        loading = None if reader_app(self).loaded else len(self.articles)
        self.status_line.set(self.state.summary() if summary is None else summary, self.state.status(loading))

    def open(self, index: int, side: str) -> None:
        """Show article ``index`` in pane ``side`` (the other pane's: swap them)."""
        self._warn(self.choice.open(index, side))

    def open_pair(self, a: int, b: int) -> None:
        """Show article ``a`` in pane A and ``b`` in pane B (the story screen's heat map)."""
        if self._covered:  # closing the Story screen: shown with this screen, as it is shown again
            self._pair_on_resume = (a, b)
            return
        self.state.a, self.state.b = a, b
        self._show_pair(new_a=True)

    # The Story screen closes on a pair before this screen is shown again: the pair drawn
    # then was a frame of its own before the full repaint of the screen shown again
    # (Textual's ScreenResume), 40-60 ms later. Both are one frame now.
    _covered = False
    _pair_on_resume: tuple[int, int] | None = None

    def on_screen_suspend(self) -> None:
        self._covered = True

    def on_screen_resume(self) -> None:
        # (before Textual's own handler, which repaints the whole screen)
        self._covered = False
        pair, self._pair_on_resume = self._pair_on_resume, None
        if pair is not None:
            self.open_pair(*pair)

    def on_article_list_open(self, message: ArticleList.Open) -> None:
        self.open(message.index, message.pane)

    def action_swap(self) -> None:
        self._warn(self.choice.swap())

    def action_next_source(self) -> None:
        self._warn(self.choice.step_source(1))

    def action_previous_source(self) -> None:
        self._warn(self.choice.step_source(-1))

    def _warn(self, warning: str | None) -> None:
        if warning is not None:
            self.notify(warning, severity="warning")

    def library_changed(self) -> None:
        """More articles arrived, or loading finished."""
        loaded = reader_app(self).loaded
        self.article_list.loading_note = "" if loaded else f"loading… {len(self.articles):,} so far"
        self.article_list.articles_added()
        if self.state.a is None and self.articles:
            self.state.a = 0
            self._show_pair()
        elif self.state.b is None:
            self.pane("b").show(None, placeholder=self._b_placeholder())
        self._status()
        if loaded:  # quotes are matched across the whole library
            self.side_panel.show_pair(self.articles, self._article(self.state.a), self._article(self.state.b))

    def index_ready(self) -> None:
        """The app's seed index is built: survey what the articles share with A."""
        self.survey.index_ready()

    # --- passages and synchronised scrolling ------------------------------------

    def action_next_passage(self) -> None:
        self._step_passage(1)

    def action_previous_passage(self) -> None:
        self._step_passage(-1)

    def _step_passage(self, step: int) -> None:
        warning = self.walk.step(step)
        if warning is not None:
            self.notify(warning, severity="warning")
            return
        self._status()

    def action_toggle_sync(self) -> None:
        self.walk.toggle_sync()
        self._status()
        self.notify(f"Synchronised scrolling {'on' if self.state.sync else 'off'}.", timeout=2)

    def on_article_view_scrolled(self, message: ArticleView.Scrolled) -> None:
        self.walk.follow(message.side, message.y)

    def on_article_view_touched(self, message: ArticleView.Touched) -> None:
        self.walk.touched(message.side)

    # --- search -----------------------------------------------------------------

    def _focused_side(self) -> str:
        focused = self.focused
        return focused.side if isinstance(focused, ArticleView) else self.state.last_pane

    def action_search(self) -> None:
        if not self.ready or self.search_bar is None:  # pressed before the search field is mounted
            self._when_ready.append(self.action_search)
            return
        self.search_field.open(self.search_bar, self._focused_side())

    def on_search_bar_query(self, message: SearchBar.Query) -> None:
        self.search_field.query(message.value)

    def on_search_bar_done(self) -> None:
        self.search_field.close(self.search_bar)

    def on_search_bar_cancelled(self) -> None:
        self.search_field.cancel(self.search_bar)

    def action_next_match(self) -> None:
        self._step_match(1)

    def action_previous_match(self) -> None:
        self._step_match(-1)

    def _step_match(self, step: int) -> None:
        if not self.search_field.step(step):
            self.notify("No search matches: press / to search.", severity="warning")

    # --- side panel, quotes, focus, palette ----------------------------------------

    def on_side_panel_selected(self, message: SidePanel.Selected) -> None:
        for side in "ab":  # the panes scroll to the mentions: not a scroll to follow
            self.view(side).set_selection(message.spans.get(side, []))
        # In the frame that shows the tab or the highlight (a tab shown for the first time
        # is laid out first, and the panes' own requests came after that frame).
        frames.repaint_now(self.view("a"), self.view("b"))

    def on_side_panel_closed(self) -> None:
        self.areas.side_closed()

    def action_show_tab(self, tab: str) -> None:
        if not self.ready:  # pressed before the side panel's tabs are mounted
            self._when_ready.append(partial(self.action_show_tab, tab))
            return
        self.areas.show_tab(tab)

    def on_resize(self) -> None:  # after Textual has set the breakpoint classes
        self.areas.sync_side_class()

    def action_copy_quote(self) -> None:
        """``y``: copy what the side panel's tab shows selected: a quote, cited, or an entity."""
        item = self.side_panel.selected
        if item is None:
            self.notify('Nothing selected to copy: press " for the Quotes tab (e for Entities), then j or k '
                        "to pick one.", title="Nothing copied", severity="warning")
            return
        from reader.tui import clipboard

        copied = self.quote_copy.copy(item)
        clipboard.copy(self.app, copied.text)
        self.notify(copied.preview, title=copied.title, markup=False)

    def set_cite_format(self, style: str) -> None:
        self.notify(self.quote_copy.set_format(style), title="Citation format", timeout=2)

    def action_cite_format(self) -> None:
        self.notify(self.quote_copy.next_format(), title="Citation format", timeout=2)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if isinstance(event.widget, ArticleView):
            self.state.last_pane = self.state.leader = event.widget.side
        self.areas.mark_focused(event.widget)

    def run_palette_action(self, where: str, action: str) -> None:
        target: Widget = self
        if where == "list":
            target = self.article_list
        elif where == "pane":
            target = self.view(self._focused_side())
        self.app.call_later(self.app.run_action, action, target)
