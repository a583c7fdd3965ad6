"""reader's on-disk caches: small JSON stores under the user cache folder.

The folder is ``READER_CACHE_DIR`` when set (tests point it at a temporary folder),
else the platform's user cache folder for "reader" (``~/.cache/reader`` on Linux). Every
cache file carries a format version in its name, so a reader that changes what it
stores starts a new file instead of misreading an old one. A cache is only ever an
optimisation: a missing, unreadable or corrupt file is treated as empty, and a folder
that cannot be written is simply not used.

Two kinds of store: :class:`JsonStore`, one file read whole on first use (for small
caches), and :class:`ShardedJsonStore`, a folder of 256 small files of which a run reads
only those holding the keys it asks for, and parses only the entries it asks for (the
front matter cache: a run that opens five articles reads five shards and parses five
entries, however large a library the cache has seen). Cache files and folders of
versions older than the current ones are removed at most once a day, at exit
(:mod:`reader.text.cache_prune`).
"""

from __future__ import annotations

import atexit
import json
import os
import zlib
from pathlib import Path

from reader.text.files import read_regular, write_atomic

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


def _entry_json(value: Any, max_entry: int) -> str | None:
    """``value``'s compact JSON when a cache can keep it: None when JSON cannot hold it,
    it is over ``max_entry`` characters, or UTF-8 cannot (a lone surrogate would make
    the whole file or shard unwritable)."""
    try:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        text.encode("utf-8")
    except (ValueError, TypeError, RecursionError):
        return None
    return text if len(text) <= max_entry else None


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
                raw = read_regular(path, self.MAX_FILE_BYTES) if path is not None else None
                if raw is not None:
                    data = json.loads(raw.decode("utf-8"))
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
        text = _entry_json(value, self.max_entry)
        if text is None:
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
            # compact, as each entry was measured against max_entry
            write_atomic(path, json.dumps(self._data, ensure_ascii=False, separators=(",", ":")))
        except (OSError, ValueError, TypeError, RecursionError):
            pass


