"""The side panel: Quotes and Entities tabs for the pair in panes A and B.

The tabs are mounted just after the first screen is drawn (:meth:`SidePanel.fill`), so
they do not delay it. The screen hands the panel the pair and the library
(:meth:`SidePanel.show_pair`). Quotes are matched across the whole loaded library
(:func:`reader.analysis.quote_match.match_quotes`) and entities extracted per article, in
thread workers; results are kept for the session (quotes until more articles arrive)
and "…" shows meanwhile. The item highlighted in the active tab is the selection: the
panel posts :class:`SidePanel.Selected` with its mentions to the screen, which marks them in
both panes; ``escape`` posts :class:`SidePanel.Closed`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.message import Message

from reader.library.model import Article
from reader.tui import bindings

if TYPE_CHECKING:  # the tabs (and what they list) are imported when they are mounted
    from textual.geometry import Size
    from textual.widgets import OptionList, TabPane

    from reader.analysis.entities import Entity
    from reader.analysis.quote_match import QuoteGroup
    from reader.tui.side_items import EntityItem, QuoteItem, Span
    from reader.tui.widgets.entities_tab import EntitiesTab
    from reader.tui.widgets.quotes_tab import QuotesTab

WORKING = "…"


class SidePanel(Vertical):
    BINDINGS: ClassVar[list[BindingType]] = list(bindings.SIDE)

    class Selected(Message):
        """The selection changed: mark ``spans`` ("a"/"b" -> body spans) in the panes."""

        def __init__(self, spans: dict[str, list[Span]]) -> None:
            super().__init__()
            self.spans = spans

    class Closed(Message):
        """``escape``: close the panel (a narrow screen shows it only when asked)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.filled = False
        self.groups: list[QuoteGroup] | None = None   # match_quotes over the library, once found
        self._groups_for = -1                          # how many articles they cover
        self._finding_for = -1
        self.entities: dict[str, list[Entity]] = {}    # article id -> its entities (the analysis cache)
        self._articles: list[Article] = []
        self._a: Article | None = None
        self._b: Article | None = None

    def _quotes_tab(self) -> QuotesTab:
        from reader.tui.widgets.quotes_tab import QuotesTab

        return self.query_one(QuotesTab)

    def _entities_tab(self) -> EntitiesTab:
        from reader.tui.widgets.entities_tab import EntitiesTab

        return self.query_one(EntitiesTab)

    async def fill(self) -> None:
        await self.mount(_Tabs())
        self.query_one("Tabs").can_focus = False  # tab order: list, pane A, pane B, this tab's list
        self.filled = True
        self._show()

    # --- data -------------------------------------------------------------------

    def show_pair(self, articles: list[Article], a: Article | None, b: Article | None) -> None:
        """The panes show ``a`` and ``b`` (of the library ``articles``), or more articles
        arrived: refill both tabs."""
        self._articles, self._a, self._b = articles, a, b
        self._show()

    def _show(self) -> None:
        if not self.filled:
            return
        a, b, count = self._a, self._b, len(self._articles)
        from reader.tui.side_items import quote_items

        quotes, entities = self._quotes_tab(), self._entities_tab()
        if a is None:
            quotes.show_message("No article in pane A.")
            entities.show_message("No article in pane A.")
            return
        if self.groups is not None and count in (self._groups_for, self._finding_for):
            quotes.show_items(quote_items(self.groups, self._articles, a, b))
        else:
            quotes.show_message(WORKING)
        if count not in (self._groups_for, self._finding_for):
            self._finding_for = count
            self.find_quotes(list(self._articles))
        missing = [x for x in (a, b) if x is not None and x.id not in self.entities]
        if missing:
            entities.show_message(WORKING)
            self.find_entities(missing)
        else:
            entities.show_items(self._entity_items(a, b))
        self.select(None)
        self.call_after_refresh(self._fit_hidden)

    def _entity_items(self, a: Article, b: Article | None) -> list[EntityItem]:
        from reader.tui.side_items import entity_items

        return entity_items(self.entities[a.id], self.entities[b.id] if b else None)

    @work(thread=True, exclusive=True, group="side-quotes")
    def find_quotes(self, articles: list[Article]) -> None:
        from reader.analysis.quote_match import match_quotes

        try:
            groups = match_quotes(articles)
        except Exception as exc:  # shown in the tab, never as a traceback
            self.app.call_from_thread(self._quotes_failed, f"{exc.__class__.__name__}: {exc}")
            return
        self.app.call_from_thread(self._quotes_found, groups, len(articles))

    def _quotes_found(self, groups: list[QuoteGroup], count: int) -> None:
        self.groups, self._groups_for = groups, count
        if self._finding_for == count:
            self._refill("quotes")

    def _quotes_failed(self, message: str) -> None:
        self._quotes_tab().show_message(f"Could not find the quotes ({message})")

    @work(thread=True, group="side-entities")
    def find_entities(self, articles: list[Article]) -> None:
        from reader.analysis.analysis_cache import cached_extraction

        found: dict[str, list[Entity]] = {}
        for article in articles:
            try:
                found[article.id] = cached_extraction(article.body).entities
            except Exception:  # an article the rules fail on lists no entities
                found[article.id] = []
        self.app.call_from_thread(self._entities_found, found)

    def _entities_found(self, found: dict[str, list[Entity]]) -> None:
        self.entities.update(found)
        self._refill("entities")

    def _refill(self, tab: str) -> None:
        """Show fresh results in ``tab`` for the current pair, keeping the other tab."""
        a, b = self._a, self._b
        if a is None:
            return
        if tab == "quotes":
            from reader.tui.side_items import quote_items

            self._quotes_tab().show_items(quote_items(self.groups or [], self._articles, a, b))
        elif a.id in self.entities and (b is None or b.id in self.entities):
            self._entities_tab().show_items(self._entity_items(a, b))
        else:
            return
        if self._active_list().id == f"{tab}-list":
            self.select(None)
        else:
            self.call_after_refresh(self._fit_hidden)

    def _fit_hidden(self) -> None:
        """The tab not shown works out its lines and scrollbar for the place of the one
        shown (:meth:`SideList.fit_to`), after the frame the change was drawn in, so
        that showing it (``e``, ``"``) draws it once, with its scrollbar."""
        if not self.is_attached:
            return
        shown = self._active_list()
        for side_list in (self._quotes_tab(), self._entities_tab()):
            if side_list is not shown:
                side_list.fit_to(shown.region.size)

    # --- selection ----------------------------------------------------------------

    def _active_list(self) -> QuotesTab | EntitiesTab:
        from textual.widgets import TabbedContent

        active = self.query_one(TabbedContent).active
        return self._quotes_tab() if active == "quotes" else self._entities_tab()

    @property
    def quote(self) -> QuoteItem | None:
        """The quote highlighted in the Quotes tab, or None."""
        return self._quotes_tab().selected_item if self.filled else None

    @property
    def selected(self) -> QuoteItem | EntityItem | None:
        """The item highlighted in the tab shown (what ``y`` copies), or None."""
        return self._active_list().selected_item if self.filled else None

    def select(self, item: QuoteItem | EntityItem | None) -> None:
        """Have ``item``'s mentions marked in both panes (None: clear them).

        The message goes to the screen (whose handler marks the panes) directly: bubbled
        up through the panel's own queue first, it arrived after the frame that showed
        the new tab or highlight, so the panes changed in a second frame, 30-60 ms later."""
        message = self.Selected(dict(item.spans) if item is not None else {})
        if self.is_attached:
            self.screen.post_message(message)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.select(self._selected_in(event.option_list))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.select(self._selected_in(event.option_list))

    def _selected_in(self, option_list: OptionList) -> QuoteItem | EntityItem | None:
        from reader.tui.widgets.entities_tab import EntitiesTab
        from reader.tui.widgets.quotes_tab import QuotesTab

        return option_list.selected_item if isinstance(option_list, (QuotesTab, EntitiesTab)) else None

    def on_tabbed_content_tab_activated(self) -> None:
        if self.filled:
            self.select(self._active_list().selected_item)

    def on_descendant_focus(self) -> None:
        """Coming to the panel marks the highlighted item (the first one, at first)."""
        if self.filled:
            self.select(self._active_list().selected_item)

    # --- keys -------------------------------------------------------------------

    def show_tab(self, tab: str) -> None:
        from textual.widgets import TabbedContent

        from reader.tui.widgets.side_list import SideList

        shown, wanted = self._active_list(), self.query_one(f"#{tab}-list", SideList)
        if wanted is not shown:  # it takes the shown list's place: its lines and scrollbar now
            wanted.fit_to(shown.region.size)
        self.query_one(TabbedContent).active = tab
        self._underline_now()
        self.query_one(f"#{tab}-list").focus()
        # The panes mark (and scroll to) the tab's item in the frame that shows the tab;
        # the tab's activation and the focus arriving ask for the same item again (a
        # selection already marked costs nothing).
        if self.filled:
            self.select(self._active_list().selected_item)

    def _underline_now(self) -> None:
        """The underline under the active tab in the frame that shows it. Textual moves it
        after that frame (once the tabs are laid out), a frame of its own, 20-40 ms
        later; the tabs keep their places when one is activated, so where it goes is
        known now (Textual's move then finds it there)."""
        from textual.widgets import Tabs
        from textual.widgets._tabs import Underline

        tabs = self.query_one(Tabs)
        tab = tabs.active_tab
        if tab is None or not tab.virtual_region:
            return
        underline = tabs.query_one(Underline)
        underline.show_highlight = True
        underline.highlight_start, underline.highlight_end = tab.virtual_region.shrink(tab.styles.gutter).column_span

    def action_close(self) -> None:
        self.post_message(self.Closed())


