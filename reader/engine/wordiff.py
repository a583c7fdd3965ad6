"""Word-level diffs with diff-match-patch.

Words are mapped to characters (one character per distinct normal form), the two
character strings are diffed by diff-match-patch with no time limit (``Diff_Timeout =
0``, so the result is never coarsened), and the result goes through diff-match-patch's
semantic cleanup so that a run of changes reads as one replaced phrase rather than a
scatter of coincidental one-word matches. The cleanup never takes in an unchanged run of
:data:`MIN_KEPT` words or a whole unchanged sentence (see :func:`semantic_cleanup`).

Long passages are diffed *between anchors*: the exact matching word runs that the
aligner already found (like patience diff). diff-match-patch's bisection is O(N·D) in
pure Python, which for a 2,000-word reworded passage would take seconds; between
anchors every call is a few dozen words, so a passage costs time linear in its length.
Semantic cleanup then runs once over the whole passage.

The word diff is finally expanded to the exact characters of both texts (see
:func:`surface_diff`), so that joining the kept and removed parts rebuilds the first
text and joining the kept and added parts rebuilds the second, character for character.

With ``reader._native`` (:mod:`reader.text.speedups`), diff-match-patch's ``diff_main`` and
semantic cleanup and the expansion to characters run in C (``reader/native/diff.c``,
``cleanup.c``, ``surface.c``), with the same results: this module and the
``diff_match_patch`` package are the reference the tests hold them to. The package is
then not even imported.
"""

from __future__ import annotations

import functools
import itertools
import re
import sys
from array import array
from collections.abc import Hashable, Sequence

from reader.text.speedups import native as _native
from reader.text.tokens import Tokens

TYPE_CHECKING = False  # typing is not imported at run time: it costs start-up
if TYPE_CHECKING:
    from diff_match_patch import diff_match_patch

EQUAL, DELETE, INSERT = 0, -1, 1


@functools.cache
def _dmp() -> diff_match_patch:
    """The diff_match_patch instance of the Python paths, imported only when one runs
    (the native semantic cleanup does without the package)."""
    from diff_match_patch import diff_match_patch

    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    return dmp


def _code(n: int) -> str:
    n += 0x100
    if n >= 0xD800:  # skip the surrogate range, which a str cannot hold alone
        n += 0x800
    return chr(n)


@functools.cache
def _code_table() -> str:
    """``_code(0)``, ``_code(1)``, … up to the surrogates, as one string."""
    # decoded from UTF-32 in one go: chr() for each would make 55,000 string objects
    return array("I", range(0x100, 0xD800)).tobytes().decode("utf-32-le" if sys.byteorder == "little" else "utf-32-be")


class Encoder:
    """Maps words (ids or normal forms) to single characters for diff-match-patch."""

    def __init__(self) -> None:
        self._codes: dict[Hashable, str] = {}

    def encode(self, ids: Sequence[Hashable]) -> str:
        codes = self._codes
        out = []
        for w in ids:
            c = codes.get(w)
            if c is None:
                c = codes[w] = _code(len(codes))
            out.append(c)
        return "".join(out)


def encode_pair(a_ids: Sequence[Hashable], b_ids: Sequence[Hashable]) -> tuple[str, str]:
    """What a fresh :class:`Encoder` gives for ``a_ids`` then ``b_ids`` (codes in order of
    first appearance), with the per-word work done by C-level builtins."""
    order = dict.fromkeys(itertools.chain(a_ids, b_ids))
    table = _code_table()
    codes = dict(zip(order, table if len(order) <= len(table) else map(_code, range(len(order))), strict=False))
    return "".join(map(codes.__getitem__, a_ids)), "".join(map(codes.__getitem__, b_ids))


def dmp_ops(a_ids: Sequence[int], b_ids: Sequence[int], enc: Encoder | None = None) -> list[tuple[int, int]]:
    """Diff two word-id sequences: a list of (op, word count)."""
    if not a_ids and not b_ids:
        return []
    if not a_ids:
        return [(INSERT, len(b_ids))]
    if not b_ids:
        return [(DELETE, len(a_ids))]
    if len(a_ids) == 1 == len(b_ids) or set(a_ids).isdisjoint(b_ids):
        if a_ids == b_ids:
            return [(EQUAL, 1)]
        return [(DELETE, len(a_ids)), (INSERT, len(b_ids))]
    if _native is not None:     # the same diff in C (tests/test_native_diff.py): O(N·D) in Python
        return _native.word_diff(a_ids, b_ids)  # took 3.6 s for two 40,000-word quotes 1,000 words apart
    enc = enc or Encoder()
    return [(op, len(text)) for op, text in _dmp().diff_main(enc.encode(a_ids), enc.encode(b_ids), False)]


