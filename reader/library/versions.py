"""Versions of one imported article: what a page said each time its text changed.

Layout, beside the article file ``NAME.md`` (which is never rewritten):

```
NAME.md                               version 1: the text first imported (time: the file's)
.NAME.versions/2026-12-03T10-00-00Z.md   version 2, fetched then (UTC)
.NAME.versions/2026-12-04T08-30-12Z.md   version 3 ...
```

The folder is hidden, so a library load (which skips hidden entries) shows the article
once. Each version file is a complete article (front matter and body) written
atomically under a name no one else has; a second version within the same second gets
``-2``, ``-3``. Only the article text counts as a change: title and body, with
whitespace, Unicode forms, quote and dash styles made uniform (:func:`text_key`), so a
page whose furniture (a clock, a "trending" box) changes on every fetch, but whose
extracted article does not, makes no new version.

A version file that cannot be read is reported (one line each) and skipped; nothing is
ever deleted or replaced.
"""

from __future__ import annotations

import os
import re
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable

VERSIONS_SUFFIX = ".versions"
STAMP_FORMAT = "%Y-%m-%dT%H-%M-%SZ"
_STAMP_RE = re.compile(r"(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ)(?:-(\d{1,4}))?\.md")
_URL_HEAD_BYTES = 65536  # the front matter of an imported article is far shorter
_FIRST_READ = 4096  # ... and nearly always within this: a large library is scanned quickly
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
                         "\u00ab": '"', "\u00bb": '"', "\u2010": "-", "\u2011": "-", "\u2012": "-",
                         "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-", "\u00ad": None,
                         "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None})


@dataclass(frozen=True)
class Version:
    """One stored version of an article. ``number`` counts from 1 (the article file)."""

    number: int
    path: Path
    fetched: str  # ISO 8601, UTC: "2026-12-03T10:00:00Z"
    fetched_known: bool  # False: the article file's modification time stands in for it
    title: str
    body: str


def versions_dir(article_path: Path) -> Path:
    """The hidden folder holding ``article_path``'s later versions."""
    return article_path.parent / f".{article_path.stem}{VERSIONS_SUFFIX}"


def text_key(title: str | None, body: str) -> str:
    """The article text as compared between fetches: NFKC, one quote and dash style,
    no invisible characters, all whitespace runs one space."""
    text = f"{title or ''}\n{body}"
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return " ".join(text.split())


def version_files(article_path: Path) -> list[Path]:
    """The later versions' files, oldest first (by the time in their names)."""
    return _scan(article_path)[0]


def _scan(article_path: Path) -> tuple[list[Path], list[Path]]:
    """(the version files, oldest first; the files named like one whose time is no
    time, such as 9999-99-99T99-99-99Z.md: never taken for the newest version)."""
    try:
        entries = list(os.scandir(versions_dir(article_path)))
    except OSError:
        return [], []
    found: list[tuple[str, int, Path]] = []
    invalid: list[Path] = []
    for entry in entries:
        match = _STAMP_RE.fullmatch(entry.name)
        if match and _is_time(match.group(1)):
            found.append((match.group(1), int(match.group(2) or 1), Path(entry.path)))
        elif match:
            invalid.append(Path(entry.path))
    return [path for _, _, path in sorted(found)], sorted(invalid)


def _is_time(stamp: str) -> bool:
    try:
        time.strptime(stamp, STAMP_FORMAT)
    except ValueError:
        return False
    return True


def list_versions(article_path: Path, issues: list[str]) -> list[Version]:
    """Every readable version of the article, oldest first; a file that cannot be read
    (or whose name holds no valid time) adds one line to ``issues`` and is skipped."""
    issues.extend(f"{path}: the name is no valid time; not read as a version" for path in _scan(article_path)[1])
    first = _read_version(1, article_path, _mtime_stamp(article_path), False, issues)
    versions = [first] if first is not None else []
    for path in version_files(article_path):
        version = _read_version(len(versions) + 1, path, _stamp_of(path), True, issues)
        if version is not None:
            versions.append(version)
    return versions


