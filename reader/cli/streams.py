"""The standard streams, made safe to use whatever state reader finds them in.

A standard stream that is closed when reader starts (``0<&-``, ``>&-``, ``2>&-``) has
its descriptor taken by ``/dev/null`` at once, so no file reader opens lands on it:
closed stdin reads as empty (not a terminal), closed stderr swallows messages, and
closed stdout fails the first write, reported once by :func:`output_failure`.
Warnings and errors go to stderr, one line each, prefixed ``reader:``; when stderr itself
is closed or failing they are dropped, never raised.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import sys

TYPE_CHECKING = False  # typing is not imported at run time: it costs start-up
if TYPE_CHECKING:
    from typing import TextIO

    from typing_extensions import Buffer

# What writing to a stream (not opening a named file) fails with when the stream is the problem.
OUTPUT_ERRNOS = {errno.ENOSPC, errno.EIO, errno.EBADF, errno.EDQUOT, errno.EFBIG, errno.ENXIO}


def say(line: str) -> None:
    """Write ``line`` to stderr. A closed or failing stderr (``2>&-``, ``2>/dev/full``)
    loses it: the message had nowhere to go, and that is no reason to fail."""
    try:
        sys.stderr.write(line)
        sys.stderr.flush()
    except (AttributeError, ValueError, OSError):
        silence("stderr")


def warn(message: str) -> None:
    from reader.text.sanitize import one_line

    say(f"reader: warning: {one_line(message)}\n")


def error(message: str) -> None:
    from reader.text.sanitize import one_line

    say(f"reader: error: {one_line(message)}\n")


class _ClosedOutput(io.RawIOBase):
    """Standard output whose descriptor was closed when reader started: the first write
    fails (EBADF), to be reported once; later ones are dropped."""

    def __init__(self) -> None:
        super().__init__()
        self.failed = False

    def writable(self) -> bool:
        return True

    def write(self, data: Buffer) -> int:
        if self.failed:
            return len(memoryview(data))
        self.failed = True
        raise OSError(errno.EBADF, "standard output is closed")


class _Outcome:
    """What this process learnt about standard output while running a command."""

    closed_stdout: _ClosedOutput | None = None
    write_failure: str | None = None  # why writing standard output failed in the middle of a command


def standard_streams() -> None:
    """Make each closed standard stream safe to use (see the module's docstring)."""
    for fd, name in ((0, "stdin"), (1, "stdout"), (2, "stderr")):
        if getattr(sys, name) is not None:
            continue
        try:
            os.fstat(fd)
        except OSError:  # closed: /dev/null takes the number (only then: it may be in use)
            with contextlib.suppress(OSError):
                null = os.open(os.devnull, os.O_RDWR)
                if null != fd:
                    os.dup2(null, fd)
                    os.close(null)
        if name == "stdout":
            _Outcome.closed_stdout = _ClosedOutput()
            sys.stdout = io.TextIOWrapper(io.BufferedWriter(_Outcome.closed_stdout), encoding="utf-8",
                                          errors="replace")
        else:
            setattr(sys, name, _stream_on(fd))


def _stream_on(fd: int) -> TextIO:
    """A text stream over standard descriptor ``fd`` (now ``/dev/null``), left open at exit."""
    return open(fd, "r" if fd == 0 else "w", encoding="utf-8", errors="replace", closefd=False)


def replace_errors() -> None:
    """Let stdout and stderr write any text (unencodable characters replaced, never raised)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)  # (a replaced stream may lack it)
        if reconfigure is not None:
            with contextlib.suppress(AttributeError, ValueError):
                reconfigure(errors="replace")


def silence(name: str) -> None:
    """Stop writing to a standard stream that failed: what is still buffered for it, and
    anything written later, goes to ``/dev/null`` (so the exit flush raises nothing)."""
    stream = getattr(sys, name, None)
    with contextlib.suppress(AttributeError, ValueError, OSError):
        fd = stream.fileno() if stream is not None else -1
        if fd in (1, 2):
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, fd)
            os.close(null)
    with contextlib.suppress(OSError):
        setattr(sys, name, devnull())


def note_write_failure(failure: str) -> None:
    _Outcome.write_failure = failure


def output_failure() -> str | None:
    """Why standard output cannot be written, or None when it can (all pending output flushed)."""
    if _Outcome.write_failure is not None:
        return _Outcome.write_failure
    if _Outcome.closed_stdout is not None and _Outcome.closed_stdout.failed:
        return "standard output is closed"
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        return exc.strerror or str(exc) or exc.__class__.__name__
    except (AttributeError, ValueError):
        return "standard output is closed"
    return None


def devnull() -> TextIO:
    """A stream that swallows what is written to it: stdout for the rest of the process
    once its reader has gone (so the final flush raises nothing), never closed."""
    return open(os.devnull, "w")


def isatty(stream: TextIO | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def interactive() -> bool:
    """The TUI opens only on a terminal; piped, commands print text as before."""
    return isatty(sys.stdin) and isatty(sys.stdout)