def anchored_ops(a_ids: Sequence[int], b_ids: Sequence[int], pairs: Sequence[tuple[int, int]],
                 enc: Encoder | None = None) -> list[tuple[int, int]]:
    """Diff ``a_ids`` against ``b_ids`` keeping the matched index ``pairs`` (strictly
    increasing on both sides) as fixed points; the stretches between them are diffed
    with diff-match-patch. Returns merged (op, count) runs."""
    enc = enc or Encoder()
    ops: list[tuple[int, int]] = []
    pa = pb = 0
    for i, j in pairs:
        if i > pa or j > pb:
            ops.extend(dmp_ops(a_ids[pa:i], b_ids[pb:j], enc))
        ops.append((EQUAL, 1))
        pa, pb = i + 1, j + 1
    if pa < len(a_ids) or pb < len(b_ids):
        ops.extend(dmp_ops(a_ids[pa:], b_ids[pb:], enc))
    return merge_ops(ops)


def merge_ops(ops: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge neighbouring runs of one op; within a change, deletions come first."""
    out: list[tuple[int, int]] = []
    dele = ins = 0
    for op, n in ops:
        if n <= 0:
            continue
        if op == EQUAL:
            if dele:
                out.append((DELETE, dele))
            if ins:
                out.append((INSERT, ins))
            dele = ins = 0
            if out and out[-1][0] == EQUAL:
                out[-1] = (EQUAL, out[-1][1] + n)
            else:
                out.append((EQUAL, n))
        elif op == DELETE:
            dele += n
        else:
            ins += n
    if dele:
        out.append((DELETE, dele))
    if ins:
        out.append((INSERT, ins))
    return out


MIN_KEPT = 5
"""An unchanged run of this many words is never merged into a change by the cleanup."""

_SENTENCE_END = re.compile("[.!?…\n]").search


def _sentence_break(t: Tokens, k: int) -> bool:
    """Does a sentence end just before token ``k`` of ``t``? At the start and the end of
    the text, and where the text between two words holds a full stop, a question or
    exclamation mark, an ellipsis or a line break."""
    return k <= 0 or k >= len(t) or _SENTENCE_END(t.text, t.ends[k - 1], t.starts[k]) is not None


def _walls(ops: Sequence[tuple[int, int]], a_side: tuple[Tokens, int] | None,
           b_side: tuple[Tokens, int] | None) -> bytes:
    """One byte per op: 1 for the equalities that the cleanup must leave as they are,
    those of :data:`MIN_KEPT` words or more and those that hold a whole sentence (a
    sentence break at both ends) in both texts, when their tokens are known."""
    out = bytearray(len(ops))
    pa = pb = 0
    if a_side is None or b_side is None:
        for k, (op, n) in enumerate(ops):
            if op == EQUAL and n >= MIN_KEPT:
                out[k] = 1
        return bytes(out)
    ta, a_first = a_side
    tb, b_first = b_side
    text, starts, ends, last = ta.text, ta.starts, ta.ends, len(ta) - 1
    for k, (op, n) in enumerate(ops):
        if op == EQUAL:
            if n >= MIN_KEPT:
                out[k] = 1
            elif n:
                # a's words pa.. and what lies around them: usually no sentence ends there
                i = a_first + pa
                if (i == 0 or i + n > last or _SENTENCE_END(text, ends[i - 1], starts[i + n]) is not None) \
                        and _holds_sentence(ta, i, n) and _holds_sentence(tb, b_first + pb, n):
                    out[k] = 1
            pa += n
            pb += n
        elif op == DELETE:
            pa += n
        else:
            pb += n
    return bytes(out)


def _holds_sentence(t: Tokens, first: int, n: int) -> bool:
    """Do tokens ``first .. first + n - 1`` hold a whole sentence (two sentence breaks
    among the n + 1 places around them)?"""
    return sum(_sentence_break(t, k) for k in range(first, first + n + 1)) >= 2


def semantic_cleanup(a_ids: Sequence[Hashable], b_ids: Sequence[Hashable], ops: Sequence[tuple[int, int]],
                     a_side: tuple[Tokens, int] | None = None,
                     b_side: tuple[Tokens, int] | None = None) -> list[tuple[int, int]]:
    """Run diff-match-patch's semantic cleanup over a word diff, but never over an
    unchanged run of :data:`MIN_KEPT` words or a whole unchanged sentence (``a_side``,
    ``b_side``: the tokens the ids were read from and the index of the first, when
    sentences are to be found).

    The library weighs an equality by its length, here in words, against the changes on
    either side, and turns it into a change when neither side is shorter: between a
    dropped paragraph and a reworded one, the unchanged 30-word paragraph between them
    showed as removed and added again. Those equalities are *walls*: the cleanup runs on
    the stretches between them, each on its own, and the walls stay as they are.

    In C when ``reader._native`` is there (same result, see reader/native/cleanup.c)."""
    if len(ops) <= 1:
        return merge_ops(ops)  # one run (a verbatim passage): nothing the cleanup could change
    walls = _walls(ops, a_side, b_side)
    a_text, b_text = encode_pair(a_ids, b_ids)
    if _native is not None:
        return merge_ops(_native.cleanup_semantic(a_text, b_text, ops, walls))
    out: list[tuple[int, int]] = []
    diffs: list[tuple[int, str]] = []
    pa = pb = 0
    for (op, n), wall in zip(ops, walls, strict=True):
        if wall:
            out += _cleaned(diffs)
            diffs = []
            out.append((op, n))
            pa += n
            pb += n
        elif op == INSERT:
            diffs.append((op, b_text[pb : pb + n]))
            pb += n
        else:
            diffs.append((op, a_text[pa : pa + n]))
            pa += n
            if op == EQUAL:
                pb += n
    out += _cleaned(diffs)
    return merge_ops(out)


def _cleaned(diffs: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """diff-match-patch's semantic cleanup of one stretch between walls, as (op, n)."""
    if not diffs:
        return []
    _dmp().diff_cleanupSemantic(diffs)
    return [(op, len(text)) for op, text in diffs]


def surface_diff(ta: Tokens, a_span: tuple[int, int], a_first: int,
                 tb: Tokens, b_span: tuple[int, int], b_first: int,
                 ops: Sequence[tuple[int, int]]) -> list[tuple[int, str]]:
    """Expand a word diff to the exact characters of both spans.

    ``a_span`` is the character span in ``ta.text`` and ``a_first`` the index of its
    first token (likewise for b). Each token carries the text up to the next token (its
    trailing space and punctuation). Words equal only after normalisation (case, quote
    style, Unicode form) and differing separators show as a removal plus an addition, so
    the result rebuilds both texts exactly. In C when ``reader._native`` is there (same
    result, see reader/native/surface.c).
    """
    if _native is not None:
        return _native.surface_diff(ta.text, ta.starts, ta.ends, a_span[0], a_span[1], a_first,
                                    tb.text, tb.starts, tb.ends, b_span[0], b_span[1], b_first, ops)
    a = _SpanReader(ta, a_span, a_first, sum(n for op, n in ops if op != INSERT))
    b = _SpanReader(tb, b_span, b_first, sum(n for op, n in ops if op != DELETE))
    out: list[tuple[int, str]] = []
    _emit_pair(out, a.lead(), b.lead())
    for op, n in ops:
        if op == DELETE:  # removed words and what follows each: one stretch of a's text
            _emit(out, DELETE, a.take(n))
        elif op == INSERT:
            _emit(out, INSERT, b.take(n))
        elif n > 1 and (chunk := a.stretch(n)) == b.stretch(n):
            # Fast path: a run of words whose text (separators included) is identical.
            _emit(out, EQUAL, chunk)
            a.skip(n)
            b.skip(n)
        else:
            for _ in range(n):  # equal words whose text differs (case, quotes, Unicode form)
                wa, sa = a.take_word()
                wb, sb = b.take_word()
                _emit_pair(out, wa, wb)
                _emit_pair(out, sa, sb)
    return _merge_text(out)


class _SpanReader:
    """Reads one side's span of text token by token, for :func:`surface_diff`: ``count``
    tokens from ``first``, the last of them running to the end of the span."""

    __slots__ = ("_end", "_k", "_lead_end", "_starts", "_stop", "_tokens")

    def __init__(self, tokens: Tokens, span: tuple[int, int], first: int, count: int) -> None:
        self._tokens = tokens
        self._starts = tokens.starts
        self._end = span[1]
        self._k = first
        self._stop = first + count
        self._lead_end = span[0], (tokens.starts[first] if count else span[1])

    def lead(self) -> str:
        """The text before the first token (all of the span when it has none)."""
        start, end = self._lead_end
        return self._tokens.text[start:end]

    def stretch(self, n: int) -> str:
        """The next ``n`` tokens with what follows each, without moving on."""
        k, starts = self._k, self._starts
        return self._tokens.text[starts[k] : starts[k + n] if k + n < self._stop else self._end]

    def take(self, n: int) -> str:
        """:meth:`stretch`, then move past those tokens."""
        k, starts = self._k, self._starts
        self._k = k + n
        return self._tokens.text[starts[k] : starts[k + n] if k + n < self._stop else self._end]

    def skip(self, n: int) -> None:
        self._k += n

    def take_word(self) -> tuple[str, str]:
        """The next token's word and the text that follows it; then move past it."""
        k, t = self._k, self._tokens
        nxt = self._starts[k + 1] if k + 1 < self._stop else self._end
        self._k = k + 1
        return t.text[self._starts[k] : t.ends[k]], t.text[t.ends[k] : nxt]


def _emit(out: list[tuple[int, str]], op: int, text: str) -> None:
    if text:
        out.append((op, text))


def _emit_pair(out: list[tuple[int, str]], a_text: str, b_text: str) -> None:
    """One side's text against the other's: kept when the same, else removed and added."""
    if a_text == b_text:
        _emit(out, EQUAL, a_text)
    else:
        _emit(out, DELETE, a_text)
        _emit(out, INSERT, b_text)


def mirror_diff(diff: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The diff seen from the other side: removals and additions swapped (and, within
    each change, the removed text listed first again). ``diff`` is as
    :func:`surface_diff` gives it, so this is ``_merge_text`` of the swapped diff, which
    would change nothing else (tests check it): each change's shared white space is
    already outside it and its equal neighbours already joined."""
    out = [(-op, text) for op, text in diff]
    for k in range(len(out) - 1):
        if out[k][0] == INSERT and out[k + 1][0] == DELETE:
            out[k], out[k + 1] = out[k + 1], out[k]
    return out


def _merge_text(diff: list[tuple[int, str]]) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    dele: list[str] = []
    ins: list[str] = []

    def equal(text: str) -> None:
        if not text:
            return
        if out and out[-1][0] == EQUAL:
            out[-1] = (EQUAL, out[-1][1] + text)
        else:
            out.append((EQUAL, text))

    def flush() -> None:
        if not dele and not ins:
            return
        d, i = "".join(dele), "".join(ins)
        dele.clear()
        ins.clear()
        # White space both sides share at the edges of a change is not part of it.
        lead = _common_space(d, i, 1) if d and i else 0
        tail = _common_space(d[lead:], i[lead:], -1) if d and i else 0
        equal(d[:lead])
        trailing = d[len(d) - tail :] if tail else ""
        d, i = d[lead : len(d) - tail], i[lead : len(i) - tail]
        if d:
            out.append((DELETE, d))
        if i:
            out.append((INSERT, i))
        equal(trailing)

    for op, text in diff:
        if op == EQUAL:
            flush()
            equal(text)
        elif op == DELETE:
            dele.append(text)
        else:
            ins.append(text)
    flush()
    return out


def _common_space(x: str, y: str, step: int) -> int:
    """Length of the white space shared at the start (step 1) or end (step -1) of x and y,
    never the whole of either."""
    n = 0
    limit = min(len(x), len(y)) - 1
    while n < limit:
        cx = x[n] if step == 1 else x[-1 - n]
        cy = y[n] if step == 1 else y[-1 - n]
        if cx != cy or not cx.isspace():
            break
        n += 1
    return n
