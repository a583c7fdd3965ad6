"""The status line: what the pair has in common on the left, the state of the view
(passage, sync, loading, search) on the right; the summary gives way when narrow, then
the state's first parts, so its last ("sync on") stays."""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text

from reader.tui.styling import LazyComponents, component_style


def keep_end(state: str, cells: int) -> str:
    """``state`` ("a · b · sync on") in ``cells`` cells: whole parts dropped from the
    front (with "… · " where they were) until it fits, then cut at the front."""
    if cell_len(state) <= cells:
        return state
    parts = state.split(" · ")
    while len(parts) > 1:
        parts.pop(0)
        shown = "… · " + " · ".join(parts)
        if cell_len(shown) <= cells:
            return shown
    return ("…" + state[-(cells - 1):]) if cells > 1 else ""


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
        state = Text(keep_end(self.state, max(width - 2, 0)), component_style(self, "status-line--state"),
                     no_wrap=True)
        room = max(width - state.cell_len - 3, 0)
        text = Text(" ", no_wrap=True)
        summary = Text(self.summary, no_wrap=True)
        summary.truncate(room, overflow="ellipsis")
        text.append_text(summary)
        text.append(" " * max(width - 1 - summary.cell_len - state.cell_len, 1))
        text.append_text(state)
        return text
