"""The C entity tokenizer (reader/native/names.c) against the Python original.

``reader.analysis.name_chunks.tokenize`` makes its tokens in C when ``reader._native`` is in
use; the Python original (``name_tokens._tokenize``, the split by ``_TOKEN_SPLIT_RE``) must give
the same tokens, field for field (start, text, source, sentence-initial, inside a date), and
leave the same distinct words in ``shared`` in the same order, for any text: initials,
abbreviations, joined words, Unicode letters, digits and white space, opening marks, dates.
Without the extension the tests are skipped (except on CI: see the ``native`` fixture).
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.analysis import name_chunks, name_tokens
from reader.analysis.dates import DateMention, find_dates
from reader.analysis.sentences import sentence_spans


def both(text: str, dates: list[DateMention], sentences: list[tuple[int, int]] | None, known: tuple[str, ...] = ()):
    """(tokens, shared words, lower-case words) with the C tokenizer, then with the Python one
    (``known``: words in ``shared`` before)."""
    native_shared, native_lower = {w: w for w in known}, set()
    got = name_chunks.tokenize(text, dates, sentences, native_shared, native_lower)
    saved = name_tokens._name_tokens
    name_tokens._name_tokens = None
    try:
        python_shared, python_lower = {w: w for w in known}, set()
        want = name_chunks.tokenize(text, dates, sentences, python_shared, python_lower)
    finally:
        name_tokens._name_tokens = saved
    return (got, list(native_shared), native_lower), (want, list(python_shared), python_lower)


def check(text: str, dates: list[DateMention] | None = None, sentences: list[tuple[int, int]] | None = None,
          known: tuple[str, ...] = ()) -> None:
    (got, got_words, got_lower), (want, want_words, want_lower) = both(
        text, find_dates(text) if dates is None else dates, sentences, known)
    assert [tuple(t) for t in got] == [tuple(t) for t in want]
    assert all(type(t) is name_chunks.Tok for t in got)
    # each token keeps its text without a possessive "’s" / "'s"
    assert all(t.bare == name_chunks.bare_of(t.text) for t in got)
    assert got_words == want_words
    assert got_lower == want_lower
    if not known:       # the words the text writes in lower case, as entities read them before
        assert got_lower == {w.lower() for w in got_words if w[0].islower()}
    # equal words share one string, the one ``shared`` holds
    assert all(t.text is got_words[got_words.index(t.text)] for t in got)


# the characters the token rules look at: capitals, small letters, full stops, joiners,
# white space with and without line breaks, opening marks, other letters and digits
ALPHABET = ("ABCDJMSRGLCPHIBUZ" "abcdefrsnotlpgz" "......" "’'-‑_" "  \t\n\u00a0\u2028\u3000"
            "“”\"‘(—–:,;!?" "éÉßΩж一٣²½0123456789" "\u0301\U0001d400")
ABBREVIATIONS = ["Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Jr.", "Sr.", "Rep.", "Sen.", "Gov.", "Gen.", "Lt.", "Col.",
                 "Sgt.", "Capt.", "Prof.", "Rev.", "Hon.", "Inc.", "Corp.", "Co.", "Ltd.", "Bros.", "Mrs", "Co",
                 "U.S.", "D.C.", "A.", "J. ", "Jan. 5, 2024", "May 3", "\n", " ", "O’Neil", "al-Assad", "said",
                 "“Yes,” ", "\"No\" ", ' "', "(", "— ", "Sept. 11", "2019"]

texts = st.lists(st.one_of(st.text(alphabet=ALPHABET, max_size=12), st.sampled_from(ABBREVIATIONS)),
                 max_size=40).map("".join)


@settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_random_texts(native, text):
    check(text)


@settings(max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.lists(st.tuples(st.integers(0, 300), st.integers(0, 40)), max_size=6),
       st.lists(st.integers(0, 300), max_size=8))
def test_given_dates_and_sentences(native, text, spans, starts):
    """Dates that overlap or touch, and sentence starts anywhere (even between tokens)."""
    dates = [DateMention(start=a, end=a + n, text=text[a:a + n], name="", value="") for a, n in spans]
    sentences = [(s, s + 1) for s in starts]
    check(text, dates, sentences)


@settings(max_examples=100, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_any_text(native, text):
    check(text)


@settings(max_examples=100, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.lists(st.sampled_from(["said", "the", "Anna", "élan", "ünd", "x", "mIxEd"]), max_size=4))
def test_words_known_before(native, text, known):
    """Only the words new to ``shared`` are lowered into ``lower``."""
    check(text, known=tuple(dict.fromkeys(known)))


def test_written_cases(native):
    for text in ["", " ", "\n\n", "U.S. Sen. J. Doe met Mr. and Mrs. Roe of Acme Corp. and Bros. Inc.",
                 "A. B. C. the A.B.C.D. and A.\nB and A. b and A.  Bc", "“Quote” (aside) — she said: \"Yes\" x\"y",
                 "rock-’n’-roll al-Kabariti O'Neil's e‑mail don’t 3.5 1,000 _x_",
                 "Jan. 5, 2024 and on May 3 the Sept. 11 report", "Colonel Col. Co. Corp Corp. Capt.Cap.",
                 "iPhone eBay mIxEd ǅungla ǆ ßtraße éLAN ΣΑΣ σας ﬁne ɐbc"]:
        check(text)
        check(text, [], sentence_spans(text))


# --- the runs of name words (find_chunks) ----------------------------------------------

def runs_both(toks: list[name_chunks.Tok]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    got = name_chunks._name_runs(toks)
    saved = name_chunks._native_runs
    name_chunks._native_runs = None
    try:
        return got, name_chunks._name_runs(toks)
    finally:
        name_chunks._native_runs = saved


# the words the run rules look at: names, possessives, particles, connectors, "the" after "of",
# ", D.C.", months and capitals' function words, prefixed family names, line breaks
WORDS = ["Anna", "Bay", "Acme", "Corp.", "U.S.", "Ng", "Émile", "Ωmega", "Anna’s", "Bay's", "van", "der", "de", "la",
         "bin", "al", "of", "for", "and", "&", "on", "the", "The", ",", "D.C.", "D.C", "Sept", "Sept’s", "May",
         "October", "AT", "IN", "THE", "al-Assad", "el’Sisi", "ash-Shara", "d'Arc", "al-", "abu-x", "said", "in",
         ".", "“", "\n", "\n\n", "3", "X", "A.", "Jan. 5", "2024", "Mc", "O’Neil"]
SEPARATORS = [" ", " ", " ", "", "\n", "  ", "\u00a0"]

# (the small words that join names drawn more often, so that runs of them come up)
word_texts = st.lists(st.tuples(st.one_of(st.sampled_from(WORDS), st.sampled_from(WORDS[:6] + WORDS[10:20])),
                                st.sampled_from(SEPARATORS)), min_size=3, max_size=80).map(
    lambda pairs: "".join(w + s for w, s in pairs))


@settings(max_examples=500, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(word_texts)
def test_name_runs(native, text):
    toks = name_chunks.tokenize(text, find_dates(text), None, {})
    got, want = runs_both(toks)
    assert got == want


@settings(max_examples=100, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_name_runs_any_tokens(native, text):
    toks = name_chunks.tokenize(text, find_dates(text), None, {})
    got, want = runs_both(toks)
    assert got == want


def test_name_runs_written(native):
    for text in ["Immigration and Customs Enforcement of the United States met Nikolaus van der Pas",
                 "Washington, D.C. and the Bank of England’s chief, Abd al Aziz; Sept 7 Yeltsin",
                 "TORONTO AT CHICAGO\nJohn\nSmith al-Kabariti and O'Neil's Acme Corp. & Sons of the"]:
        toks = name_chunks.tokenize(text, find_dates(text), None, {})
        got, want = runs_both(toks)
        assert got == want and got


def test_a_token_keeps_its_text_without_a_possessive() -> None:
    toks = name_chunks.tokenize("Smith’s and Jones's cars, the 's and O'Neil", [])
    assert [(t.text, t.bare) for t in toks if t.text != t.bare] == [("Smith’s", "Smith"), ("Jones's", "Jones")]
    assert all(t.bare is t.text for t in toks if t.text == t.bare)
    titled = name_chunks.retext(name_chunks.make_tok(0, "PERES'S", "PERES'S"), "Peres's")
    assert (titled.text, titled.bare) == ("Peres's", "Peres")
