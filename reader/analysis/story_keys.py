"""The keys of one article for grouping a library into stories: its seeds (text reuse),
its keys (name words, long numbers, most frequent content words: what it is about) and
the dates it names, overall and in its opening (step 1 of :mod:`reader.analysis.grouping`,
whose module doc explains the design; the Spark engine keys articles with these same
functions). Deterministic across processes and machines (no Python ``hash()``)."""


from __future__ import annotations

import hashlib
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress
from typing import Any

import numpy as np

from reader.analysis.dates import MONTHS, WEEKDAYS
from reader.engine.index import _MULTIPLIERS, SAMPLE
from reader.engine.seeds import K
from reader.text.tokens import STOPWORDS, Tokens, tokenize

# --- keys of one article ---
MAX_NAME_KEYS = 40           # name words kept per article (most frequent first)
CONTENT_KEYS = 10            # most frequent content words kept per article
MIN_CONTENT_LEN = 5          # content words shorter than this are not keys
MIN_NAME_LEN = 3             # nor are shorter name words (numbers: 3 digits or more)
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


_DATE_WORDS = frozenset(w.lower() for w in (*WEEKDAYS, *MONTHS))
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

