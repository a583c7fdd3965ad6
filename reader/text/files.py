"""Writing files so that a reader never sees half of one: reports, caches, indexes.

A write goes to a hidden temporary file next to its target, named ``.NAME.XXXXXXXX.tmp``
(``XXXXXXXX``: :mod:`tempfile`'s eight random characters), and is renamed over the
target when complete. A process killed in the middle leaves that file behind, so the
next write in the same folder removes such leftovers of ours: names of exactly that
pattern, regular files of the current user, untouched for an hour
(:func:`remove_stale_temp_files`). Nobody else's files match, and a write in progress
(younger than an hour) is left alone.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
import time
from pathlib import Path

STALE_AFTER = 3600.0  # seconds untouched before a leftover temporary file is ours to remove
_RANDOM = r"[a-z0-9_]{8}"  # what tempfile.mkstemp puts between prefix and suffix
_swept: set[tuple[str, str]] = set()  # (folder, prefix) swept by this process already


def remove_stale_temp_files(folder: str | os.PathLike, prefix: str, suffix: str = ".tmp",
                            age: float = STALE_AFTER) -> list[Path]:
    """Remove ``folder``'s files named ``prefix`` + 8 mkstemp characters + ``suffix`` that
    are regular files (not links) owned by this user and unmodified for ``age`` seconds:
    what a killed run of ours left. Returns what was removed; errors are ignored."""
    pattern = re.compile(re.escape(prefix) + _RANDOM + re.escape(suffix))
    removed: list[Path] = []
    now = time.time()
    uid = os.getuid() if hasattr(os, "getuid") else None
    try:
        entries = list(os.scandir(os.fspath(folder)))
    except OSError:
        return removed
    for entry in entries:
        if not pattern.fullmatch(entry.name):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(info.st_mode) or (uid is not None and info.st_uid != uid):
                continue
            if now - info.st_mtime < age:
                continue
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def sweep_once(folder: str | os.PathLike, prefix: str, suffix: str = ".tmp") -> None:
    """:func:`remove_stale_temp_files`, at most once per folder and prefix per process."""
    key = (os.path.abspath(folder), prefix)
    if key in _swept:
        return
    _swept.add(key)
    remove_stale_temp_files(folder, prefix, suffix)


def write_atomic(path: str | os.PathLike, text: str) -> None:
    """Write ``text`` to ``path`` (UTF-8) via a temporary file in the same folder and a
    rename, so readers never see a half-written report. Replaces an existing file.
    Leftovers of earlier writes of the same name killed midway are removed first."""
    target = Path(path)
    folder = target.parent or Path(".")
    sweep_once(folder, f".{target.name}.")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        try:
            mode = target.stat().st_mode & 0o777
        except OSError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class NotRegularFile(OSError):
    """A path that names a FIFO, a device, a socket or a folder, not a regular file."""


def read_regular(path: str | os.PathLike, limit: int) -> bytes | None:
    """The bytes of the regular file at ``path``, or None when it is larger than ``limit``.
    Raises :class:`NotRegularFile` (an OSError) for anything else: a cache entry replaced
    by a FIFO would block the open, and one linked to ``/dev/zero`` would never end.
    Opened without blocking, then checked again on the open file (no race with a swap)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(f"{path}: not a regular file")
        if info.st_size > limit:
            return None
        chunks, size = [], 0
        while chunk := os.read(fd, min(1 << 20, limit + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                return None
        return b"".join(chunks)
    finally:
        os.close(fd)


def broken_link(path: str | os.PathLike) -> str | None:
    """Why ``path`` is a symbolic link that leads to no file ("symbolic link loop" or
    "dangling link"); None when it is no link, or a link that leads somewhere."""
    try:
        if not os.path.islink(path):
            return None
        os.stat(path)
    except OSError as exc:
        return "symbolic link loop" if exc.errno == errno.ELOOP else "dangling link"
    except ValueError:          # (a NUL in the name)
        return None
    return None
