"""The quote side's C (reader/native/quotes.c) against its Python originals: the capitalised
runs of the speaker registry (``reader._native.speaker_runs`` and
``reader.analysis.speaker_words.python_cap_runs``: the same capitalised words and runs for any sentence's
words: capitals of any script, connectors, function words, white space and blank lines
between words), and the sentences of the masked text (``quote_sentences`` and
``reader.analysis.quotes.python_sentences``: marks, closers, abbreviations, initials, what
may open a sentence). Without the extension the tests are skipped (except on CI: see the
``native`` fixture)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.analysis import speaker_words

PIECES = ["The", "But", "of", "de", "van", "and", "for", "Mr.", "Gov.", "Ana", "Diaz", "Ólafur", "Žižek", "said",
          "told", "she", "Ministry", "Health", "bin", "al", "ǅemal", "ΑΘΗΝΑ", "el", "\ue000\ue000", "U.S.", "99"]
GAPS = [" ", "  ", "\n", "\n\n", " \n \n", "\t", "\u00a0", ", ", " (", ""]
sentences = st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(GAPS)), max_size=25).map(
    lambda parts: "".join(w + g for w, g in parts))


def check(native, text: str) -> None:
    toks = speaker_words.python_words(text, 0, len(text))
    want = speaker_words.python_cap_runs(text, toks)
    got = native.speaker_runs(text, toks, speaker_words._FROZEN_CONNECTORS, speaker_words._FROZEN_STOP_CAPS)
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
    assert speaker_words._native_runs is native.speaker_runs


def test_bad_words_are_refused(native):
    import pytest

    with pytest.raises(TypeError):
        native.speaker_runs("Ana", [(0, 3)], speaker_words._FROZEN_CONNECTORS, speaker_words._FROZEN_STOP_CAPS)
    with pytest.raises(ValueError):
        native.speaker_runs("Ana", [(0, 9, "Ana")], speaker_words._FROZEN_CONNECTORS, speaker_words._FROZEN_STOP_CAPS)


# --- sentences (reader._native.quote_sentences against quotes.python_sentences) ---------------

SENTENCE_PIECES = ["Mr.", "U.S.", "J.", "A.b.C", "Jr.", "end.", "Why?", "No!", "so…", "wait...", "“Go.”", "(yes.)",
                   "it.’", "x.\"", "ok.)", "[a.]", "done.”.", "Gov.", "e.g.", "3.5", "Ana", "ana", "\ue000", "“Hi",
                   "‘a", "(b", "«c", "9", "Ω.", "ω", "de."]
SEPARATORS = [" ", "  ", "\n", "\n\n", "\t", "\u00a0", "\u2003", ""]
bodies = st.lists(st.tuples(st.sampled_from(SENTENCE_PIECES), st.sampled_from(SEPARATORS)), max_size=30).map(
    lambda parts: "".join(w + g for w, g in parts))


def check_sentences(native, text: str) -> None:
    from reader.analysis import quotes

    for paras in (quotes.paragraphs(text), [(0, len(text))], [(0, len(text) // 2), (len(text) // 2, len(text))]):
        want = quotes.python_sentences(text, paras)
        assert native.quote_sentences(text, paras, quotes._FROZEN_ABBREV, quotes._OPENS_NEXT) == want
        assert quotes.sentences(text, paras) == want


@settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(bodies)
def test_sentences_random(native, text):
    check_sentences(native, text)


@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list(".!?…\"”’')] \n\u00a0AaZ1.M" + "\ue000“")), max_size=60))
def test_sentences_marks(native, text):
    check_sentences(native, text)


def test_sentences_written_cases(native):
    for text in ["Mr. Roe met J. K. Lee in the U.S. on Monday. “Fine,” he said. Then?! (Yes.) 9 left…  ",
                 "", "   ", "No end", "A.B.C. Ana.\n\nNew para! x", "It’s done.’ Next.” Then.'\tMore."]:
        check_sentences(native, text)
