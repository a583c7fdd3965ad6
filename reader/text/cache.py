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
    at exit (atomically) when something was added. At most ``limit`` entries are kept."""

    def __init__(self, name: str, limit: int = 50_000) -> None:
        self.name = name
        self.limit = limit
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
                if path is not None and path.is_file():
                    data = json.loads(path.read_text(encoding="utf-8"))
                    if isinstance(data, dict):
                        self._data = data
            except (OSError, ValueError):
                pass
        return self._data

    def get(self, key: str) -> Any:
        return self._load().get(key)

    def put(self, key: str, value: Any) -> None:
        data = self._load()
        if len(data) >= self.limit:
            for old in list(data)[: len(data) // 2]:  # oldest first: dicts keep insertion order
                del data[old]
        data[key] = value
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
        except OSError:
            pass
