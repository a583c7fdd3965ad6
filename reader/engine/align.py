"""Find the passages two texts share: seed, chain, fill, split, trim, extend.

This is a seed-and-extend aligner in the tradition of the PAN text-alignment systems,
not one global diff of the two texts (a global diff loses passages that moved, and is
quadratic on long texts). Time grows about linearly with the length of the texts.

1. **Seeds.** Both texts are tokenised (:mod:`reader.text.tokens`) and each normalised word
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
   different chains. Chains with fewer than ``STRONG_SEED`` seed words are chance
   matches of a common phrase unless they lie near a stronger chain, and are dropped
   before any diffing (this keeps long texts fast).

3. **Gap filling and merging.** Between the runs of a chain the words are aligned with
   diff-match-patch (:mod:`reader.engine.wordiff`), which finds the single matching words
   between substitutions. Chains that follow each other on both sides within
   ``MERGE_GAP`` words are joined across the gap ("merged across small gaps") when the
   join would not be split again at step 4.

4. **Splitting and trimming.** An alignment is cut where a long stretch on both sides
   (``SPLIT_BOTH`` words) shares no *strong* match (three words in a row, or two with a
   content word). Each piece is then scored word by word — a matched content word +1, a
   matched stop word +0.5, a change ``-CHANGE_COST`` per word of its longer side — and
   the best-scoring stretch is kept (Kadane's maximum subarray), then the best of what
   is left on either side, and so on. This trims stray matches off the ends without
   cutting a reworded passage, whose matches keep the score rising.

   Pieces that follow each other on both sides with an insert of one side only between
   them (:func:`reader.engine.inserts.one_sided`: up to ``INSERT_GAP`` words against ``INSERT_SLACK`` at most:
   a caption, a timestamp, an advertisement line, a local paragraph added to copied text)
   are joined again (:mod:`reader.engine.inserts`), the insert counted as a change of at most
   ``INSERT_COST`` words: the splitting and scoring above would end the passage there.

5. **Extension and filtering.** Each end is extended a window at a time (X-drop style,
   at the dearer ``EXTEND_COST``) while matched words outweigh changed ones. A passage
   needs ``MIN_WORDS`` matched words weighing ``MIN_WEIGHT`` (stop words count half) and
   a similarity of ``MIN_SIMILARITY``: a common short phrase ("the Trump
   administration") is never a passage, while a lifted one-sentence quote is. Two whole
   identical texts are one passage however short. An end is extended by at most
   ``EXTEND_LIMIT`` words or the passage's own length: in a text of near-identical
   sentences every passage would otherwise run on through all the others, and the work
   would grow as the square of the text.

6. **One to one.** Passages are kept longest first, and each word of either text lies
   in one passage at most (:mod:`reader.engine.one_to_one`); where the other text repeats a kept
   passage's words, the repeat is noted in its ``also_at``.

The result is symmetric: ``align(a, b)`` mirrors ``align(b, a)`` exactly, because the
pair is always processed in one canonical orientation.

**Native code.** Steps 1 to 6 exist twice: here in Python, the reference, and in C
(``reader/native/align.c``, compiled into ``reader._native``: see
:mod:`reader.text.speedups`), which takes the same steps on the same word ids and gives the same
passages, word diffs included (tests/test_native_align.py compares them). Per-word
Python loops made a whole-process comparison of two 50,000-word articles take half a
second; the C steps take a few milliseconds. Without a compiler, or with
``READER_PURE_PYTHON=1``, this module runs on its own.
"""

from __future__ import annotations

import itertools
from array import array
from collections.abc import Sequence

from reader.engine.alignment import (
    CHAIN_GAP,
    CHANGE_COST,
    EXTEND_COST,
    EXTEND_LIMIT,
    EXTEND_WINDOW,
    INSERT_COST,
    INSERT_GAP,
    INSERT_SLACK,
    MERGE_GAP,
    MIN_SIMILARITY,
    MIN_WEIGHT,
    MIN_WORDS,
    SPLIT_BOTH,
    SPLIT_ONE,
    STRONG_SEED,
    WORK,
    Alignment,
    keep,
    trimmed,
    weight,
)
from reader.engine.chains import chain, worth_filling
from reader.engine.inserts import join_inserts
from reader.engine.one_to_one import one_to_one
from reader.engine.seeds import MAX_OCCURRENCES, STOP_N, K, seed_runs
from reader.engine.wordiff import DELETE, EQUAL, INSERT, Encoder, anchored_ops, dmp_ops, merge_ops
from reader.text.speedups import native as _native
from reader.text.tokens import STOPWORDS, Tokens

