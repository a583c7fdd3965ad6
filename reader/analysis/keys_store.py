"""The grouping keys of every article seen, kept on disk so a library is keyed once.

Why a binary file and not the JSON caches: 100,000 articles carry about ten million
seed hashes; as JSON that file would take seconds to read. One file,
``<cache dir>/grouping-v<GROUPING_VERSION>/keys.bin``, holds, after a header
(``MAGIC``, a little-endian u32 format version and a u32 length, then that many bytes of
JSON: entry, seed, key and vocabulary counts), the sections as raw little-endian arrays:
content hashes (32 bytes each, SHA-256 of the body), seeds per entry (u32), seeds
(u64), keys per entry (u32), key numbers (u32) and the key vocabulary (UTF-8, one per
line). Never pickle: the cache folder is not trusted; every size is checked against the
file's length before anything is read.

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

MAGIC = b"READERGK"
FORMAT = 1
MAX_ENTRIES = 2_000_000
JOURNAL_MAX = 500          # at most this many new entries go to a journal file, not a rewrite
JOURNALS = 16              # ... and at most this many journals before they are folded in
_HEAD = struct.Struct("<8sII")


class Stored:
    """The keys of one body: sorted seeds and its keys (read from a file, the keys are
    made into a set only when asked for: an index update never needs them)."""

    __slots__ = ("_ids", "_keys", "_vocab", "seeds")

    def __init__(self, seeds: np.ndarray, keys: frozenset[str] | None = None, ids: np.ndarray | None = None,
                 vocab: list[str] | None = None) -> None:
        self.seeds = seeds
        self._keys = keys
        self._ids = ids
        self._vocab = vocab

    @property
    def keys(self) -> frozenset[str]:
        if self._keys is None:
            vocab = self._vocab or []
            ids = self._ids.tolist() if self._ids is not None else []
            self._keys = frozenset(vocab[i] for i in ids)
        return self._keys


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

    def put(self, digest: str, seeds: np.ndarray, keys: frozenset[str]) -> None:
        stored = Stored(np.asarray(seeds, dtype=np.uint64), keys)
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
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            self.problem = self.problem or f"{path}: cannot be read ({exc.strerror or exc}); rebuilding the story index"
            return None
        try:
            return decode(data)
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, struct.error) as exc:
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
    key_ids: list[int] = []
    key_counts: list[int] = []
    for d in digests:
        words = sorted(entries[d].keys)
        key_counts.append(len(words))
        key_ids.extend(vocab.setdefault(w, len(vocab)) for w in words)
    seeds = [entries[d].seeds for d in digests]
    seed_all = np.concatenate(seeds).astype("<u8") if seeds else np.empty(0, dtype="<u8")
    vocab_bytes = "\n".join(vocab).encode("utf-8", "surrogatepass")
    head = json.dumps({"entries": len(digests), "seeds": len(seed_all), "keys": len(key_ids),
                       "vocab": len(vocab), "vocab_bytes": len(vocab_bytes)}).encode()
    parts = [_HEAD.pack(MAGIC, FORMAT, len(head)), head,
             b"".join(bytes.fromhex(d) for d in digests),
             np.asarray([len(s) for s in seeds], dtype="<u4").tobytes(), seed_all.tobytes(),
             np.asarray(key_counts, dtype="<u4").tobytes(), np.asarray(key_ids, dtype="<u4").tobytes(), vocab_bytes]
    return b"".join(parts)


def decode(data: bytes) -> dict[str, Stored]:
    """The entries of a file's bytes (ValueError when it is not a whole, valid file)."""
    magic, version, head_len = _HEAD.unpack_from(data, 0)
    if magic != MAGIC or version != FORMAT:
        raise ValueError("not a story index of this version")
    head = json.loads(data[_HEAD.size : _HEAD.size + head_len])
    n, n_seeds, n_keys, n_vocab, vocab_len = (int(head[k]) for k in ("entries", "seeds", "keys", "vocab",
                                                                         "vocab_bytes"))
    sizes = [32 * n, 4 * n, 8 * n_seeds, 4 * n, 4 * n_keys, vocab_len]
    if min(n, n_seeds, n_keys, n_vocab, vocab_len) < 0 or _HEAD.size + head_len + sum(sizes) != len(data):
        raise ValueError("sizes do not match the file")
    at = _HEAD.size + head_len
    sections = []
    for size in sizes:
        sections.append(data[at : at + size])
        at += size
    return _entries(sections, n, n_vocab)


def _entries(sections: list[bytes], n: int, n_vocab: int) -> dict[str, Stored]:
    hashes, seed_counts_b, seeds_b, key_counts_b, key_ids_b, vocab_b = sections
    seed_counts = np.frombuffer(seed_counts_b, dtype="<u4").astype(np.int64)
    key_counts = np.frombuffer(key_counts_b, dtype="<u4").astype(np.int64)
    seeds = np.frombuffer(seeds_b, dtype="<u8").astype(np.uint64)
    key_ids = np.frombuffer(key_ids_b, dtype="<u4")
    vocab = vocab_b.decode("utf-8", "surrogatepass").split("\n") if n_vocab else []
    if (len(vocab) != n_vocab or int(seed_counts.sum()) != len(seeds) or int(key_counts.sum()) != len(key_ids)
            or (len(key_ids) and int(key_ids.max()) >= n_vocab)):
        raise ValueError("counts do not match")
    seed_ends = np.cumsum(seed_counts).tolist()
    key_ends = np.cumsum(key_counts).tolist()
    out: dict[str, Stored] = {}
    s0 = k0 = 0
    for k in range(n):
        digest = hashes[32 * k : 32 * k + 32].hex()
        out[digest] = Stored(seeds[s0 : seed_ends[k]], ids=key_ids[k0 : key_ends[k]], vocab=vocab)
        s0, k0 = seed_ends[k], key_ends[k]
    return out
