"""Which articles of a library share passages with which, without aligning every pair.

An inverted index over seeds: each article is reduced to the hashes of its word
``K``-grams (the same seeds the aligner starts from, :mod:`reader.engine.align`), of which a
fixed, content-defined sample is kept (hash mod ``SAMPLE`` == 0, so two copies of a
passage keep the same sample). The index is one array of (hash, article) postings
sorted by hash, so a library of 10,000 articles fits in a few tens of megabytes and a
lookup is a binary search per seed.

A seed found in more than ``max(BOILERPLATE_MIN, BOILERPLATE_SHARE × articles)``
articles is boilerplate (a standard footer, a stock phrase) and is ignored.

Related articles are ranked by how many sampled seeds they share (how much text, not
what share of a tiny article), needing at least ``MIN_SHARED_SEEDS`` (about a sentence
of shared text); each comes with its *containment*, the share of the smaller article's
seeds that the other also has. Only such pairs are worth aligning.

A story carried by many sites (one wire text on 200 sites) is a *dense family*: its
seeds are in more than ``DENSE_MIN`` articles, so :meth:`SeedIndex.related` would either
ignore them as boilerplate or need a neighbour for every other copy.
:meth:`SeedIndex.dense_groups` finds such families from those frequent seeds alone, each
with a representative (the member holding most of them: the fullest copy) and every
member sharing at least ``DENSE_MIN_SEEDS`` of them, and ``DENSE_CONTAINMENT`` of the
smaller article's seeds, with it. A stock footer is too short for that; a family has no
cap on its members, and a member need only be aligned against the representative.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from reader.engine.seeds import K
from reader.text.tokens import STOPWORDS, Tokens, tokenize

SAMPLE = 4
BOILERPLATE_MIN = 20
BOILERPLATE_SHARE = 0.05
MIN_SHARED_SEEDS = 3
FULL_MIN_SHARED = 6               # with every seed kept (sample 1): about nine words in a row
DENSE_MIN = BOILERPLATE_MIN       # a seed in more articles than this may mark a dense family
DENSE_MIN_SEEDS = 12              # frequent seeds a member shares with its representative (~50 words)
DENSE_CONTAINMENT = 0.2           # ... and this share of the smaller article's seeds

_MULTIPLIERS = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93,
                         0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53], dtype=np.uint64)
_word_hashes: dict[str, int] = {}


def _word_hash(word: str) -> int:
    h = _word_hashes.get(word)
    if h is None:
        h = zlib.crc32(word.encode("utf-8")) | (1 << 32) if word in STOPWORDS else zlib.crc32(word.encode("utf-8"))
        if len(_word_hashes) > 1_000_000:
            _word_hashes.clear()
        _word_hashes[word] = h
    return h


def seed_hashes(text: str | Tokens, sample: int = SAMPLE) -> np.ndarray:
    """The sampled (one in ``sample``), de-duplicated K-gram hashes of a text (uint64),
    stable across runs. ``text`` may be its tokens already (the story has them). Worked out
    ``_CHUNK`` grams at a time: the arrays of a whole 5 MB article took 40 MB at once."""
    norms = (text if isinstance(text, Tokens) else tokenize(text)).norms
    if len(norms) < K:
        return np.empty(0, dtype=np.uint64)
    n = len(norms) - K + 1
    kept = [_sampled_grams(norms[first : min(n, first + _CHUNK) + K - 1], sample) for first in range(0, n, _CHUNK)]
    return np.unique(np.concatenate(kept))


_CHUNK = 1 << 16


def _sampled_grams(norms: list[str], sample: int = SAMPLE) -> np.ndarray:
    """The hashes of the K-grams of ``norms`` (at least K words) that are sampled (one in
    ``sample``) and not made of stop words alone."""
    words = np.fromiter((_word_hash(w) for w in norms), dtype=np.uint64, count=len(norms))
    stop = (words >> np.uint64(32)) & np.uint64(1)
    n = len(words) - K + 1
    h = np.zeros(n, dtype=np.uint64)
    all_stop = np.ones(n, dtype=bool)
    with np.errstate(over="ignore"):
        for k in range(K):
            h = (h ^ (words[k : k + n] * _MULTIPLIERS[k])) * _MULTIPLIERS[K]
            all_stop &= stop[k : k + n].astype(bool)
        h ^= h >> np.uint64(29)
    h = h[~all_stop]
    return h[h % np.uint64(sample) == 0] if sample > 1 else h


@dataclass(frozen=True)
class DenseGroup:
    """A dense family: ``members`` (sorted, the representative among them) carry one text."""

    representative: int
    members: list[int]


@dataclass
class SeedIndex:
    hashes: np.ndarray        # sorted unique seed hashes (uint64)
    starts: np.ndarray        # postings of hashes[i] are docs[starts[i]:starts[i+1]]
    docs: np.ndarray          # article numbers (int32), grouped by hash
    doc_seeds: list[np.ndarray]
    boilerplate: np.ndarray   # bool per unique hash
    min_shared: int = MIN_SHARED_SEEDS

    @classmethod
    def build(cls, texts: Sequence[str | Tokens], sample: int = SAMPLE) -> SeedIndex:
        """The index of ``texts``, keeping one seed in ``sample`` (1: every seed, for a
        story of a few articles, where a lifted sentence of 15 words would otherwise go
        unseen two times in five: it keeps about four sampled seeds, and three are needed)."""
        doc_seeds = [seed_hashes(t, sample) for t in texts]
        sizes = np.fromiter((len(s) for s in doc_seeds), dtype=np.int64, count=len(doc_seeds))
        all_hashes = np.concatenate(doc_seeds) if doc_seeds else np.empty(0, dtype=np.uint64)
        all_docs = np.repeat(np.arange(len(doc_seeds), dtype=np.int32), sizes)
        order = np.argsort(all_hashes, kind="stable")
        all_hashes, all_docs = all_hashes[order], all_docs[order]
        hashes, starts, counts = np.unique(all_hashes, return_index=True, return_counts=True)
        starts = np.append(starts, len(all_hashes)).astype(np.int64)
        limit = max(BOILERPLATE_MIN, BOILERPLATE_SHARE * len(texts))
        return cls(hashes, starts, all_docs, doc_seeds, counts > limit,
                   MIN_SHARED_SEEDS if sample > 1 else FULL_MIN_SHARED)

    def __len__(self) -> int:
        return len(self.doc_seeds)

    def related(self, i: int, limit: int = 10, skip: Sequence[int] = ()) -> list[tuple[int, float]]:
        """Articles sharing text with article ``i``, most first, as (j, containment);
        the articles ``skip`` (the other members of its dense family) neither count nor
        take a place."""
        return self.related_to_seeds(self.doc_seeds[i], limit, exclude=i, skip=skip)

    def dense_groups(self) -> list[DenseGroup]:
        """The dense families of the library (see the module doc), largest first.

        Leader clustering over the frequent seeds: the article holding the most of them
        not yet in a family leads a new one and takes in every free article that shares
        enough of them with it; an article sharing too little with any leader stays out."""
        frequent_counts = np.diff(self.starts) > DENSE_MIN
        if not frequent_counts.any():
            return []
        frequent = [self._frequent_positions(s, frequent_counts) for s in self.doc_seeds]
        sizes = np.fromiter((len(s) for s in self.doc_seeds), dtype=np.int64, count=len(self.doc_seeds))
        free = np.array([len(f) >= DENSE_MIN_SEEDS for f in frequent], dtype=bool)
        groups: list[DenseGroup] = []
        for leader in sorted(np.nonzero(free)[0], key=lambda k: (-len(frequent[k]), k)):
            if not free[leader]:
                continue
            shared = self._postings_count(frequent[leader])
            enough = (shared >= DENSE_MIN_SEEDS) & (shared >= DENSE_CONTAINMENT * np.minimum(sizes, sizes[leader]))
            members = np.nonzero(enough & free)[0]
            free[leader] = False
            if len(members) > 1:
                free[members] = False
                groups.append(DenseGroup(int(leader), [int(m) for m in members]))
        return sorted(groups, key=lambda g: (-len(g.members), g.representative))

    def _frequent_positions(self, seeds: np.ndarray, frequent: np.ndarray) -> np.ndarray:
        pos = np.searchsorted(self.hashes, seeds)
        return pos[frequent[pos]]

    def _postings_count(self, pos: np.ndarray) -> np.ndarray:
        """Per article, how many of the unique hashes at positions ``pos`` it has."""
        lo, hi = self.starts[pos], self.starts[pos + 1]
        lengths = hi - lo
        idx = np.repeat(lo - np.cumsum(lengths) + lengths, lengths) + np.arange(lengths.sum())
        return np.bincount(self.docs[idx], minlength=len(self.doc_seeds))

    def related_to_seeds(self, seeds: np.ndarray, limit: int = 10, exclude: int = -1,
                         skip: Sequence[int] = ()) -> list[tuple[int, float]]:
        if not len(seeds) or not len(self.hashes):
            return []
        pos = np.searchsorted(self.hashes, seeds)
        inside = pos < len(self.hashes)
        pos, seeds = pos[inside], seeds[inside]
        pos = pos[self.hashes[pos] == seeds]
        pos = pos[~self.boilerplate[pos]]
        if not len(pos):
            return []
        counts = self._postings_count(pos)
        if 0 <= exclude < len(counts):
            counts[exclude] = 0
        if len(skip):
            counts[np.asarray(skip, dtype=np.int64)] = 0
        candidates = np.nonzero(counts >= self.min_shared)[0]
        if not len(candidates):
            return []
        shared = counts[candidates]
        # Most shared text first; containment (share of the smaller article) is reported.
        best = np.argsort(-shared, kind="stable")[:limit]
        own = max(len(seeds), 1)
        sizes = np.array([len(self.doc_seeds[j]) for j in candidates[best]])
        score = shared[best] / np.maximum(np.minimum(sizes, own), 1)
        return [(int(candidates[k]), float(min(c, 1.0))) for k, c in zip(best, score, strict=True)]