__all__ = ["INSERT_COST", "INSERT_GAP", "WORK", "Alignment", "align", "canonical_order", "native_params", "word_ids"]

def native_params() -> tuple[int | float, ...]:
    """The constants above (and the seeds'), in the order ``reader._native.align`` takes them."""
    return (K, STOP_N, MAX_OCCURRENCES, CHAIN_GAP, EXTEND_WINDOW, MIN_WORDS, SPLIT_BOTH, SPLIT_ONE,
            MERGE_GAP, STRONG_SEED, EXTEND_LIMIT, float(MIN_SIMILARITY), float(MIN_WEIGHT), float(CHANGE_COST),
            float(EXTEND_COST), INSERT_GAP, INSERT_SLACK, INSERT_COST)


def word_ids(ta: Tokens, tb: Tokens) -> tuple[array[int], array[int], bytearray]:
    """Both texts as word ids (one per distinct normal form, numbered in order of first
    appearance, a then b; arrays of 32-bit ints, which the native aligner reads as they
    are) and which ids are stop words (``stop[id]`` is 1)."""
    if _native is not None and isinstance(ta.norms, list) and isinstance(tb.norms, list):
        return _native.word_ids(ta.norms, tb.norms, STOPWORDS)
    ids = dict(zip(dict.fromkeys(itertools.chain(ta.norms, tb.norms)), itertools.count()))
    stop = bytearray(len(ids))
    for w in STOPWORDS.intersection(ids):
        stop[ids[w]] = 1
    return array("i", map(ids.__getitem__, ta.norms)), array("i", map(ids.__getitem__, tb.norms)), stop


def canonical_order(ta: Tokens, tb: Tokens) -> bool:
    """Whether (ta, tb) is the pair's canonical order (shorter text first, ties broken
    by the words), in which all work is done so that results mirror exactly."""
    return (len(ta), ta.norms) <= (len(tb), tb.norms)


def align(ta: Tokens, tb: Tokens) -> list[Alignment]:
    """All passages shared by two tokenised texts, ordered by position in ``ta``."""
    if canonical_order(ta, tb):
        return _align(ta, tb)
    return sorted((x.mirrored() for x in _align(tb, ta)), key=lambda x: (x.a_first, x.b_first))


def _align(ta: Tokens, tb: Tokens) -> list[Alignment]:
    a, b, stop = word_ids(ta, tb)
    if not a or not b:
        return []
    if a == b:
        return [Alignment(0, len(a) - 1, 0, len(b) - 1, [(EQUAL, len(a))])]
    if _native is not None and len(a) + len(b) < 2**30:  # (the C counts in 32 bits)
        return [Alignment(*found) for found in _native.align(a, b, stop, native_params())]
    enc = Encoder()
    chains = worth_filling(chain(seed_runs(a, b, stop), CHAIN_GAP), STRONG_SEED, MERGE_GAP)
    filled = [_anchored(a, b, chain, stop, enc) for chain in chains]
    pieces: list[Alignment] = []
    for al in _merge_neighbours(filled, a, b, stop, enc):
        for part in _split(al, a, stop):
            pieces.extend(_segments(part, a, stop))
    found: list[Alignment] = []
    for piece in join_inserts(pieces, a, b, stop, enc):
        if piece.matched < MIN_WORDS - EXTEND_WINDOW // 4:
            continue  # extension could not make it a passage
        piece = _extend(piece, a, b, stop, enc)
        if keep(piece, a, b, stop):
            found.append(piece)
    return one_to_one(found, a, b, stop)


# --- 3. gap filling and extension -----------------------------------------------


