"""Where the TUI draws: the terminal, even when stderr is redirected.

Textual's Linux driver writes the screen to ``sys.__stderr__``, so ``reader 2>log`` would
send the whole TUI into the log file. When stderr is not a terminal but the process has
one (``/dev/tty``), :func:`terminal_output` opens it and :func:`driver_for` gives a
driver that draws there; stderr stays free for warnings. Keys are read from stdin as
usual (the command line opens the TUI only when stdin and stdout are a terminal).
"""

from __future__ import annotations

import io
import os
import sys
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from textual.app import App
    from textual.driver import Driver

TTY = "/dev/tty"


def _is_terminal(stream: TextIO | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def terminal_output(stderr: TextIO | None = None, tty: str = TTY) -> io.TextIOWrapper | None:
    """The terminal to draw on when ``stderr`` (default: the process's) is not one:
    ``tty`` opened for writing; None when stderr is a terminal, off POSIX, or when
    there is no terminal to open."""
    stderr = stderr if stderr is not None else sys.__stderr__
    if os.name != "posix" or _is_terminal(stderr):
        return None
    try:
        return open(tty, "w", encoding="utf-8", errors="replace")  # run() closes it
    except OSError:
        return None


def driver_for(output: io.TextIOWrapper) -> type[Driver]:
    """Textual's Linux driver, drawing on ``output`` instead of stderr."""
    from textual.drivers.linux_driver import LinuxDriver

    class TerminalDriver(LinuxDriver):
        def __init__(self, app: App[Any], **options: Any) -> None:
            super().__init__(app, **options)
            self._file = output  # the one attribute the driver's writer thread writes to

    return TerminalDriver
