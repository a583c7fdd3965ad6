"""Compare two articles: their shared passages, word diffs, kinds and shares.

This turns the token alignments of :mod:`reader.engine.align` into what people and scripts
see: character spans into each body, the exact texts, a ``kind``, a similarity figure
and the word diff of each passage, plus how much of each article lies in passages.

Kinds:

``verbatim``
    every word the same (after normalising case, quote style and Unicode form);
``rewritten``
    a copy with many word swaps: at least ``REWRITE_SWAPS`` of its words replaced by
    others (at most ``SWAP_RUN`` words at one place: a sentence dropped beside a line
    added is no swap), the mark of a paraphrasing tool or a heavy rewrite;
``edited``
    anything in between: words or sentences added, cut or changed here and there.
"""

from __future__ import annotations

import bisect
import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from reader.engine.align import align, canonical_order
from reader.engine.alignment import Alignment
from reader.engine.change_kinds import case_changes, style_changes
from reader.engine.edit_boundaries import slide_to_sentences
from reader.engine.islands import with_islands
from reader.engine.moves import find_moves
from reader.engine.wordiff import DELETE, EQUAL, INSERT, mirror_diff, semantic_cleanup, surface_diff
from reader.text.tokens import Tokens, tokenize

KINDS = ("verbatim", "edited", "rewritten")
INSERT_SHARE_WORDS = 12     # a one-sided stretch this long inside a passage is not shared text
REWRITE_SWAPS = 0.10
SWAP_RUN = 6                # words replaced at one place, at most, that count as swaps

_OPENERS = "\"'“‘«‹([{¿¡"
_CLOSERS = "\"'”’»›)]}.,;:!?…"


@dataclass(frozen=True, slots=True)
class Passage:
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    a_text: str
    b_text: str
    kind: str
    similarity: float
    a_words: int
    b_words: int
    diff: list[tuple[int, str]]
    also_at: tuple[tuple[str, int, int], ...] = ()
    """Other places that carry this passage's words again: ("b", start, end) is a stretch
    of B that matches the A text too, ("a", start, end) one of A that matches the B text
    (character offsets, end exclusive). The passage itself is reported once."""
    moved: tuple[tuple[int, int, int, int], ...] = ()
    """Words this passage's diff removes or adds that the other text has elsewhere, word
    for word: (a_start, a_end, b_start, b_end) of each such stretch (see
    :mod:`reader.engine.moves`). They were moved, not deleted and written again."""
    quotation: bool = False
    """Both sides lie inside quotation marks: two texts quoting one speaker, which is not
    evidence that one copied the other. Set by :mod:`reader.analysis.quoted_passages` (the
    engine does not read quotation marks); False from :func:`compare_texts` alone."""
    inserts: tuple[tuple[str, int, int], ...] = ()
    """Stretches of one side only inside the passage, of ``INSERT_SHARE_WORDS`` words or
    more with nothing of the other side against them: ("b", start, end) is text B added
    (a local paragraph, a caption) between words both keep, ("a", …) text A has that B
    dropped. They are shown in the passage, and are not shared text: the shares leave
    them out (:func:`shared_tokens`)."""

    def mirrored(self) -> Passage:
        also_at = tuple(sorted(("b" if side == "a" else "a", s, e) for side, s, e in self.also_at))
        moved = tuple((bs, be, as_, ae) for as_, ae, bs, be in self.moved)
        inserts = tuple(sorted(("b" if side == "a" else "a", s, e) for side, s, e in self.inserts))
        return Passage(self.b_start, self.b_end, self.a_start, self.a_end, self.b_text, self.a_text, self.kind,
                       self.similarity, self.b_words, self.a_words, mirror_diff(self.diff), also_at, moved,
                       self.quotation, inserts)

    def to_json(self) -> dict:
        return {
            "a_start": self.a_start,
            "a_end": self.a_end,
            "b_start": self.b_start,
            "b_end": self.b_end,
            "a_text": self.a_text,
            "b_text": self.b_text,
            "kind": self.kind,
            "similarity": round(self.similarity, 4),
            "a_words": self.a_words,
            "b_words": self.b_words,
            "diff": [[op, text] for op, text in self.diff],
            "case_changes": case_changes(self.diff),
            "style_changes": style_changes(self.diff),
            "also_at": [{f"{side}_start": s, f"{side}_end": e} for side, s, e in self.also_at],
            "moved": [{"a_start": m[0], "a_end": m[1], "b_start": m[2], "b_end": m[3]} for m in self.moved],
            "quotation": self.quotation,
            "inserts": [{f"{side}_start": s, f"{side}_end": e} for side, s, e in self.inserts],
        }


