"""Word diffs of hostile quotes: a quotation mark opened and never closed makes one quote
of a whole article, and two such quotes were diffed word by word by diff-match-patch's
bisection in Python, O(N·D) (3.6 s for two 40,000-word quotes 1,000 words apart). With
``reader._native`` the same diff runs in C (every text here is invented)."""

from __future__ import annotations

import random

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from reader.analysis.quote_match import word_diff
from reader.engine import wordiff


def _python_ops(a: list[int], b: list[int]) -> list[tuple[int, int]]:
    enc = wordiff.Encoder()
    return [(op, len(t)) for op, t in wordiff._dmp().diff_main(enc.encode(a), enc.encode(b), False)]


def test_a_long_quote_is_diffed_without_the_python_bisection(native, monkeypatch) -> None:
    rng = random.Random(5)
    words = [f"w{rng.randrange(300)}" for _ in range(4000)]
    edited = [w if k % 40 else "changed" for k, w in enumerate(words)]
    want = word_diff(" ".join(words), " ".join(edited))

    def refuse() -> None:
        raise AssertionError("diff-match-patch's Python bisection was used")

    monkeypatch.setattr(wordiff, "_dmp", refuse)
    assert word_diff(" ".join(words), " ".join(edited)) == want
    assert sum(1 for op, _ in want if op == wordiff.INSERT) == 100


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(0, 6), max_size=40), st.lists(st.integers(0, 6), max_size=40))
def test_dmp_ops_gives_the_python_diff(native, a: list[int], b: list[int]) -> None:
    assume(a and b and not len(a) == 1 == len(b) and not set(a).isdisjoint(b))  # cases dmp_ops answers itself
    assert wordiff.dmp_ops(a, b) == _python_ops(a, b)
