"""reader's terminal UI (Textual). The core never imports this package.

:func:`run` is what ``reader``, ``reader PATH...`` and ``reader compare A B`` start.

Layout
    :mod:`~reader.tui.app`
        ``ReaderApp``: the library, the comparison cache, the seed index and the story
        cache, and the workers that load and index. Every attribute is declared in its
        ``__init__``; screens, widgets and palette providers reach it typed through
        :func:`~reader.tui.app_handle.reader_app`.
    :mod:`~reader.tui.state`
        ``PairState``: the pair in panes A and B, their comparison, the passage reached,
        sync, search and citation format -- one typed object, no Textual.
    :mod:`reader.tui.screens`
        the comparison screen (``main_screen``), built from plain parts given the state
        and the widgets they act on (``passage_walk``, ``pane_search``,
        ``share_survey``, ``quote_copy``); the story screen (``m``) and the help
        screen (``?``).
    :mod:`reader.tui.widgets`
        article list, reading panes (header and article view), side panel with its
        Quotes and Entities tabs (``side_list``), status line, footer (``key_bar``),
        search field, heat map.
    :mod:`reader.tui.commands`
        the command palette's providers.
    helpers, no widgets
        ``bindings`` (every default key, with its id), ``keymap_file`` (the user's
        overrides), ``comparison_cache`` (comparisons kept for the session),
        ``loader`` (the library a batch at a time), ``document`` / ``layout`` (an
        article as blocks, wrapped to rows), ``marks`` (what a pane marks for a
        comparison), ``sync`` (the row mapping of synchronised scrolling),
        ``side_items`` (what the side panel lists), ``styling`` (theme styles for Line
        API widgets), ``clipboard``, ``settings`` (config.toml: theme, citation
        format, sync, keymap), ``settings_apply`` (applied at start; a theme picked
        is saved) and ``terminal`` (the
        terminal the screen is drawn on when stderr is redirected).

Messages
    Widgets report what the user did with messages they declare (``ArticleList.Open``,
    ``ArticleView.Scrolled``, ``SidePanel.Selected``, ``SearchBar.Query``,
    ``HeatMap.Selected`` ...), handled by the screen that holds them, which updates the
    state and tells the widgets what to show by calling their methods. No widget reads
    another's attributes or the screen's. The story screen is dismissed with the heat
    map cell chosen; the app opens that pair. The comparison screen marks the area
    holding the focus (list, pane A, pane B, side panel) with the class ``-focused``,
    which the stylesheet shows.

Styles
    All of them are in one stylesheet, ``styles.tcss`` (found by
    :func:`reader.library.resources.stylesheet_path`), in a section per widget, not in
    ``DEFAULT_CSS`` next to each widget: the layout rules span several widgets (the
    breakpoint classes of the comparison screen move the list, panes and side panel
    together), one file is parsed once at start-up, and a user reading or changing
    the look finds every rule in one place, with app-level precedence over Textual's
    own widget defaults. The Line API widgets resolve their component classes late
    (:mod:`~reader.tui.styling`) so the first frame is quick.

Start-up
    Only the comparison screen and what it draws first are imported before the first
    frame; the story and help screens, the search field, the footer, the palette
    providers, the engine and the analysis are imported when first needed.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.library.loading import LoadIssue
    from reader.library.model import Article

FIRST_BATCH = 200  # articles read before the first screen; the rest load behind it
STARTUP_SWITCH_INTERVAL = 0.0005  # seconds; Python's default is 0.005


class StartupMode:
    """How the interpreter runs until the first screen is drawn.

    Starting is one burst of work on the main thread: importing Textual, building
    the widgets, drawing the first frame. Two interpreter defaults slow it down:

    * the cyclic garbage collector scans the hundred thousand objects this creates,
      nearly all of which live for the whole session, again and again (about a
      tenth of the start-up time). It is paused; once the first screen is up they
      are frozen out of its way (``gc.freeze``: the few thousand that were garbage
      stay, a megabyte or two) and it resumes;
    * the frame is written to the terminal by Textual's output thread, which waits
      for the main thread to hand over the interpreter -- up to the switch interval,
      5 ms, for every write, while the main thread goes on to fill the panes. A
      shorter interval lets it write the frame at once.

    ``end()`` puts both back; :class:`~reader.tui.app.ReaderApp` calls it once the
    first frame is drawn, :func:`run` on its way out in any case."""

    def __init__(self) -> None:
        self._collecting = gc.isenabled()
        self._interval = sys.getswitchinterval()
        self.active = True
        gc.disable()
        sys.setswitchinterval(STARTUP_SWITCH_INTERVAL)

    def end(self, freeze: bool = False) -> None:
        if not self.active:
            return
        self.active = False
        sys.setswitchinterval(self._interval)
        if self._collecting:
            if freeze:
                gc.freeze()
            gc.enable()


def run(paths: list[str], pair: tuple[str, str] | None = None) -> int:
    """Open the TUI on ``paths`` (the bundled story when empty), on the pair ``pair``
    (ids, unique id prefixes or paths) when given. Returns the exit status."""
    startup = StartupMode()
    try:
        return _run(paths, pair, startup)
    finally:
        startup.end()


def _run(paths: list[str], pair: tuple[str, str] | None, startup: StartupMode) -> int:
    from reader.tui.app import ReaderApp
    from reader.tui.loader import IncrementalLoader

    chosen = _choose_story() if not paths and pair is None and _has_imports() else None
    if chosen == []:  # the story list was quit
        return 0
    loader = IncrementalLoader(paths or None)
    articles = chosen if chosen is not None else loader.more(FIRST_BATCH if pair is None else sys.maxsize)
    if chosen is not None:
        loader.done = True
    indices = None
    if pair is not None:
        found = _open_pair(articles, pair, loader.issues)
        if isinstance(found, int):
            return found
        indices = found
    if not articles:
        for issue in loader.issues:
            _say("warning", str(issue))
        _say("error", "no articles could be loaded" + (" from " + ", ".join(paths) if paths else ""))
        return 1
    from reader.tui.settings import config_path, load_settings

    settings, problems = load_settings()
    for problem in problems:  # on stderr before the TUI takes the screen, then notified in it
        _say("warning", problem)
    from reader.tui.terminal import driver_for, terminal_output

    output = terminal_output()  # stderr redirected: draw on the terminal, not into the file
    app = ReaderApp(articles, loader=None if loader.done else loader, pair=indices, issues=loader.issues,
                    settings=settings, config=config_path(), driver_class=driver_for(output) if output else None)
    app.setting_problems.extend(problems)
    app.startup = startup
    try:
        code = app.run()
    finally:
        if app.idle_gc is not None:
            app.idle_gc.stop()
        if output is not None:
            output.close()
    for issue in loader.issues:
        _say("warning", str(issue))
    return code if isinstance(code, int) else 0


def _has_imports() -> bool:
    """Whether the user has imported articles (then the library may hold other stories)."""
    from reader.library.resources import user_library_dir

    try:
        folder = user_library_dir()
        return folder.is_dir() and next(folder.rglob("*.md"), None) is not None
    except OSError:
        return False


def _choose_story() -> list[Article] | None:
    """The articles of the story picked in the story list (:mod:`reader.tui.stories_app`);
    [] when it was quit; None when the library holds one story (or could not be grouped)."""
    from reader.tui.keymap_file import user_keymap
    from reader.tui.settings import load_settings
    from reader.tui.stories_app import StoriesApp
    from reader.tui.terminal import driver_for, terminal_output

    settings, _problems = load_settings()   # (reported by the comparison app that follows)
    output = terminal_output()
    app = StoriesApp(None, keymap=user_keymap()[0], driver_class=driver_for(output) if output else None)
    if settings.theme in app.available_themes:
        app.theme = settings.theme
    try:
        chosen = app.run()
    finally:
        if output is not None:
            output.close()
    for problem in app.problems:
        _say("warning", problem)
    if chosen is None:
        return []
    return None if len(app.stories) <= 1 else chosen


def _say(kind: str, message: str) -> None:
    from reader.text.sanitize import one_line

    sys.stderr.write(f"reader: {kind}: {one_line(message)}\n")


def _open_pair(articles: list[Article], pair: tuple[str, str], issues: list[LoadIssue]) -> tuple[int, int] | int:
    """The indices of the two articles ``pair`` names, or the exit status when they
    cannot be compared (reported on stderr)."""
    indices = []
    for ref in pair:
        found = _find(articles, ref, issues)
        if found is None:
            for issue in issues:
                _say("warning", str(issue))
            _say("error", f"no article '{ref}' (ids: {', '.join(a.id for a in articles)})")
            return 1
        indices.append(found)
    if indices[0] == indices[1]:
        _say("error", "compare needs two different articles")
        return 2
    return indices[0], indices[1]


def _find(articles: list[Article], ref: str, issues: list[LoadIssue]) -> int | None:
    """Index of the article ``ref`` names; a file outside the library is added to it."""
    from reader.library.loading import Library, load_file, with_unique_id

    article = Library(articles).get(ref)
    if article is not None:
        return articles.index(article)
    path = Path(ref)
    if path.is_file():
        article = load_file(path, issues)
        if article is not None:
            articles.append(with_unique_id(article, {a.id for a in articles}))
            return len(articles) - 1
    return None