@dataclass(frozen=True)
class Comparison:
    passages: list[Passage]
    a_words: int
    b_words: int
    a_shared: float
    b_shared: float
    counts: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict:
        return {
            "a_words": self.a_words,
            "b_words": self.b_words,
            "a_shared": round(self.a_shared, 4),
            "b_shared": round(self.b_shared, 4),
            "counts": dict(self.counts),
            "passages": [p.to_json() for p in self.passages],
        }

    def mirrored(self) -> Comparison:
        """The same comparison seen from the other article."""
        passages = sorted((p.mirrored() for p in self.passages), key=lambda p: (p.a_start, p.b_start))
        return Comparison(passages, self.b_words, self.a_words, self.b_shared, self.a_shared, dict(self.counts))

    def summary(self, a_label: str = "A", b_label: str = "B") -> str:
        n = len(self.passages)
        parts = [f"{b_label} shares {self.b_shared:.0%} of its words with {a_label}",
                 f"{n} passage{'s' if n != 1 else ''}"]
        parts += [f"{c} {k}" for k, c in self.counts.items() if c]
        quoted = sum(p.quotation for p in self.passages)
        if quoted:
            parts.append(f"{quoted} quoted by both")
        return " · ".join(parts)


def compare_texts(a: str, b: str) -> Comparison:
    return compare_tokens(tokenize(a), tokenize(b))


def compare_tokens(ta: Tokens, tb: Tokens) -> Comparison:
    """Compare two tokenised texts. The work is always done in one canonical order of
    the pair, so compare(b, a) is exactly compare(a, b) mirrored, word diffs included."""
    with _gc_paused():
        if canonical_order(ta, tb):
            return _compare(ta, tb)
        return _compare(tb, ta).mirrored()


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: comparing long texts allocates hundreds of
    thousands of small tuples and no reference cycles, and collection passes triggered
    by those allocations took over half the time (reference counting still frees
    everything as usual)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _compare(ta: Tokens, tb: Tokens) -> Comparison:
    passages = [_passage(ta, tb, al) for al in with_islands(ta, tb, align(ta, tb))]
    passages = [replace(p, moved=moved, also_at=_not_moved(p.also_at, moved)) if moved else p
                for p, moved in zip(passages, find_moves(passages, ta, tb), strict=True)]
    counts = {k: 0 for k in KINDS}
    for p in passages:
        counts[p.kind] += 1
    return Comparison(
        passages=passages,
        a_words=len(ta),
        b_words=len(tb),
        a_shared=_share(len(ta), list(_token_spans(passages, ta, "a"))),
        b_shared=_share(len(tb), list(_token_spans(passages, tb, "b"))),
        counts=counts,
    )


def _not_moved(also_at: tuple[tuple[str, int, int], ...],
               moved: tuple[tuple[int, int, int, int], ...]) -> tuple[tuple[str, int, int], ...]:
    """``also_at`` without the stretches the passage's moves account for: words the
    passage's diff removes on one side and the other text has elsewhere were moved there,
    not repeated (the aligner notes them as a repeat when it drops their second
    alignment). A stretch goes when moved words cover at least half of it."""
    def covered(side: str, start: int, end: int) -> bool:
        spans = [(m[2], m[3]) if side == "b" else (m[0], m[1]) for m in moved]
        inside = sum(max(0, min(end, e) - max(start, s)) for s, e in spans)
        return 2 * inside >= end - start

    return tuple(x for x in also_at if not covered(*x))


