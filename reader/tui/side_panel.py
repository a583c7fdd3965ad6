"""The side panel: Quotes and Entities tabs for the pair in panes A and B.

The tabs are mounted just after the first screen is drawn (:meth:`SidePanel.fill`), so
they do not delay it. Quotes are matched across the whole loaded library
(:func:`reader.analysis.quote_match.match_quotes`) and entities extracted per article, in thread
workers; results are kept for the session (quotes until more articles arrive) and "…"
shows meanwhile. The item highlighted in the active tab is the selection: its mentions
are marked in both panes, which scroll to the first.
"""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical

from reader.tui import keys
from reader.tui.entities_tab import EntitiesTab
from reader.tui.quotes_tab import QuotesTab

WORKING = "…"


class SidePanel(Vertical):
    BINDINGS = keys.SIDE

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.filled = False
        self.groups = None                      # match_quotes over the library, once found
        self._groups_for = -1                   # how many articles they cover
        self._finding_for = -1
        self.entities: dict[str, list] = {}     # article id -> extract_entities

    async def fill(self) -> None:
        await self.mount(_Tabs())
        self.query_one("Tabs").can_focus = False  # tab order: list, pane A, pane B, this tab's list
        self.filled = True
        self.pair_changed()

    # --- data -------------------------------------------------------------------

    def _pair(self):
        screen = self.screen
        return screen._article(screen.a), screen._article(screen.b)

    def pair_changed(self) -> None:
        """The panes show another pair, or more articles arrived: refill both tabs."""
        if not self.filled:
            return
        a, b = self._pair()
        articles = self.app.articles
        quotes, entities = self.query_one(QuotesTab), self.query_one(EntitiesTab)
        if a is None:
            quotes.show_message("No article in pane A.")
            entities.show_message("No article in pane A.")
            return
        if self.groups is not None and (self._groups_for == len(articles) or self._finding_for == len(articles)):
            from reader.tui.side_items import quote_items

            quotes.show_items(quote_items(self.groups, articles, a, b))
        else:
            quotes.show_message(WORKING)
        if self._groups_for != len(articles) and self._finding_for != len(articles):
            self._finding_for = len(articles)
            self.find_quotes(list(articles))
        missing = [x for x in (a, b) if x is not None and x.id not in self.entities]
        if missing:
            entities.show_message(WORKING)
            self.find_entities(missing)
        else:
            from reader.tui.side_items import entity_items

            entities.show_items(entity_items(self.entities[a.id], self.entities[b.id] if b else None))
        self.select(None)

    @work(thread=True, exclusive=True, group="side-quotes")
    def find_quotes(self, articles: list) -> None:
        from reader.analysis.quote_match import match_quotes

        try:
            groups = match_quotes(articles)
        except Exception as exc:  # shown in the tab, never as a traceback
            self.app.call_from_thread(self._quotes_failed, f"{exc.__class__.__name__}: {exc}")
            return
        self.app.call_from_thread(self._quotes_found, groups, len(articles))

    def _quotes_found(self, groups, count: int) -> None:
        self.groups, self._groups_for = groups, count
        if self._finding_for == count:
            self._refill("quotes")

    def _quotes_failed(self, message: str) -> None:
        self.query_one(QuotesTab).show_message(f"Could not find the quotes ({message})")

    @work(thread=True, group="side-entities")
    def find_entities(self, articles: list) -> None:
        from reader.analysis.entities import extract_entities

        found = {}
        for article in articles:
            try:
                found[article.id] = extract_entities(article)
            except Exception:  # an article the rules fail on lists no entities
                found[article.id] = []
        self.app.call_from_thread(self._entities_found, found)

    def _entities_found(self, found: dict) -> None:
        self.entities.update(found)
        self._refill("entities")

    def _refill(self, tab: str) -> None:
        """Show fresh results in ``tab`` for the current pair, keeping the other tab."""
        a, b = self._pair()
        if a is None:
            return
        from reader.tui.side_items import entity_items, quote_items

        if tab == "quotes":
            self.query_one(QuotesTab).show_items(quote_items(self.groups, self.app.articles, a, b))
        elif a.id in self.entities and (b is None or b.id in self.entities):
            self.query_one(EntitiesTab).show_items(
                entity_items(self.entities[a.id], self.entities[b.id] if b else None))
        else:
            return
        if self._active_list().id == f"{tab}-list":
            self.select(None)

    # --- selection ----------------------------------------------------------------

    def _active_list(self):
        from textual.widgets import TabbedContent

        return self.query_one(f"#{self.query_one(TabbedContent).active}-list")

    @property
    def quote(self):
        """The quote highlighted in the Quotes tab, or None."""
        return self.query_one(QuotesTab).selected_item if self.filled else None

    def select(self, item) -> None:
        """Mark ``item``'s mentions in both panes (None: clear them) and scroll to them."""
        screen = self.screen
        screen._syncing = True  # the panes scroll to the mentions: not a user scroll to follow
        try:
            for side in "ab":
                screen.view(side).set_selection(item.spans.get(side, []) if item is not None else [])
        finally:
            screen._syncing = False

    def on_option_list_option_highlighted(self, event) -> None:
        self.select(event.option_list.selected_item)

    def on_option_list_option_selected(self, event) -> None:
        self.select(event.option_list.selected_item)

    def on_tabbed_content_tab_activated(self, event) -> None:
        if self.filled:
            self.select(self._active_list().selected_item)

    # --- keys -------------------------------------------------------------------

    def show_tab(self, tab: str) -> None:
        from textual.widgets import TabbedContent

        self.query_one(TabbedContent).active = tab
        self.query_one(f"#{tab}-list").focus()

    def action_close(self) -> None:
        self.screen.remove_class("-side-open")
        self.screen.query_one("#list").focus()


class _Tabs(Vertical):
    def compose(self) -> ComposeResult:
        from textual.widgets import TabbedContent, TabPane

        with TabbedContent(initial="quotes"):
            with TabPane("Quotes", id="quotes"):
                yield QuotesTab(id="quotes-list")
            with TabPane("Entities", id="entities"):
                yield EntitiesTab(id="entities-list")
