"""The article list: outlet, title, words, and the share each has in common with A.

Drawn with the Line API, a row at a time, so a library of 10,000 articles lists and
scrolls as fast as five. Row 0 is a fixed column header; the rows under it scroll.
Shares arrive later, from a worker, through :meth:`set_share`.
"""

from __future__ import annotations

from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.library.model import Article
from reader.tui import bindings
from reader.tui.styling import LazyComponents, component_style

NO_SHARE = -1.0  # the index found nothing in common
WIDE = 60        # from this width, one row per article with columns
WORDS, SHARE = 7, 6


class ArticleList(LazyComponents, ScrollView, can_focus=True):
    BINDINGS: ClassVar[list[BindingType]] = list(bindings.LIST)
    COMPONENT_CLASSES: ClassVar[set[str]] = {"article-list--header", "article-list--cursor", "article-list--pane",
                         "article-list--outlet", "article-list--muted"}

    cursor = reactive(0, always_update=True)

    class Open(Message):
        """Open the article at ``index`` in pane ``pane`` ("a" or "b")."""

        def __init__(self, index: int, pane: str) -> None:
            super().__init__()
            self.index, self.pane = index, pane

    def __init__(self, articles: list[Article], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.articles = articles  # the app's list, shared: it grows as the library loads
        self.shares: dict[int, float] = {}
        self.panes: dict[int, str] = {}   # index -> "A" / "B"
        self.loading_note = ""
        self._styles: dict[str, Style] = {}
        self._base: Style | None = None  # rich_style, kept until the styles change

    # --- data -------------------------------------------------------------------

    @property
    def row_height(self) -> int:
        """Rows per article: two (title, then outlet and figures) in a narrow list."""
        return 2 if self.scrollable_content_region.width < WIDE else 1

    def articles_added(self) -> None:
        height = len(self.articles) * self.row_height + 1 + (1 if self.loading_note else 0)
        self.virtual_size = Size(self.scrollable_content_region.width, height)
        self.refresh()

    def set_share(self, index: int, share: float) -> None:
        self.shares[index] = share
        self.refresh()

    def no_share_except(self, surveyed: set[int]) -> None:
        """Every article but ``surveyed`` (and those with a share) has nothing in common found."""
        for j in range(len(self.articles)):
            if j not in surveyed:
                self.shares.setdefault(j, NO_SHARE)
        self.refresh()

    def clear_shares(self) -> None:
        self.shares.clear()
        self.refresh()

    def set_panes(self, a: int | None, b: int | None) -> None:
        self.panes = {i: name for i, name in ((b, "B"), (a, "A")) if i is not None}
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles = {}
        self._base = None

    def _style(self, name: str) -> Style:
        if name not in self._styles:
            self._styles[name] = component_style(self, f"article-list--{name}")
        return self._styles[name]

    # --- movement ---------------------------------------------------------------

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self.articles) - 1))

    def watch_cursor(self, old: int, new: int) -> None:
        self.scroll_to_cursor()
        self.refresh()

    def scroll_to_cursor(self) -> None:
        h = self.row_height
        visible = max((self.scrollable_content_region.height - 1) // h, 1)
        top = round(self.scroll_y) // h
        if self.cursor < top:
            self.scroll_to(y=self.cursor * h, animate=False, immediate=True)
        elif self.cursor >= top + visible:
            self.scroll_to(y=(self.cursor - visible + 1) * h, animate=False, immediate=True)

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = len(self.articles) - 1

    def _page(self) -> int:
        return max((self.scrollable_content_region.height - 1) // self.row_height - 1, 1)

    def action_page_down(self) -> None:
        self.cursor += self._page()

    def action_page_up(self) -> None:
        self.cursor -= self._page()

    def action_open(self, pane: str) -> None:
        if self.articles:
            self.post_message(self.Open(self.cursor, pane))

    def on_click(self, event: events.Click) -> None:
        index = (round(self.scroll_y) + event.y - 1) // self.row_height
        if event.y >= 1 and 0 <= index < len(self.articles):
            self.cursor = index
            if event.chain >= 2:
                self.post_message(self.Open(index, "a"))

    def on_resize(self, event: events.Resize) -> None:
        self.articles_added()
        self.scroll_to_cursor()

    # --- drawing ----------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self._base
        if base is None:  # walks every ancestor's styles: once, not once a row
            base = self._base = self.rich_style
        if y == 0:
            text = self._header(width)
        else:
            h = self.row_height
            index, part = divmod(round(self.scroll_y) + y - 1, h)
            if index < len(self.articles):
                text = self._row(index, width) if h == 1 else self._two_rows(index, width, part)
            elif index == len(self.articles) and part == 0 and self.loading_note:
                text = Text(f"  {self.loading_note}", style=self._style("muted"))
            else:
                return Strip.blank(width, base)
        segments = Segment.apply_style(list(text.render(self.app.console)), base)
        return Strip(segments).adjust_cell_length(width, base)

    def _share_label(self, index: int) -> str:
        value = self.shares.get(index)
        if self.panes.get(index) == "A":
            return "·"
        if value is None:
            return ""
        return "–" if value == NO_SHARE else f"{value:.0%}"

    def _header(self, width: int) -> Text:
        text = Text("  ", end="", no_wrap=True)
        if width >= WIDE:
            outlet, title = self._columns(width)
            text.append("Outlet".ljust(outlet) + "Title".ljust(title) + "Words".rjust(WORDS) + "Same".rjust(SHARE))
        else:
            text.append("Article".ljust(width - 2 - SHARE) + "Same".rjust(SHARE))
        text.stylize(self._style("header"))
        return text

    def _columns(self, width: int) -> tuple[int, int]:
        outlet = 16 if width >= 90 else 12
        return outlet, max(width - 2 - outlet - WORDS - SHARE, 4)

    def _lead(self, index: int) -> Text:
        pane = self.panes.get(index)
        return Text(f"{pane} " if pane else "  ", style=self._style("pane") if pane else "", end="")

    def _row(self, index: int, width: int) -> Text:
        article = self.articles[index]
        outlet, title = self._columns(width)
        text = self._lead(index)
        text.append_text(_cell(article.outlet_label, outlet - 1,
                               self._style("outlet" if article.outlet else "muted")))
        text.append(" ")
        text.append_text(_cell(article.title, title - 1))
        text.append(" ")
        text.append(f"{article.words:,}".rjust(WORDS - 1) + " ", self._style("muted"))
        text.append(self._share_label(index).rjust(SHARE - 1) + " ")
        return self._cursor(text, index, width)

    def _two_rows(self, index: int, width: int, part: int) -> Text:
        article = self.articles[index]
        if part == 0:
            text = self._lead(index)
            text.append_text(_cell(article.title, width - 2 - SHARE))
            text.append(self._share_label(index).rjust(SHARE - 1) + " ")
        else:
            text = Text("  ", end="")
            text.append_text(_cell(f"{article.outlet_label} · {article.words:,} words", width - 3,
                                   self._style("outlet" if article.outlet else "muted")))
        return self._cursor(text, index, width)

    def _cursor(self, text: Text, index: int, width: int) -> Text:
        if index == self.cursor:
            text.pad_right(max(width - text.cell_len, 0))
            text.stylize(self._style("cursor"))
        return text


def _cell(value: str, width: int, style: Style | None = None) -> Text:
    text = Text(value, style=style or "", end="", no_wrap=True)
    text.truncate(max(width, 1), overflow="ellipsis", pad=True)
    return text
