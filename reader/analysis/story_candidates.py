"""Candidate pairs of a library: the inverted-index self-join over the articles' seeds and
keys (step 2 of :mod:`reader.analysis.grouping`, whose module doc explains the design;
the Spark engine runs the same join and keeps pairs with the same :func:`keep_pair`)."""


from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from reader.analysis.story_keys import ArticleKeys

# --- candidate pairs (the self-join) ---
SEED_MAX_DF_MIN = 500        # a seed carried by more than max(this, share × articles) is dropped
SEED_MAX_DF_SHARE = 0.02
SEED_STAR_DF = 32            # a seed carried by this many or more is joined as a star
RARE_SEED_DF = 31            # a seed carried by at most this many is rare: a passage few articles
                             # carry, not a stock phrase (PairEvidence.rare_seeds counts these)
KEY_MAX_DF_MIN = 10          # a key carried by more than max(this, share × articles) is dropped,
KEY_MAX_DF_SHARE = 0.05      # ... but never by more than KEY_MAX_DF (a common word of a big
KEY_MAX_DF = 100             # library; its posting list would cost KEY_MAX_DF² / 2 pairs)
MIN_PAIR_SEEDS = 3           # keep_pair: at least this many shared seeds ...
MIN_PAIR_KEYS = 4            # ... or this many shared keys


@dataclass(frozen=True)
class PairEvidence:
    shared_seeds: int
    shared_keys: int
    rare_seeds: int = 0            # of the shared seeds, those carried by at most RARE_SEED_DF articles



# --- 2. candidate pairs ---------------------------------------------------------------


def seed_max_df(n: int) -> int:
    """Seeds carried by more articles than this are dropped (a library of ``n``)."""
    return max(SEED_MAX_DF_MIN, int(SEED_MAX_DF_SHARE * n))


def key_max_df(n: int) -> int:
    """Keys carried by more articles than this are dropped (a library of ``n``)."""
    return min(KEY_MAX_DF, max(KEY_MAX_DF_MIN, int(KEY_MAX_DF_SHARE * n)))


def keep_pair(evidence: PairEvidence) -> bool:
    """Whether a pair counted by the self-join is a candidate at all."""
    return evidence.shared_seeds >= MIN_PAIR_SEEDS or evidence.shared_keys >= MIN_PAIR_KEYS


def candidate_pairs(keys: Sequence[ArticleKeys]) -> dict[tuple[int, int], PairEvidence]:
    """Pairs (i < j) of ``keys`` sharing seeds or keys (see the module doc), each with its
    evidence; only pairs :func:`keep_pair` keeps."""
    n = len(keys)
    if n < 2:
        return {}
    seed_docs = np.repeat(np.arange(n, dtype=np.int64), [len(k.seeds) for k in keys])
    seed_vals = np.concatenate([np.asarray(k.seeds, dtype=np.uint64) for k in keys])
    seed_codes, seed_counts, seed_rare = _join(seed_vals, seed_docs, n, seed_max_df(n), SEED_STAR_DF, RARE_SEED_DF)
    key_vals, key_docs = key_postings(keys)
    key_codes, key_counts, _ = _join(key_vals, key_docs, n, key_max_df(n), KEY_MAX_DF + 1)
    # Only pairs that may pass keep_pair go on (the rest is most of a large library's
    # pairs: one shared name), then the two sorted sets are merged.
    seed_keep = (seed_counts >= MIN_PAIR_SEEDS) | _present(seed_codes, key_codes)
    key_keep = (key_counts >= MIN_PAIR_KEYS) | _present(key_codes, seed_codes)
    seed_codes, seed_counts, seed_rare = seed_codes[seed_keep], seed_counts[seed_keep], seed_rare[seed_keep]
    key_codes, key_counts = key_codes[key_keep], key_counts[key_keep]
    codes = np.concatenate([seed_codes, key_codes])
    codes.sort()
    codes = codes[np.r_[True, codes[1:] != codes[:-1]]] if len(codes) else codes
    seeds = _counts_at(codes, seed_codes, seed_counts)
    shared = _counts_at(codes, key_codes, key_counts)
    keep = (seeds >= MIN_PAIR_SEEDS) | (shared >= MIN_PAIR_KEYS)
    codes, seeds, shared = codes[keep], seeds[keep], shared[keep]
    rare = _counts_at(codes, seed_codes, seed_rare)
    lo, hi = np.divmod(codes, n)
    return {(int(i), int(j)): PairEvidence(int(s), int(k), int(r))
            for i, j, s, k, r in zip(lo.tolist(), hi.tolist(), seeds.tolist(), shared.tolist(), rare.tolist(),
                                     strict=True)}


