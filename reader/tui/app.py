"""The reader TUI application: the library, the comparison cache and the workers that
fill them; the comparison screen does the rest (:mod:`reader.tui.screens.main_screen`).

Every attribute a screen or widget reads from the app is declared in
:meth:`ReaderApp.__init__`; they reach it typed through
:func:`reader.tui.app_handle.reader_app`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import events, work
from textual.app import App
from textual.binding import BindingType
from textual.screen import Screen

from reader.library.loading import LoadIssue
from reader.library.model import Article
from reader.library.resources import stylesheet_path
from reader.tui import bindings
from reader.tui.comparison_cache import CompareFn, ComparisonCache
from reader.tui.loader import IncrementalLoader
from reader.tui.screens.main_screen import MainScreen
from reader.tui.settings import Settings
from reader.tui.settings_apply import apply_settings, keep_theme
from reader.tui.story_ahead import StoryAnalysis
from reader.tui.styling import split_stylesheet

if TYPE_CHECKING:
    from textual.command import Provider
    from textual.driver import Driver

    from reader.engine.index import SeedIndex
    from reader.tui import StartupMode
    from reader.tui.idle_gc import IdleCollector

LOAD_BATCH = 250


def reader_commands() -> type[Provider]:
    """The command palette's reader commands (imported when the palette first opens)."""
    from reader.tui.commands.palette import ReaderCommands

    return ReaderCommands


def citation_commands() -> type[Provider]:
    """The palette's citation-format commands (imported when the palette first opens)."""
    from reader.tui.commands.citation import CitationCommands

    return CitationCommands


def save_front_matter() -> None:
    """The front matter read for the library saved now that it is loaded, not only at
    exit: a session that ends by a signal (the terminal closed: SIGHUP) runs no exit
    handlers, and the next start would import PyYAML and markdown-it again and parse
    every block before its first frame (about 13 ms for the bundled story). Nothing is
    written when nothing new was read (only a daily stat of the prune stamp)."""
    if "reader.library.frontmatter" in sys.modules:  # (not imported: nothing was read)
        from reader.library.frontmatter import CACHE

        CACHE.save()


