"""Sport's words counted in C (``word_hits`` in reader/native/names.c) against the Python
original (``reader.analysis.entity_cues._sport_words`` without the extension): the same count
for any text and any ``enough`` (word characters of any script on either side, "_", hyphens
and "home run" across a space, a form inside a longer form)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.analysis import entity_cues


def both(text: str, enough: int) -> tuple[int, int]:
    got = entity_cues._sport_words(text, enough)
    saved = entity_cues._native_hits
    entity_cues._native_hits = None
    try:
        return got, entity_cues._sport_words(text, enough)
    finally:
        entity_cues._native_hits = saved


PIECES = ["beat", "beats", "Beat", "draw", "drew", "goal", "goals", "goalless", "try", "tries", "home run", "home",
          "run", "half-time", "halftime", "half", "semi-final", "semifinal", "kick-off", "kickoff", "coach", "coaches",
          "penalty", "league", "x", "é", "Ω", "_", "-", "3", "٣", " ", "  ", "\n", "\u00a0", ".", ",", "’", "'s"]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@settings(max_examples=500, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.integers(-1, 8))
def test_the_same_count_as_the_python_original(native, text, enough):
    got, want = both(text, enough)
    assert got == want


@settings(max_examples=100, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=120), st.integers(0, 5))
def test_any_text(native, text, enough):
    got, want = both(text, enough)
    assert got == want


def test_written_cases(native):
    cases = [("", 4, 0), ("beat", 4, 1), ("beats beat beaten", 9, 2), ("_beat beat_ xbeat", 4, 0),
             ("the home run, the half-time score; semi-final", 9, 3), ("goal goal goal goal goal", 4, 4),
             ("coach٣ ٣coach écoach coaché", 4, 0), ("beat-up re-draw", 4, 2), ("draw", 0, 1)]
    for text, enough, count in cases:
        assert both(text, enough) == (count, count), text


def test_the_forms_fit_the_c_scan():
    forms = entity_cues._SPORT_FORMS
    assert all(f.isascii() and len(f) >= 2 and f[0].isalpha() for f in forms)
