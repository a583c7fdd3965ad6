"""``?``: every key, section by section, with the marks the panes use."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
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
]


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = list(bindings.HELP)

    def __init__(self) -> None:
        super().__init__()
        self.table: Table | None = None  # what compose() shows (the keys as the user's keymap has them)

    def compose(self) -> ComposeResult:
        self.table = table = self._table()
        with VerticalScroll(id="help"):
            yield Static(table, id="help-keys")

    def _table(self) -> Table:
        app = reader_app(self)
        table = Table.grid(padding=(0, 2))
        table.add_column(justify="right", style="bold", no_wrap=True)
        table.add_column()
        table.add_column(style="dim")
        table.add_row("", Text("reader keys", style="bold underline"),
                      Text("esc or ? closes this help", style="italic"))
        for title, section, _where in bindings.SECTIONS:
            table.add_row("", "", "")
            table.add_row("", Text(title, style="bold"), "")
            for binding in section:
                table.add_row(bindings.key_label(app, binding), binding.description, binding.id or "")
        table.add_row("", "", "")
        table.add_row("", Text("Textual", style="bold"), "")
        for key, description in bindings.BUILTIN:
            table.add_row(key, description, "")
        table.add_row("", "", "")
        table.add_row("", Text("Marks in the panes", style="bold"), "")
        for mark, meaning in LEGEND:
            table.add_row(mark, meaning, "")
        table.add_row("", "", "")
        table.add_row("", Text("Remap keys in keymap.toml: \"binding-id\" = \"key\" (ids on the right).",
                               style="italic"), "")
        return table

    def action_close(self) -> None:
        self.dismiss()
