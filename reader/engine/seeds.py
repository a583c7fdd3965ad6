"""Seeds for the aligner (step 1 of :mod:`reader.engine.align`): where two texts share words.

* *content n-grams*: ``K`` consecutive words with at least one content word. An n-gram
  occurring more than ``MAX_OCCURRENCES`` times in either text is too common to say where
  a passage is and is not used.
* *stop-word n-grams*: ``STOP_N`` consecutive stop words, skipping the words between them
  (Stamatatos 2011). Paraphrasing tools and editors swap content words for synonyms but
  keep the function words, so these still match in a heavily reworded copy where few
  content n-grams survive. Their spacing must agree on both sides.
* the common prefix and suffix of the two texts, whatever their words.

Overlapping seeds on one diagonal are merged into *runs* of exactly matching words.
Texts are lists of integer word ids; ``stop[id]`` tells a stop word.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

K = 4
STOP_N = 7
MAX_OCCURRENCES = 8


def seed_runs(a: Sequence[int], b: Sequence[int], stop: bytearray) -> list[tuple[int, int, int]]:
    """Exactly matching runs (i, j, n): a[i:i+n] == b[j:j+n]."""
    hits: list[tuple[int, int, int]] = []  # (diagonal j - i, i, words) of each matching seed
    hits.extend(_content_hits(a, b, stop))
    hits.extend(_stop_word_hits(a, b, stop))
    hits.extend(_prefix_suffix_hits(a, b))
    return _hits_to_runs(hits)


Gram = tuple[int, ...]


def _shared_grams(a: Sequence[int], b: Sequence[int], n: int) -> Iterator[tuple[Gram, list[int], list[int]]]:
    """Each n-gram both sequences have, with its positions in a and in b, in the order of
    b's first occurrences; n-grams occurring more than ``MAX_OCCURRENCES`` times on either
    side are left out (too common to say where a passage is)."""
    grams_a = _ngrams(a, n)
    grams_b = _ngrams(b, n)
    common = set(grams_a).intersection(grams_b)
    if not common:
        return
    where_a = _positions(grams_a, common)
    for gram, js in _positions(grams_b, common).items():
        is_ = where_a[gram]
        if len(is_) <= MAX_OCCURRENCES and len(js) <= MAX_OCCURRENCES:
            yield gram, is_, js


def _content_hits(a: Sequence[int], b: Sequence[int], stop: bytearray) -> list[tuple[int, int, int]]:
    """Seeds from shared content n-grams: ``K`` words, not all of them stop words, and
    rare enough on both sides to say where a passage is."""
    hits: list[tuple[int, int, int]] = []
    for gram, is_, js in _shared_grams(a, b, K):
        if stop[gram[0]] and stop[gram[1]] and all(stop[w] for w in gram):
            continue
        hits.extend((j - i, i, K) for i in is_ for j in js)
    return hits


def _stop_word_hits(a: Sequence[int], b: Sequence[int], stop: bytearray) -> list[tuple[int, int, int]]:
    """Seeds from shared stop-word n-grams: ``STOP_N`` stop words, the words between them
    skipped, spaced alike on both sides; each of their words is a one-word seed."""
    hits: list[tuple[int, int, int]] = []
    sa = [i for i, w in enumerate(a) if stop[w]]
    sb = [j for j, w in enumerate(b) if stop[w]]
    if len(sa) < STOP_N or len(sb) < STOP_N:
        return hits
    for _, xs, ys in _shared_grams([a[p] for p in sa], [b[p] for p in sb], STOP_N):
        for x, y in ((x, y) for x in xs for y in ys):
            width_b = sb[y + STOP_N - 1] - sb[y]
            width_a = sa[x + STOP_N - 1] - sa[x]
            if abs(width_a - width_b) > 2 + max(width_a, width_b) // 4:
                continue
            hits.extend((sb[y + k] - sa[x + k], sa[x + k], 1) for k in range(STOP_N))
    return hits


def _prefix_suffix_hits(a: Sequence[int], b: Sequence[int]) -> list[tuple[int, int, int]]:
    """Seeds for the common prefix and suffix of the two texts, whatever their words."""
    hits: list[tuple[int, int, int]] = []
    limit = min(len(a), len(b))
    n = 0
    while n < limit and a[n] == b[n]:
        n += 1
    if n:
        hits.append((0, 0, n))
    m = 0
    while m < limit - n and a[-1 - m] == b[-1 - m]:
        m += 1
    if m:
        hits.append((len(b) - len(a), len(a) - m, m))
    return hits


def _ngrams(words: Sequence[int], n: int) -> list[tuple[int, ...]]:
    """Every ``n`` consecutive words, in order (none when there are fewer)."""
    return list(zip(*(words[k:] for k in range(n)), strict=False))


def _positions(grams: list[tuple[int, ...]], wanted: set[tuple[int, ...]]) -> dict[tuple[int, ...], list[int]]:
    """Where each wanted n-gram occurs, in order."""
    where: dict[tuple[int, ...], list[int]] = {}
    for i, gram in enumerate(grams):
        if gram in wanted:
            where.setdefault(gram, []).append(i)
    return where


def _hits_to_runs(hits: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Merge matching stretches, given as (diagonal, i, words), that touch or overlap on
    one diagonal into maximal runs (i, j, n)."""
    runs: list[tuple[int, int, int]] = []
    last_d = last_end = -1
    for d, i, n in sorted(hits):
        if runs and d == last_d and i <= last_end:
            if i + n > last_end:
                ri, rj, _ = runs[-1]
                last_end = i + n
                runs[-1] = (ri, rj, last_end - ri)
            continue
        runs.append((i, i + d, n))
        last_d, last_end = d, i + n
    runs.sort()
    return runs
