"""Find the passages two texts share: seed, chain, extend, split.

This is a seed-and-extend aligner in the tradition of the PAN text-alignment systems,
not one global diff of the two texts (a global diff loses passages that moved, and is
quadratic on long texts). Time grows about linearly with the length of the texts.

1. **Seeds.** Both texts are tokenised (:mod:`reader.tokens`) and each normalised word
   gets an integer id. Seeds are word n-grams found in both texts:

   * *content n-grams*: ``K`` consecutive words with at least one content word. An
     n-gram that occurs more than ``MAX_OCCURRENCES`` times in either text is too common
     to say where a passage is and is not used.
   * *stop-word n-grams*: ``STOP_N`` consecutive stop words, skipping the words between
     them (Stamatatos 2011). Paraphrasing tools and editors swap content words for
     synonyms but keep the function words, so these still match in a heavily reworded
     copy where few content n-grams survive. Their spacing must agree on both sides.

   Overlapping content n-grams on one diagonal become *runs* of exactly matching words.
   The common prefix and suffix of the two texts are runs too, whatever their words.

2. **Chains.** Runs are chained in reading order: a run joins the chain whose end lies
   before it on both sides by at most ``CHAIN_GAP`` words. A chain is a candidate
   passage; passages that appear in a different order in the two texts are simply
   different chains.

3. **Extension and gap filling.** Between the runs of a chain, and for a short window
   beyond each end (X-drop style: the extension is kept while matched words outweigh
   changed ones), the words are aligned with diff-match-patch (:mod:`reader.wordiff`),
   which finds the single matching words between substitutions.

4. **Splitting and filtering.** A chain is cut where neither side shares anything for a
   long stretch (so two passages separated by unrelated sentences stay two passages),
   and each piece must share at least ``MIN_WORDS`` words with a similarity of at least
   ``MIN_SIMILARITY``; a common short phrase is therefore never a passage, while a
   lifted one-sentence quote is. Two whole identical texts are one passage however
   short.

The result is symmetric: ``align(a, b)`` mirrors ``align(b, a)`` exactly, because the
pair is always processed in one canonical orientation.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.tokens import STOPWORDS, Tokens
from reader.wordiff import DELETE, EQUAL, INSERT, Encoder, anchored_ops, dmp_ops, merge_ops

K = 4
STOP_N = 7
MAX_OCCURRENCES = 8
CHAIN_GAP = 40
EXTEND_WINDOW = 12
MIN_WORDS = 10
MIN_SIMILARITY = 0.4
SPLIT_BOTH = 10
SPLIT_ONE = 60


@dataclass(slots=True)
class Alignment:
    """One shared passage in token terms: ``a_first``/``a_last`` are token indexes
    (inclusive) and ``ops`` the word diff of the span as (op, count) runs."""

    a_first: int
    a_last: int
    b_first: int
    b_last: int
    ops: list[tuple[int, int]]

    @property
    def matched(self) -> int:
        return sum(n for op, n in self.ops if op == EQUAL)

    @property
    def a_len(self) -> int:
        return self.a_last - self.a_first + 1

    @property
    def b_len(self) -> int:
        return self.b_last - self.b_first + 1

    @property
    def similarity(self) -> float:
        return 2 * self.matched / (self.a_len + self.b_len)

    def mirrored(self) -> "Alignment":
        ops = merge_ops([(-op, n) for op, n in self.ops])
        return Alignment(self.b_first, self.b_last, self.a_first, self.a_last, ops)


class Vocabulary:
    """Word ids shared by the two texts of one comparison."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.stop: list[bool] = []

    def encode(self, norms: list[str]) -> list[int]:
        ids = self.ids
        out = []
        for w in norms:
            i = ids.get(w)
            if i is None:
                i = ids[w] = len(ids)
                self.stop.append(w in STOPWORDS)
            out.append(i)
        return out


