"""The side panel: Quotes and Entities tabs.

The side-panel issue fills them; until then each tab says what it will hold. The tabs
are mounted just after the first screen is drawn (:meth:`fill`), so they do not delay
it.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical

from reader.tui import keys

QUOTES = ("Quotes will list every quotation in the two articles — who is quoted, and whether "
          "the wording matches the other article's — and copy one with y.")
ENTITIES = ("Entities will list the people, organisations and places each article names, "
            "and which of them only one of the two articles mentions.")


class SidePanel(Vertical):
    BINDINGS = keys.SIDE

    def fill(self):
        return self.mount(_Tabs())

    def show_tab(self, tab: str) -> None:
        from textual.widgets import TabbedContent

        tabs = self.query_one(TabbedContent)
        tabs.active = tab
        tabs.query_one("Tabs").focus()

    def action_close(self) -> None:
        self.screen.remove_class("-side-open")
        self.screen.query_one("#list").focus()


class _Tabs(Vertical):
    def compose(self) -> ComposeResult:
        from textual.widgets import Static, TabbedContent, TabPane

        with TabbedContent(initial="quotes"):
            with TabPane("Quotes", id="quotes"):
                yield Static(QUOTES, classes="side-placeholder")
            with TabPane("Entities", id="entities"):
                yield Static(ENTITIES, classes="side-placeholder")
