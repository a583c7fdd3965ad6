"""The aligner's worst case: near-identical sentences, shuffled on one side.

Every window of one text then nearly matches many of the other, and extension used to
run each passage on through all the others (quadratic: 2,000 sentences took 45 s).
The work is counted, not timed: extension windows and words checked for overlap must
grow about linearly with the text, on the Python path (``align.WORK``) and the native
one (``reader._native.align_work()``), which must also agree on the passages. And each
stretch of either text is reported in one passage at most (a repeat goes to
``also_at``).
"""

from __future__ import annotations

import itertools
from random import Random

import pytest

from reader.engine import align
from reader.engine.compare import compare_texts
from reader.text.tokens import tokenize


def repetitive(n: int, seed: str = "worst") -> tuple[str, str]:
    sentences = [f"The quick brown fox jumps over the lazy dog. Item {i}." for i in range(n)]
    shuffled = list(sentences)
    Random(f"{seed}-{n}").shuffle(shuffled)
    return " ".join(sentences), " ".join(shuffled)


def python_work(n: int) -> tuple[int, int]:
    a, b = repetitive(n)
    saved = align._native
    align._native = None
    align.WORK.clear()
    try:
        align.align(tokenize(a), tokenize(b))
    finally:
        align._native = saved
    return align.WORK["extend_steps"], align.WORK["overlap_words"]


def native_work(n: int) -> tuple[int, int]:
    a, b = repetitive(n)
    before = align._native.align_work()
    align.align(tokenize(a), tokenize(b))
    after = align._native.align_work()
    return after[0] - before[0], after[1] - before[1]


def grows_linearly(small: tuple[int, int], large: tuple[int, int]) -> bool:
    """4× the sentences, at most about 4× the work (5× allows for the shuffle)."""
    return all(few > 0 and many <= 5 * few for few, many in zip(small, large, strict=True))


def test_python_work_grows_linearly():
    small, large = python_work(150), python_work(600)
    assert grows_linearly(small, large), (small, large)


@pytest.mark.skipif(align._native is None, reason="reader._native is not built")
def test_native_work_grows_linearly_and_matches_python():
    small, large = native_work(300), native_work(1200)
    assert grows_linearly(small, large), (small, large)
    assert native_work(150) == python_work(150)


def test_passages_are_one_to_one():
    a, b = repetitive(200)
    result = compare_texts(a, b)
    assert result.b_shared > 0.8
    for side in "ab":
        spans = sorted((getattr(p, f"{side}_start"), getattr(p, f"{side}_end")) for p in result.passages)
        assert all(e <= s for (_, e), (s, _) in itertools.pairwise(spans)), side


def test_a_repeated_stretch_is_reported_once_with_its_repeat():
    story = ("The harbour council of Westmere voted on Tuesday night to close the old ferry pier for repairs, "
             "ending months of argument over who should pay for the work on its rotten wooden piles.")
    a = "Opening words that are only here. " + story + " Closing words of the first article alone."
    b = ("Some other opening of this second article. " + story + " A paragraph between the two copies "
         "that says something else entirely about the weather. " + story + " The end of it.")
    result = compare_texts(a, b)
    assert len(result.passages) == 1
    p = result.passages[0]
    assert len(p.also_at) == 1
    side, start, end = p.also_at[0]
    assert side == "b"
    assert b[start:end] == p.b_text and start > p.b_end
    assert p.to_json()["also_at"] == [{"b_start": start, "b_end": end}]
    mirrored = compare_texts(b, a)
    assert mirrored.to_json() == result.mirrored().to_json()
    assert mirrored.passages[0].also_at == (("a", start, end),)