def latest_text_keys(article_path: Path, issues: list[str]) -> set[str]:
    """:func:`text_key` of the newest readable version by name and of the one written
    last (by modification time; version files are never rewritten): one text, unless a
    version was named in the future (fetched while the clock was ahead), which would
    otherwise stay "newest" and make every refresh write the same text again."""
    files = version_files(article_path)
    by_written = sorted(files, key=lambda p: (_mtime_ns(p), p.name), reverse=True)[:1]
    keys: set[str] = set()
    seen: set[Path] = set()
    for order in ([*reversed(files), article_path], by_written):
        for path in order:
            version = _read_version(0, path, "", True, issues) if path not in seen else None
            seen.add(path)
            if version is not None:
                keys.add(text_key(version.title, version.body))
                break
    return keys


def _mtime_ns(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return -1


def add_version(article_path: Path, data: bytes, now: float | None = None) -> Path:
    """Write ``data`` (a rendered article) as a new version of ``article_path``; never
    replaces a file. Raises OSError when it cannot be written."""
    from reader.library.importer import write_new_file

    folder = versions_dir(article_path)
    folder.mkdir(exist_ok=True)
    stamp = time.strftime(STAMP_FORMAT, time.gmtime(time.time() if now is None else now))
    names = (f"{stamp}.md" if n == 1 else f"{stamp}-{n}.md" for n in range(1, 10000))
    return write_new_file(data, folder, names)


def find_by_url(folder: Path, urls: Iterable[str]) -> Path | None:
    """The article file directly in ``folder`` whose front matter ``url`` is one of
    ``urls`` (the first by name), or None."""
    wanted = {address_key(u) for u in urls if u}
    if not wanted:
        return None
    try:
        names = sorted(e.name for e in os.scandir(folder) if e.name.endswith(".md") and not e.name.startswith("."))
    except OSError:
        return None
    for name in names:
        url = front_matter_url(folder / name, wanted)
        if url is not None:
            return folder / name
    return None


def front_matter_url(path: Path, candidates: set[str] | None = None) -> str | None:
    """The ``url`` field of the file's front matter (None without one). With
    ``candidates``, files whose head names none of them are skipped without parsing."""
    try:
        if not path.is_file():          # (a FIFO would block the open, a device never end)
            return None
        with open(path, "rb") as handle:
            head = handle.read(_FIRST_READ).decode("utf-8", "replace")
            if "\n---" not in head[3:]:  # front matter longer than the first read (rare)
                head += handle.read(_URL_HEAD_BYTES - _FIRST_READ).decode("utf-8", "replace")
    except OSError:
        return None
    if candidates is not None and not any(_marker(c) in head.lower() for c in candidates):
        return None
    url = _front_matter(head).get("url")
    if not isinstance(url, str) or (candidates is not None and address_key(url) not in candidates):
        return None
    return url


def address_key(url: str) -> str:
    """``url`` as one page's address: scheme and host in lower case, no default port, no
    fragment, "/" for an empty path ("HTTP://Example.com:80/a#top" is "http://example.com/a").
    With ``candidates``, :func:`front_matter_url` compares these."""
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    if port is not None and (scheme, port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    return urlunsplit((scheme, host, parts.path or "/", parts.query, ""))


def _marker(key: str) -> str:
    """What a file's head must hold (lower-cased) to name the address ``key``: its host."""
    return urlsplit(key).netloc.split(":")[0] or key


def _front_matter(text: str) -> dict:
    """The YAML mapping at the top of ``text`` ({} when there is none or it is broken)."""
    import yaml

    match = re.match(r"---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|$)", text, re.S)
    if not match:
        return {}
    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


def _read_version(number: int, path: Path, fetched: str, known: bool, issues: list[str]) -> Version | None:
    from reader.library.loading import LoadIssue, load_file

    found: list[LoadIssue] = []
    article = load_file(path, found)
    issues.extend(str(issue) for issue in found)
    if article is None:
        if not found:
            issues.append(f"{path}: cannot be read; skipped")
        return None
    title = "" if article.title_derived else article.title
    return Version(number, path, fetched, known, title, article.body)


def _stamp_of(path: Path) -> str:
    """ISO time from a version file's name: 2026-12-03T10-00-00Z -> 2026-12-03T10:00:00Z."""
    match = _STAMP_RE.fullmatch(path.name)
    if not match:
        return ""
    day, clock = match.group(1).split("T")
    return f"{day}T{clock.replace('-', ':')}"


def _mtime_stamp(path: Path) -> str:
    try:
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(path.stat().st_mtime))
    except OSError:
        return ""
