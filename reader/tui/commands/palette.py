"""The command palette (``ctrl+p``): every reader action, by name."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from reader.tui import bindings
from reader.tui.app_handle import reader_app

Command = tuple[str, Callable[[], object], str]  # name, callback, help text


class ListedCommands(Provider):
    """A provider whose commands are a list of (name, callback, help text)."""

    def _commands(self) -> Iterable[Command]:
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
    def _commands(self) -> Iterable[Command]:
        app = reader_app(self)
        main = app.main_screen
        for _title, section, where in bindings.SECTIONS:
            if where not in bindings.PALETTE_WHERE:
                continue
            for binding in section:
                name = "Quit reader" if binding.action == "quit" else binding.description
                if where == "list":
                    name = f"List: {name}"
                elif where == "pane":
                    name = f"Pane: {name}"
                help_text = f"{binding.tooltip} · key: {bindings.key_label(app, binding)}"
                yield name, partial(main.run_palette_action, where, binding.action), help_text
