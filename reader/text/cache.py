"""reader's on-disk caches: small JSON stores under the user cache folder.

The folder is ``READER_CACHE_DIR`` when set (tests point it at a temporary folder),
else the platform's user cache folder for "reader" (``~/.cache/reader`` on Linux). Every
cache file carries a format version in its name, so a reader that changes what it
stores starts a new file instead of misreading an old one. A cache is only ever an
optimisation: a missing, unreadable or corrupt file is treated as empty, and a folder
that cannot be written is simply not used.
"""

from __future__ import annotations

import atexit
import json
import os
from pathlib import Path

from reader.text.files import write_atomic

TYPE_CHECKING = False  # typing is not imported at run time: it costs start-up
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any


def cache_dir() -> Path | None:
    folder = os.environ.get("READER_CACHE_DIR")
    if not folder:
        try:
            from platformdirs import user_cache_dir

            folder = user_cache_dir("reader", appauthor=False)
        except Exception:
            return None
    return Path(folder)


class JsonStore:
    """A dictionary kept in ``<cache dir>/<name>``: read on first use, written back once
    at exit (atomically) when something was added. At most ``limit`` entries are kept,
    each at most ``max_entry`` characters of JSON.

    The file is outside reader's control, so what is read from it is checked: ``decode``
    (when given) turns an entry into the value its user wants, or None for an entry of
    the wrong shape, which is then a miss (and dropped, so the next ``put`` rewrites it).
    A file over ``MAX_FILE_BYTES`` or nested absurdly deep is treated as empty."""

    MAX_FILE_BYTES = 64 * 1024 * 1024

    def __init__(self, name: str, limit: int = 50_000, max_entry: int = 64_000,
                 decode: Callable[[Any], Any] | None = None) -> None:
        self.name = name
        self.limit = limit
        self.max_entry = max_entry
        self.decode = decode
        self._data: dict[str, Any] | None = None
        self._dirty = False

    @property
    def path(self) -> Path | None:
        folder = cache_dir()
        return folder / self.name if folder else None

    def _load(self) -> dict[str, Any]:
        if self._data is None:
            self._data = {}
            path = self.path
            try:
                if path is not None and path.is_file() and path.stat().st_size <= self.MAX_FILE_BYTES:
                    data = json.loads(path.read_text(encoding="utf-8"))
                    if isinstance(data, dict):
                        self._data = data
            except (OSError, ValueError, RecursionError):  # (json raises RecursionError on deep nesting)
                pass
        return self._data

    def get(self, key: str) -> Any:
        """The entry for ``key`` (decoded), or None when there is none or it is unusable."""
        data = self._load()
        value = data.get(key)
        if value is None or self.decode is None:
            return value
        try:
            decoded = self.decode(value)
        except (ValueError, TypeError, RecursionError):
            decoded = None
        if decoded is None:
            del data[key]
        return decoded

    def put(self, key: str, value: Any) -> None:
        """Keep ``value`` (JSON data) for ``key``; a value too large for an entry, or
        one JSON cannot hold, is not kept. What is kept is what a later run will read."""
        try:
            text = json.dumps(value, ensure_ascii=False)
        except (ValueError, TypeError, RecursionError):
            return
        if len(text) > self.max_entry:
            return
        data = self._load()
        if len(data) >= self.limit:
            for old in list(data)[: len(data) // 2]:  # oldest first: dicts keep insertion order
                del data[old]
        data[key] = json.loads(text)  # tuples as lists, as the file will give them back
        if not self._dirty:
            self._dirty = True
            atexit.register(self.save)

    def save(self) -> None:
        path = self.path
        if not self._dirty or path is None or self._data is None:
            return
        self._dirty = False
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, json.dumps(self._data, ensure_ascii=False))
        except (OSError, ValueError, TypeError, RecursionError):
            pass
