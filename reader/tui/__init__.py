"""reader's terminal UI (Textual). The core never imports this package.

:func:`run` is what ``reader``, ``reader PATH...`` and ``reader compare A B`` start.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

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
    from reader.text.sanitize import one_line
    from reader.tui.app import ReaderApp
    from reader.tui.loader import IncrementalLoader

    def say(kind: str, message: str) -> None:
        sys.stderr.write(f"reader: {kind}: {one_line(message)}\n")

    loader = IncrementalLoader(paths or None)
    articles = loader.more(FIRST_BATCH if pair is None else sys.maxsize)
    indices = None
    if pair is not None:
        indices = []
        for ref in pair:
            found = _find(articles, ref, loader.issues)
            if found is None:
                for issue in loader.issues:
                    say("warning", str(issue))
                say("error", f"no article '{ref}' (ids: {', '.join(a.id for a in articles)})")
                return 1
            indices.append(found)
        if indices[0] == indices[1]:
            say("error", "compare needs two different articles")
            return 2
    if not articles:
        for issue in loader.issues:
            say("warning", str(issue))
        say("error", "no articles could be loaded" + (" from " + ", ".join(paths) if paths else ""))
        return 1
    app = ReaderApp(articles, loader=None if loader.done else loader,
                    pair=tuple(indices) if indices else None, issues=loader.issues)
    app.startup = startup
    code = app.run()
    for issue in loader.issues:
        say("warning", str(issue))
    return code if isinstance(code, int) else 0


def _find(articles: list, ref: str, issues: list) -> int | None:
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