class ReaderApp(App[int]):
    """Compare how outlets cover one story: ``ReaderApp(articles)`` or with a ``loader``
    that brings more articles in the background."""

    TITLE = "reader"
    BINDINGS: ClassVar[list[BindingType]] = list(bindings.APP)
    COMMANDS = App.COMMANDS | {reader_commands, citation_commands}
    NOTIFICATION_TIMEOUT = 4

    def __init__(self, articles: list[Article] | None = None, *, loader: IncrementalLoader | None = None,
                 pair: tuple[int, int] | None = None, compare: CompareFn | None = None,
                 issues: list[LoadIssue] | None = None, keymap: dict[str, str] | None = None,
                 settings: Settings | None = None, config: Path | None = None,
                 driver_class: type[Driver] | None = None) -> None:
        """``settings``: the user's (default: reader's defaults); ``config``: the file a
        theme picked in the palette is saved to (None: not saved); ``driver_class``:
        Textual's own unless the screen is drawn elsewhere (:mod:`reader.tui.terminal`)."""
        super().__init__(driver_class=driver_class)
        # styles.tcss, but the sections of what the first screen does not draw are parsed
        # after it (:meth:`later_styles`); the first part is read as CSS_PATH would be.
        path = stylesheet_path()
        first, self._later_css = split_stylesheet(path.read_text(encoding="utf-8"))
        self.stylesheet.add_source(first, read_from=(str(path), ""))
        if "TEXTUAL_ANIMATIONS" not in os.environ:
            # keys answer at once: a tab's underline sliding for 0.3 s kept the screen
            # repainting frame after frame (TEXTUAL_ANIMATIONS=full brings it back)
            self.animation_level = "none"
        self.articles: list[Article] = list(articles or [])  # grows as the loader reads on
        self.loader = loader
        self.loaded = loader is None or loader.done
        self.issues: list[LoadIssue] = issues if issues is not None else (loader.issues if loader else [])
        self.comparisons = ComparisonCache(compare)
        self.index: SeedIndex | None = None          # the library's seed index, once built
        self.story = StoryAnalysis(self)               # the Story screen's analysis, kept for the session
        self.main_screen = MainScreen(self.articles, pair)
        self.keymap_overrides: dict[str, str] = dict(keymap or {})
        self._read_keymap = keymap is None
        self.startup: StartupMode | None = None      # run()'s, ended once the first frame is drawn
        self.idle_gc: IdleCollector | None = None     # run()'s: full collections while the user is idle
        if keymap:
            self.set_keymap(keymap)
        self.settings = settings or Settings()
        self.config = config
        self.setting_problems: list[str] = apply_settings(self)  # notified once the screen is up

    def on_mount(self) -> None:
        keep_theme(self)  # a theme picked in the palette is saved to config

    def get_default_screen(self) -> Screen[None]:
        return self.main_screen

    def first_frame_drawn(self) -> None:
        """Called by the screen right after its first frame."""
        if self.startup is not None:
            from reader.tui.idle_gc import IdleCollector

            self.startup.end(freeze=True)
            self.idle_gc = IdleCollector()
            self.idle_gc.start()
            self.set_interval(1.0, self.idle_gc.tick)
        self.later_styles()

    async def on_event(self, event: events.Event) -> None:
        if self.idle_gc is not None and isinstance(event, events.InputEvent):
            self.idle_gc.touched()
        await super().on_event(event)

    def later_styles(self) -> None:
        """Add the rest of the stylesheet (parsed when next needed), once."""
        if self._later_css:
            self.stylesheet.add_source(self._later_css, read_from=(str(stylesheet_path()), "after the first frame"))
            self._later_css = ""

    def start_background(self) -> None:
        """Called by the screen once it is drawn: load the rest, then index the library."""
        for problem in self.setting_problems:
            self.notify(problem, title="settings", severity="warning", timeout=8, markup=False)
        if self._read_keymap:  # the user's keymap file, read once the screen is up
            from reader.tui.keymap_file import user_keymap

            keymap, problems = user_keymap()
            for problem in problems:  # one notification each; a path is text, never markup
                self.notify(problem, title="keymap", severity="warning", timeout=8, markup=False)
            if keymap:
                self.keymap_overrides = keymap
                self.set_keymap(keymap)
        if not self.loaded:
            self.load_rest()
        else:
            self._loaded()

    @work(thread=True, exclusive=True, group="load")
    def load_rest(self) -> None:
        loader = self.loader
        if loader is None:
            return
        while True:
            batch = loader.more(LOAD_BATCH)
            done = loader.done
            self.call_from_thread(self._arrived, batch, done)
            if done:
                return

    def _arrived(self, batch: list[Article], done: bool) -> None:
        self.articles.extend(batch)
        self.loaded = done
        self.main_screen.library_changed()
        if done:
            self._loaded()

    def _loaded(self) -> None:
        if self.issues:
            shown = "\n".join(str(issue) for issue in self.issues[:5])
            more = f"\n… and {len(self.issues) - 5} more" if len(self.issues) > 5 else ""
            self.notify(f"{shown}{more}", title=f"{len(self.issues)} file(s) skipped or read with problems",
                        severity="warning", timeout=8)
        self.save_caches()
        if len(self.articles) > 1:
            self.build_index([a.body for a in self.articles])
        else:
            self.story.ahead(self.articles)

    @work(thread=True, exclusive=True, group="save")
    def save_caches(self) -> None:
        """The front matter read saved, in a thread (a library of 10,000 articles read for
        the first time writes its 256 shards in about 70 ms)."""
        save_front_matter()

    @work(thread=True, exclusive=True, group="index")
    def build_index(self, texts: list[str]) -> None:
        from reader.engine.index import SeedIndex

        index = SeedIndex.build(texts)
        self.call_from_thread(self._index_ready, index)

    def _index_ready(self, index: SeedIndex) -> None:
        self.index = index
        self.main_screen.index_ready()
        self.story.ahead(self.articles)  # a small library: m finds its story ready

    def action_dismiss_messages(self) -> None:
        """Escape, where nothing else takes it: the messages shown go (the warnings about a
        folder's bad files stayed over pane B)."""
        self.clear_notifications()

    def action_help(self) -> None:
        from reader.tui.screens.help_screen import HelpScreen, screen_for

        if not isinstance(self.screen, HelpScreen):
            self.later_styles()
            self.push_screen(screen_for(self))  # built ahead: shown in one repaint

    def action_story(self) -> None:
        from reader.tui.screens.story_screen import StoryScreen

        if not isinstance(self.screen, StoryScreen):
            self.later_styles()
            self.push_screen(self.story.screen_for(self.articles), callback=self._story_closed)

    def action_versions(self) -> None:
        """The versions of pane A's article (an imported page fetched again)."""
        from reader.tui.screens.versions_screen import VersionsScreen

        a = self.main_screen.state.a
        if isinstance(self.screen, VersionsScreen) or a is None:
            return
        self.later_styles()
        self.push_screen(VersionsScreen(self.articles[a]))

    def _story_closed(self, pair: tuple[int, int] | None) -> None:
        """The story screen closed; on a heat map cell (row, column) when ``pair`` is given."""
        if pair is not None:
            self.main_screen.open_pair(*pair)
