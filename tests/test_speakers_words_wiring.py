"""``reader.analysis.speaker_words.words`` runs in C when ``reader._native`` is there
(``speaker_words``); ``python_words`` is its fallback and must give the same words, for any
text and bounds, with either word pattern. (tests/test_native_speaker_words.py holds the C
function to ``words``; here the wired-in ``words`` is held to the Python original.) The same
for a sentence's capitalised words and runs: ``cap_runs`` (C's ``speaker_runs`` when it is
there) against ``python_cap_runs``."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.analysis import speaker_words

ALPHABET = ("ABJMSUabcdrsjt" "0123456789" "..,,_’'-‑" "  \n\t" "éß٣²½Ωж\ue000\u00a0" "“”\"()")
PIECES = ["Mr.", "Ms.", "Dr.", "Jr.", "III", "U.S.", "K.", "A.B.", "Gov.", "Rep.", "noted.", "7.25", "12,500", "9.",
          "D’Arcy", "vice-chair", "i.e.", "a_b", "_z", "\ue000\ue000", "Ave.", "Co.", "done."]
texts = st.lists(st.one_of(st.text(alphabet=ALPHABET, max_size=10), st.sampled_from(PIECES)),
                 max_size=30).map(" ".join)


def check(text: str, lo: int, hi: int) -> None:
    want = speaker_words.python_words(text, lo, hi)
    assert speaker_words.python_words(text, lo, hi, speaker_words.word_pattern(text)) == want
    assert speaker_words.words(text, lo, hi) == want
    assert speaker_words.words(text, lo, hi, speaker_words.word_pattern(text)) == want
    assert speaker_words.cap_runs(text, want) == speaker_words.python_cap_runs(text, want)


def test_native_is_wired_in(native) -> None:
    assert speaker_words._native_words is native.speaker_words
    assert speaker_words._native_runs is native.speaker_runs


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.integers(0, 200), st.integers(-3, 220))
def test_words_equal_python(text: str, lo: int, hi: int) -> None:
    check(text, lo, hi)
    check(text, 0, len(text))


def test_written_cases() -> None:
    for text in ["Ms. Lane, 51, left. Gov. K. Marsh of the U.S. met Dr. Vale.", "It cost $12,500.75 on 7.25. fine",
                 "Rep. D’Arcy-Lowe's vice-chair_ a_b ½ ٣٤. Ave.", "\ue000\ue000 noted Holt Jr. and Co."]:
        check(text, 0, len(text))
        check(text, 3, len(text) - 2)
