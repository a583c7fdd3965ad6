"""The grouping keys of every article seen, kept on disk so a library is keyed once.

Why a binary file and not the JSON caches: 100,000 articles carry about ten million
seed hashes; as JSON that file would take seconds to read. One file,
``<cache dir>/grouping-v<GROUPING_VERSION>/keys.bin``, holds, after a header
(``MAGIC``, a little-endian u32 format version and a u32 length, then that many bytes of
JSON: entry, seed, word and vocabulary counts), the sections as raw little-endian arrays:
content hashes (32 bytes each, SHA-256 of the body), seeds per entry (u32), seeds
(u64), then for each of the entry's word sets (its keys, the dates it names, the dates
of its opening: ``WORD_SETS``) the words per entry (u32) and their numbers (u32), and
the vocabulary of all of them (UTF-8, one per line). Never pickle: the cache folder is
not trusted; every size is checked against the file's length before anything is read.

Entries are keyed by content hash (the same body keys the same everywhere, whatever its
file or id); adding articles adds entries, never recomputing the others: up to
``JOURNAL_MAX`` new entries go to a small journal file beside the store
(``keys.bin.add-*.bin``, same format), so adding one article to a large library writes
a few kilobytes; more, or ``JOURNALS`` journals, rewrite the store atomically with the
journals folded in. A file that is truncated, corrupt or of another format is
reported once (``problem``) and the store rebuilt from the articles at hand. At most
``MAX_ENTRIES`` entries are kept: beyond it, the entries the current library does not use
are dropped.
"""

from __future__ import annotations

import contextlib
import json
import os
import struct
import tempfile
from pathlib import Path

import numpy as np

from reader.analysis.grouping import GROUPING_VERSION
from reader.text.cache import cache_dir
from reader.text.files import read_regular

MAGIC = b"READERGK"
FORMAT = 2                 # 2: the dates and opening dates beside the keys
WORD_SETS = 3              # keys, dates, opening dates
MAX_ENTRIES = 2_000_000
MAX_STORE_BYTES = 1 << 32      # a store file larger than this (4 GB) is not read: rebuilt
JOURNAL_MAX = 500          # at most this many new entries go to a journal file, not a rewrite
JOURNALS = 16              # ... and at most this many journals before they are folded in
_HEAD = struct.Struct("<8sII")


class Stored:
    """The keys of one body: sorted seeds, its keys, the dates it names and those of its
    opening (read from a file, the word sets are made only when asked for: an index
    update never needs them)."""

    __slots__ = ("_ids", "_sets", "_vocab", "seeds")

    def __init__(self, seeds: np.ndarray, keys: frozenset[str] | None = None, dates: frozenset[str] = frozenset(),
                 opening: frozenset[str] = frozenset(), ids: list[np.ndarray] | None = None,
                 vocab: list[str] | None = None) -> None:
        self.seeds = seeds
        self._sets = (keys, dates, opening) if keys is not None else None
        self._ids = ids
        self._vocab = vocab

    def words(self) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        if self._sets is None:
            vocab = self._vocab or []
            ids = self._ids or [np.zeros(0, dtype=np.uint32)] * WORD_SETS
            keys, dates, opening = (frozenset(vocab[i] for i in part.tolist()) for part in ids)
            self._sets = (keys, dates, opening)
        return self._sets

    @property
    def keys(self) -> frozenset[str]:
        return self.words()[0]

    @property
    def dates(self) -> frozenset[str]:
        return self.words()[1]

    @property
    def opening(self) -> frozenset[str]:
        return self.words()[2]


def store_path() -> Path | None:
    folder = cache_dir()
    return folder / f"grouping-v{GROUPING_VERSION}" / "keys.bin" if folder else None