def align(ta: Tokens, tb: Tokens) -> list[Alignment]:
    """All passages shared by two tokenised texts, ordered by position in ``ta``."""
    if (len(ta), ta.norms) > (len(tb), tb.norms):
        return sorted((x.mirrored() for x in _align(tb, ta)), key=lambda x: (x.a_first, x.b_first))
    return _align(ta, tb)


def _align(ta: Tokens, tb: Tokens) -> list[Alignment]:
    vocab = Vocabulary()
    a, b = vocab.encode(ta.norms), vocab.encode(tb.norms)
    if not a or not b:
        return []
    if a == b:
        return [Alignment(0, len(a) - 1, 0, len(b) - 1, [(EQUAL, len(a))])]
    runs = _seed_runs(a, b, vocab.stop)
    chains = _chain(runs)
    enc = Encoder()
    found: list[Alignment] = []
    for chain in chains:
        if sum(n for _, _, n in chain) < min(MIN_WORDS, 6):
            continue
        for piece in _split(_fill(a, b, chain, enc)):
            if _keep(piece, a, b, vocab.stop):
                found.append(piece)
    return _drop_contained(found)


# --- 1. seeds --------------------------------------------------------------------


def _seed_runs(a: list[int], b: list[int], stop: list[bool]) -> list[tuple[int, int, int]]:
    """Exactly matching runs (i, j, n): a[i:i+n] == b[j:j+n]."""
    points: set[tuple[int, int]] = set()
    # content n-grams
    index: dict[tuple, list[int]] = {}
    for i, gram in enumerate(zip(*(a[k:] for k in range(K)))):
        index.setdefault(gram, []).append(i)
    b_grams = list(zip(*(b[k:] for k in range(K))))
    b_count: dict[tuple, int] = {}
    for gram in b_grams:
        b_count[gram] = b_count.get(gram, 0) + 1
    for j, gram in enumerate(b_grams):
        hits = index.get(gram)
        if hits is None or len(hits) > MAX_OCCURRENCES or b_count[gram] > MAX_OCCURRENCES:
            continue
        if all(stop[w] for w in gram):
            continue
        for i in hits:
            for k in range(K):
                points.add((i + k, j + k))
    # stop-word n-grams
    sa = [i for i, w in enumerate(a) if stop[w]]
    sb = [j for j, w in enumerate(b) if stop[w]]
    if len(sa) >= STOP_N and len(sb) >= STOP_N:
        s_index: dict[tuple, list[int]] = {}
        for x in range(len(sa) - STOP_N + 1):
            s_index.setdefault(tuple(a[p] for p in sa[x : x + STOP_N]), []).append(x)
        for y in range(len(sb) - STOP_N + 1):
            hits = s_index.get(tuple(b[p] for p in sb[y : y + STOP_N]))
            if hits is None or len(hits) > MAX_OCCURRENCES:
                continue
            width_b = sb[y + STOP_N - 1] - sb[y]
            for x in hits:
                width_a = sa[x + STOP_N - 1] - sa[x]
                if abs(width_a - width_b) > 2 + max(width_a, width_b) // 4:
                    continue
                for k in range(STOP_N):
                    points.add((sa[x + k], sb[y + k]))
    # common prefix and suffix
    n = 0
    limit = min(len(a), len(b))
    while n < limit and a[n] == b[n]:
        points.add((n, n))
        n += 1
    m = 0
    while m < limit - n and a[-1 - m] == b[-1 - m]:
        points.add((len(a) - 1 - m, len(b) - 1 - m))
        m += 1
    return _points_to_runs(points)


def _points_to_runs(points: set[tuple[int, int]]) -> list[tuple[int, int, int]]:
    runs: list[tuple[int, int, int]] = []
    for i, j in sorted(points, key=lambda p: (p[1] - p[0], p[0])):
        if runs:
            ri, rj, rn = runs[-1]
            if rj - ri == j - i and ri + rn == i:
                runs[-1] = (ri, rj, rn + 1)
                continue
        runs.append((i, j, 1))
    runs.sort()
    return runs


# --- 2. chains -------------------------------------------------------------------


