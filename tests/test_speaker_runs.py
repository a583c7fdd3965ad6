"""The capitalised runs of the speaker registry in C (``reader._native.speaker_runs``, in
reader/native/quotes.c) against the Python original, ``reader.analysis.speakers._cap_runs``:
the same capitalised words and runs for any sentence's words (capitals of any script,
connectors, function words, white space and blank lines between words). Without the
extension the tests are skipped (except on CI: see the ``native`` fixture)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.analysis import speakers

PIECES = ["The", "But", "of", "de", "van", "and", "for", "Mr.", "Gov.", "Ana", "Diaz", "Ólafur", "Žižek", "said",
          "told", "she", "Ministry", "Health", "bin", "al", "ǅemal", "ΑΘΗΝΑ", "el", "\ue000\ue000", "U.S.", "99"]
GAPS = [" ", "  ", "\n", "\n\n", " \n \n", "\t", "\u00a0", ", ", " (", ""]
sentences = st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(GAPS)), max_size=25).map(
    lambda parts: "".join(w + g for w, g in parts))


def check(native, text: str) -> None:
    toks = speakers.python_words(text, 0, len(text))
    want = speakers._cap_runs(text, toks)
    got = native.speaker_runs(text, toks, speakers._FROZEN_CONNECTORS, speakers._FROZEN_STOP_CAPS)
    assert got == want


@settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(sentences)
def test_random_sentences(native, text):
    check(native, text)


@settings(max_examples=100, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=120))
def test_any_text(native, text):
    check(native, text)


def test_written_cases(native):
    for text in ["The Ministry of Health and Ana Diaz of the Bank of Lisbon met.", "But Mr. Roe said.", "",
                 "Ana\n\nDiaz said", "Gov. Ana de la Cruz", "The", "said Rita bin al Sadr", "of Lima and"]:
        check(native, text)


def test_wired_in(native):
    assert speakers._native_runs is native.speaker_runs


def test_bad_words_are_refused(native):
    import pytest

    with pytest.raises(TypeError):
        native.speaker_runs("Ana", [(0, 3)], speakers._FROZEN_CONNECTORS, speakers._FROZEN_STOP_CAPS)
    with pytest.raises(ValueError):
        native.speaker_runs("Ana", [(0, 9, "Ana")], speakers._FROZEN_CONNECTORS, speakers._FROZEN_STOP_CAPS)
