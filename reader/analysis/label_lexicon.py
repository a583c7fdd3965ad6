"""The label lexicon: loaded words and the plainer words used instead, each with a note.

The bundled list is ``reader/analysis/data/label_lexicon.toml`` (its header documents the
format). Users add entries in ``labels.toml`` in reader's configuration folder
(``platformdirs.user_config_dir("reader")``, ``~/.config/reader/labels.toml`` on Linux);
a file that cannot be used (broken TOML, a wrong field, not a regular file, over 256 KB)
gives one warning line and the bundled entries alone are used.

:mod:`reader.analysis.labels` marks a label with the entry listing it, nothing more.
"""

from __future__ import annotations

import re
import stat
from dataclasses import dataclass
from pathlib import Path

BUNDLED = Path(__file__).resolve().parent / "data" / "label_lexicon.toml"
USER_FILE_NAME = "labels.toml"
MAX_BYTES = 256 * 1024
LOADED, NEUTRAL = "loaded", "neutral"
_WORD_RE = re.compile(r"[\w’']+(?:-[\w’']+)*")


@dataclass(frozen=True)
class Entry:
    group: str
    loaded: tuple[str, ...]
    neutral: tuple[str, ...]
    note: str
    sources: tuple[str, ...] = ()
    origin: str = "bundled"  # or the user file's path
    heads: tuple[str, ...] = ()  # nouns whose modifiers name this group (singular, lower case)


@dataclass(frozen=True)
class Mark:
    """What the lexicon says of one label."""

    entry: Entry
    side: str  # LOADED or NEUTRAL
    term: str

    def to_json(self) -> dict:
        return {"side": self.side, "term": self.term, "group": self.entry.group, "note": self.entry.note,
                "sources": list(self.entry.sources), "from": self.entry.origin}


@dataclass(frozen=True)
class Lexicon:
    entries: tuple[Entry, ...]

    def terms(self) -> dict[str, Mark]:
        """Every listed term, by :func:`term_key`."""
        out: dict[str, Mark] = {}
        for entry in self.entries:
            for side, words in ((LOADED, entry.loaded), (NEUTRAL, entry.neutral)):
                for term in words:
                    out.setdefault(term_key(term), Mark(entry, side, term))
        return out

    def heads(self) -> dict[str, str]:
        """Each entry's ``heads`` (singular, lower case) -> its group."""
        return {singular(h): e.group for e in self.entries for h in e.heads}


def singular(word: str) -> str:
    """A plural English noun's singular, by its ending (good enough for matching)."""
    w = word.lower()
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("xes", "ches", "shes", "sses", "zes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def term_key(text: str) -> str:
    """Lower case, one apostrophe style, the last word singular: "Illegal Immigrants" ->
    "illegal immigrant"."""
    words = [w.replace("’", "'") for w in _WORD_RE.findall(text.lower())]
    if not words:
        return ""
    return " ".join([*words[:-1], singular(words[-1])])


def load_lexicon(user_file: Path | None = None) -> tuple[Lexicon, list[str]]:
    """The bundled entries plus the user's (``user_file``, default :func:`user_lexicon_path`),
    and the warnings (at most one line)."""
    entries = list(_entries(_read_toml(BUNDLED), "bundled"))
    path = user_file if user_file is not None else user_lexicon_path()
    if path is None or not _exists(path):
        return Lexicon(tuple(entries)), []
    try:
        entries += _entries(_read_toml(path), str(path))
    except (OSError, ValueError) as exc:
        return Lexicon(tuple(entries)), [f"{path}: not used ({exc}); the bundled label lexicon is used"]
    return Lexicon(tuple(entries)), []


def user_lexicon_path() -> Path | None:
    try:
        from platformdirs import user_config_dir
    except ImportError:  # pragma: no cover - a dependency
        return None
    return Path(user_config_dir("reader", appauthor=False)) / USER_FILE_NAME


def _exists(path: Path) -> bool:
    try:
        path.lstat()
    except OSError:
        return False
    return True


def _read_toml(path: Path) -> dict:
    import tomllib

    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise ValueError("not a regular file")
    if info.st_size > MAX_BYTES:
        raise ValueError(f"over {MAX_BYTES // 1024} KB")
    try:
        text = path.read_bytes().decode("utf-8-sig")  # (a byte order mark is no TOML)
    except UnicodeDecodeError:
        raise ValueError("not UTF-8 text") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"broken TOML: {exc}") from None


def _entries(data: dict, origin: str) -> list[Entry]:
    """The ``[[entry]]`` tables; ValueError naming the first thing wrong."""
    unknown = set(data) - {"entry"}
    if unknown:
        raise ValueError(f"unknown key {sorted(unknown)[0]!r} (only [[entry]] tables)")
    raw = data.get("entry", [])
    if not isinstance(raw, list):
        raise ValueError("'entry' must be [[entry]] tables")
    return [_entry(item, n, origin) for n, item in enumerate(raw, 1)]


def _entry(item: object, n: int, origin: str) -> Entry:
    if not isinstance(item, dict):
        raise ValueError(f"entry {n} is not a table")
    unknown = set(item) - {"group", "loaded", "neutral", "note", "sources", "heads"}
    if unknown:
        raise ValueError(f"entry {n}: unknown field {sorted(unknown)[0]!r}")
    group, note = item.get("group"), item.get("note")
    if not isinstance(group, str) or not group.strip():
        raise ValueError(f"entry {n}: 'group' must be a non-empty string")
    if not isinstance(note, str) or not note.strip():
        raise ValueError(f"entry {n}: 'note' must be a non-empty string")
    loaded, neutral, sources, heads = (_strings(item.get(k, []), n, k)
                                       for k in ("loaded", "neutral", "sources", "heads"))
    if not loaded and not neutral:
        raise ValueError(f"entry {n}: give 'loaded' or 'neutral' words")
    return Entry(group.strip(), loaded, neutral, " ".join(note.split()), sources, origin,
                 tuple(singular(h) for h in heads))


def _strings(value: object, n: int, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"entry {n}: '{key}' must be a list of non-empty strings")
    return tuple(v.strip() for v in value)