def _chain(runs: list[tuple[int, int, int]]) -> list[list[tuple[int, int, int]]]:
    """Greedy chaining of runs in reading order of the first text."""
    chains: list[list[tuple[int, int, int]]] = []
    active: list[int] = []  # indexes into chains
    ends: list[tuple[int, int]] = []  # exclusive end (i, j) of each chain
    for i, j, n in runs:
        best, best_cost, best_run = -1, None, None
        still = []
        for c in active:
            ei, ej = ends[c]
            if ei < i - CHAIN_GAP:
                continue  # finished: too far behind
            still.append(c)
            delta = max(ei - i, ej - j, 0)
            if delta >= n:
                continue
            gi, gj = i + delta - ei, j + delta - ej
            if gi > CHAIN_GAP or gj > CHAIN_GAP or gi < 0 or gj < 0:
                continue
            cost = max(gi, gj)
            if best_cost is None or cost < best_cost:
                best, best_cost, best_run = c, cost, (i + delta, j + delta, n - delta)
        active = still
        if best >= 0:
            chains[best].append(best_run)
            ends[best] = (best_run[0] + best_run[2], best_run[1] + best_run[2])
        else:
            chains.append([(i, j, n)])
            ends.append((i + n, j + n))
            active.append(len(chains) - 1)
    return chains


# --- 3. gap filling and extension -----------------------------------------------


def _fill(a: list[int], b: list[int], chain: list[tuple[int, int, int]], enc: Encoder) -> Alignment:
    i0, j0, _ = chain[0]
    li, lj, ln = chain[-1]
    i1, j1 = li + ln - 1, lj + ln - 1
    pairs = [(i - i0 + k, j - j0 + k) for i, j, n in chain for k in range(n)]
    ops = anchored_ops(a[i0 : i1 + 1], b[j0 : j1 + 1], pairs, enc)
    # extend backwards
    while i0 > 0 and j0 > 0:
        wa = a[max(0, i0 - EXTEND_WINDOW) : i0][::-1]
        wb = b[max(0, j0 - EXTEND_WINDOW) : j0][::-1]
        ext, da, db = _best_extension(dmp_ops(wa, wb, enc))
        if not ext:
            break
        ops = merge_ops(ext[::-1] + ops)
        i0, j0 = i0 - da, j0 - db
        if da < len(wa) - 2 and db < len(wb) - 2:
            break
    # extend forwards
    while i1 < len(a) - 1 and j1 < len(b) - 1:
        wa = a[i1 + 1 : i1 + 1 + EXTEND_WINDOW]
        wb = b[j1 + 1 : j1 + 1 + EXTEND_WINDOW]
        ext, da, db = _best_extension(dmp_ops(wa, wb, enc))
        if not ext:
            break
        ops = merge_ops(ops + ext)
        i1, j1 = i1 + da, j1 + db
        if da < len(wa) - 2 and db < len(wb) - 2:
            break
    return Alignment(i0, i1, j0, j1, ops)


def _best_extension(ops: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], int, int]:
    """The prefix of ``ops`` (read from the passage outwards) that gains most: +1 per
    matched word, -1 per changed word; it must end on a match and gain at least 1."""
    score = best = 0
    cut = 0
    for k, (op, n) in enumerate(ops):
        score += n if op == EQUAL else -n
        if op == EQUAL and score > best:
            best, cut = score, k + 1
    ext = ops[:cut]
    da = sum(n for op, n in ext if op != INSERT)
    db = sum(n for op, n in ext if op != DELETE)
    return ext, da, db


# --- 4. splitting and filtering --------------------------------------------------


