"""The story screen's matrix of shared text, drawn as a heat map with a cell cursor.

Row i, column j is the share of article i's words in passages shared with article j.
Each cell's background is the theme's heat colour (component class ``heat-map--hot``)
blended over the widget's background by that share, and the percentage is written in
the cell, so the map reads without colour too. Labels are article ids: data, drawn as
:class:`rich.text.Text`, never as markup.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from reader.text.cells import cut
from reader.tui import bindings
from reader.tui.styling import LazyComponents, component_style

MAX_LABEL = 40   # row labels are cut to this many cells
MIN_CELL = 7     # narrowest cell, its column label included; wider (up to the longest id) when there is room


class HeatMap(LazyComponents, can_focus=True):
    BINDINGS: ClassVar[list[BindingType]] = list(bindings.MAP)
    COMPONENT_CLASSES: ClassVar[set[str]] = {"heat-map--hot", "heat-map--label", "heat-map--cursor-label"}

    cursor: reactive[tuple[int, int]] = reactive((0, 1))

    class Selected(Message):
        """Enter on a cell: open article ``row`` in pane A and ``column`` in pane B."""

        def __init__(self, row: int, column: int) -> None:
            super().__init__()
            self.row, self.column = row, column

    def __init__(self, ids: list[str], shares: list[list[float | None]], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.ids = ids
        self.shares = shares
        self._longest = max((cell_len(i) for i in ids), default=1)
        self.label_width = min(MAX_LABEL, self._longest) + 1
        self.cell = MIN_CELL
        self.header_rows = 1
        self.set_reactive(HeatMap.cursor, self.first_cell())

    def first_cell(self) -> tuple[int, int]:
        """Where the cursor starts: the first row's first cell off the diagonal."""
        return (0, 1 if len(self.ids) > 1 else 0)

    # --- size -------------------------------------------------------------------

    def fit(self, width: int) -> None:
        """Cells as wide as the longest id (so no column name is cut) when ``width``
        cells leave room, else as wide as the room allows, never under MIN_CELL."""
        n = max(len(self.ids), 1)
        self.label_width = min(MAX_LABEL, self._longest, max(width // 4, 8)) + 1
        room = (width - self.label_width) // n
        self.cell = max(MIN_CELL, min(self._longest + 2, room))
        # Column names too long for their cell go on two staggered rows (even columns
        # above, odd ones below), each with room for two cells: no name cut at 80 columns.
        self.header_rows = 1 if self._longest <= self.cell - 1 else 2

    def get_content_width(self, container: Size, viewport: Size) -> int:
        self.fit(container.width)
        return self.label_width + self.cell * len(self.ids)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.ids) + self.header_rows

    # --- drawing ----------------------------------------------------------------

    def render(self) -> Text:
        n = len(self.ids)
        hot = self.get_component_styles("heat-map--hot").background
        base = self.background_colors[1]
        label = component_style(self, "heat-map--label")
        cursor_label = component_style(self, "heat-map--cursor-label")
        row_c, col_c = self.cursor
        out = Text(no_wrap=True, overflow="crop")
        for r in range(self.header_rows):
            if r:
                out.append("\n")
            out.append_text(self._column_names(r, label, cursor_label))
        for i, ident in enumerate(self.ids):
            out.append("\n")
            out.append(cut(ident, self.label_width - 1).ljust(self.label_width),
                       cursor_label if i == row_c else label)
            for j in range(n):
                share = self.shares[i][j]  # None: two copies of one widely carried text, not aligned
                text = "—" if i == j else "n/a" if share is None else f"{round(share * 100)}%"
                background = base.blend(hot, min(max(share, 0.0), 1.0)) if i != j and share is not None else base
                style = Style(bgcolor=background.rich_color,
                              color=background.get_contrast_text(0.9).rich_color)
                here = (i, j) == (row_c, col_c)
                if here:
                    style += Style(bold=True, underline=True, reverse=self.has_focus)
                out.append((("▸" if here else "") + text).rjust(self.cell - 1), style)
                out.append(" ")
        return out

    def _column_names(self, row: int, label: Style, cursor_label: Style) -> Text:
        """Header row ``row``: each column's name right-aligned on its cell; with two
        rows, every other column's, each with two cells of room."""
        rows, cell = self.header_rows, self.cell
        room = cell - 1 if rows == 1 else 2 * cell - 2
        text = Text(" " * self.label_width, no_wrap=True, end="")
        column_c = self.cursor[1]
        for j, ident in enumerate(self.ids):
            if j % rows != row:
                continue
            end = self.label_width + cell * (j + 1) - 1  # the cell's last cell before its gap
            name = cut(ident, min(room, end))
            start = end - cell_len(name)
            text.append(" " * max(start - text.cell_len, 0))
            text.append(name, cursor_label if j == column_c else label)
        return text

    def watch_cursor(self) -> None:
        row, column = self.cursor
        self.scroll_cell_visible(row, column)

    def scroll_cell_visible(self, row: int, column: int) -> None:
        container = self.parent
        if not self.is_mounted or not isinstance(container, Widget):
            return
        cell = Region(self.label_width + self.cell * column, row + self.header_rows, self.cell, 1)
        container.scroll_to_region(cell.translate(self.virtual_region.offset), animate=False, force=True)

    def cell_at(self, x: int, y: int) -> tuple[int, int] | None:
        """The (row, column) of the cell drawn at ``x``, ``y`` (widget cells), or None."""
        row, column = y - self.header_rows, (x - self.label_width) // self.cell if x >= self.label_width else -1
        n = len(self.ids)
        return (row, column) if 0 <= row < n and 0 <= column < n else None

    def on_click(self, event: events.Click) -> None:
        """A click moves the cursor to the cell; a click on the cursor's cell, or a
        double-click, opens its pair."""
        offset = event.get_content_offset(self)
        found = self.cell_at(offset.x, offset.y) if offset is not None else None
        if found is None:
            return
        again = found == self.cursor
        self.cursor = found
        if again or event.chain >= 2:
            self.action_select()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    # --- keys -------------------------------------------------------------------

    def action_move(self, rows: int, columns: int) -> None:
        n = len(self.ids)
        if not n:
            return
        row, column = self.cursor
        self.cursor = (min(max(row + rows, 0), n - 1), min(max(column + columns, 0), n - 1))

    def action_edge(self, direction: int) -> None:
        """The first row (``direction`` -1) or the last (1), in the same column."""
        if self.ids:
            self.cursor = (0 if direction < 0 else len(self.ids) - 1, self.cursor[1])

    def action_select(self) -> None:
        row, column = self.cursor
        self.post_message(self.Selected(row, column))