class _Tabs(Vertical):
    def compose(self) -> ComposeResult:
        from textual.widgets import TabbedContent

        from reader.tui.widgets.entities_tab import EntitiesTab
        from reader.tui.widgets.quotes_tab import QuotesTab

        pane = _pane_class()
        with TabbedContent(initial="quotes"):
            with pane("Quotes", id="quotes"):
                yield QuotesTab(id="quotes-list")
            with pane("Entities", id="entities"):
                yield EntitiesTab(id="entities-list")


def _pane_class() -> type[TabPane]:
    """A tab's pane that, shown for the first time, does not ask for a second layout pass.

    Textual hands a widget its new size in the layout pass that shows it, and a container
    then sets its virtual size, which asks for another pass and a repaint of its whole
    region: the Entities tab came in a frame, then again, unchanged, 30-40 ms later. A
    pane does not scroll (its list does): the pass that sized it placed its list already."""
    from textual.widgets import TabPane

    global _Pane
    if _Pane is None:

        class Pane(TabPane):
            def _size_updated(self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True) -> bool:
                styles = self.styles
                scrolls = styles.overflow_x != "hidden" or styles.overflow_y != "hidden"
                return super()._size_updated(size, virtual_size, container_size, layout and scrolls)

        _Pane = Pane
    return _Pane


_Pane: type[TabPane] | None = None