def _split(al: Alignment) -> list[Alignment]:
    """Cut an alignment where a long stretch on both sides (or a very long one on one
    side) shares nothing but stray single words."""
    pieces: list[Alignment] = []
    cur: list[tuple[int, int]] = []
    ia, jb = al.a_first, al.b_first
    start = (ia, jb)
    gap_a = gap_b = 0
    gap_ops: list[tuple[int, int]] = []
    for op, n in al.ops:
        if op == EQUAL and n >= 2:
            if (gap_a >= SPLIT_BOTH and gap_b >= SPLIT_BOTH) or max(gap_a, gap_b) >= SPLIT_ONE:
                if cur:
                    pieces.append(_trimmed(start, cur))
                cur = []
                start = (ia, jb)
            else:
                cur.extend(gap_ops)
            gap_ops = []
            gap_a = gap_b = 0
            cur.append((op, n))
        else:
            if not cur and not gap_ops:
                start = (ia, jb)
            gap_ops.append((op, n))
            gap_a += n if op != INSERT else 0
            gap_b += n if op != DELETE else 0
        ia += n if op != INSERT else 0
        jb += n if op != DELETE else 0
    if cur:
        pieces.append(_trimmed(start, cur))
    return [p for p in pieces if p is not None]


def _trimmed(start: tuple[int, int], ops: list[tuple[int, int]]) -> Alignment | None:
    ia, jb = start
    ops = list(ops)
    while ops and ops[0][0] != EQUAL:
        op, n = ops.pop(0)
        ia += n if op != INSERT else 0
        jb += n if op != DELETE else 0
    while ops and ops[-1][0] != EQUAL:
        ops.pop()
    ops = merge_ops(ops)
    # An end anchored only by a run shorter than the change next to it is a stray
    # match (a phrase repeated nearby), not part of the passage.
    while len(ops) >= 3 and ops[0][0] == EQUAL and ops[0][1] < _change_len(ops, 1):
        k = 1
        while k < len(ops) and ops[k][0] != EQUAL:
            op, n = ops[k]
            ia += n if op != INSERT else 0
            jb += n if op != DELETE else 0
            k += 1
        ia += ops[0][1]
        jb += ops[0][1]
        ops = ops[k:]
    while len(ops) >= 3 and ops[-1][0] == EQUAL and ops[-1][1] < _change_len(ops, len(ops) - 2, -1):
        k = len(ops) - 2
        while k >= 0 and ops[k][0] != EQUAL:
            k -= 1
        ops = ops[: k + 1]
    if not ops:
        return None
    la = sum(n for op, n in ops if op != INSERT)
    lb = sum(n for op, n in ops if op != DELETE)
    return Alignment(ia, ia + la - 1, jb, jb + lb - 1, ops)


def _change_len(ops: list[tuple[int, int]], k: int, step: int = 1) -> int:
    """Size (longer side) of the change starting at ops[k] and running in ``step``."""
    da = db = 0
    while 0 <= k < len(ops) and ops[k][0] != EQUAL:
        op, n = ops[k]
        if op == DELETE:
            da += n
        else:
            db += n
        k += step
    return max(da, db)


def _keep(al: Alignment, a: list[int], b: list[int], stop: list[bool]) -> bool:
    if al.a_first == 0 and al.b_first == 0 and al.a_last == len(a) - 1 and al.b_last == len(b) - 1 \
            and al.matched == len(a) == len(b):
        return True  # two identical texts, however short
    if al.matched < MIN_WORDS or al.similarity < MIN_SIMILARITY:
        return False
    # at least a few of the matched words must be content words
    content = 0
    ia = al.a_first
    for op, n in al.ops:
        if op == EQUAL:
            content += sum(1 for w in a[ia : ia + n] if not stop[w])
        if op != INSERT:
            ia += n
    return content >= 3


def _drop_contained(found: list[Alignment]) -> list[Alignment]:
    """Drop a passage lying inside a larger one on both sides (a phrase repeated within
    one shared passage), and merge passages that overlap on both sides."""
    found.sort(key=lambda x: -(x.a_len + x.b_len))
    kept: list[Alignment] = []
    for x in found:
        if any(k.a_first <= x.a_last and x.a_first <= k.a_last and k.b_first <= x.b_last and x.b_first <= k.b_last
               for k in kept):
            continue
        kept.append(x)
    kept.sort(key=lambda x: (x.a_first, x.b_first))
    return kept
