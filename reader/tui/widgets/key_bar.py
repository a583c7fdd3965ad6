"""The footer: the keys that answer where the focus is, on one line that always keeps
``?`` (help) and ``q`` (quit), whatever the width.

Textual's own footer lists the keys in the order the focused widget, its screen and the
app declare them and crops what does not fit, which drops the app's ``?`` and ``q``
first. Here keys are chosen by priority (:data:`PRIORITY`, then the order they are
declared in) and drawn in that declared order, with the priority keys at the right, so
the most needed ones are the last to go. A click on a key presses it.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.screen import Screen

from reader.tui.styling import LazyComponents, component_style

# Binding ids kept first as the width shrinks (the rest follow in the order declared).
PRIORITY = ("reader.help", "reader.quit", "reader.story")
PALETTE = "ctrl+p"


def choose(keys: list[tuple[str, str, str]], width: int) -> list[tuple[str, str, str]]:
    """The (id, key shown, description) entries of ``keys`` that fit in ``width`` cells:
    the PRIORITY ids first, then in order; returned in drawing order (others, then the
    priority ids at the right)."""
    def cells(entry: tuple[str, str, str]) -> int:
        return cell_len(entry[1]) + cell_len(entry[2]) + 4  # " k" " description " and a space

    ranked = sorted(keys, key=lambda e: PRIORITY.index(e[0]) if e[0] in PRIORITY else len(PRIORITY))
    chosen: list[tuple[str, str, str]] = []
    used = 0
    for entry in ranked:
        if used + cells(entry) <= width:
            chosen.append(entry)
            used += cells(entry)
    first = [e for e in keys if e in chosen and e[0] not in PRIORITY]
    last = sorted((e for e in chosen if e[0] in PRIORITY), key=lambda e: -PRIORITY.index(e[0]))
    return first + last


class KeyBar(LazyComponents):
    COMPONENT_CLASSES: ClassVar[set[str]] = {"key-bar--key", "key-bar--description"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._spans: list[tuple[int, int, str]] = []  # cells start, end and the key pressed
        self._drawn: tuple[list[tuple[str, str, str, str]], int] | None = None  # entries and width last drawn

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        """Redraw only when the keys shown would change: the signal comes at every focus
        change, and a redraw of the same keys cost a frame of its own after a key's answer
        (the Story screen, `m`, ended with one)."""
        if self._drawn != (self.entries(), self.size.width):
            self.refresh()

    def entries(self) -> list[tuple[str, str, str, str]]:
        """(id, key shown, description, key pressed) of every key shown for the focus, once per action."""
        seen: set[str] = set()
        found: list[tuple[str, str, str, str]] = []
        palette = None
        for _node, binding, enabled, _tooltip in self.screen.active_bindings.values():
            if binding.key == PALETTE:
                palette = binding
            if not binding.show or not enabled or binding.action in seen:
                continue
            seen.add(binding.action)
            found.append((binding.id or binding.action, self.app.get_key_display(binding), binding.description,
                          binding.key))
        if palette is not None and self.app.ENABLE_COMMAND_PALETTE:
            found.append(self._palette_entry(palette))
        return found

    def _palette_entry(self, binding: Binding) -> tuple[str, str, str, str]:
        return ("palette", self.app.get_key_display(binding), "palette", binding.key)

    def render(self) -> Text:
        entries = self.entries()
        self._drawn = (entries, self.size.width)
        pressed = {(e[0], e[1], e[2]): e[3] for e in entries}
        key_style = component_style(self, "key-bar--key")
        description_style = component_style(self, "key-bar--description")
        text = Text(no_wrap=True, end="")
        self._spans = []
        for entry in choose([(e[0], e[1], e[2]) for e in entries], self.size.width):
            start = text.cell_len
            text.append(f" {entry[1]}", key_style)
            text.append(f" {entry[2]} ", description_style)
            self._spans.append((start, text.cell_len, pressed[entry]))
            text.append(" ")
        return text

    def on_click(self, event: events.Click) -> None:
        for start, end, key in self._spans:
            if start <= event.x < end:
                self.app.simulate_key(key)
                return
