"""Paths the user writes in settings, environment variables and options (``~/keys.toml``,
``READER_CONFIG=~/r.toml``, ``--into ~/news``), with ``~`` read as a shell reads it.

Hand-written because :meth:`pathlib.Path.expanduser` raises RuntimeError for ``~name``
when no user has that name (or when no home folder is known at all), and that escaped as
an internal error: a settings file with ``keymap = "~nouser/k.toml"`` stopped the TUI
before it opened. Here, as in a shell, a ``~`` that cannot be expanded is left as it is
written, and :func:`unexpanded_home` says why, so that each caller reports it in its own
words (a warning for a setting, a usage error for an option) and never creates a folder
literally named ``~nouser``.
"""

from __future__ import annotations

import os
from pathlib import Path


def expand_home(text: str | os.PathLike[str]) -> Path:
    """``text`` with a leading ``~`` or ``~name`` replaced by that home folder; as written
    when it cannot be (never raises)."""
    return Path(os.path.expanduser(os.fspath(text)))


def unexpanded_home(path: str | os.PathLike[str]) -> str | None:
    """Why ``path`` still starts with ``~`` after :func:`expand_home` ("no user 'ann' for
    ~ann", "no home folder is known for ~"); None for any other path."""
    text = os.fspath(path)
    if not text.startswith("~"):
        return None
    head = text[1:].split(os.sep, 1)[0]
    if os.altsep:
        head = head.split(os.altsep, 1)[0]
    if head:
        return f"no user '{head[:40]}' for ~{head[:40]}"
    return "no home folder is known for ~"
