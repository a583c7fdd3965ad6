"""Command palette entries that pick the citation format ``y`` copies quotes in."""

from __future__ import annotations

from functools import partial

from reader.tui.commands import ListedCommands
from reader.tui.quote_copy import FORMATS


class CitationCommands(ListedCommands):
    def _commands(self):
        main = getattr(self.app, "main_screen", None)
        if main is None:
            return
        for style, name in FORMATS.items():
            current = " (current)" if style == main.cite_format else ""
            yield (f"Citation format: {name}", partial(main.set_cite_format, style),
                   f"y copies quotes as {name}{current}")
