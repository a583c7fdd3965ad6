"""What the extractors found in a body, kept on disk so a body is analysed once.

Each entry is one small JSON file, ``<cache dir>/analysis-v<ANALYSIS_VERSION>/<key>.json``
(:func:`reader.text.cache.cache_dir`; one file per body, so a run reads only the
articles it needs, never the whole store). The key is a SHA-256 of the body and of the
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
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path
from typing import Any

from reader.analysis import extraction, gazetteer
from reader.analysis.dates import DateMention
from reader.analysis.entities import Entity
from reader.analysis.extraction import Extraction, extract
from reader.analysis.figures import Figure
from reader.analysis.quotes import Quote
from reader.text.cache import cache_dir
from reader.text.files import write_atomic

LIMIT = 20_000            # entries kept; beyond it the oldest half is removed
_RECORDS: dict[str, type] = {"quotes": Quote, "entities": Entity, "figures": Figure, "dates": DateMention}
_pruned = False


class Unfit(ValueError):
    """A cache entry that does not have the shape of an analysis."""


def cached_extraction(body: str) -> Extraction:
    """``extract(body)``, from the cache when this body was analysed by the same rules."""
    path = _entry_path(body)
    found = _read(path, body) if path is not None else None
    if found is None:
        found = extract(body)
        if path is not None:
            _write(path, found)
    return found


def cached_extractions(bodies: list[str], progress: Callable[[int, int, str], None] | None = None
                       ) -> list[Extraction]:
    """``cached_extraction`` of each body; the bodies not in the cache are extracted
    together (:func:`reader.analysis.extraction.extract_all`: in a process pool when
    there are many), each once."""
    paths = [_entry_path(b) for b in bodies]
    found = [_read(p, b) if p is not None else None for p, b in zip(paths, bodies, strict=True)]
    missing = list(dict.fromkeys(b for b, f in zip(bodies, found, strict=True) if f is None))
    if missing:
        fresh = dict(zip(missing, extraction.extract_all(missing, progress), strict=True))
        for k, (p, b) in enumerate(zip(paths, bodies, strict=True)):
            if found[k] is None:
                found[k] = fresh[b]
                if p is not None:
                    _write(p, fresh[b])
    return [f for f in found if f is not None]


def _entry_path(body: str) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    digest = hashlib.sha256(f"{gazetteer.data_version()}\0{body}".encode("utf-8", "surrogatepass")).hexdigest()
    return folder / f"analysis-v{extraction.ANALYSIS_VERSION}" / f"{digest}.json"


def _read(path: Path, body: str) -> Extraction | None:
    try:
        return decode(json.loads(path.read_text(encoding="utf-8")), len(body))
    except (OSError, ValueError):     # missing, unreadable, not JSON, or Unfit
        return None


def _write(path: Path, found: Extraction) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _prune(path.parent)
        write_atomic(path, json.dumps(encode(found), ensure_ascii=False, separators=(",", ":")))
    except OSError:
        pass


def _prune(folder: Path) -> None:
    """Once per process: keep the folder under LIMIT entries (the newest half stays)."""
    global _pruned
    if _pruned:
        return
    _pruned = True
    entries = [e for e in os.scandir(folder) if e.name.endswith(".json")]
    if len(entries) < LIMIT:
        return
    entries.sort(key=lambda e: e.stat().st_mtime)
    for old in entries[: len(entries) - LIMIT // 2]:
        with contextlib.suppress(OSError):
            os.unlink(old.path)


# --- JSON form ------------------------------------------------------------------------


def encode(found: Extraction) -> dict:
    """The JSON form of an extraction: each record as the list of its fields' values."""
    out: dict[str, Any] = {"sentences": found.sentences, "paragraphs": found.paragraphs}
    for name in _RECORDS:
        out[name] = [[getattr(r, f.name) for f in fields(r)] for r in getattr(found, name)]
    return out


def decode(data: object, size: int) -> Extraction:
    """The extraction stored as ``data`` for a body of ``size`` characters (Unfit if it
    is not one)."""
    if not isinstance(data, dict) or set(data) != {"sentences", "paragraphs", *_RECORDS}:
        raise Unfit("not an analysis")
    records = {name: [_record(cls, row, size) for row in _list(data[name])] for name, cls in _RECORDS.items()}
    found = Extraction(_spans(data["sentences"], size), _spans(data["paragraphs"], size), **records)
    # (compared as canonical JSON text in a set: a list of dicts took time as figures x details)
    known = {json.dumps(f.to_json(), sort_keys=True) for f in found.figures}
    if any(json.dumps(d, sort_keys=True) not in known for e in found.entities for d in e.details):
        raise Unfit("figure details of no figure")
    return found


def _record(cls: type, row: object, size: int) -> Any:
    spec = fields(cls)
    values = _list(row)
    if len(values) != len(spec):
        raise Unfit(f"{cls.__name__}: {len(values)} fields")
    return cls(*(_field(str(f.type), v, size) for f, v in zip(spec, values, strict=True)))


def _field(kind: str, value: object, size: int) -> object:
    """``value`` as a field annotated ``kind`` (offsets and counts lie within 0..size)."""
    if kind.endswith(" | None"):
        return None if value is None else _field(kind.removesuffix(" | None"), value, size)
    if kind == "int":
        return _offset(value, size)
    if kind == "str" and isinstance(value, str):
        return value
    if kind == "bool" and isinstance(value, bool):
        return value
    if kind == "int | float" and type(value) in (int, float):
        return value
    if kind == "list[str]" and all(isinstance(v, str) for v in _list(value)):
        return list(_list(value))
    if kind == "list[tuple[int, int]]":
        return _spans(value, size)
    if kind == "tuple[tuple[int, int], ...]":
        return tuple(_spans(value, size))
    if kind == "list[dict]" and all(isinstance(v, dict) for v in _list(value)):
        return [dict(v) for v in _list(value)]
    raise Unfit(f"{value!r} is no {kind}")


def _list(value: object) -> list:
    if not isinstance(value, list):
        raise Unfit(f"{value!r} is no list")
    return value


def _offset(value: object, size: int) -> int:
    if type(value) is not int or not 0 <= value <= size:
        raise Unfit(f"{value!r} is no offset")
    return value


def _spans(value: object, size: int) -> list[tuple[int, int]]:
    out = []
    for pair in _list(value):
        a, b = _list(pair) if len(_list(pair)) == 2 else (None, None)
        out.append((_offset(a, size), _offset(b, size)))
    return out