def _anchored(a: Sequence[int], b: Sequence[int], chain: list[tuple[int, int, int]], stop: bytearray,
              enc: Encoder) -> Alignment:
    """The chain's span, diffed word by word with its runs as fixed points (see
    :func:`_fixed_points`)."""
    i0, j0, _ = chain[0]
    li, lj, ln = chain[-1]
    i1, j1 = li + ln - 1, lj + ln - 1
    pairs = [(i - i0 + k, j - j0 + k) for i, j, n in _fixed_points(chain, a, stop) for k in range(n)]
    return Alignment(i0, i1, j0, j1, anchored_ops(a[i0 : i1 + 1], b[j0 : j1 + 1], pairs, enc))


def _fixed_points(chain: list[tuple[int, int, int]], a: Sequence[int], stop: bytearray) -> list[tuple[int, int, int]]:
    """The runs of a chain the word diff must keep as they are. A lone stop word inside
    the chain is left out when the next run lies within ``CHAIN_GAP`` words of the last
    fixed point on both sides: diff-match-patch then aligns that stretch as a whole. A
    stop-word seed pairs the stop words of two stretches spaced *about* alike, so one of
    them can sit on the wrong "the": fixed there, it forced the diff past an unchanged
    sentence after a dropped paragraph, which then showed as removed and added again.
    Where runs are further apart the lone stop word stays fixed, so that no stretch
    handed to diff-match-patch is longer than ``CHAIN_GAP`` words on either side."""
    fixed = [chain[0]]
    for k in range(1, len(chain) - 1):
        i, _, n = chain[k]
        if n == 1 and stop[a[i]]:
            fi, fj, fn = fixed[-1]
            ni, nj, _ = chain[k + 1]
            if ni - (fi + fn) <= CHAIN_GAP and nj - (fj + fn) <= CHAIN_GAP:
                continue
        fixed.append(chain[k])
    if len(chain) > 1:
        fixed.append(chain[-1])
    return fixed


def _extend(al: Alignment, a: Sequence[int], b: Sequence[int], stop: bytearray, enc: Encoder) -> Alignment:
    """Extend both ends a window at a time while matched words outweigh changed ones,
    each end by at most :func:`_extend_limit` words on either side."""
    i0, i1, j0, j1 = al.a_first, al.a_last, al.b_first, al.b_last
    limit = _extend_limit(al)
    before: list[tuple[int, int]] = []  # read outwards from the passage
    after: list[tuple[int, int]] = []
    gone = 0
    while i0 > 0 and j0 > 0 and gone < limit:
        WORK["extend_steps"] += 1
        w = min(EXTEND_WINDOW, limit - gone)
        wa = a[max(0, i0 - w) : i0][::-1]
        wb = b[max(0, j0 - w) : j0][::-1]
        ext, da, db = _best_extension(dmp_ops(wa, wb, enc), wa, stop)
        if not ext:
            break
        before.extend(ext)
        i0, j0 = i0 - da, j0 - db
        gone += max(da, db)
        if da < len(wa) - 2 and db < len(wb) - 2:
            break
    gone = 0
    while i1 < len(a) - 1 and j1 < len(b) - 1 and gone < limit:
        WORK["extend_steps"] += 1
        w = min(EXTEND_WINDOW, limit - gone)
        wa = a[i1 + 1 : i1 + 1 + w]
        wb = b[j1 + 1 : j1 + 1 + w]
        ext, da, db = _best_extension(dmp_ops(wa, wb, enc), wa, stop)
        if not ext:
            break
        after.extend(ext)
        i1, j1 = i1 + da, j1 + db
        gone += max(da, db)
        if da < len(wa) - 2 and db < len(wb) - 2:
            break
    if not before and not after:
        return al
    return Alignment(i0, i1, j0, j1, merge_ops(before[::-1] + al.ops + after))


def _extend_limit(al: Alignment) -> int:
    """How far (in words, on the longer side) one end of a passage may be extended: ``EXTEND_LIMIT``,
    or the passage's own length when that is more. Without a bound, a text of
    near-identical sentences ("… Item 17.", "… Item 18.") lets every passage run on
    through all the others, one window at a time, and the work grows as the square."""
    return max(EXTEND_LIMIT, al.a_len)


