"""The article list: outlet, title, words, and the share each has in common with A.

Drawn with the Line API, a row at a time, so a library of 10,000 articles lists and
scrolls as fast as five. Row 0 is a fixed column header; the rows under it scroll.
Shares arrive later, from a worker, through :meth:`set_share`.

The title gets the width the list has: a wide list shows columns (outlet, title,
words, share) with a long title wrapped onto more rows under its own column; a narrow
one shows the outlet, words and share on a first row and the title, wrapped, under it.
A title is cut ("…") only past :data:`MAX_TITLE_ROWS` rows; the word count is never
cut. Each article's height is kept (:class:`RowMap`), so a row finds its article by
binary search.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache
from typing import ClassVar

from rich.cells import cell_len
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
from reader.tui.layout import wrap
from reader.tui.styling import LazyComponents, component_style

NO_SHARE = -1.0  # the index found nothing in common
WIDE = 60        # from this width, columns (outlet, title, words, share)
WORDS, SHARE = 7, 6
FOCUS_STYLED = {"header", "cursor"}  # component classes styled differently when the list has the focus
MAX_TITLE_ROWS = 4  # a title wraps onto at most this many rows, then is cut with "…"


@lru_cache(maxsize=4096)
def title_rows(title: str, width: int) -> tuple[str, ...]:
    """``title`` wrapped to ``width`` cells, at most MAX_TITLE_ROWS rows (the last cut with "…").

    Kept for the titles last asked for: an article's rows are drawn one at a time, each
    asking for its title's rows again (and the row map has asked for them already)."""
    flat = " ".join(title.split()) or "—"
    spans = wrap(flat, max(width, 1))
    rows = [flat[s:e] for s, e in spans[:MAX_TITLE_ROWS]]
    if len(spans) > MAX_TITLE_ROWS:
        rest = flat[spans[MAX_TITLE_ROWS - 1][0]:]
        text = Text(rest, end="", no_wrap=True)
        text.truncate(max(width, 1), overflow="ellipsis")
        rows[-1] = text.plain
    return tuple(rows)


