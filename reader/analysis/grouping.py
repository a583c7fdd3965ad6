"""Group a library into stories (one event each) without comparing every pair.

Why it is built this way: a library may hold hundreds of thousands of articles, and the
Spark engine (``--engine spark``) must group exactly as this one does. So grouping is
three pure steps with their thresholds as module constants:

1. :func:`article_keys`: each article reduced to its *seeds* (the sampled word 4-gram
   hashes of :func:`reader.engine.index.seed_hashes`: text reuse) and its *keys*
   (normalised name words, long numbers and its most frequent content words: what it
   is about) and the dates it names (:func:`article_terms`). Deterministic across
   processes and machines (no Python ``hash()``).
2. :func:`candidate_pairs`: an inverted-index self-join. For each seed and each key,
   its posting list (the articles carrying it) adds one to the count of every pair in
   it. A seed carried by more than :func:`seed_max_df` articles (a stock footer of a
   huge archive) and a key carried by more than :func:`key_max_df` (a common word) are
   dropped; a seed carried by ``SEED_STAR_DF`` or more articles (one wire text on
   hundreds of sites) counts only for the pairs of its first carrier with each other
   one (a star, linear in its carriers, not quadratic). Pairs passing :func:`keep_pair`
   are kept, as :class:`PairEvidence`.
3. :func:`group`: pairs strong enough to be one event (:func:`linked`) are merged,
   strongest first, into stories; a merge that would make a story whose dated members
   lie more than ``STORY_DAYS`` apart is refused (an earlier disaster in the same
   place, a later appeal of the same case). Most articles carry no date, so the text's
   own dates count too: a pair linked only by its keys (no shared passage) is refused
   when each article's opening names a weekday, month or year the other never names
   (:func:`dated_apart`: another judge's ruling on Thursday beside Friday's reports),
   and so is a merge by keys alone of two stories that disagree so, their members'
   dates pooled (a report whose opening names no day does not bridge them).
   Articles with the same body (content hash) are one story first: a text copied a
   thousand times has seeds too common to count. Pure Python, deterministic, no I/O.

Story ids are ``s`` + the first 10 hex digits of the smallest SHA-256 content hash
among the story's members: the same members give the same id on every run and machine.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import zlib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import compress
from typing import Any

import numpy as np

from reader.engine.index import _MULTIPLIERS, SAMPLE
from reader.engine.seeds import K
from reader.text import cache_prune
from reader.text.tokens import STOPWORDS, Tokens, tokenize

GROUPING_VERSION = 2         # bump when keys or seeds change: cached keys are then never read
cache_prune.declare("grouping", GROUPING_VERSION)

# --- keys of one article ---
MAX_NAME_KEYS = 40           # name words kept per article (most frequent first)
CONTENT_KEYS = 10            # most frequent content words kept per article
MIN_CONTENT_LEN = 5          # content words shorter than this are not keys
MIN_NAME_LEN = 3             # nor are shorter name words (numbers: 3 digits or more)

# --- candidate pairs (the self-join) ---
SEED_MAX_DF_MIN = 500        # a seed carried by more than max(this, share × articles) is dropped
SEED_MAX_DF_SHARE = 0.02
SEED_STAR_DF = 32            # a seed carried by this many or more is joined as a star
KEY_MAX_DF_MIN = 10          # a key carried by more than max(this, share × articles) is dropped,
KEY_MAX_DF_SHARE = 0.05      # ... but never by more than KEY_MAX_DF (a common word of a big
KEY_MAX_DF = 100             # library; its posting list would cost KEY_MAX_DF² / 2 pairs)
MIN_PAIR_SEEDS = 3           # keep_pair: at least this many shared seeds ...
MIN_PAIR_KEYS = 4            # ... or this many shared keys

# --- linking pairs into stories ---
LINK_SEEDS = 6               # text reuse: this many shared seeds (about two sentences)
LINK_SEED_SHARE = 0.15       # ... and this share of the smaller article's seeds
LINK_KEYS = 8                # or aboutness: this many shared keys
LINK_KEY_SHARE = 0.35        # ... and this share of the smaller article's usable keys
STORY_DAYS = 14              # dated members of one story lie at most this many days apart
OPENING_WORDS = 60           # a key link is refused when each article names, in this many first
                             # words, a date (weekday, month, year) the other never names


@dataclass(frozen=True)
class ArticleKeys:
    """What grouping needs of one article (see the module doc)."""

    article_id: str
    seeds: np.ndarray                  # sorted unique uint64 seed hashes
    keys: frozenset[str]               # normalised name words, numbers, content words
    published: str | None
    content_hash: str = ""             # SHA-256 of the body, hex (story ids derive from it)
    dates: frozenset[str] = frozenset()          # weekdays, months and years the text names
    opening_dates: frozenset[str] = frozenset()  # ... those among its first OPENING_WORDS words


@dataclass(frozen=True)
class PairEvidence:
    shared_seeds: int
    shared_keys: int


@dataclass(frozen=True)
class StoryGroup:
    """One story: ``members`` index the keys given to :func:`group` (sorted)."""

    id: str
    members: tuple[int, ...]
    article_ids: tuple[str, ...]
    first_published: str | None
    last_published: str | None
    central: int                       # the member with the most links inside the story
    keywords: tuple[str, ...]          # keys most members carry, most carried first
    title: str = ""                    # filled from the articles (story_groups.stories_of)
    outlets: tuple[str, ...] = field(default=())


# --- 1. keys --------------------------------------------------------------------------


def content_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()


def article_keys(article: Any, analysed: Any = None) -> ArticleKeys:
    """The keys of ``article`` (``id``, ``body``, ``published``); ``analysed`` (an
    AnalysedArticle, or Tokens) only saves tokenising the body again."""
    tokens = _tokens_of(article, analysed)
    keys, dates, opening = article_terms(tokens)
    return ArticleKeys(str(article.id), seeds_of(tokens), keys, article.published, content_hash(article.body),
                       dates, opening)


def _tokens_of(article: Any, analysed: Any) -> Tokens:
    if isinstance(analysed, Tokens):
        return analysed
    if analysed is not None and isinstance(getattr(analysed, "tokens", None), Tokens):
        tokens: Tokens = analysed.tokens
        return tokens
    return tokenize(article.body)


def key_words(tokens: Tokens) -> frozenset[str]:
    """The keys of :func:`article_terms`."""
    return article_terms(tokens)[0]


def article_terms(tokens: Tokens) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The keys of a text, the dates it names and those it names in its opening.

    Keys: name words (capitalised, not first in a sentence), numbers of 3+ digits, and
    the ``CONTENT_KEYS`` most frequent content words, all lower case. Dates: the
    weekdays and months it names (capitalised; ``May`` and ``March`` not first in a
    sentence) and the years 1900-2099, lower case; the opening's are those among its
    first ``OPENING_WORDS`` words (the lede, which says when the event happened).

    A word is first in a sentence when the text between it and the word before holds
    one of ``SENTENCE_BREAKS``, or the word before ends in ``.``, ``!`` or ``?``. Computed
    with arrays over the text's code points and counted by unique word, not in a loop
    over the tokens (which was most of the time of keying a library)."""
    norms = tokens.norms
    n = len(norms)
    if not n:
        return frozenset(), frozenset(), frozenset()
    codes = np.frombuffer(tokens.text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    kind = _BREAK_KIND[np.minimum(codes, len(_BREAK_KIND) - 1)]
    breaks = np.zeros(len(codes) + 1, dtype=np.int64)
    np.cumsum(kind > 0, out=breaks[1:])
    starts, ends = _offsets(tokens.starts), _offsets(tokens.ends)
    initial = np.ones(n, dtype=bool)
    initial[1:] = (breaks[starts[1:]] > breaks[ends[:-1]]) | (kind[ends[:-1] - 1] == _ENDS_SENTENCE)
    first = codes[starts]
    upper = (first >= 65) & (first <= 90)
    wide = first >= 128
    odd = np.flatnonzero(wide)
    if len(odd):  # beyond ASCII, str.isupper decides
        upper[odd] = [chr(c).isupper() for c in first[odd].tolist()]
    names = Counter(compress(norms, (upper & ~initial).tolist()))
    found = Counter({w: c for w, c in names.items() if len(w) >= MIN_NAME_LEN and w not in STOPWORDS})
    lower = Counter(compress(norms, (~upper).tolist()))
    maybe_number = ~upper & (wide | ((first >= 48) & (first <= 57)))  # a number starts with a digit
    for w in set(compress(norms, maybe_number.tolist())):
        if len(w) >= MIN_NAME_LEN and w.isdigit() and w not in STOPWORDS:
            found[w] = lower[w]
    often = [w for w, c in lower.items() if c >= 2 and len(w) >= MIN_CONTENT_LEN]
    words = Counter({w: lower[w] for w in often if w.isalpha() and w not in STOPWORDS})
    kept = _most(found, MAX_NAME_KEYS, 1) + _most(words, CONTENT_KEYS, 2)
    dates, opening = _dates(norms, upper, initial)
    return frozenset(kept), dates, opening


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
_DATE_WORDS = frozenset(WEEKDAYS + MONTHS)
_ALSO_WORDS = frozenset(("may", "march"))   # months that are words too: not first in a sentence


def _dates(norms: list[str], upper: np.ndarray, initial: np.ndarray) -> tuple[frozenset[str], frozenset[str]]:
    named = {w for w in set(norms) if w in _DATE_WORDS or (len(w) == 4 and w[:2] in ("19", "20") and w.isdigit())}
    if not named:
        return frozenset(), frozenset()
    dates: set[str] = set()
    opening: set[str] = set()
    for k in (k for k, w in enumerate(norms) if w in named):
        w = norms[k]
        if w in _DATE_WORDS and not (upper[k] and not (initial[k] and w in _ALSO_WORDS)):
            continue
        dates.add(w)
        if k < OPENING_WORDS:
            opening.add(w)
    return frozenset(dates), frozenset(opening)


SENTENCE_BREAKS = ".!?\n:\"“‘'—–-"
_ENDS_SENTENCE = 2
_BREAK_KIND = np.zeros(max(map(ord, SENTENCE_BREAKS)) + 2, dtype=np.uint8)  # the last stays 0: any wider char
_BREAK_KIND[[ord(c) for c in SENTENCE_BREAKS]] = 1
_BREAK_KIND[[ord(c) for c in ".!?"]] = _ENDS_SENTENCE


def _offsets(values: Any) -> np.ndarray:
    """A token offset array (``array.array``) as numpy, without copying."""
    return np.frombuffer(values, dtype=np.dtype(values.typecode)) if len(values) else np.zeros(0, np.int64)


def seeds_of(tokens: Tokens) -> np.ndarray:
    """:func:`reader.engine.index.seed_hashes` of ``tokens``: the same array."""
    return seeds_of_many([tokens.norms])[0]


def seeds_of_many(texts: Sequence[list[str]]) -> list[np.ndarray]:
    """:func:`reader.engine.index.seed_hashes` of each text (its tokens' normal forms):
    the same arrays, computed for all the texts at once (each word hashed once per
    process, every K-gram of the texts laid end to end hashed in one pass, those that
    cross from one text into the next dropped), which costs a third of a call per text."""
    sizes = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    total = int(sizes.sum())
    if total < K:
        return [np.empty(0, dtype=np.uint64) for _ in texts]
    words = _word_numbers([w for t in texts for w in t] if len(texts) > 1 else list(texts[0]))
    stop = (words >> np.uint64(32)).astype(bool)
    n = total - K + 1
    h = np.zeros(n, dtype=np.uint64)
    all_stop = np.ones(n, dtype=bool)
    with np.errstate(over="ignore"):
        for k in range(K):
            h = (h ^ (words[k : k + n] * _MULTIPLIERS[k])) * _MULTIPLIERS[K]
            all_stop &= stop[k : k + n]
        h ^= h >> np.uint64(29)
    doc = np.repeat(np.arange(len(texts), dtype=np.int64), sizes)[:n]
    ends = np.cumsum(sizes)
    inside = np.arange(n, dtype=np.int64) + K <= ends[doc]  # the K-gram ends in the text it starts in
    keep = inside & ~all_stop & (h % np.uint64(SAMPLE) == 0)
    h, doc = h[keep], doc[keep]
    order = np.lexsort((h, doc))
    h, doc = h[order], doc[order]
    first = np.r_[True, (h[1:] != h[:-1]) | (doc[1:] != doc[:-1])] if len(h) else np.zeros(0, dtype=bool)
    h, doc = h[first], doc[first]
    bounds = np.searchsorted(doc, np.arange(len(texts) + 1, dtype=np.int64))
    return [h[a:b].copy() for a, b in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True)]


