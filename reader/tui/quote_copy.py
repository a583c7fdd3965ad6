"""``y``: copy the quote selected in the side panel with its attribution; ``Y`` (or the
command palette) picks the citation format. Mixed into the comparison screen."""

from __future__ import annotations

from reader.reports.citation import STYLES

# The citation styles, in reader.reports.citation's order, with the names the UI shows.
FORMATS = dict(zip(STYLES, ("plain text", "Markdown", "APA", "MLA", "Chicago"), strict=True))
PREVIEW = 60


class QuoteCopy:
    cite_format = "plain"

    def action_copy_quote(self) -> None:
        from reader.tui.side_panel import SidePanel

        panels = self.query(SidePanel)
        item = panels.first().quote if panels else None
        if item is None:
            self.notify('No quote selected: press " for the Quotes tab, then ↓ or ↑ to pick one.',
                        title="Nothing copied", severity="warning")
            return
        from reader.reports.citation import cite
        from reader.tui import clipboard

        parts = item.parts if len(item.parts) > 1 else item.parts[0]
        text = cite(parts, item.article, self.cite_format)
        clipboard.copy(self.app, text)
        flat = " ".join(text.split())
        preview = flat if len(flat) <= PREVIEW else flat[:PREVIEW].rstrip() + "…"
        self.notify(preview, title=f"Copied quote ({FORMATS[self.cite_format]})")

    def set_cite_format(self, style: str) -> None:
        self.cite_format = style
        self.notify(f"y copies quotes as {FORMATS[style]}.", title="Citation format", timeout=2)

    def action_cite_format(self) -> None:
        names = list(FORMATS)
        self.set_cite_format(names[(names.index(self.cite_format) + 1) % len(names)])