class RowMap:
    """Which rows each article takes: its first row, from its height, kept per width
    and extended (not rebuilt) as articles arrive."""

    def __init__(self) -> None:
        self.width = -1
        self.starts: list[int] = [0]   # starts[i]: the first row of article i; starts[-1]: the total

    def update(self, titles: list[str], width: int, height_of: Callable[[str, int], int]) -> None:
        if width != self.width:
            self.width, self.starts = width, [0]
        for title in titles[len(self.starts) - 1:]:
            self.starts.append(self.starts[-1] + height_of(title, width))

    @property
    def total(self) -> int:
        return self.starts[-1]

    def find(self, row: int) -> tuple[int, int]:
        """(article, row within it) of list row ``row`` (which may be past the end)."""
        if row >= self.total:
            return len(self.starts) - 1 + (row - self.total), 0
        index = bisect_right(self.starts, row) - 1
        return index, row - self.starts[index]

    def height(self, index: int) -> int:
        return self.starts[index + 1] - self.starts[index]


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
        self.rows = RowMap()

    # --- data -------------------------------------------------------------------

    def _title_width(self, width: int) -> int:
        """Cells a title may take on one row at list width ``width``."""
        return self._columns(width)[1] - 1 if width >= WIDE else width - 3

    def _height(self, title: str, width: int) -> int:
        """Rows of one article: its title's rows (a narrow list adds the outlet row)."""
        rows = len(title_rows(title, self._title_width(width)))
        return rows if width >= WIDE else rows + 1

    def articles_added(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0:  # not laid out yet (the screen's on_mount): the first Resize measures
            return      # the titles, which at this width would wrap at every letter
        self.rows.update([a.title for a in self.articles], width, self._height)
        height = self.rows.total + 1 + (1 if self.loading_note else 0)
        self.virtual_size = Size(width, height)
        self.refresh()

    def set_share(self, index: int, share: float) -> None:
        if self.shares.get(index) != share:  # (the survey tells again the shares shown from the cache)
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
        if name in FOCUS_STYLED:  # they change with the focus, which does not clear the cache
            return component_style(self, f"article-list--{name}")
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
        if not self.articles or self.cursor >= len(self.rows.starts) - 1:
            return
        visible = max(self.scrollable_content_region.height - 1, 1)
        first, height = self.rows.starts[self.cursor], self.rows.height(self.cursor)
        top = round(self.scroll_y)
        if first < top:
            self.scroll_to(y=first, animate=False, immediate=True)
        elif first + height > top + visible:
            self.scroll_to(y=first + height - visible, animate=False, immediate=True)

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = len(self.articles) - 1

    def _page(self) -> int:
        """Articles in about a screenful of rows, from the cursor."""
        rows = max(self.scrollable_content_region.height - 1, 1)
        starts, here = self.rows.starts, min(self.cursor, len(self.rows.starts) - 1)
        there = bisect_right(starts, starts[here] + rows) - 1
        return max(there - here - 1, 1)

    def action_page_down(self) -> None:
        self.cursor += self._page()

    def action_page_up(self) -> None:
        self.cursor -= self._page()

    def action_open(self, pane: str) -> None:
        if self.articles:
            self.post_message(self.Open(self.cursor, pane))

    def on_click(self, event: events.Click) -> None:
        index, _part = self.rows.find(round(self.scroll_y) + event.y - 1)
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
            index, part = self.rows.find(round(self.scroll_y) + y - 1)
            if index < len(self.articles) and index < len(self.rows.starts) - 1:
                text = self._row(index, width, part) if width >= WIDE else self._stacked(index, width, part)
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
            text.append("Article".ljust(width - 2 - WORDS - SHARE) + "Words".rjust(WORDS) + "Same".rjust(SHARE))
        text.pad_right(max(width - text.cell_len, 0))
        text.stylize(self._style("header"))
        return text

    def _columns(self, width: int) -> tuple[int, int]:
        outlet = 16 if width >= 90 else 12
        return outlet, max(width - 2 - outlet - WORDS - SHARE, 4)

    def _lead(self, index: int) -> Text:
        pane = self.panes.get(index)
        text = Text(end="")  # the letter's style on the letter only, not on the row it starts
        text.append(f"{pane} " if pane else "  ", self._style("pane") if pane else None)
        return text

    def _row(self, index: int, width: int, part: int) -> Text:
        """Row ``part`` of article ``index`` in columns: outlet, title, words and
        share on the first row; the rest of a long title under its column."""
        article = self.articles[index]
        outlet, title = self._columns(width)
        lines = title_rows(article.title, title - 1)
        line = lines[part] if part < len(lines) else ""
        if part:
            text = Text(" " * (2 + outlet), end="")
            text.append_text(_cell(line, title - 1))
            return self._cursor(text, index, width)
        text = self._lead(index)
        text.append_text(_cell(article.outlet_label, outlet - 1,
                               self._style("outlet" if article.outlet else "muted")))
        text.append(" ")
        text.append_text(_cell(line, title - 1))
        text.append(" ")
        text.append(f"{article.words:,}".rjust(WORDS - 1) + " ", self._style("muted"))
        text.append(self._share_label(index).rjust(SHARE - 1) + " ")
        return self._cursor(text, index, width)

    def _stacked(self, index: int, width: int, part: int) -> Text:
        """Row ``part`` of article ``index`` in a narrow list: the outlet, words and
        share first (the word count never cut: the outlet gives way), then the title."""
        article = self.articles[index]
        if part == 0:
            words = f"{article.words:,}"
            text = self._lead(index)
            text.append_text(_cell(article.outlet_label, width - 2 - max(WORDS, cell_len(words) + 1) - SHARE,
                                   self._style("outlet" if article.outlet else "muted")))
            text.append(words.rjust(max(WORDS, cell_len(words) + 1)), self._style("muted"))
            text.append(self._share_label(index).rjust(SHARE - 1) + " ")
        else:
            lines = title_rows(article.title, self._title_width(width))
            text = Text("  ", end="")
            text.append_text(_cell(lines[part - 1] if part - 1 < len(lines) else "", width - 3))
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