class KeysStore:
    """The stored keys by content hash (read once, on creation)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = store_path() if path is None else path
        self.entries: dict[str, Stored] = {}
        self.problem: str | None = None
        self.new: dict[str, Stored] = {}
        self.journals: list[Path] = []
        if self.path is not None:
            self._read(self.path)

    @property
    def added(self) -> int:
        return len(self.new)

    def get(self, digest: str) -> Stored | None:
        return self.entries.get(digest)

    def put(self, digest: str, seeds: np.ndarray, keys: frozenset[str], dates: frozenset[str] = frozenset(),
            opening: frozenset[str] = frozenset()) -> None:
        stored = Stored(np.asarray(seeds, dtype=np.uint64), keys, dates, opening)
        if digest not in self.entries:
            self.new[digest] = stored
        self.entries[digest] = stored

    def save(self, keep: set[str] | None = None) -> None:
        """Write what was added: a small journal file beside the store when there are
        few additions, else (or when the file was unusable) the whole store again,
        folding the journals in."""
        if self.path is None or not (self.new or self.problem):
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.problem or not self.path.exists() or len(self.new) > JOURNAL_MAX or len(self.journals) >= JOURNALS:
                self._compact(keep)
            else:
                fd, name = tempfile.mkstemp(prefix=f"{self.path.name}.add-", suffix=".bin", dir=self.path.parent)
                os.close(fd)
                _write_bytes(Path(name), encode(self.new))
                self.journals.append(Path(name))
        except OSError:
            return
        self.new = {}
        self.problem = None

    def _compact(self, keep: set[str] | None) -> None:
        if keep is not None and len(self.entries) > MAX_ENTRIES:
            self.entries = {d: s for d, s in self.entries.items() if d in keep}
        assert self.path is not None
        _write_bytes(self.path, encode(self.entries))
        for journal in self.journals:
            with contextlib.suppress(OSError):
                journal.unlink()
        self.journals = []

    def _read(self, path: Path) -> None:
        self.entries = self._read_one(path) or {}
        self.journals = sorted(path.parent.glob(f"{path.name}.add-*.bin")) if path.parent.is_dir() else []
        for journal in self.journals:
            self.entries.update(self._read_one(journal) or {})

    def _read_one(self, path: Path) -> dict[str, Stored] | None:
        try:
            data = read_regular(path, MAX_STORE_BYTES)
            if data is None:
                raise OSError(f"larger than {MAX_STORE_BYTES // 2**20} MB")
        except FileNotFoundError:
            return None
        except OSError as exc:
            self.problem = self.problem or f"{path}: cannot be read ({exc.strerror or exc}); rebuilding the story index"
            return None
        try:
            return decode(data)
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, struct.error, RecursionError) as exc:
            self.problem = self.problem or f"{path}: corrupt or truncated ({exc}); rebuilding the story index"
            return None


def _write_bytes(path: Path, data: bytes) -> None:
    """``data`` to ``path`` through a temporary file and a rename (readers never see half)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def encode(entries: dict[str, Stored]) -> bytes:
    digests = sorted(entries)
    vocab: dict[str, int] = {}
    counts: list[list[int]] = [[] for _ in range(WORD_SETS)]
    ids: list[list[int]] = [[] for _ in range(WORD_SETS)]
    for d in digests:
        for part, words in enumerate(entries[d].words()):
            ordered = sorted(words)
            counts[part].append(len(ordered))
            ids[part].extend(vocab.setdefault(w, len(vocab)) for w in ordered)
    seeds = [entries[d].seeds for d in digests]
    seed_all = np.concatenate(seeds).astype("<u8") if seeds else np.empty(0, dtype="<u8")
    vocab_bytes = "\n".join(vocab).encode("utf-8", "surrogatepass")
    head = json.dumps({"entries": len(digests), "seeds": len(seed_all), "words": [len(x) for x in ids],
                       "vocab": len(vocab), "vocab_bytes": len(vocab_bytes)}).encode()
    parts = [_HEAD.pack(MAGIC, FORMAT, len(head)), head,
             b"".join(bytes.fromhex(d) for d in digests),
             np.asarray([len(s) for s in seeds], dtype="<u4").tobytes(), seed_all.tobytes()]
    for part in range(WORD_SETS):
        parts += [np.asarray(counts[part], dtype="<u4").tobytes(), np.asarray(ids[part], dtype="<u4").tobytes()]
    parts.append(vocab_bytes)
    return b"".join(parts)


def decode(data: bytes) -> dict[str, Stored]:
    """The entries of a file's bytes (ValueError when it is not a whole, valid file)."""
    magic, version, head_len = _HEAD.unpack_from(data, 0)
    if magic != MAGIC or version != FORMAT:
        raise ValueError("not a story index of this version")
    head = json.loads(data[_HEAD.size : _HEAD.size + head_len])
    n, n_seeds, n_vocab, vocab_len = (int(head[k]) for k in ("entries", "seeds", "vocab", "vocab_bytes"))
    n_words = [int(x) for x in head["words"]]
    if len(n_words) != WORD_SETS:
        raise ValueError("not a story index of this version")
    sizes = [32 * n, 4 * n, 8 * n_seeds]
    for count in n_words:
        sizes += [4 * n, 4 * count]
    sizes.append(vocab_len)
    if min(n, n_seeds, n_vocab, vocab_len, *n_words) < 0 or _HEAD.size + head_len + sum(sizes) != len(data):
        raise ValueError("sizes do not match the file")
    at = _HEAD.size + head_len
    sections = []
    for size in sizes:
        sections.append(data[at : at + size])
        at += size
    return _entries(sections, n, n_vocab)


def _entries(sections: list[bytes], n: int, n_vocab: int) -> dict[str, Stored]:
    hashes, seed_counts_b, seeds_b = sections[:3]
    vocab_b = sections[-1]
    seed_counts = np.frombuffer(seed_counts_b, dtype="<u4").astype(np.int64)
    seeds = np.frombuffer(seeds_b, dtype="<u8").astype(np.uint64)
    vocab = vocab_b.decode("utf-8", "surrogatepass").split("\n") if n_vocab else []
    if len(vocab) != n_vocab or int(seed_counts.sum()) != len(seeds):
        raise ValueError("counts do not match")
    word_ends, word_ids = [], []
    for part in range(WORD_SETS):
        counts = np.frombuffer(sections[3 + 2 * part], dtype="<u4").astype(np.int64)
        ids = np.frombuffer(sections[4 + 2 * part], dtype="<u4")
        if int(counts.sum()) != len(ids) or (len(ids) and int(ids.max()) >= n_vocab):
            raise ValueError("counts do not match")
        word_ends.append(np.r_[0, np.cumsum(counts)].tolist())
        word_ids.append(ids)
    seed_ends = np.r_[0, np.cumsum(seed_counts)].tolist()
    out: dict[str, Stored] = {}
    for k in range(n):
        digest = hashes[32 * k : 32 * k + 32].hex()
        parts = [ids[ends[k] : ends[k + 1]] for ids, ends in zip(word_ids, word_ends, strict=True)]
        out[digest] = Stored(seeds[seed_ends[k] : seed_ends[k + 1]], ids=parts, vocab=vocab)
    return out