def _best_extension(ops: list[tuple[int, int]], wa: Sequence[int],
                    stop: bytearray) -> tuple[list[tuple[int, int]], int, int]:
    """The prefix of ``ops`` (read from the passage outwards) that gains most, scored as
    in :func:`_best_segment`. The prefix must end on a match and gain something."""
    score = best = 0.0
    cut = 0
    ia = 0
    pending = [0, 0]
    for k, (op, n) in enumerate(ops):
        if op == EQUAL:
            score -= EXTEND_COST * max(pending)
            pending = [0, 0]
            score += sum(0.5 if stop[w] else 1.0 for w in wa[ia : ia + n])
            if score > best:
                best, cut = score, k + 1
        else:
            pending[0 if op == DELETE else 1] += n
        if op != INSERT:
            ia += n
    ext = ops[:cut]
    da = sum(n for op, n in ext if op != INSERT)
    db = sum(n for op, n in ext if op != DELETE)
    return ext, da, db


def _merge_neighbours(found: list[Alignment], a: Sequence[int], b: Sequence[int], stop: bytearray,
                      enc: Encoder) -> list[Alignment]:
    """Join alignments that follow each other on both sides within ``MERGE_GAP`` words
    when the words between them are aligned densely enough not to be split again."""
    found = sorted(found, key=lambda x: (x.a_first, x.b_first))
    out: list[Alignment] = []
    for x in found:
        merged = False
        for k in range(len(out) - 1, max(-1, len(out) - 6), -1):
            y = out[k]
            gap_a, gap_b = x.a_first - y.a_last - 1, x.b_first - y.b_last - 1
            if not (0 <= gap_a <= MERGE_GAP and 0 <= gap_b <= MERGE_GAP):
                continue
            gap_ops = dmp_ops(a[y.a_last + 1 : x.a_first], b[y.b_last + 1 : x.b_first], enc)
            if _junction_holds(y, gap_ops, x, a, stop):
                out[k] = Alignment(y.a_first, x.a_last, y.b_first, x.b_last, merge_ops(y.ops + gap_ops + x.ops))
                merged = True
                break
        if not merged:
            out.append(x)
    return out


# --- 4. splitting and filtering --------------------------------------------------


def _strong(op: int, n: int, ia: int, a: Sequence[int], stop: bytearray) -> bool:
    return op == EQUAL and (n >= 3 or (n == 2 and not (stop[a[ia]] and stop[a[ia + 1]])))


def _junction_holds(y: Alignment, gap_ops: list[tuple[int, int]], x: Alignment,
                    a: Sequence[int], stop: bytearray) -> bool:
    """Whether joining y, the gap and x would survive :func:`_split` at the junction:
    only the stretch from y's last strong match to x's first one is checked."""
    ia = y.a_last + 1
    k = len(y.ops)
    while k > 0:
        op, n = y.ops[k - 1]
        ia -= n if op != INSERT else 0
        k -= 1
        if _strong(op, n, ia, a, stop):
            break
    tail = y.ops[k:]
    jx = x.a_first
    head_end = 0
    for op, n in x.ops:
        head_end += 1
        if _strong(op, n, jx, a, stop):
            break
        jx += n if op != INSERT else 0
    local = merge_ops(tail + gap_ops + x.ops[:head_end])
    la = sum(n for op, n in local if op != INSERT)
    lb = sum(n for op, n in local if op != DELETE)
    return len(_split(Alignment(ia, ia + la - 1, 0, lb - 1, local), a, stop)) == 1


def _split(al: Alignment, a: Sequence[int], stop: bytearray) -> list[Alignment]:
    """Cut an alignment where a long stretch on both sides (or a very long one on one
    side) shares nothing but stray words: a *strong* match is three words in a row, or
    two with a content word among them ("of the" is not one)."""
    pieces: list[Alignment | None] = []
    cur: list[tuple[int, int]] = []
    ia, jb = al.a_first, al.b_first
    start = (ia, jb)
    gap_a = gap_b = 0
    gap_ops: list[tuple[int, int]] = []
    for op, n in al.ops:
        if op == EQUAL and (n >= 3 or (n == 2 and not (stop[a[ia]] and stop[a[ia + 1]]))):
            if (gap_a >= SPLIT_BOTH and gap_b >= SPLIT_BOTH) or max(gap_a, gap_b) >= SPLIT_ONE:
                if cur:
                    pieces.append(trimmed(start, cur))
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
        pieces.append(trimmed(start, cur))
    return [p for p in pieces if p is not None]


