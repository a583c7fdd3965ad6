"""The user's settings put to work in the running app: the theme, citation format and
sync at start (:func:`apply_settings`), and a theme picked later saved to the settings
file in a worker thread (:func:`keep_theme`). The file itself is
:mod:`reader.tui.settings`."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.theme import Theme

    from reader.tui.app import ReaderApp


def apply_settings(app: ReaderApp) -> list[str]:
    """Apply ``app.settings``; one line per setting that could not be applied."""
    settings, problems = app.settings, []
    if settings.theme is not None:
        if settings.theme in app.available_themes:
            app.theme = settings.theme
        else:
            problems.append(f"theme '{settings.theme}' is not known; the palette (ctrl+p, \"theme\") lists them")
    app.main_screen.state.cite_format = settings.citation
    app.main_screen.state.sync = settings.sync
    return problems


def keep_theme(app: ReaderApp) -> None:
    """From now on, a theme the user picks is saved to ``app.config`` (when there is one)."""
    def changed(theme: Theme) -> None:
        config = app.config
        if config is not None and theme.name != app.settings.theme:
            app.settings = replace(app.settings, theme=theme.name)
            app.run_worker(partial(_save, app, theme.name, config), thread=True, exclusive=True, group="settings")

    app.theme_changed_signal.subscribe(app, changed)


def _save(app: ReaderApp, theme: str, path: Path) -> None:
    from reader.tui.settings import save_theme

    problem = save_theme(theme, path)
    if problem is not None:
        app.call_from_thread(app.notify, problem, title="settings", severity="warning", timeout=8, markup=False)
