"""``y``: copy the quote selected in the side panel with its attribution; ``Y`` (or the
command palette) picks the citation format (``PairState.cite_format``). A part of the
comparison screen."""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len

from reader.reports.citation import STYLES
from reader.text.cells import cut
from reader.tui.side_items import EntityItem, QuoteItem
from reader.tui.state import PairState

# The citation styles, in reader.reports.citation's order, with the names the UI shows.
FORMATS = dict(zip(STYLES, ("plain text", "Markdown", "APA", "MLA", "Chicago"), strict=True))
PREVIEW = 160  # cells of the copied text shown in the notification (it wraps), cut between words


def preview(text: str, cells: int = PREVIEW) -> str:
    """``text`` on one line, cut between two words to at most ``cells`` cells ("…" after)."""
    flat = " ".join(text.split())
    if cell_len(flat) <= cells:
        return flat
    words: list[str] = []
    used = 1  # the "…"
    for word in flat.split(" "):
        need = cell_len(word) + (1 if words else 0)
        if used + need > cells:
            break
        words.append(word)
        used += need
    if not words:  # one word longer than the room: cut it after all
        return cut(flat, cells)
    return " ".join(words) + "…"


@dataclass(frozen=True)
class Copied:
    """What was copied, and the notification that says so."""

    text: str
    preview: str
    title: str


class QuoteCopy:
    def __init__(self, state: PairState) -> None:
        self.state = state

    def copy(self, item: QuoteItem | EntityItem) -> Copied:
        """``item`` cited in the current format (a quote), or its name (an entity)."""
        if isinstance(item, EntityItem):
            return Copied(item.name, preview(item.name), f"Copied {item.type}")
        from reader.reports.citation import cite

        parts = item.parts if len(item.parts) > 1 else item.parts[0]
        text = cite(parts, item.article, self.state.cite_format)
        return Copied(text, preview(text), f"Copied quote ({FORMATS[self.state.cite_format]})")

    def set_format(self, style: str) -> str:
        """Copy quotes as ``style`` from now on; the notification that says so."""
        self.state.cite_format = style
        return f"y copies quotes as {FORMATS[style]}."

    def next_format(self) -> str:
        names = list(FORMATS)
        return self.set_format(names[(names.index(self.state.cite_format) + 1) % len(names)])