def key_postings(keys: Sequence[ArticleKeys]) -> tuple[np.ndarray, np.ndarray]:
    """Keys as numbers (in order of first appearance: any numbering gives the same
    counts) with the article carrying each."""
    words = [word for k in keys for word in k.keys]
    vocab = {word: number for number, word in enumerate(set(words))}
    vals = np.fromiter(map(vocab.__getitem__, words), dtype=np.int64, count=len(words))
    docs = np.repeat(np.arange(len(keys), dtype=np.int64), [len(k.keys) for k in keys])
    return vals, docs


def _join(values: np.ndarray, docs: np.ndarray, n: int, max_df: int, star_df: int,
          rare_df: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pair codes ``i * n + j`` (i < j), how many postings each pair shares, and how many
    of those are of lists of at most ``rare_df`` carriers: lists of 2 .. ``star_df - 1``
    carriers give all their pairs, longer ones up to ``max_df`` a star around their first
    carrier, longer ones nothing. ``rare_df`` is below ``star_df``; below 2 (the keys'
    join: its pairs are most of a large library's) nothing is counted as rare, and the
    codes are counted as they are, without the tag the rare count needs."""
    empty = np.empty(0, dtype=np.int64)
    if not len(values):
        return empty, empty, empty
    tag = rare_df >= 2  # each code as code * 2 + 1, or + 0 when its list is rare
    order = np.lexsort((docs, values))
    values, docs = values[order], docs[order]
    starts = np.flatnonzero(np.r_[True, values[1:] != values[:-1]])
    sizes = np.diff(np.r_[starts, len(values)])
    star = _star_pairs(docs, starts, sizes, star_df, max_df, n)
    parts = [star * 2 + 1 if tag else star]
    small = (sizes >= 2) & (sizes < star_df) & (sizes <= max_df)
    starts, sizes = starts[small], sizes[small]
    by_size = np.argsort(sizes, kind="stable")
    starts, sizes = starts[by_size], sizes[by_size]
    bounds = np.flatnonzero(np.r_[True, sizes[1:] != sizes[:-1], True]) if len(sizes) else np.zeros(1, np.int64)
    for lo, hi in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True):
        d = int(sizes[lo])
        block = docs[starts[lo:hi][:, None] + np.arange(d)]
        a, b = np.triu_indices(d, 1)
        codes = (block[:, a] * n + block[:, b]).ravel()
        parts.append(codes * 2 + int(d > rare_df) if tag else codes)
    found = np.concatenate(parts)
    if not len(found):
        return empty, empty, empty
    found, counts = np.unique(found, return_counts=True)
    if not tag:
        return found, counts.astype(np.int64), np.zeros(len(found), dtype=np.int64)
    rare = np.where(found & 1, 0, counts)   # sorted by pair, its rare count first
    found >>= 1
    first = np.flatnonzero(np.r_[True, found[1:] != found[:-1]])
    return found[first], np.add.reduceat(counts, first).astype(np.int64), np.add.reduceat(rare, first).astype(np.int64)


def _star_pairs(docs: np.ndarray, starts: np.ndarray, sizes: np.ndarray, star_df: int, max_df: int,
                n: int) -> np.ndarray:
    big = (sizes >= star_df) & (sizes <= max_df)
    if not big.any():
        return np.empty(0, dtype=np.int64)
    first = np.repeat(docs[starts[big]], sizes[big] - 1)
    idx = np.concatenate([np.arange(s + 1, s + z) for s, z in zip(starts[big].tolist(), sizes[big].tolist(),
                                                                  strict=True)])
    return first * n + docs[idx]


def _present(codes: np.ndarray, among: np.ndarray) -> np.ndarray:
    """Per code, whether the sorted array ``among`` holds it."""
    if not len(among):
        return np.zeros(len(codes), dtype=bool)
    pos = np.minimum(np.searchsorted(among, codes), len(among) - 1)
    return np.asarray(among[pos] == codes)


def _counts_at(codes: np.ndarray, found: np.ndarray, counts: np.ndarray) -> np.ndarray:
    if not len(found):
        return np.zeros(len(codes), dtype=np.int64)
    pos = np.minimum(np.searchsorted(found, codes), len(found) - 1)
    return np.where(found[pos] == codes, counts[pos], 0)