_WORD_NUMBERS: dict[str, int] = {}
_STOP_BIT = 1 << 32


def _word_numbers(norms: list[str]) -> np.ndarray:
    """Each word's 32-bit CRC, with bit 32 set for a stop word (as the seed index's)."""
    cache = _WORD_NUMBERS
    missing = set(norms).difference(cache)
    if len(cache) + len(missing) > 1_000_000:
        cache.clear()
        missing = set(norms)
    for w in missing:
        h = zlib.crc32(w.encode("utf-8"))
        cache[w] = h | _STOP_BIT if w in STOPWORDS else h
    return np.fromiter(map(cache.__getitem__, norms), dtype=np.uint64, count=len(norms))


def _most(counts: Counter[str], limit: int, at_least: int) -> list[str]:
    ranked = sorted((w for w, c in counts.items() if c >= at_least), key=lambda w: (-counts[w], w))
    return ranked[:limit]


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
    seed_codes, seed_counts = _join(seed_vals, seed_docs, n, seed_max_df(n), SEED_STAR_DF)
    key_vals, key_docs = _key_postings(keys)
    key_codes, key_counts = _join(key_vals, key_docs, n, key_max_df(n), KEY_MAX_DF + 1)
    # Only pairs that may pass keep_pair go on (the rest is most of a large library's
    # pairs: one shared name), then the two sorted sets are merged.
    seed_keep = (seed_counts >= MIN_PAIR_SEEDS) | _present(seed_codes, key_codes)
    key_keep = (key_counts >= MIN_PAIR_KEYS) | _present(key_codes, seed_codes)
    seed_codes, seed_counts = seed_codes[seed_keep], seed_counts[seed_keep]
    key_codes, key_counts = key_codes[key_keep], key_counts[key_keep]
    codes = np.concatenate([seed_codes, key_codes])
    codes.sort()
    codes = codes[np.r_[True, codes[1:] != codes[:-1]]] if len(codes) else codes
    seeds = _counts_at(codes, seed_codes, seed_counts)
    shared = _counts_at(codes, key_codes, key_counts)
    keep = (seeds >= MIN_PAIR_SEEDS) | (shared >= MIN_PAIR_KEYS)
    codes, seeds, shared = codes[keep], seeds[keep], shared[keep]
    lo, hi = np.divmod(codes, n)
    return {(int(i), int(j)): PairEvidence(int(s), int(k))
            for i, j, s, k in zip(lo.tolist(), hi.tolist(), seeds.tolist(), shared.tolist(), strict=True)}


