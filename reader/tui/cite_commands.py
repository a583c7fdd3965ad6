"""Command palette entries that pick the citation format ``y`` copies quotes in."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from reader.tui.quote_copy import FORMATS


class CitationCommands(Provider):
    def _commands(self):
        main = getattr(self.app, "main_screen", None)
        if main is None:
            return
        for style, name in FORMATS.items():
            current = " (current)" if style == main.cite_format else ""
            yield (f"Citation format: {name}", partial(main.set_cite_format, style),
                   f"y copies quotes as {name}{current}")

    async def discover(self) -> Hits:
        for name, callback, help_text in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)
