"""``y``: copy the quote selected in the side panel with its attribution; ``Y`` (or the
command palette) picks the citation format (``PairState.cite_format``). A part of the
comparison screen."""

from __future__ import annotations

from dataclasses import dataclass

from reader.reports.citation import STYLES
from reader.text.cells import cut
from reader.tui.side_items import QuoteItem
from reader.tui.state import PairState

# The citation styles, in reader.reports.citation's order, with the names the UI shows.
FORMATS = dict(zip(STYLES, ("plain text", "Markdown", "APA", "MLA", "Chicago"), strict=True))
PREVIEW = 60  # cells of the copied text shown in the notification


@dataclass(frozen=True)
class Copied:
    """What was copied, and the notification that says so."""

    text: str
    preview: str
    title: str


class QuoteCopy:
    def __init__(self, state: PairState) -> None:
        self.state = state

    def copy(self, item: QuoteItem) -> Copied:
        """``item`` cited in the current format."""
        from reader.reports.citation import cite

        parts = item.parts if len(item.parts) > 1 else item.parts[0]
        text = cite(parts, item.article, self.state.cite_format)
        preview = cut(" ".join(text.split()), PREVIEW)
        return Copied(text, preview, f"Copied quote ({FORMATS[self.state.cite_format]})")

    def set_format(self, style: str) -> str:
        """Copy quotes as ``style`` from now on; the notification that says so."""
        self.state.cite_format = style
        return f"y copies quotes as {FORMATS[style]}."

    def next_format(self) -> str:
        names = list(FORMATS)
        return self.set_format(names[(names.index(self.state.cite_format) + 1) % len(names)])