def _key_postings(keys: Sequence[ArticleKeys]) -> tuple[np.ndarray, np.ndarray]:
    """Keys as numbers (in order of first appearance: any numbering gives the same
    counts) with the article carrying each."""
    words = [word for k in keys for word in k.keys]
    vocab = {word: number for number, word in enumerate(set(words))}
    vals = np.fromiter(map(vocab.__getitem__, words), dtype=np.int64, count=len(words))
    docs = np.repeat(np.arange(len(keys), dtype=np.int64), [len(k.keys) for k in keys])
    return vals, docs


def _join(values: np.ndarray, docs: np.ndarray, n: int, max_df: int, star_df: int) -> tuple[np.ndarray, np.ndarray]:
    """Pair codes ``i * n + j`` (i < j) and how many postings each pair shares: lists of
    2 .. ``star_df - 1`` carriers give all their pairs, longer ones up to ``max_df`` a
    star around their first carrier, longer ones nothing."""
    if not len(values):
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    order = np.lexsort((docs, values))
    values, docs = values[order], docs[order]
    starts = np.flatnonzero(np.r_[True, values[1:] != values[:-1]])
    sizes = np.diff(np.r_[starts, len(values)])
    parts = [_star_pairs(docs, starts, sizes, star_df, max_df, n)]
    small = (sizes >= 2) & (sizes < star_df) & (sizes <= max_df)
    starts, sizes = starts[small], sizes[small]
    by_size = np.argsort(sizes, kind="stable")
    starts, sizes = starts[by_size], sizes[by_size]
    bounds = np.flatnonzero(np.r_[True, sizes[1:] != sizes[:-1], True]) if len(sizes) else np.zeros(1, np.int64)
    for lo, hi in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True):
        d = int(sizes[lo])
        block = docs[starts[lo:hi][:, None] + np.arange(d)]
        a, b = np.triu_indices(d, 1)
        parts.append((block[:, a] * n + block[:, b]).ravel())
    codes = np.concatenate(parts)
    if not len(codes):
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    found, counts = np.unique(codes, return_counts=True)
    return found, counts.astype(np.int64)


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


