"""The one place a screen, widget or command provider gets the app as a
:class:`~reader.tui.app.ReaderApp` rather than Textual's ``App[Any]``: every attribute
it reads is declared in ``ReaderApp.__init__``, so mypy checks them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, cast

if TYPE_CHECKING:
    from textual.app import App

    from reader.tui.app import ReaderApp


class HasApp(Protocol):
    """A DOM node, or a command palette provider: anything Textual gives ``.app``."""

    @property
    def app(self) -> App[Any]: ...


def reader_app(node: HasApp) -> ReaderApp:
    """The running :class:`~reader.tui.app.ReaderApp` (the only app reader runs)."""
    return cast("ReaderApp", node.app)