class ShardedJsonStore:
    """A dictionary kept in ``<cache dir>/<name>/<xx>.txt``, 256 shards chosen by the
    key's CRC-32 (``xx``: its low byte in hex). A shard holds one entry a line, the key,
    a tab and the value's JSON; it is read only when one of its keys is asked for, and
    split into lines then, but an entry's JSON is parsed only when that entry is asked
    for (so a run that opens five articles parses five entries, however full the shards
    are). At exit only the shards something was added to are written back, each
    atomically (a temporary file renamed over it) after merging in what another process
    wrote to it meanwhile: concurrent readers never see half a shard, and when two write
    the same shard at once the last one wins.

    What is read is checked: a shard that is missing, over ``MAX_SHARD_BYTES`` (it then
    starts again from this run's entries), not UTF-8 or a directory is empty; a line
    without a key, a tab and a value is ignored; an entry whose JSON is broken (or
    nested absurdly deep) or that ``decode`` refuses is a miss and dropped, so the next
    ``put`` to its shard rewrites the shard without it. Keys may not
    hold tabs or line breaks (``put`` refuses them). At most ``limit`` entries are kept
    in all, ``limit // 256`` per shard (keys are hashes, so shards fill evenly); a full
    shard drops its oldest entries, where an entry is made young again when it is
    written, or used in a run that writes its shard."""

    SHARDS = 256
    MAX_SHARD_BYTES = 16 * 1024 * 1024

    def __init__(self, name: str, limit: int = 200_000, max_entry: int = 64_000,
                 decode: Callable[[Any], Any] | None = None) -> None:
        self.name = name
        self.limit = limit
        self.max_entry = max_entry
        self.decode = decode
        self.per_shard = max(1, limit // self.SHARDS)
        self._shards: dict[int, dict[str, str]] = {}  # shard -> key -> the entry's JSON
        self._added: dict[int, dict[str, str]] = {}   # shard -> entries put by this run
        self._dropped: dict[int, set[str]] = {}       # shard -> keys found unusable
        self._used: dict[int, list[str]] = {}         # shard -> keys this run read
        self._registered = False

    @property
    def path(self) -> Path | None:
        """The store's folder (None when there is no cache folder)."""
        folder = cache_dir()
        return folder / self.name if folder else None

    def shard_of(self, key: str) -> int:
        return zlib.crc32(key.encode("utf-8", "surrogatepass")) & (self.SHARDS - 1)

    def shard_path(self, shard: int) -> Path | None:
        folder = self.path
        return folder / f"{shard:02x}.txt" if folder else None

    def _read(self, shard: int) -> dict[str, str]:
        """What shard ``shard`` holds on disk (key -> JSON text); empty when it is unusable."""
        path = self.shard_path(shard)
        if path is None:
            return {}
        try:  # (a folder, a FIFO or a device fails here, as does a missing file)
            raw = read_regular(path, self.MAX_SHARD_BYTES)
            if raw is None:
                return {}
            text = raw.decode("utf-8")
        except (OSError, ValueError):
            return {}
        data: dict[str, str] = {}
        for line in text.split("\n"):
            key, _, value = line.partition("\t")
            if key and value:  # (a line without a tab has no value)
                data[key] = value
        return data

    def _load(self, shard: int) -> dict[str, str]:
        data = self._shards.get(shard)
        if data is None:
            data = self._shards[shard] = self._read(shard)
            self._register()
        return data

    def _register(self) -> None:
        if not self._registered:
            self._registered = True
            atexit.register(self.save)

    def get(self, key: str) -> Any:
        """The entry for ``key`` (decoded), or None when there is none or it is unusable."""
        shard = self.shard_of(key)
        data = self._load(shard)
        text = data.get(key)
        if text is None:
            return None
        try:
            value = json.loads(text)
            if value is not None and self.decode is not None:
                value = self.decode(value)
        except (ValueError, TypeError, RecursionError):  # (json raises RecursionError on deep nesting)
            value = None
        if value is None:
            del data[key]
            self._added.get(shard, {}).pop(key, None)
            self._dropped.setdefault(shard, set()).add(key)
            return None
        self._used.setdefault(shard, []).append(key)
        return value

    def put(self, key: str, value: Any) -> None:
        """Keep ``value`` (JSON data) for ``key``; a value too large for an entry, or
        one JSON (or UTF-8) cannot hold, is not kept. What is kept is what a later run
        will read."""
        text = _entry_json(value, self.max_entry)
        if text is None or "\t" in key or "\n" in key:
            return
        shard = self.shard_of(key)
        data = self._load(shard)
        data.pop(key, None)  # (re-put: young again)
        data[key] = text
        self._added.setdefault(shard, {})[key] = text
        self._dropped.get(shard, set()).discard(key)
        _trim(data, self.per_shard)

    def save(self) -> None:
        """Write back the shards this run added to (merged with what is on disk now),
        then remove stale cache versions if that has not been done today."""
        added, self._added = self._added, {}
        folder = self.path
        if folder is None:
            return
        if added:
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError:
                return  # a folder that cannot be made is not used
            for shard, entries in sorted(added.items()):
                self._save_shard(shard, entries)
        from reader.text.cache_prune import prune_daily

        prune_daily(folder.parent)

    def _save_shard(self, shard: int, entries: dict[str, str]) -> None:
        path = self.shard_path(shard)
        if path is None:
            return
        dropped = self._dropped.get(shard, set())
        merged = {k: v for k, v in self._read(shard).items() if k not in dropped and k not in entries}
        for key in self._used.get(shard, []):  # used this run: young again
            if key in merged:
                merged[key] = merged.pop(key)
        merged.update(entries)
        _trim(merged, self.per_shard)
        self._shards[shard] = merged
        try:
            write_atomic(path, "".join(f"{k}\t{v}\n" for k, v in merged.items()))
        except (OSError, ValueError):
            return  # (a shard that cannot be written stays as it was: a miss next time)


def _trim(data: dict[str, str], limit: int) -> None:
    """Drop ``data``'s oldest entries (dicts keep insertion order) past ``limit``."""
    while len(data) > limit:
        del data[next(iter(data))]
