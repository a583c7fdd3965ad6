"""Command palette entries that pick the citation format ``y`` copies quotes in."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from reader.tui.app_handle import reader_app
from reader.tui.commands.palette import Command, ListedCommands
from reader.tui.screens.quote_copy import FORMATS


class CitationCommands(ListedCommands):
    def _commands(self) -> Iterable[Command]:
        main = reader_app(self).main_screen
        for style, name in FORMATS.items():
            current = " (current)" if style == main.state.cite_format else ""
            yield (f"Citation format: {name}", partial(main.set_cite_format, style),
                   f"y copies quotes as {name}{current}")