# --- 3. grouping ----------------------------------------------------------------------


def usable_keys(keys: Sequence[ArticleKeys]) -> list[int]:
    """Per article, how many of its keys the self-join counts (carried by at most
    :func:`key_max_df` articles)."""
    vals, docs = _key_postings(keys)
    if not len(vals):
        return [0] * len(keys)
    counted = np.bincount(vals)[vals] <= key_max_df(len(keys))
    return np.bincount(docs[counted], minlength=len(keys)).tolist()


def linked(a: ArticleKeys, b: ArticleKeys, evidence: PairEvidence, keys_a: int, keys_b: int) -> float:
    """How strongly two articles are one event (0: not linked): shared text, or shared
    keys, each against the smaller article (``keys_a``, ``keys_b``: usable keys)."""
    seed_share = evidence.shared_seeds / max(1, min(len(a.seeds), len(b.seeds)))
    key_share = evidence.shared_keys / max(1, min(keys_a, keys_b))
    by_text = by_shared_text(a, b, evidence)
    by_keys = evidence.shared_keys >= LINK_KEYS and key_share >= LINK_KEY_SHARE and not dated_apart(a, b)
    if not (by_text or by_keys):
        return 0.0
    return min(seed_share, 1.0) + min(key_share, 1.0)


def by_shared_text(a: ArticleKeys, b: ArticleKeys, evidence: PairEvidence) -> bool:
    """Whether two articles share enough text to be linked by it alone."""
    seed_share = evidence.shared_seeds / max(1, min(len(a.seeds), len(b.seeds)))
    return evidence.shared_seeds >= LINK_SEEDS and seed_share >= LINK_SEED_SHARE


