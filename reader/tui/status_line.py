"""The status line: what the pair has in common, and the state of the view."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static


class StatusLine(Static):
    COMPONENT_CLASSES = {"status-line--state"}

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.summary = ""
        self.state = ""

    def set(self, summary: str | None = None, state: str | None = None) -> None:
        if summary is not None:
            self.summary = summary
        if state is not None:
            self.state = state
        text = Text(" " + self.summary, no_wrap=True, overflow="ellipsis")
        if self.state:
            text.append("  ")
            text.append(self.state, self.get_component_rich_style("status-line--state", partial=True))
        self.update(text)