def _segments(al: Alignment, a: Sequence[int], stop: bytearray) -> list[Alignment]:
    """The best-scoring stretch of an alignment (see :func:`_best_segment`), then the best
    of what is left on either side of it, and so on, keeping stretches worth a passage."""
    best = _best_segment(al, a, stop)
    if best is None:
        return []
    best = _trim_ends(best, a, stop)
    if best is None or best.matched < MIN_WORDS // 2:
        return []
    out = [best]
    for side in _outside(al, best):
        if side.matched >= MIN_WORDS:
            out.extend(_segments(side, a, stop))
    return out


def _outside(al: Alignment, inner: Alignment) -> list[Alignment]:
    """The parts of ``al`` before and after ``inner`` (which lies on its op boundaries)."""
    before: list[tuple[int, int]] = []
    after: list[tuple[int, int]] = []
    ia, jb = al.a_first, al.b_first
    for op, n in al.ops:
        if ia < inner.a_first or jb < inner.b_first:
            before.append((op, n))
        elif ia > inner.a_last or jb > inner.b_last:
            after.append((op, n))
        ia += n if op != INSERT else 0
        jb += n if op != DELETE else 0
    out = []
    if before:
        piece = trimmed((al.a_first, al.b_first), before)
        if piece is not None:
            out.append(piece)
    if after:
        piece = trimmed((inner.a_last + 1, inner.b_last + 1), after)
        if piece is not None:
            out.append(piece)
    return out


def _trim_ends(al: Alignment, a: Sequence[int], stop: bytearray) -> Alignment | None:
    """Drop an end whose matched run weighs less than the change beside it (at the ends'
    cost, ``EXTEND_COST``): a phrase that recurs nearby, not part of the passage."""
    ops = al.ops
    ia, jb = al.a_first, al.b_first
    while len(ops) >= 3 and weight(a[ia : ia + ops[0][1]], stop) < EXTEND_COST * _change_len(ops, 1):
        ia += ops[0][1]
        jb += ops[0][1]
        k = 1
        while k < len(ops) and ops[k][0] != EQUAL:
            op, n = ops[k]
            ia += n if op != INSERT else 0
            jb += n if op != DELETE else 0
            k += 1
        ops = ops[k:]
    while len(ops) >= 3:
        last = ops[-1][1]
        end_a = ia + sum(n for op, n in ops if op != INSERT)
        if weight(a[end_a - last : end_a], stop) >= EXTEND_COST * _change_len(ops, len(ops) - 2, -1):
            break
        k = len(ops) - 2
        while k >= 0 and ops[k][0] != EQUAL:
            k -= 1
        ops = ops[: k + 1]
    return trimmed((ia, jb), ops)


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


def _best_segment(al: Alignment, a: Sequence[int], stop: bytearray) -> Alignment | None:
    """The stretch of the alignment with the highest score (Kadane's maximum subarray):
    a matched content word scores 1, a matched stop word 0.5, and a change costs
    ``CHANGE_COST`` per word of its longer side. This trims stray matches off the ends
    (a phrase that recurs a few dozen words away) without cutting a reworded passage,
    whose matches keep its score rising."""
    ia = al.a_first
    best = cur = 0.0
    best_span = None
    cur_start = 0
    pending = [0, 0]
    for k, (op, n) in enumerate(al.ops):
        if op == EQUAL:
            if cur <= 0:
                cur, cur_start = 0.0, k
            else:
                cur -= CHANGE_COST * max(pending)
                if cur <= 0:
                    cur, cur_start = 0.0, k
            cur += weight(a[ia : ia + n], stop)
            pending = [0, 0]
            if cur > best:
                best, best_span = cur, (cur_start, k)
        else:
            pending[0 if op == DELETE else 1] += n
        if op != INSERT:
            ia += n
    if best_span is None:
        return None
    first, last = best_span
    ia, jb = al.a_first, al.b_first
    for op, n in al.ops[:first]:
        ia += n if op != INSERT else 0
        jb += n if op != DELETE else 0
    return trimmed((ia, jb), al.ops[first : last + 1])


