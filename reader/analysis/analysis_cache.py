"""What the extractors found in a body, kept on disk so a body is analysed once.

Each entry is one file of JSON lines, ``<cache dir>/analysis-v<ANALYSIS_VERSION>/<key>.jsonl``
(:func:`reader.text.cache.cache_dir`; one file per body, so a run reads only the
articles it needs, never the whole store): a first line ``{"counts": {...}}`` with how
many records each section has, then the sections in the order of :data:`SECTIONS`, each
as lines of at most ``ROWS_PER_LINE`` records (a record: the list of its fields' values).
It is written and read a line at a time: the entry of a 5 MB article is 18 MB of JSON,
which parsed whole took 110 MB of lists and numbers on top of the records made from
them, and written whole a copy of its text twice over. The key is a SHA-256 of the body and of the
place names the entity rules look up (:func:`reader.analysis.gazetteer.data_version`);
bumping :data:`reader.analysis.extraction.ANALYSIS_VERSION` starts a new folder.

JSON only, never pickle: the cache folder is not trusted. Every entry is checked field
by field against the dataclasses' annotations (types, offsets inside the body, figure
details equal to a figure of the entry) and one that does not fit is a miss, analysed
again and rewritten; a folder that cannot be read or written is simply not used.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from reader.analysis import extraction, gazetteer
from reader.analysis.dates import DateMention
from reader.analysis.entities import Entity
from reader.analysis.extraction import Extraction, extract
from reader.analysis.figures import Figure
from reader.analysis.quotes import Quote
from reader.text.cache import cache_dir
from reader.text.files import read_regular, sweep_once

TYPE_CHECKING = False
if TYPE_CHECKING:
    from reader.analysis.pool import Pending

LIMIT = 20_000            # entries kept; beyond it the oldest half is removed
MAX_ENTRY_BYTES = 1 << 28  # an entry larger than this (256 MB; a 5 MB article's is a few MB) is not read
ROWS_PER_LINE = 256       # records on one line of an entry
_RECORDS: dict[str, type] = {"quotes": Quote, "entities": Entity, "figures": Figure, "dates": DateMention}
SECTIONS = ("sentences", "paragraphs", *_RECORDS)
_tidied: set[str] = set()   # folders tidied by this process (:func:`_tidy`)
# what _Entry's temporary file is called (tempfile's eight characters; group 1: the prefix)
_LEFTOVER = re.compile(r"(\.[^/]+\.jsonl\.)[a-z0-9_]{8}\.tmp")


class Unfit(ValueError):
    """A cache entry that does not have the shape of an analysis."""


def cached_extraction(body: str) -> Extraction:
    """``extract(body)``, from the cache when this body was analysed by the same rules."""
    path = _entry_path(body)
    found = _read(path, body) if path is not None else None
    if found is None:
        found = _keep(path, _shared_strings(extract(body)))
    return found


def cached_extractions(bodies: list[str], progress: Callable[[int, int, str], None] | None = None
                       ) -> list[Extraction]:
    """``cached_extraction`` of each body; the bodies not in the cache are extracted
    together (:func:`reader.analysis.pool.map_articles`: in a process pool when there
    are many, each worker writing the entries of the bodies it extracts), each once."""
    with extractions(bodies, progress) as found:
        return found()


@contextmanager
def extractions(bodies: list[str], progress: Callable[[int, int, str], None] | None = None
                ) -> Iterator[Pending[Extraction]]:
    """:func:`cached_extractions` begun (:func:`reader.analysis.pool.mapping`): the
    entries in the cache are read, the pool's workers start on the other bodies, and
    the ``with`` block goes on meanwhile; calling what it gives waits for the results."""
    from reader.analysis.pool import Pending, mapping

    paths = [_entry_path(b) for b in bodies]
    found = [_read(p, b) if p is not None else None for p, b in zip(paths, bodies, strict=True)]
    missing = list(dict.fromkeys(b for b, f in zip(bodies, found, strict=True) if f is None))
    if not missing:
        yield Pending(lambda: [f for f in found if f is not None], pooled=False)
        return
    folder = next((p.parent for p in paths if p is not None), None)
    if folder is not None:
        _tidy(folder)  # (here, once, before the pool's processes are forked from this one)
    with mapping(_extracted_and_kept, missing, progress, "analysing articles") as fresh:

        def complete() -> list[Extraction]:
            made = dict(zip(missing, fresh(), strict=True))
            return [f if f is not None else made[b] for f, b in zip(found, bodies, strict=True)]

        yield Pending(complete, pooled=fresh.pooled)


def _extracted_and_kept(body: str) -> Extraction:
    """``extract(body)``, its entry written to the cache: what a worker of
    :func:`cached_extractions` does for one body, so the entries (1,000 articles: 0.8 s
    of encoding and writing) are written by the workers side by side, not one after the
    other by the process that waits for them. (The records' strings shared as
    :func:`_shared_strings` makes them stay shared when they are sent back: pickle
    sends an object once however often it is referred to.)"""
    return _keep(_entry_path(body), _shared_strings(extract(body)))


def _entry_path(body: str) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    digest = hashlib.sha256(f"{gazetteer.data_version()}\0{body}".encode("utf-8", "surrogatepass")).hexdigest()
    return folder / f"analysis-v{extraction.ANALYSIS_VERSION}" / f"{digest}.jsonl"


def _read(path: Path, body: str) -> Extraction | None:
    try:
        raw = read_regular(path, MAX_ENTRY_BYTES)
        return decode(raw.decode("utf-8").split("\n"), len(body)) if raw is not None else None
    except (OSError, ValueError):     # missing, unreadable, not a regular file, not JSON, or Unfit
        return None
    except RecursionError:            # JSON nested too deep to parse: a damaged entry, a miss as well
        return None


def _shared_strings(found: Extraction) -> Extraction:
    """``found`` with one object per distinct string, as :func:`decode` makes them: the
    records of a fresh extraction hold a new one per field (715,000 strings for a 5 MB
    article, 40 MB, of which 41,000 distinct). In place: each record is replaced in its
    list by an equal one (``dataclasses.replace``) in turn, so the strings it alone held
    are freed as it goes."""
    strings: dict[str, str] = {}
    for name in _RECORDS:
        rows = getattr(found, name)
        for k, record in enumerate(rows):
            changes = {}
            for f in fields(record):
                value = getattr(record, f.name)
                if isinstance(value, (str, list)):
                    same = _shared(value, strings, None)
                    if same is not value:
                        changes[f.name] = same
            if changes:
                rows[k] = replace(record, **changes)
    return found


def _keep(path: Path | None, found: Extraction) -> Extraction:
    """``found``, its entry written to ``path`` line by line (when given). (Read back
    from those lines it would share one object per distinct string and number, as a
    warm run's records do; but made while the fresh records are alive, that copy raised
    the peak of a first run by 60 MB.)"""
    entry = _Entry(path)
    if entry.fh is not None:
        for line in encode(found):
            entry.write(line)
        entry.finish()
    return found


class _Entry:
    """An entry written line by line to a temporary file, renamed over ``path`` when
    complete (as :func:`reader.text.files.write_atomic` writes one string); any
    ``OSError`` abandons it (the cache is then not used for this body)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.tmp: str | None = None
        self.fh: Any = None
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _tidy(path.parent)
            fd, self.tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(self.tmp, 0o666 & ~umask)
            self.fh = os.fdopen(fd, "w", encoding="utf-8", newline="")
        except OSError:
            self.abandon()

    def write(self, line: str) -> None:
        if self.fh is not None:
            try:
                self.fh.write(line)
            except OSError:
                self.abandon()

    def finish(self) -> None:
        if self.fh is None or self.path is None or self.tmp is None:
            return
        try:
            self.fh.close()
            self.fh = None
            os.replace(self.tmp, self.path)
        except OSError:
            self.abandon()

    def abandon(self) -> None:
        if self.fh is not None:
            with contextlib.suppress(OSError):
                self.fh.close()
            self.fh = None
        if self.tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(self.tmp)
            self.tmp = None


