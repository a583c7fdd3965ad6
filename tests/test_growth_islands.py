"""Islands of a hostile text: a run of words repeated thousands of times (one word over
and over) is left out before its places in the two texts are paired, so the work grows
with the places, not with their product (every text here is invented)."""

from __future__ import annotations

import builtins

from reader.engine import islands
from reader.engine.compare import compare_texts


def test_a_word_repeated_thousands_of_times_pairs_no_places(monkeypatch) -> None:
    calls = 0

    def counting_len(x) -> int:  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return builtins.len(x)

    monkeypatch.setattr(islands, "len", counting_len, raising=False)
    words = ["buffalo"] * 3000
    a = " ".join(words)
    b = " ".join(w if k % 97 else "bison" for k, w in enumerate(words))
    comparison = compare_texts(a, b)
    assert comparison.passages
    # before, the test of each run's count ran for every pair of places: 3,000 x 3,000
    assert calls < 50 * len(words)
