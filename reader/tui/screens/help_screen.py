"""``?``: every key, section by section, with the marks the panes use."""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.tui import bindings
from reader.tui.app_handle import reader_app

LEGEND = [
    ("⟨3⟩", "passage 3 starts on this row; its twin in the other pane has the same number"),
    ("┃ │ ┆", "rows of a verbatim, edited or rewritten passage"),
    ("struck", "words only A has (pane A)"),
    ("bold underlined", "words only B has (pane B)"),
    ("italic underlined", "words the other article has elsewhere: moved, not changed"),
]


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = list(bindings.HELP)

    def __init__(self) -> None:
        super().__init__()
        self.table: Text | None = None  # what compose() shows (the keys as the user's keymap has them)

    def compose(self) -> ComposeResult:
        self.table = table = self._table()
        with VerticalScroll(id="help"):
            yield Static(table, id="help-keys")

    def _rows(self) -> list[tuple[str, Text | str, str]]:
        """(keys, what they do, binding id) for every row, headings included."""
        app = reader_app(self)
        rows: list[tuple[str, Text | str, str]] = [
            ("", Text("reader keys", style="bold underline"), "esc or ? closes this help")]
        for title, section, _where in bindings.SECTIONS:
            rows += [("", "", ""), ("", Text(title, style="bold"), "")]
            rows += [(bindings.key_label(app, b), b.description, b.id or "") for b in section]
        rows += [("", "", ""), ("", Text("Textual", style="bold"), "")]
        rows += [(key, description, "") for key, description in bindings.BUILTIN]
        rows += [("", "", ""), ("", Text("Marks in the panes", style="bold"), "")]
        rows += [(mark, meaning, "") for mark, meaning in LEGEND]
        rows += [("", "", ""), ("", Text("Remap keys in keymap.toml: \"binding-id\" = \"key\" (ids on the right).",
                                         style="italic"), "")]
        return rows

    def _table(self) -> Text:
        """The keys as three aligned columns, as one Text: a Rich Table of a hundred rows
        took most of a second to measure and draw each time help opened."""
        rows = self._rows()
        keys = max(cell_len(k) for k, _d, _i in rows)
        described = max(cell_len(str(d)) for _k, d, i in rows if i)
        out = Text(end="")
        for n, (key, description, ident) in enumerate(rows):
            if n:
                out.append("\n")
            out.append(" " * (keys - cell_len(key)) + key, "bold")
            out.append("  ")
            what = description if isinstance(description, Text) else Text(description)
            out.append_text(what)
            if ident:
                out.append(" " * max(described - what.cell_len, 0) + "  ")
                out.append(ident, "italic dim" if n == 0 else "dim")
        return out

    def action_close(self) -> None:
        self.dismiss()
