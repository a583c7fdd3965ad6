"""The command palette (``ctrl+p``): every reader action, by name."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from reader.tui import keys
from reader.tui.help_screen import key_label


class ListedCommands(Provider):
    """A provider whose commands are a list of (name, callback, help text)."""

    def _commands(self):
        return ()

    async def discover(self) -> Hits:
        for name, callback, help_text in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)


class ReaderCommands(ListedCommands):
    def _commands(self):
        main = getattr(self.app, "main_screen", None)
        if main is None:
            return
        for _title, bindings, where in keys.SECTIONS:
            if where in ("search", "side"):
                continue
            for binding in bindings:
                name = "Quit reader" if binding.action == "quit" else binding.description
                if where == "list":
                    name = f"List: {name}"
                elif where == "pane":
                    name = f"Pane: {name}"
                help_text = f"{binding.tooltip} · key: {key_label(self.app, binding)}"
                yield name, partial(main.run_palette_action, where, binding.action), help_text
