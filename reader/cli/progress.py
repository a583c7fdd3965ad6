"""A progress bar on stderr for work that takes more than a second, nothing when piped.

Why a second: a bar that flashes for a quick command is noise, and a command that is
silent for ten seconds looks hung. The bar is one line redrawn in place (``\\r``), at
most ten times a second, cut to the terminal's width; it is erased when the work is
done, so the output that follows starts on a clean line. When stderr is not a
terminal, :func:`progress_bar` gives None and callers report nothing.
"""

from __future__ import annotations

import sys
import time

from reader.cli.streams import isatty, say

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable

DELAY = 1.0        # seconds of work before the bar first shows
INTERVAL = 0.1     # seconds between redraws


class Bar:
    """``bar(done, total, what)``: draws ``[#####-----]  45%  what`` once ``DELAY`` passed."""

    def __init__(self, width: int = 80, clock: Callable[[], float] = time.monotonic) -> None:
        self.width = max(20, width)
        self.clock = clock
        self.started = clock()
        self.drawn = 0.0
        self.shown = False

    def __call__(self, done: int, total: int, what: str) -> None:
        now = self.clock()
        if done >= total and total > 0 and what == "done":
            self.clear()
            return
        if now - self.started < DELAY or now - self.drawn < INTERVAL:
            return
        self.drawn = now
        self.shown = True
        _LIVE[:] = [self]
        say("\r" + self.line(done, total, what))

    def line(self, done: int, total: int, what: str) -> str:
        from reader.text.sanitize import one_line

        share = done / total if total > 0 else 0.0
        cells = 20
        filled = min(cells, int(share * cells))
        text = f"[{'#' * filled}{'-' * (cells - filled)}] {share:4.0%}  {one_line(what)} {done}/{total}"
        return text[: self.width - 1].ljust(self.width - 1)

    def clear(self) -> None:
        if self.shown:
            say("\r" + " " * (self.width - 1) + "\r")
            self.shown = False
        if _LIVE and _LIVE[0] is self:
            _LIVE.clear()


_LIVE: list[Bar] = []     # the bar on the screen now, if any


def clear_live() -> None:
    """Wipe the bar left on the screen (a command stopped by ctrl+c mid-way): the shell's
    prompt then starts on a clean line."""
    for bar in list(_LIVE):
        bar.clear()


def progress_bar() -> Bar | None:
    """A :class:`Bar` when stderr is a terminal, else None."""
    if not isatty(sys.stderr):
        return None
    import os

    try:
        width = os.get_terminal_size(sys.stderr.fileno()).columns or 80
    except (AttributeError, ValueError, OSError):
        width = 80
    return Bar(width)