def _passage(ta: Tokens, tb: Tokens, al: Alignment) -> Passage:
    a_span = _widen(ta, al.a_first, al.a_last)
    b_span = _widen(tb, al.b_first, al.b_last)
    # the words' normal forms serve as ids: equal forms, equal characters for the diff
    ops = semantic_cleanup(ta.norms[al.a_first : al.a_last + 1], tb.norms[al.b_first : al.b_last + 1], al.ops,
                           (ta, al.a_first), (tb, al.b_first))
    ops = slide_to_sentences(ops, ta, al.a_first, tb, al.b_first)
    diff = surface_diff(ta, a_span, al.a_first, tb, b_span, al.b_first, ops)
    return Passage(
        a_start=a_span[0], a_end=a_span[1], b_start=b_span[0], b_end=b_span[1],
        a_text=ta.text[a_span[0] : a_span[1]], b_text=tb.text[b_span[0] : b_span[1]],
        kind=_kind(al), similarity=al.similarity, a_words=al.a_len, b_words=al.b_len, diff=diff,
        also_at=tuple(sorted(("a", *_widen(ta, first, last)) if side == 0 else ("b", *_widen(tb, first, last))
                             for side, first, last in al.also_at)),
        inserts=tuple(("a", ta.starts[f], ta.ends[la]) if side == "a" else ("b", tb.starts[f], tb.ends[la])
                      for side, f, la in _one_sided_runs(al)),
    )


def _one_sided_runs(al: Alignment) -> list[tuple[str, int, int]]:
    """(side, first, last) token indexes of the runs of the alignment's ops that remove
    or add ``INSERT_SHARE_WORDS`` words or more with no change of the other side beside
    them: words one side has between words both keep."""
    out: list[tuple[str, int, int]] = []
    i, j = al.a_first, al.b_first
    ops = al.ops
    for k, (op, n) in enumerate(ops):
        alone = all(ops[m][0] in (EQUAL, op) for m in (k - 1, k + 1) if 0 <= m < len(ops))
        if op == DELETE:
            if alone and n >= INSERT_SHARE_WORDS:
                out.append(("a", i, i + n - 1))
            i += n
        elif op == INSERT:
            if alone and n >= INSERT_SHARE_WORDS:
                out.append(("b", j, j + n - 1))
            j += n
        else:
            i, j = i + n, j + n
    return out


def _kind(al: Alignment) -> str:
    if all(op == EQUAL for op, _ in al.ops) and al.a_len == al.b_len:
        return "verbatim"
    swaps = 0
    dele = ins = 0
    for op, n in [*al.ops, (EQUAL, 0)]:
        if op == DELETE:
            dele += n
        elif op == INSERT:
            ins += n
        else:
            # a word or a phrase replaced by another is a swap; a block cut beside a block
            # added (a sentence dropped, a "READ MORE" line put in) is an edit
            swaps += min(dele, ins) if min(dele, ins) <= SWAP_RUN else 0
            dele = ins = 0
    if swaps >= 3 and swaps >= REWRITE_SWAPS * (al.a_len + al.b_len) / 2:
        return "rewritten"
    return "edited"


def _widen(t: Tokens, first: int, last: int) -> tuple[int, int]:
    """Character span of tokens first..last, widened over the opening punctuation just
    before the first word and the closing punctuation just after the last."""
    text = t.text
    start, end = t.starts[first], t.ends[last]
    floor = t.ends[first - 1] if first > 0 else 0
    while start > floor and text[start - 1] in _OPENERS:
        start -= 1
    ceiling = t.starts[last + 1] if last + 1 < len(t) else len(text)
    while end < ceiling and text[end] in _CLOSERS:
        end += 1
    return start, end


def _token_spans(passages: list[Passage], t: Tokens, side: str) -> Iterator[tuple[int, int]]:
    for p in passages:
        yield from shared_tokens(p, t.starts, side)


def shared_tokens(p: Passage, starts: Sequence[int], side: str) -> Iterator[tuple[int, int]]:
    """The token ranges (first, end exclusive) of side ``side`` of the passage that are
    shared text: its span, less the stretches of that side only (:attr:`Passage.inserts`)."""
    lo, hi = (p.a_start, p.a_end) if side == "a" else (p.b_start, p.b_end)
    first, end = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
    for s, e in sorted((s, e) for x, s, e in p.inserts if x == side):
        cut = bisect.bisect_left(starts, s)
        if cut > first:
            yield first, cut
        first = max(first, bisect.bisect_left(starts, e))
    if end > first:
        yield first, end


def _share(total: int, spans: list[tuple[int, int]]) -> float:
    if not total:
        return 0.0
    covered = 0
    last = 0
    for s, e in sorted(spans):
        s = max(s, last)
        if e > s:
            covered += e - s
            last = e
    return covered / total
