"""The story of the loaded articles for the Story screen (``m``), analysed in a thread
worker: ahead of the key for a library of at most :data:`STORY_AHEAD` articles (once it
is loaded and indexed, so ``m`` finds it ready), else when the screen first asks.

Once the story is analysed, its Story screen is built ahead too (:meth:`StoryAnalysis.
prepare_screen`): composed, laid out and drawn off the screen
(:mod:`reader.tui.offscreen`), so ``m`` shows it in one repaint; it is kept for the
session (closed, it is put back as it opens), until the articles change.

:func:`reader.analysis.story.analyse_story` runs once per set of articles; the result is
kept for the session, keyed by the articles' ids. The Story screen that waits for it
hears of the progress and of the result through the callbacks it gives
:meth:`StoryAnalysis.watch`. The screen's module is imported by the worker too, once the
analysis is done, so the first ``m`` does not wait for the import either.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from reader.library.model import Article

if TYPE_CHECKING:
    from textual.app import App

    from reader.analysis.story import Story
    from reader.tui.screens.story_screen import StoryScreen

STORY_AHEAD = 60  # libraries up to this many articles are analysed before m is pressed
SCREEN_NAME = "reader-story"  # the Story screen built ahead, as installed on the app

Key = tuple[str, ...]
Progress = tuple[int, int, str]


def story_key(articles: list[Article]) -> Key:
    return tuple(a.id for a in articles)


class StoryAnalysis:
    """The analysed story of the app's articles: ready, under way, or not started."""

    def __init__(self, app: App[Any]) -> None:
        self.app = app
        self.cache: tuple[Key, Story] | None = None     # (article ids, their story)
        self.running: Key | None = None                 # the articles being analysed
        self.progress: Progress | None = None           # the running analysis's last step
        self._on_progress: Callable[[int, int, str], None] | None = None
        self._on_done: Callable[[Key, Story | None, str], None] | None = None
        self.screen: tuple[Key, StoryScreen] | None = None  # the Story screen built ahead, for its articles

    def screen_for(self, articles: list[Article]) -> StoryScreen:
        """The Story screen to push for ``articles``: the one built ahead when it shows
        their story, else a new one (which shows the analysis's progress)."""
        from reader.tui.screens.story_screen import StoryScreen

        built = self.screen
        if built is not None and built[0] == story_key(articles) and built[1].is_mounted:
            return built[1]
        return StoryScreen()

    def prepare_screen(self) -> None:
        """Build the Story screen of the analysed story ahead, off the screen, unless it
        is built already or a Story screen is shown (it is built once that one closes).
        A screen built for other articles is dropped."""
        from reader.tui import offscreen
        from reader.tui.app_handle import reader_app
        from reader.tui.screens.story_screen import StoryScreen

        app = reader_app(self.app)
        story = self.ready(app.articles) if app.is_running else None
        if story is None or isinstance(app.screen, StoryScreen):
            return
        key = story_key(app.articles)
        if self.screen is not None:
            if self.screen[0] == key:
                return
            self._drop_screen()
        app.later_styles()  # the Story screen's rules (parsed after the first frame)

        screen = StoryScreen(ahead=True)
        self.screen = (key, screen)
        offscreen.start(app, screen, SCREEN_NAME)

    def _drop_screen(self) -> None:
        if self.screen is None:
            return
        _key, screen = self.screen
        self.screen = None
        self.app.uninstall_screen(screen)
        screen.remove()

    def ready(self, articles: list[Article]) -> Story | None:
        """The story of ``articles`` when it is analysed, else None."""
        cached = self.cache
        return cached[1] if cached is not None and cached[0] == story_key(articles) else None

    def ahead(self, articles: list[Article]) -> None:
        """Start analysing ``articles`` unless there are more than STORY_AHEAD of them."""
        if 0 < len(articles) <= STORY_AHEAD:
            self.start(articles)

    def start(self, articles: list[Article]) -> None:
        """Analyse ``articles`` unless their story is ready or under way."""
        key = story_key(articles)
        if self.ready(articles) is not None or self.running == key:
            return
        self.running, self.progress = key, None
        articles = list(articles)
        self.app.run_worker(lambda: self._analyse(key, articles), thread=True, exclusive=True, group="story",
                            name="story")

    def watch(self, on_progress: Callable[[int, int, str], None] | None,
              on_done: Callable[[Key, Story | None, str], None] | None) -> None:
        """Tell ``on_progress`` each step of the running analysis, ``on_done`` its end:
        (key, story, "") or (key, None, the error). None, None: stop telling."""
        self._on_progress, self._on_done = on_progress, on_done

    def _analyse(self, key: Key, articles: list[Article]) -> None:  # in the worker's thread
        from reader.analysis import story as story_module

        def progress(done: int, total: int, what: str) -> None:
            # (a step not shown never stops the analysis: the screen or the app may be closing)
            with contextlib.suppress(Exception):
                self.app.call_from_thread(self._progress, key, (done, total, what))

        try:
            result = story_module.analyse_story(articles, progress=progress)
        except Exception as exc:  # shown on the screen, never as a traceback
            self.app.call_from_thread(self._done, key, None, f"{exc.__class__.__name__}: {exc}")
            return
        import reader.tui.screens.story_screen  # noqa: F401 (imported here, not when m is pressed)

        self.app.call_from_thread(self._done, key, result, "")

    def _progress(self, key: Key, step: Progress) -> None:
        if key != self.running:
            return
        self.progress = step
        if self._on_progress is not None:
            self._on_progress(*step)

    def _done(self, key: Key, story: Story | None, error: str) -> None:
        if key == self.running:
            self.running = None
        if story is not None:
            self.cache = (key, story)
        if self._on_done is not None:
            self._on_done(key, story, error)
        if story is not None:
            self.app.call_later(self.prepare_screen)
