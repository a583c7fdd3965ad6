"""The status line: what the pair has in common on the left, the state of the view
(passage, sync, loading, search) on the right; the summary gives way when narrow."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text

from reader.tui.styling import LazyComponents, component_style


class StatusLine(LazyComponents):
    COMPONENT_CLASSES: ClassVar[set[str]] = {"status-line--state"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.summary = ""
        self.state = ""

    def set(self, summary: str | None = None, state: str | None = None) -> None:
        if summary is not None:
            self.summary = summary
        if state is not None:
            self.state = state
        self.refresh()

    def render(self) -> Text:
        width = self.size.width
        state = Text(self.state, component_style(self, "status-line--state"), no_wrap=True)
        state.truncate(max(width - 2, 0), overflow="ellipsis")
        room = max(width - state.cell_len - 3, 0)
        text = Text(" ", no_wrap=True)
        summary = Text(self.summary, no_wrap=True)
        summary.truncate(room, overflow="ellipsis")
        text.append_text(summary)
        text.append(" " * max(width - 1 - summary.cell_len - state.cell_len, 1))
        text.append_text(state)
        return text
