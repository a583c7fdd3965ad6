"""What each article file held when it was last read, so an unchanged file is not read again.

Why: the key store (:mod:`reader.analysis.keys_store`) spares keying a body again, but
``reader stories`` still read and parsed every file to learn its body's hash, its id,
title, outlet and date: 20 s of CPU for 100,000 files, each time. Like git's index, this
file remembers, per path, the file's identity as ``os.stat`` gives it (size,
modification and change times in nanoseconds, inode) and what loading it gave: the
article's fields without its body, the body's content hash, the loader's warnings. A file
whose ``stat`` is unchanged is taken from here (a ``stat`` costs microseconds); any
other is read. The change time cannot be set back by tools that keep a file's
modification time, so a rewritten file is always read again.

One JSON file, ``<cache dir>/grouping-v<GROUPING_VERSION>/files.json``, written
atomically when something changed, keyed by ``MANIFEST_VERSION`` and reader's version
(a new loader may read the same file differently). JSON, never pickle: the cache folder
is not trusted; a file that is not what it should be is reported once and rebuilt.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from reader import __version__
from reader.analysis.grouping import GROUPING_VERSION
from reader.library.loading import LoadIssue
from reader.library.model import Article
from reader.text.cache import cache_dir
from reader.text.files import read_regular

MAX_MANIFEST_BYTES = 1 << 29   # a manifest larger than this (512 MB) is not read: every file is read again

MANIFEST_VERSION = 3          # 2: front matter text fields as written; 3: UTF-32, a stray NUL kept
StatKey = tuple[int, int, int, int]          # size, mtime_ns, ctime_ns, inode
Issue = tuple[str, str, int | None]          # a LoadIssue's path, message, line
_FIELDS = ("id", "title", "outlet", "authors", "published", "url", "language", "words", "title_derived")


def stat_key(path: str) -> StatKey | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def manifest_path() -> Path | None:
    folder = cache_dir()
    return folder / f"grouping-v{GROUPING_VERSION}" / "files.json" if folder else None


class Loaded:
    """What loading one file gave: the article without its body (None when the file
    could not be used), its body's content hash, the loader's warnings."""

    __slots__ = ("article", "digest", "issues")

    def __init__(self, article: Article | None, digest: str, issues: list[Issue]) -> None:
        self.article = article
        self.digest = digest
        self.issues = issues


class FileManifest:
    def __init__(self, path: Path | None = None) -> None:
        self.path = manifest_path() if path is None else path
        self.entries: dict[str, list[Any]] = {}
        self.problem: str | None = None
        self.changed = False
        if self.path is not None:
            self._read(self.path)

    def get(self, path: str, key: StatKey | None, where: Path | None = None) -> Loaded | None:
        """What ``path`` (``where``, as a Path) held when its stat was ``key``, or None
        (never seen, changed)."""
        entry = self.entries.get(path)
        if entry is None or key is None or tuple(entry[0]) != key:
            return None
        try:
            _, digest, fields, issues = entry
            article = None if fields is None else Article(body="", path=where or Path(path), **_article_fields(fields))
            return Loaded(article, str(digest), [(str(p), str(m), None if ln is None else int(ln))
                                                 for p, m, ln in issues])
        except (TypeError, ValueError):
            return None

    def put(self, path: str, key: StatKey | None, loaded: Loaded) -> None:
        if key is None:
            return
        a = loaded.article
        fields = None if a is None else [getattr(a, f) for f in _FIELDS]
        entry = [list(key), loaded.digest, fields, [list(i) for i in loaded.issues]]
        if self.entries.get(path) != entry:
            self.entries[path] = entry
            self.changed = True

    def save(self, keep: set[str]) -> None:
        """Write the entries of the paths ``keep`` (the files of this library; others'
        entries stay while the file is small) when something changed."""
        if self.path is None or not (self.changed or self.problem):
            return
        if len(self.entries) > 4 * max(len(keep), 1000):
            self.entries = {p: e for p, e in self.entries.items() if p in keep}
        data = json.dumps({"version": MANIFEST_VERSION, "reader": __version__, "files": self.entries},
                          ensure_ascii=False, separators=(",", ":"))
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8", errors="surrogatepass") as fh:
                    fh.write(data)
                os.replace(tmp, self.path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
        except OSError:
            return
        self.changed = False
        self.problem = None

    def _read(self, path: Path) -> None:
        try:
            raw = read_regular(path, MAX_MANIFEST_BYTES)
            if raw is None:
                raise OSError(f"larger than {MAX_MANIFEST_BYTES // 2**20} MB")
            text = raw.decode("utf-8", errors="surrogatepass")
        except FileNotFoundError:
            return
        except (OSError, UnicodeDecodeError) as exc:
            self.problem = f"{path}: cannot be read ({exc}); reading every file again"
            return
        try:
            data = json.loads(text)
            if not isinstance(data, dict) or not isinstance(data.get("files"), dict):
                raise ValueError("not a file index")
            if data.get("version") != MANIFEST_VERSION or data.get("reader") != __version__:
                return  # another format or loader: every file is read again, silently
            files = data["files"]
            if not all(isinstance(e, list) and len(e) == 4 and isinstance(e[0], list) and isinstance(e[3], list)
                       for e in files.values()):
                raise ValueError("entries of the wrong shape")
            self.entries = files
        except (ValueError, RecursionError) as exc:    # (json raises RecursionError on deep nesting)
            self.problem = f"{path}: corrupt or truncated ({exc}); reading every file again"


def _article_fields(fields: list[Any]) -> dict[str, Any]:
    if len(fields) != len(_FIELDS):
        raise ValueError("fields")
    out = dict(zip(_FIELDS, fields, strict=True))
    out["authors"] = tuple(str(a) for a in out["authors"] or ())
    out["words"] = int(out["words"])
    out["title_derived"] = bool(out["title_derived"])
    for name in ("id", "title"):
        if not isinstance(out[name], str):
            raise ValueError(name)
    for name in ("outlet", "published", "url", "language"):
        if out[name] is not None and not isinstance(out[name], str):
            raise ValueError(name)
    return out


def issues_of(loaded: Loaded) -> list[LoadIssue]:
    return [LoadIssue(*i) for i in loaded.issues]