def dated_apart(a: ArticleKeys, b: ArticleKeys) -> bool:
    """Whether two articles date their events differently: each names in its opening a
    weekday, month or year the other never names (another ruling on Thursday, the
    Friday one's report never says Thursday). A report of the next day names the day
    before too (``collapsed Thursday``), and an opening with no date never disagrees."""
    return bool(a.opening_dates - b.dates) and bool(b.opening_dates - a.dates)


def group(keys: Sequence[ArticleKeys], pairs: Mapping[tuple[int, int], PairEvidence]) -> list[StoryGroup]:
    """The stories of ``keys`` (every article in exactly one), largest first."""
    usable = usable_keys(keys)
    links = []
    for (i, j) in sorted(pairs):
        strength = linked(keys[i], keys[j], pairs[(i, j)], usable[i], usable[j])
        if strength > 0:
            links.append((-strength, i, j, not by_shared_text(keys[i], keys[j], pairs[(i, j)])))
    links.sort()
    forest = _Forest([_day(k.published) for k in keys], [(k.dates, k.opening_dates) for k in keys])
    degree = [0] * len(keys)
    first_of: dict[str, int] = {}
    for i, k in enumerate(keys):  # the same body under several names: one story, whatever the counts
        if k.content_hash:
            forest.union(first_of.setdefault(k.content_hash, i), i)
    for _, i, j, by_keys in links:
        if forest.union(i, j, by_keys):
            degree[i] += 1
            degree[j] += 1
    for _, i, j, _ in links:  # links inside a story made by other links count for centrality too
        if forest.find(i) == forest.find(j) and not forest.was_edge(i, j):
            degree[i] += 1
            degree[j] += 1
    stories = [_story(keys, members, degree) for members in forest.components()]
    return sorted(stories, key=lambda s: (-len(s.members), s.first_published or "", s.id))


