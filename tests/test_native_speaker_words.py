"""The C word pass for the speaker registry (``reader._native.speaker_words``, in
reader/native/names.c) against ``reader.analysis.speaker_words.python_words``, the Python
fallback (``speaker_words.words`` itself calls the C function when it is there).

``speaker_words(text, lo, hi, keep)`` must give the (start, end, word) triples
``python_words`` gives, for any text and any bounds: letters and digits of any script, underscores, full
stops (initials, abbreviations the registry keeps, a sentence's last word), commas in
numbers, apostrophes and hyphens, the blanked-out quotations' FILL character. Without the
extension the tests are skipped (except on CI: see the ``native`` fixture).
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.analysis import speaker_lexicon, speaker_words


def keep() -> frozenset[str]:
    """The words whose final full stop ``python_words`` keeps (besides initials)."""
    lexicon = speaker_lexicon
    return frozenset(lexicon.SUFFIXES) | frozenset(lexicon.TITLES) | frozenset(lexicon.HONORIFICS)


def check(native, text: str, lo: int, hi: int) -> None:
    got = native.speaker_words(text, lo, hi, keep())
    assert got == speaker_words.python_words(text, lo, hi)
    assert got == speaker_words.python_words(text, lo, hi, speaker_words.word_pattern(text))


ALPHABET = ("ABJMSUabcdrsjt" "0123456789" "..,,_’'-‑" "  \n\t" "éß٣²½Ωж\ue000\u00a0" "“”\"()")
PIECES = ["Mr.", "Mrs.", "Dr.", "Jr.", "Sr.", "U.S.", "J.", "A.B.", "Gov.", "Sen.", "said.", "3.5", "1,000", "2.",
          "O’Neil", "co-chair", "e.g.", "x_y", "_a", "\ue000\ue000", "St.", "Inc.", "end."]
texts = st.lists(st.one_of(st.text(alphabet=ALPHABET, max_size=10), st.sampled_from(PIECES)),
                 max_size=30).map(" ".join)


@settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.integers(0, 200), st.integers(-3, 220))
def test_random_texts(native, text, lo, hi):
    check(native, text, lo, hi)
    check(native, text, 0, len(text))


@settings(max_examples=100, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=120))
def test_any_text(native, text):
    check(native, text, 0, len(text))


def test_written_cases(native):
    for text in ["Mr. Smith, 42, said. Sen. J. Doe of the U.S. met Rep. Roe.", "It cost $1,000.50 on 3.5. ok",
                 "Dr. O’Neil-Smith's co-chair_ x_y ½ ٣٤. Gov.", "\ue000\ue000 said Jones."]:
        check(native, text, 0, len(text))
        check(native, text, 4, len(text) - 3)


def test_bundled_articles(native):
    from reader.analysis.sentences import sentence_spans
    from reader.library.loading import load_library
    from reader.library.resources import bundled_articles_dir

    for article in load_library([bundled_articles_dir()]).articles:
        body = article.body
        check(native, body, 0, len(body))
        for s, e in sentence_spans(body):
            check(native, body, s, e)
