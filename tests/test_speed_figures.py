"""Where a figure may start, in C (``figure_starts`` in reader/native/names.c) against the
Python original (``reader.analysis.figures._figure_starts`` without the extension): the same
places for any text (digits of any script, currency signs, number words in any case, "a
dozen" and "a hundred" across white space, words glued to a letter, "_" or "-")."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.analysis import figures


def both(text: str) -> tuple[list[int], list[int]]:
    got = list(figures._figure_starts(text))
    saved = figures._native_starts
    figures._native_starts = None
    try:
        return got, list(figures._figure_starts(text))
    finally:
        figures._native_starts = saved


PIECES = ["one", "One", "ONE", "two", "twelve", "twenty", "thirty", "thirteen", "three", "fifty", "fifteen", "forty",
          "fort", "for", "four", "five", "six", "seven", "eight", "eleven", "nine", "ten", "zero", "dozen", "hundred",
          "a", "A", "an", "the", "this", "then", "often", "someone", "Tony", "$", "€", "£", "¥", "¢", "3", "12",
          "1,000", "٣", "٤٥", "３", "²", "½", "-", "_", "'", "é", "Ω", "ſ", "K", " ", " ", "  ", "\n", "\u00a0",
          "\u2003", "\t", ".", ",", "(", "“", "’", "\U0001d7d9"]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@settings(max_examples=500, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_the_same_starts_as_the_python_original(native, text):
    got, want = both(text)
    assert got == want


@settings(max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=120))
def test_any_text(native, text):
    got, want = both(text)
    assert got == want


def test_written_cases(native):
    for text in ["", "a", "a dozen", "a  \n hundred", "x-one", "x_one", "xone", "5one", "$5 and €10,000 or £3.5m",
                 "A Dozen eggs", "Thirteen of the 14 cars", "2024-25", "one١٢ three", "$$5", "5$5", "İstanbul one",
                 "ſix six", "ıone one", "Twenty-one", "KELVIN \u212a one"]:
        got, want = both(text)
        assert got == want, text


def test_the_words_fit_the_c_scan():
    """figure_starts reads each place's word by its first two letters: ASCII words of two
    letters or more, none the start of another (so that at most one starts at a place)."""
    words = figures._NUMBER_WORD_STARTS
    assert all(w.isascii() and len(w) >= 2 for w in words)
    assert not any(a != b and b.startswith(a) for a in words for b in words)


def test_the_figures_found_are_the_same(native):
    text = ("About a dozen of the 1,200 workers, some forty-two of them, earned $15.50 an hour; "
            "five or six vehicles and twenty-one judges, not one, met in 2024. Ten people, 3% and a hundred more.")
    got = figures.extract_figures(text)
    saved = figures._native_starts
    figures._native_starts = None
    try:
        assert figures.extract_figures(text) == got
    finally:
        figures._native_starts = saved
    assert [f.value for f in got][:3] == [12, 1200, 42]