class _Forest:
    """Union-find whose merges keep each story's dated members within ``STORY_DAYS``,
    and whose merges by keys alone never join two stories that date their openings
    apart (as :func:`dated_apart`, over each story's dates: one member whose opening
    names no day does not bridge the Thursday ruling to Friday's reports)."""

    def __init__(self, days: list[int | None], dates: list[tuple[frozenset[str], frozenset[str]]]) -> None:
        self.parent = list(range(len(days)))
        self.span = [(d, d) for d in days]
        self.dates = dates        # per root: the dates its members name, those of their openings
        self.edges: set[tuple[int, int]] = set()

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int, by_keys: bool = False) -> bool:
        a, b = self.find(i), self.find(j)
        if a == b:
            return False
        span = _merge_span(self.span[a], self.span[b])
        if span[0] is not None and span[1] is not None and span[1] - span[0] > STORY_DAYS:
            return False
        (dates_a, opening_a), (dates_b, opening_b) = self.dates[a], self.dates[b]
        if by_keys and opening_a - dates_b and opening_b - dates_a:
            return False
        a, b = min(a, b), max(a, b)
        self.parent[b] = a
        self.span[a] = span
        if dates_b or opening_b:
            self.dates[a] = (dates_a | dates_b, opening_a | opening_b)
        self.edges.add((i, j))
        return True

    def was_edge(self, i: int, j: int) -> bool:
        return (i, j) in self.edges

    def components(self) -> list[list[int]]:
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return list(out.values())


def _merge_span(a: tuple[int | None, int | None], b: tuple[int | None, int | None]) -> tuple[int | None, int | None]:
    lows = [x for x in (a[0], b[0]) if x is not None]
    highs = [x for x in (a[1], b[1]) if x is not None]
    return (min(lows) if lows else None, max(highs) if highs else None)


def _day(published: str | None) -> int | None:
    if not published:
        return None
    try:
        return _dt.date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


def _story(keys: Sequence[ArticleKeys], members: list[int], degree: list[int]) -> StoryGroup:
    if len(members) == 1:  # most of a large library: the same fields, without the sorting
        k = keys[members[0]]
        day = k.published[:10] if k.published and _day(k.published) is not None else None
        return StoryGroup(id="s" + (k.content_hash or content_hash(k.article_id))[:10], members=(members[0],),
                          article_ids=(k.article_id,), first_published=day, last_published=day, central=members[0],
                          keywords=())
    members = sorted(members)
    dates = sorted(p[:10] for p in (keys[m].published for m in members) if p and _day(p) is not None)
    hashes = [keys[m].content_hash or content_hash(keys[m].article_id) for m in members]
    central = min(members, key=lambda m: (-degree[m], keys[m].published or "9999", keys[m].article_id))
    return StoryGroup(
        id="s" + min(hashes)[:10],
        members=tuple(members),
        article_ids=tuple(keys[m].article_id for m in members),
        first_published=dates[0] if dates else None,
        last_published=dates[-1] if dates else None,
        central=central,
        keywords=_keywords(keys, members),
    )


def _keywords(keys: Sequence[ArticleKeys], members: list[int], limit: int = 5) -> tuple[str, ...]:
    if len(members) < 2:
        return ()
    counts = Counter(w for m in members for w in keys[m].keys)
    shared = [w for w, c in counts.items() if c >= max(2, len(members) // 2)]
    return tuple(sorted(shared, key=lambda w: (-counts[w], w))[:limit])