def _tidy(folder: Path) -> None:
    """Once per folder and process: keep the folder under LIMIT entries (the newest half
    stays), and remove what killed writes of entries left (:func:`sweep_once` of the
    names of those leftovers). One scan of the folder: sweeping it for the name of each
    entry as it was written scanned it once per entry (1,000 new entries: a million
    names read, 0.6 s)."""
    key = os.path.abspath(folder)
    if key in _tidied:
        return
    _tidied.add(key)
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for prefix in sorted({m.group(1) for e in entries if (m := _LEFTOVER.fullmatch(e.name))}):
        sweep_once(folder, prefix)
    entries = [e for e in entries if e.name.endswith((".jsonl", ".json"))]  # (.json: an older form)
    if len(entries) < LIMIT:
        return
    entries.sort(key=lambda e: e.stat().st_mtime)
    for old in entries[: len(entries) - LIMIT // 2]:
        with contextlib.suppress(OSError):
            os.unlink(old.path)


# --- JSON lines form ------------------------------------------------------------------


def encode(found: Extraction) -> Iterator[str]:
    """The lines of an entry (each ends with a newline): the counts, then each section's
    records, ``ROWS_PER_LINE`` to a line, each record as the list of its fields' values."""
    sections = {name: getattr(found, name) for name in SECTIONS}
    yield json.dumps({"counts": {name: len(rows) for name, rows in sections.items()}}) + "\n"
    for name, rows in sections.items():
        for k in range(0, len(rows), ROWS_PER_LINE):
            chunk = rows[k : k + ROWS_PER_LINE]
            if name in _RECORDS:
                chunk = [[getattr(r, f.name) for f in fields(r)] for r in chunk]
            yield json.dumps(chunk, ensure_ascii=False, separators=(",", ":")) + "\n"


def decode(lines: Iterable[str], size: int) -> Extraction:
    """The extraction stored as ``lines`` for a body of ``size`` characters (Unfit if it
    is not one), parsed a line at a time."""
    it = iter(lines)
    head = json.loads(next(it, "null"))
    if not isinstance(head, dict) or set(head) != {"counts"} or not isinstance(head["counts"], dict):
        raise Unfit("not an analysis")
    counts = head["counts"]
    if set(counts) != set(SECTIONS) or any(type(n) is not int or n < 0 for n in counts.values()):
        raise Unfit("not an analysis")
    sections: dict[str, list] = {}
    strings: dict[str, str] = {}   # one object per distinct string (see _shared)
    offsets: dict[int, int] = {}   # and per distinct offset: 905,000 of them, 455,000 distinct (-14 MB)
    for name in SECTIONS:
        rows: list = []
        while len(rows) < counts[name]:
            chunk = _list(json.loads(next(it, "null")))
            if not chunk or len(rows) + len(chunk) > counts[name]:
                raise Unfit(f"{name}: not {counts[name]} records")
            if name in _RECORDS:
                rows.extend(_record(_RECORDS[name], row, size, strings, offsets) for row in chunk)
            else:
                rows.extend(_spans(chunk, size, offsets))
        sections[name] = rows
    if any(line.strip() for line in it):
        raise Unfit("more than the counts")
    found = Extraction(**sections)
    # (compared as canonical JSON text in a set: a list of dicts took time as figures x details)
    known = {json.dumps(f.to_json(), sort_keys=True) for f in found.figures}
    if any(json.dumps(d, sort_keys=True) not in known for e in found.entities for d in e.details):
        raise Unfit("figure details of no figure")
    return found


def _record(cls: type, row: object, size: int, strings: dict[str, str], offsets: dict[int, int]) -> Any:
    readers = _readers(cls)
    values = _list(row)
    if len(values) != len(readers):
        raise Unfit(f"{cls.__name__}: {len(values)} fields")
    return cls(*[read(v, size, strings, offsets) for read, v in zip(readers, values, strict=True)])


_Reader = Callable[[object, int, dict[str, str], dict[int, int]], object]
_readers_of: dict[type, tuple[_Reader, ...]] = {}


def _readers(cls: type) -> tuple[_Reader, ...]:
    """Per field of ``cls``, the :func:`_reader` of its annotation, chosen once per class
    (chosen per value, by comparing annotation strings, it took half the time of reading
    an entry)."""
    found = _readers_of.get(cls)
    if found is None:
        found = _readers_of[cls] = tuple(_reader(str(f.type)) for f in fields(cls))
    return found


def _reader(kind: str) -> _Reader:
    """What reads a value of a field annotated ``kind`` (offsets and counts lie within
    0..size; strings and offsets shared through ``strings`` and ``offsets``), Unfit when
    the value is not one."""
    if kind.endswith(" | None"):
        inner = _reader(kind.removesuffix(" | None"))
        return lambda v, size, strings, offsets: None if v is None else inner(v, size, strings, offsets)
    readers: dict[str, _Reader] = {
        "int": lambda v, size, strings, offsets: _offset(v, size, offsets),
        "str": _read_str,
        "bool": _read_bool,
        "int | float": _read_number,
        "list[str]": _read_strings,
        "list[tuple[int, int]]": lambda v, size, strings, offsets: _spans(v, size, offsets),
        "tuple[tuple[int, int], ...]": lambda v, size, strings, offsets: tuple(_spans(v, size, offsets)),
        "list[dict]": _read_dicts,
    }
    return readers.get(kind) or _unknown(kind)


def _read_str(value: object, size: int, strings: dict[str, str], offsets: dict[int, int]) -> object:
    if isinstance(value, str):
        return strings.setdefault(value, value)
    raise Unfit(f"{value!r} is no str")


def _read_bool(value: object, size: int, strings: dict[str, str], offsets: dict[int, int]) -> object:
    if isinstance(value, bool):
        return value
    raise Unfit(f"{value!r} is no bool")


def _read_number(value: object, size: int, strings: dict[str, str], offsets: dict[int, int]) -> object:
    if type(value) in (int, float):
        return value
    raise Unfit(f"{value!r} is no int | float")


def _read_strings(value: object, size: int, strings: dict[str, str], offsets: dict[int, int]) -> object:
    if all(isinstance(v, str) for v in _list(value)):
        return [strings.setdefault(v, v) for v in _list(value)]
    raise Unfit(f"{value!r} is no list[str]")


def _read_dicts(value: object, size: int, strings: dict[str, str], offsets: dict[int, int]) -> object:
    if all(isinstance(v, dict) for v in _list(value)):
        return [_shared(v, strings, offsets) for v in _list(value)]
    raise Unfit(f"{value!r} is no list[dict]")


def _unknown(kind: str) -> _Reader:
    def read(value: object, size: int, strings: dict[str, str], offsets: dict[int, int]) -> object:
        raise Unfit(f"{value!r} is no {kind}")

    return read


def _shared(value: Any, strings: dict[str, str], numbers: dict[int, int] | None) -> Any:
    """A copy of JSON ``value`` whose strings are the ones in ``strings``, and its whole
    numbers beyond 256 the ones in ``numbers`` (each added when new). The JSON parser
    makes an object of every string and number it reads: an entry of a 5 MB article
    held 715,000 strings (40 MB), of which 41,000 distinct (3 MB: entity types, figure
    units, speakers, the keys of figure details), and 905,000 numbers, 455,000 distinct."""
    if isinstance(value, str):
        return strings.setdefault(value, value)
    if type(value) is int and value > 256 and numbers is not None:
        return numbers.setdefault(value, value)
    if isinstance(value, list):
        return [_shared(v, strings, numbers) for v in value]
    if isinstance(value, dict):
        return {strings.setdefault(k, k): _shared(v, strings, numbers) for k, v in value.items()}
    return value


def _list(value: object) -> list:
    if not isinstance(value, list):
        raise Unfit(f"{value!r} is no list")
    return value


def _offset(value: object, size: int, offsets: dict[int, int] | None = None) -> int:
    """``value`` as an offset into a body of ``size`` characters, the object already in
    ``offsets`` when it holds an equal one (else added there)."""
    if type(value) is not int or not 0 <= value <= size:
        raise Unfit(f"{value!r} is no offset")
    return value if offsets is None or value < 257 else offsets.setdefault(value, value)


def _spans(value: object, size: int, offsets: dict[int, int] | None = None) -> list[tuple[int, int]]:
    out = []
    for pair in _list(value):
        if not isinstance(pair, list):
            raise Unfit(f"{pair!r} is no list")
        if len(pair) != 2:
            raise Unfit(f"{pair!r} is no span")
        a, b = pair
        if type(a) is not int or type(b) is not int or not 0 <= a <= b <= size:  # (the common case: checked here)
            out.append((_offset(a, size, offsets), _offset(b, size, offsets)))
        elif offsets is None:
            out.append((a, b))
        else:
            out.append((a if a < 257 else offsets.setdefault(a, a), b if b < 257 else offsets.setdefault(b, b)))
    return out
