"""The words of a span and the quoted words (reader.analysis.word_ranges) are one reading:
a word belongs to a stretch when it starts inside it; provenance's quoted words
(SharedWords) and a passage's quoted share (QuotedWords.share) agree on it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.quoted_passages import QuotedWords
from reader.analysis.word_ranges import quoted_words, words_between
from reader.text.tokens import tokenize

_TEXT = st.lists(st.sampled_from(["Lee", "said", "“the", "plan", "fails,”", "and", " ", "\n", "it’s", "“no.”"]),
                 max_size=20).map(" ".join)


def _quotes(text: str) -> list[tuple[int, int]]:
    """The stretches inside “…” (no nesting), as the quote finder gives them."""
    spans, at = [], text.find("“")
    while at >= 0:
        close = text.find("”", at + 1)
        if close < 0:
            break
        spans.append((at + 1, close))
        at = text.find("“", close)
    return spans


@settings(max_examples=300, deadline=None, derandomize=True)
@given(_TEXT, st.integers(0, 120), st.integers(0, 120))
def test_words_between_are_the_words_starting_inside(text, a, b):
    starts = tokenize(text).starts
    lo, hi = min(a, b), max(a, b)
    assert list(words_between(starts, lo, hi)) == [k for k, s in enumerate(starts) if lo <= s < hi]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(_TEXT, st.integers(0, 120), st.integers(0, 120))
def test_quoted_share_counts_the_quoted_words(text, a, b):
    starts, spans = tokenize(text).starts, _quotes(text)
    quoted = quoted_words(starts, spans)
    assert quoted == {k for k, s in enumerate(starts) if any(qs <= s < qe for qs, qe in spans)}
    lo, hi = min(a, b), max(a, b)
    words = words_between(starts, lo, hi)
    want = len(quoted.intersection(words)) / len(words) if words else 0.0
    assert QuotedWords(starts, spans).share(lo, hi) == want
