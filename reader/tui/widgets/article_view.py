"""A reading pane's body: the article, wrapped to the pane, drawn with the Line API.

Only the rows on screen are drawn (``render_line``), from a :class:`~reader.tui.layout.Layout`
of the article's blocks, so a 50,000-word article costs no more to show than a short one.
Everything marked -- shared passages, changed words, search matches -- is a span of
body offsets, found on a row through the block's offset table.

The gutter on the left shows each passage's number (``⟨3⟩``) on the row where it
starts, so its twin in the other pane is easy to find, and a bar beside every row of a
passage: ``┃`` verbatim, ``│`` edited, ``┆`` rewritten. Marks are styles as well as
colours (removed words struck, added words bold and underlined), so they survive
``NO_COLOR``.

A scroll the user makes (keys, mouse wheel, scroll bar, a resize) is posted as
:class:`ArticleView.Scrolled`, so the screen can move the other pane to match; a scroll
made on the screen's behalf (a new article, a passage reached with ``]``, the other
pane followed, the side panel's selection) is not. The view alone decides which is
which (``_placing``), so no other object flags its scrolls.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from typing import TYPE_CHECKING, ClassVar, TypeVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import BindingType
from textual.cache import LRUCache
from textual.events import MouseScrollDown, MouseScrollUp, Resize
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.engine.change_kinds import plain_quotes
from reader.library.model import Article
from reader.tui import bindings
from reader.tui.document import ROLES, Block, Document, build_document
from reader.tui.layout import Layout, wrap
from reader.tui.styling import LazyComponents, component_style
from reader.tui.widgets.instant_scroll import InstantScroll
from reader.tui.widgets.steady_scrollbars import SteadyScrollbars

if TYPE_CHECKING:
    from reader.tui.marks import SideMarks

BARS = {"verbatim": "┃", "edited": "│", "rewritten": "┆"}
BUILT_APART = 200_000       # characters of a body above which its document is read (and wrapped) in a worker
WIDTHS_KEPT = 3             # wraps of one document kept, by text width (a resize back and forth)
_MARKS = ("shared", "current", "removed", "added", "moved", "cased", "match", "match-current", "selection", "marker",
          "marker-current", "verbatim", "edited", "rewritten", "rule", "placeholder")


# A span to mark: (start, end) body offsets, or a passage's (start, end, number, kind).
_Span = TypeVar("_Span", tuple[int, int], tuple[int, int, int, str])


def is_markdown(article: Article) -> bool:
    return article.path is None or article.path.suffix.lower() != ".txt"


class ArticleView(LazyComponents, SteadyScrollbars, InstantScroll, ScrollView, can_focus=True):
    """The scrolling body of pane A or B."""

    BINDINGS: ClassVar[list[BindingType]] = list(bindings.PANE)

    COMPONENT_CLASSES: ClassVar[set[str]] = {f"article-view--{name}" for name in ROLES + _MARKS}

    class Scrolled(Message):
        """The user scrolled pane ``side`` to row ``y``."""

        def __init__(self, side: str, y: float) -> None:
            super().__init__()
            self.side, self.y = side, y

    class Touched(Message):
        """The mouse wheel turned over pane ``side``: it leads synchronised scrolling."""

        def __init__(self, side: str) -> None:
            super().__init__()
            self.side = side

    def __init__(self, side: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.side = side
        self.article: Article | None = None
        self.document: Document | None = None
        self.rows: Layout | None = None
        self.marks: SideMarks | None = None
        self.current: int | None = None          # number of the current passage
        self.matches: list[tuple[int, int]] = []  # search matches, body offsets
        self.match_index = -1
        self.selection: list[tuple[int, int]] = []  # mentions of the side panel's item
        self.placeholder = ""
        self._placing = False                    # scrolling on the screen's behalf: not posted
        self._gutter = 0
        self._width = 0
        self._lines: LRUCache[int, Strip] = LRUCache(1024)
        self._layouts: LRUCache[int, Layout] = LRUCache(WIDTHS_KEPT)  # the document's wraps, by text width
        self._styles: dict[str, Style] | None = None
        self._base: Style | None = None          # rich_style, kept until the styles change
        self._restyled = False                   # the styles were updated since the last draw
        self._row_passages: dict[int, list[tuple[int, int, int, str]]] = {}
        self._row_changes: dict[int, list[tuple[int, int]]] = {}
        self._row_moved: dict[int, list[tuple[int, int]]] = {}
        self._row_cased: dict[int, list[tuple[int, int]]] = {}
        self._row_matches: dict[int, list[tuple[int, int]]] = {}
        self._row_selection: dict[int, list[tuple[int, int]]] = {}

    # --- content ----------------------------------------------------------------

    def show(self, article: Article | None, placeholder: str = "") -> None:
        """Show ``article`` from the top, with no marks (or ``placeholder`` when None). A
        body over ``BUILT_APART`` characters is read in a worker (a 4.8 MB page took 8 s,
        the screen frozen): its placeholder says so until :meth:`_built` shows it."""
        self.article = article
        self.placeholder = placeholder
        self._layouts.clear()
        if article is not None and len(article.body) > BUILT_APART:
            self.document = None
            self.placeholder = f"Reading {article.id} ({len(article.body) / 1_048_576:.1f} MB)…"
            self.run_worker(partial(self._build, article, self._text_width(self._gutter_for(None))),
                            thread=True, exclusive=True,
                            group=f"document-{self.side}", name="document", description="document")
        else:
            self.document = build_document(article.body, is_markdown(article)) if article else None
        self.marks, self.current, self.matches, self.match_index = None, None, [], -1
        self.selection = []
        with self._placed():
            self._relayout(keep_position=False)
            self.scroll_to(0, 0, animate=False, immediate=True)

    def _build(self, article: Article, text_width: int = 0) -> None:     # in a worker's thread
        document = build_document(article.body, is_markdown(article))
        rows = Layout(document, text_width) if text_width > 0 else None
        self.app.call_from_thread(self._built, article, document, rows)

    def _built(self, article: Article, document: Document, rows: Layout | None = None) -> None:
        """The document of a large article, read apart (and its wrap at the width the pane
        had then): shown if it is still the one asked for."""
        if self.article is not article or not self.is_attached:
            return
        self.document, self.placeholder = document, ""
        self._layouts.clear()
        if rows is not None:
            self._layouts[rows.width] = rows
        with self._placed():
            self._relayout(keep_position=False)
            self.scroll_to(0, 0, animate=False, immediate=True)
        self.refresh()

    def set_marks(self, marks: SideMarks | None) -> None:
        """Mark ``marks`` (None: none); re-wrapping for the gutter keeps the top row."""
        self.marks = marks
        self.current = None
        with self._placed():
            self._relayout(keep_position=True)

    def place(self, y: float) -> None:
        """Scroll to row ``y`` on the screen's behalf: not a scroll the other pane follows."""
        with self._placed():
            self.scroll_to(y=y, animate=False, immediate=True)

    @contextmanager
    def _placed(self) -> Iterator[None]:
        placing, self._placing = self._placing, True
        try:
            yield
        finally:
            self._placing = placing

    def set_current(self, number: int | None) -> None:
        if number == self.current:
            return
        rows = self._passage_rows(self.current) | self._passage_rows(number)
        self.current = number
        self._forget_rows(rows)

    def _passage_rows(self, number: int | None) -> set[int]:
        """The rows passage ``number`` is drawn on (its gutter marks it as current)."""
        span = self.marks.span_of(number) if self.marks and number is not None else None
        return self._rows_of([span]) if span else set()

    def _gutter_for(self, marks: SideMarks | None) -> int:
        n = len(marks.passages) if marks else 0
        return max(4, cell_len(f"⟨{n}⟩")) + 1 if n else 2

    def _text_width(self, gutter: int) -> int:
        return self.scrollable_content_region.width - gutter

    def _relayout(self, keep_position: bool) -> None:
        """Wrap the document to the pane's width (a wrap kept for that width is reused).
        A large document is rewrapped in a worker (a 4.3 MB article took seconds, the
        screen frozen on every resize): its old wrap is shown meanwhile. With no wrap to
        show yet (the pane had no width when the document was read) it is wrapped here."""
        width = self.scrollable_content_region.width
        self._width = width
        self._gutter = self._gutter_for(self.marks)
        if self.document is None or width <= 0:
            self._set_rows(None, keep_position)
            return
        text_width = width - self._gutter
        rows = self._layouts.get(text_width)
        if rows is None and self.rows is not None and self.article is not None and len(self.article.body) > BUILT_APART:
            self.run_worker(partial(self._wrap, self.document, text_width, keep_position), thread=True,
                            exclusive=True, group=f"wrap-{self.side}", name="wrap", description="wrap")
            self._set_rows(self.rows, keep_position=False)      # the old wrap meanwhile
            return
        if rows is None:
            rows = self._layouts[text_width] = Layout(self.document, text_width)
        self._set_rows(rows, keep_position)

    def _wrap(self, document: Document, text_width: int, keep_position: bool) -> None:   # in a worker's thread
        rows = Layout(document, text_width)
        self.app.call_from_thread(self._wrapped, document, rows, keep_position)

    def _wrapped(self, document: Document, rows: Layout, keep_position: bool) -> None:
        """A large document's wrap, made apart: kept, and shown if the pane still has that width."""
        if document is not self.document or not self.is_attached:
            return
        self._layouts[rows.width] = rows
        if rows.width == self._text_width(self._gutter):
            with self._placed():
                self._set_rows(rows, keep_position)

    def _set_rows(self, rows: Layout | None, keep_position: bool) -> None:
        top = self.top_offset() if keep_position else None
        self.rows = rows
        if rows is None:
            self.virtual_size = Size(max(self._width, 0), len(self._placeholder_lines()))
        else:
            self.virtual_size = Size(self._width, len(rows))
        self.update_scrollbars()
        self._index_marks()
        if top is not None and rows is not None:
            self.scroll_to(y=rows.row_of(top), animate=False, immediate=True)

    def _index_marks(self) -> None:
        self._row_passages = self._by_row(self.marks.passages if self.marks else [])
        self._row_changes = self._by_row(self.marks.changed if self.marks else [])
        self._row_moved = self._by_row(self.marks.moved if self.marks else [])
        self._row_cased = self._by_row(self.marks.cased if self.marks else [])
        self._row_matches = self._by_row(self.matches)
        self._row_selection = self._by_row(self.selection)
        self._forget()

    def _by_row(self, spans: Sequence[_Span]) -> dict[int, list[_Span]]:
        rows: dict[int, list[_Span]] = {}
        if self.rows is None:
            return rows
        row_of = self.rows.row_of
        for span in spans:
            start, end = span[0], span[1]
            for row in range(row_of(start), row_of(max(end - 1, start)) + 1):
                rows.setdefault(row, []).append(span)
        return rows

    def _forget(self) -> None:
        self._lines.clear()
        self.refresh()

    def _rows_of(self, spans: Sequence[tuple[int, int]] | Sequence[tuple[int, int, int, str]]) -> set[int]:
        """Every row a span of ``spans`` covers."""
        if self.rows is None:
            return set()
        row_of = self.rows.row_of
        return {row for span in spans for row in range(row_of(span[0]), row_of(max(span[1] - 1, span[0])) + 1)}

    def _forget_rows(self, rows: set[int]) -> None:
        """Draw only ``rows`` again (a mark that moved): the other rows keep their strips,
        so a selection or the current passage changing costs a few rows, not the pane."""
        top = round(self.scroll_y)
        height = self.scrollable_content_region.height
        for row in rows:
            self._lines.discard(row)
            if top <= row < top + height:
                self.refresh_line(row)

    def notify_style_update(self) -> None:
        # Textual calls this whenever an ancestor's classes change (the focus moving
        # from one area to another restyles the whole pane), mostly with nothing this
        # pane draws changed: the rows drawn are kept until the next draw finds that
        # the styles they used did change (:meth:`_check_styles`).
        super().notify_style_update()
        self._restyled = True

    def _check_styles(self) -> None:
        """After a style update: the styles the rows drawn used, again; when any changed,
        the rows are drawn anew."""
        self._restyled = False
        used = self._styles or {}
        self._styles = {name: component_style(self, f"article-view--{name}") for name in used}
        base, self._base = self._base, self.rich_style
        if base != self._base or used != self._styles:
            self._lines.clear()

    # The mouse wheel over a pane makes it lead synchronised scrolling. These run
    # before Widget's own handlers, which do the scrolling.
    def on_mouse_scroll_down(self, event: MouseScrollDown) -> None:
        self.post_message(self.Touched(self.side))

    def on_mouse_scroll_up(self, event: MouseScrollUp) -> None:
        self.post_message(self.Touched(self.side))

    def on_resize(self, event: Resize) -> None:
        if self.scrollable_content_region.width != self._width:
            self._relayout(keep_position=True)

    # --- positions --------------------------------------------------------------

    def top_offset(self) -> int | None:
        """Body offset of the first row on screen."""
        if self.rows is None or not len(self.rows):
            return None
        return self.rows.row_offsets[min(round(self.scroll_y), len(self.rows) - 1)]

    def row_of(self, offset: int) -> int:
        return self.rows.row_of(offset) if self.rows is not None else 0

    def passage_row(self, number: int) -> int | None:
        span = self.marks.span_of(number) if self.marks else None
        return self.row_of(span[0]) if span else None

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if not self._placing and round(old_value) != round(new_value):
            self.post_message(self.Scrolled(self.side, new_value))

    # --- search -----------------------------------------------------------------

    def search(self, query: str) -> int:
        """Mark every match of ``query``, any case and quote style (``'`` finds ``’``): how many."""
        self.matches, self.match_index = [], -1
        if query and self.document is not None:
            pattern = re.compile(re.escape(plain_quotes(query)), re.IGNORECASE)
            for block in self.document.blocks:
                for m in pattern.finditer(plain_quotes(block.plain)):
                    s, e = m.span()
                    self.matches.append((block.offsets[s], block.offsets[e - 1] + 1))
        self._row_matches = self._by_row(self.matches)
        self._forget()
        return len(self.matches)

    def goto_match(self, step: int) -> int | None:
        """Move to the next (step 1) or previous (-1) match; returns its row."""
        if not self.matches:
            return None
        if self.match_index < 0:
            top = self.top_offset() or 0
            after = bisect_left([s for s, _ in self.matches], top)
            self.match_index = (after if step > 0 else after - 1) % len(self.matches)
        else:
            self.match_index = (self.match_index + step) % len(self.matches)
        row = self.row_of(self.matches[self.match_index][0])
        if not self.scroll_y <= row < self.scroll_y + self.scrollable_content_region.height:
            self.scroll_to(y=max(row - self.scrollable_content_region.height // 3, 0), animate=False,
                           immediate=True)
        self._forget()
        return row

    # --- the side panel's selection ------------------------------------------------

    def set_selection(self, spans: list[tuple[int, int]]) -> int | None:
        """Mark ``spans`` (the mentions of the item selected in the side panel) and
        scroll to the first when it is off screen; returns its row (None: no spans)."""
        selection = sorted(spans)
        if selection != self.selection:
            rows = self._rows_of(self.selection) | self._rows_of(selection)
            self.selection = selection
            self._row_selection = self._by_row(selection)
            self._forget_rows(rows)
        if not self.selection or self.rows is None:
            return None
        row = self.row_of(self.selection[0][0])
        height = self.scrollable_content_region.height
        if not self.scroll_y <= row < self.scroll_y + height - 1:
            self.place(max(row - height // 3, 0))
        return row

    # --- drawing ----------------------------------------------------------------

    def _style(self, name: str) -> Style:
        if self._styles is None:
            self._styles = {}
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = component_style(self, f"article-view--{name}")
        return style

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        row = scroll_y + y
        width = self.scrollable_content_region.width
        if self._restyled:
            self._check_styles()
        base = self._base
        if base is None:  # walks every ancestor's styles: once, not once a row
            base = self._base = self.rich_style
        strip = self._lines.get(row)
        if strip is None:
            text = self._row_text(row, width)
            if text is None:
                strip = Strip.blank(width, base)
            else:
                segments = Segment.apply_style(list(text.render(self.app.console)), base)
                strip = Strip(segments).adjust_cell_length(width, base)
            self._lines[row] = strip
        return strip.crop_extend(scroll_x, scroll_x + width, base)

    def _row_text(self, row: int, width: int) -> Text | None:
        """Row ``row`` of the pane: gutter, prefix (list marker, quote bar) and text."""
        if self.rows is None:
            lines = self._placeholder_lines()
            return Text(" " + lines[row], style=self._style("placeholder"), end="") if row < len(lines) else None
        if row >= len(self.rows):
            return None
        block_index, start, end = self.rows.rows[row]
        line = self._gutter_text(row)
        if block_index < 0 or self.document is None:  # the blank row between blocks
            return line
        block = self.document.blocks[block_index]
        if block.kind == "rule":
            line.append("─" * max(width - self._gutter - 1, 0), self._style("rule"))
            return line
        prefix = block.first_prefix if self.rows.firsts[row] else block.rest_prefix
        if prefix:
            line.append(prefix, self._style("quote") if prefix.startswith("▎") else None)
        line.append_text(self._body_text(row, block, start, end))
        return line

    def _placeholder_lines(self) -> list[str]:
        """The placeholder (no article, or one being read) wrapped to the pane, a space before."""
        if not self.placeholder or self.document is not None:
            return []
        text = self.placeholder
        return [text[s:e] for s, e in wrap(text, max(self._width - 1, 1))]

    def _body_text(self, row: int, block: Block, start: int, end: int) -> Text:
        """Characters ``start:end`` of ``block``: its inline roles, then the marks."""
        body = Text(block.plain[start:end], end="")
        for s, e, role in block.spans:
            if s < end and e > start:
                body.stylize(self._style(role), max(s, start) - start, min(e, end) - start)
        for s, e, style in self._row_marks(row):
            self._mark(body, block.offsets, start, end, s, e, style)
        return body

    def _row_marks(self, row: int) -> Iterator[tuple[int, int, str]]:
        """The marks on ``row`` as (start, end, style), each drawn over the ones before:
        passages, changed words, search matches, the side panel's selection."""
        current = self.current
        for s, e, number, _kind in self._row_passages.get(row, ()):
            yield s, e, "current" if number == current else "shared"
        changed = "removed" if self.side == "a" else "added"
        for s, e in self._row_changes.get(row, ()):
            yield s, e, changed
        for s, e in self._row_moved.get(row, ()):
            yield s, e, "moved"
        for s, e in self._row_cased.get(row, ()):
            yield s, e, "cased"
        here = self.matches[self.match_index] if self.match_index >= 0 else None
        for span in self._row_matches.get(row, ()):
            yield span[0], span[1], "match-current" if span == here else "match"
        for s, e in self._row_selection.get(row, ()):
            yield s, e, "selection"

    def _mark(self, body: Text, offsets: array[int], start: int, end: int, s: int, e: int, style: str) -> None:
        i = bisect_left(offsets, s, start, end) - start
        j = bisect_left(offsets, e, start, end) - start
        if j > i:
            body.stylize(self._style(style), i, j)

    def _gutter_text(self, row: int) -> Text:
        text = Text(end="", no_wrap=True)
        width = self._gutter
        passages = self._row_passages.get(row)
        if not passages:
            text.append(" " * width)
            return text
        opening = next((p for p in passages if self.row_of(p[0]) == row), None)
        is_current = any(p[2] == self.current for p in passages)
        if opening is not None:
            label = f"⟨{opening[2]}⟩"
            style = "marker-current" if opening[2] == self.current else "marker"
            text.append(" " * (width - 1 - cell_len(label)))
            text.append(label, self._style(style))
        else:
            kind = passages[-1][3]
            text.append(" " * (width - 2))
            text.append(BARS.get(kind, "│"), self._style("marker-current" if is_current else kind))
        text.append(" ")
        return text
