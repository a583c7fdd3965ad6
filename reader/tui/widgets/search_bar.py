"""The search field: ``/`` opens it for the focused pane; typing searches as you go,
``enter`` returns to the pane (``n``/``N`` then move between matches), ``escape``
cancels."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType
from textual.message import Message
from textual.widgets import Input

from reader.tui import bindings


class SearchBar(Input):
    BINDINGS: ClassVar[list[BindingType]] = list(bindings.SEARCH)

    class Query(Message):
        """The field now reads ``value``: search for it."""

        def __init__(self, value: str) -> None:
            super().__init__()
            self.value = value

    class Done(Message):
        """Enter: back to the pane, the matches kept."""

    class Cancelled(Message):
        """Escape: the matches cleared."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="Search the pane", id=id)

    def open_for(self, side: str) -> None:
        self.placeholder = f"Search pane {side.upper()} (enter: done, n/N: next/previous, esc: cancel)"
        self.value = ""
        self.display = True
        self.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Query(event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Done())

    def action_cancel(self) -> None:
        self.post_message(self.Cancelled())
