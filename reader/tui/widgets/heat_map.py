"""The story screen's matrix of shared text, drawn as a heat map with a cell cursor.

Row i, column j is the share of article i's words in passages shared with article j.
Each cell's background is the theme's heat colour (component class ``heat-map--hot``)
blended over the widget's background by that share, and the percentage is written in
the cell, so the map reads without colour too. Labels are article ids: data, drawn as
:class:`rich.text.Text`, never as markup.
"""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from reader.text.cells import cut
from reader.tui.styling import LazyComponents, component_style

MAX_LABEL = 16   # row labels are cut to this many characters
MIN_CELL, MAX_CELL = 7, 11  # width of a cell, its column label included


class HeatMap(LazyComponents, can_focus=True):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "move(-1, 0)", "Up", show=False),
        Binding("down,j", "move(1, 0)", "Down", show=False),
        Binding("left,h", "move(0, -1)", "Left", show=False),
        Binding("right,l", "move(0, 1)", "Right", show=False),
        Binding("enter", "select", "Open pair", tooltip="Open the row's article in A, the column's in B"),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {"heat-map--hot", "heat-map--label", "heat-map--cursor-label"}

    cursor: reactive[tuple[int, int]] = reactive((0, 1))

    class Selected(Message):
        """Enter on a cell: open article ``row`` in pane A and ``column`` in pane B."""

        def __init__(self, row: int, column: int) -> None:
            super().__init__()
            self.row, self.column = row, column

    def __init__(self, ids: list[str], shares: list[list[float]], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.ids = ids
        self.shares = shares
        longest = max((len(i) for i in ids), default=1)
        self.label_width = min(MAX_LABEL, longest) + 1
        self.cell = min(MAX_CELL, max(MIN_CELL, longest + 1))
        self.set_reactive(HeatMap.cursor, (0, 1 if len(ids) > 1 else 0))

    # --- size -------------------------------------------------------------------

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return self.label_width + self.cell * len(self.ids)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.ids) + 1

    # --- drawing ----------------------------------------------------------------

    def render(self) -> Text:
        n = len(self.ids)
        hot = self.get_component_styles("heat-map--hot").background
        base = self.background_colors[1]
        label = component_style(self, "heat-map--label")
        cursor_label = component_style(self, "heat-map--cursor-label")
        row_c, col_c = self.cursor
        out = Text(no_wrap=True, overflow="crop")
        out.append(" " * self.label_width)
        for j, ident in enumerate(self.ids):
            out.append(cut(ident, self.cell - 1).rjust(self.cell - 1) + " ", cursor_label if j == col_c else label)
        for i, ident in enumerate(self.ids):
            out.append("\n")
            out.append(cut(ident, self.label_width - 1).ljust(self.label_width),
                       cursor_label if i == row_c else label)
            for j in range(n):
                share = self.shares[i][j]
                text = "—" if i == j else f"{round(share * 100)}%"
                background = base.blend(hot, min(max(share, 0.0), 1.0)) if i != j else base
                style = Style(bgcolor=background.rich_color,
                              color=background.get_contrast_text(0.9).rich_color)
                here = (i, j) == (row_c, col_c)
                if here:
                    style += Style(bold=True, underline=True, reverse=self.has_focus)
                out.append((("▸" if here else "") + text).rjust(self.cell - 1), style)
                out.append(" ")
        return out

    def watch_cursor(self) -> None:
        row, column = self.cursor
        self.scroll_cell_visible(row, column)

    def scroll_cell_visible(self, row: int, column: int) -> None:
        container = self.parent
        if not self.is_mounted or not isinstance(container, Widget):
            return
        cell = Region(self.label_width + self.cell * column, row + 1, self.cell, 1)
        container.scroll_to_region(cell.translate(self.virtual_region.offset), animate=False, force=True)

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

    def action_select(self) -> None:
        row, column = self.cursor
        self.post_message(self.Selected(row, column))
