"""Word tokens: offsets into the original text, and a normal form for matching."""

from __future__ import annotations

import contextlib
import re
import unicodedata
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.text import tokens
from reader.text.tokens import STOPWORDS, normal_form, tokenize, word_count

PROPERTY = settings(max_examples=400, derandomize=True, database=None, deadline=None)


def surfaces(text: str) -> list[str]:
    t = tokenize(text)
    return [text[s:e] for s, e in zip(t.starts, t.ends, strict=True)]


def norms(text: str) -> list[str]:
    return tokenize(text).norms


def test_offsets_index_the_original_text():
    text = "  (CNN) — A judge’s 94-page ruling:\n“unlawful.”  "
    t = tokenize(text)
    assert surfaces(text) == ["CNN", "A", "judge’s", "94", "page", "ruling", "unlawful"]
    assert [t.surface(k) for k in range(len(t))] == surfaces(text)
    assert (t.starts[0], t.ends[0]) == (3, 6)
    assert text[t.starts[-1]:t.ends[-1]] == "unlawful"
    assert len(t) == len(t.starts) == len(t.ends) == len(t.norms) == 7


def test_case_insensitive():
    assert norms("IRS Irs irs") == ["irs"] * 3
    assert normal_form("Straße") == normal_form("STRASSE") == "strasse"
    assert normal_form("ΣΊΣΥΦΟΣ") == normal_form("σίσυφος") == normal_form("σίσυφοσ")


def test_curly_and_straight_apostrophes_match():
    assert norms("IRS’s IRS's IRSʼs") == ["irs's"] * 3
    assert surfaces("They’re") == ["They’re"]
    assert surfaces("don't") == ["don't"]


def test_quotes_around_words_are_not_part_of_them():
    assert surfaces("‘word’ 'word' “word”") == ["word"] * 3


def test_nfc_and_nfd_match():
    composed, decomposed = "café", "cafe\u0301"
    assert composed != decomposed
    assert surfaces(f"{decomposed} bar") == [decomposed, "bar"]
    assert norms(composed) == norms(decomposed) == ["café"]
    assert normal_form("ＩＲＳ") == "irs"          # NFKC: full-width letters
    assert normal_form("ﬁle") == "file"           # NFKC: ligature


def test_nfd_japanese_matches_nfc():
    # が in NFD is か + U+3099 (a combining mark): the mark belongs to its kana, so the
    # two forms must give the same tokens (the module promises normal-form insensitivity).
    nfc = "がっこう"
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    assert norms(nfd) == norms(nfc)
    assert len(tokenize(nfd)) == len(nfc)


def test_numbers_are_single_tokens():
    assert surfaces("1.27 million and 47,000 records, $10 billion; 3.") == [
        "1.27", "million", "and", "47,000", "records", "10", "billion", "3"]
    assert surfaces("in 2019, 2024.") == ["in", "2019", "2024"]
    assert surfaces("1,234,567.89") == ["1,234,567.89"]


def test_dashes_and_slashes_split_words():
    assert surfaces("data-sharing post–Watergate A—B and/or") == [
        "data", "sharing", "post", "Watergate", "A", "B", "and", "or"]


def test_cjk_is_one_character_per_token():
    assert surfaces("日本語のテキスト") == list("日本語のテキスト")
    assert surfaces("中文，句子。") == ["中", "文", "句", "子"]
    assert surfaces("IRS日本") == ["IRS", "日", "本"]
    assert surfaces("한국어 문장") == ["한국어", "문장"]   # Korean uses spaces: whole words


def test_emoji_and_symbols_are_not_tokens():
    assert surfaces("😀 🇺🇸 👍🏽 👩‍💻 © ™ → ★ % & @") == []
    assert surfaces("I 😀 NY") == ["I", "NY"]


def test_emoji_with_variation_selector_is_not_a_token():
    # ❤️ is U+2764 U+FE0F; the variation selector is a "mark" but not part of any word
    assert surfaces("I ❤️ NY ☑️ ✌️") == ["I", "NY"]
    assert word_count("I ❤️ NY") == 2


def test_hebrew_and_arabic_words_keep_their_marks():
    hebrew = "שָׁלוֹם עוֹלָם"
    assert surfaces(hebrew) == hebrew.split()
    arabic = "مَرْحَبًا بِالعَالَم"
    assert surfaces(arabic) == arabic.split()
    assert surfaces("Devanagari: नमस्ते दुनिया") == ["Devanagari", "नमस्ते", "दुनिया"]


def test_word_count_matches_tokens():
    text = "The IRS’s 94-page ruling — 47,000 records. 日本"
    assert word_count(text) == len(tokenize(text)) == 9
    assert word_count("") == 0
    assert word_count(" — … !") == 0


def test_stopwords_are_normal_forms():
    assert {"the", "and", "of", "said"} <= STOPWORDS
    assert all(w == normal_form(w) for w in STOPWORDS)


TEXT = st.text(st.one_of(
    st.sampled_from(list(" \n\t.,'’ʼ-—:0123456789aZéß²½日カ한שָׁ\u0301\u3099\ufe0f😀")),
    st.characters(),
), max_size=120)


@PROPERTY
@given(TEXT)
def test_token_property(text):
    t = tokenize(text)
    assert len(t.starts) == len(t.ends) == len(t.norms)
    previous_end = 0
    covered = set()
    for k in range(len(t)):
        s, e = t.starts[k], t.ends[k]
        assert previous_end <= s < e <= len(text)      # in order, non-overlapping, non-empty
        previous_end = e
        surface = text[s:e]
        assert t.surface(k) == surface
        assert not any(c.isspace() for c in surface)
        assert t.norms[k] == normal_form(surface)
        covered.update(range(s, e))
    # every letter and decimal digit of the text is inside some token
    for i, c in enumerate(text):
        if i not in covered:
            assert unicodedata.category(c) not in ("Lu", "Ll", "Lt", "Lm", "Lo", "Nd"), (i, c)
    assert word_count(text) == len(t)


@PROPERTY
@given(TEXT, st.sampled_from(["e\u0301", "plain", "שָׁלוֹם", "日本", "😀"]))
def test_tokens_do_not_depend_on_text_elsewhere(text, word):
    # Appending a separate word cannot change how the words before it are split: the
    # same sentence must tokenize alike in any article (else matching silently breaks).
    before = tokenize(text)
    after = tokenize(text + " " + word)
    n = len(before)
    assert after.starts[:n] == before.starts and after.ends[:n] == before.ends
    assert after.norms[:n] == before.norms


def test_fast_and_full_patterns_agree_on_every_safe_character():
    """The stdlib ``re`` fast path is only used on lines made of FAST_SAFE characters; on
    each of them it must split exactly as the full ``regex`` pattern does."""
    full = regex.compile(tokens._WORD_PATTERN, regex.V1)
    fast = re.compile(tokens._FAST_WORD_PATTERN)
    safe = re.compile(f"[{tokens.FAST_SAFE}]")
    checked = 0
    for cp in range(0x3000):
        c = chr(cp)
        if not safe.fullmatch(c):
            continue
        for probe in (c, f"a{c}b", f"1{c}2", f"{c}x", f"x’{c}", f"{c}{c}"):
            assert fast.findall(probe) == full.findall(probe), (hex(cp), probe)
        checked += 1
    assert checked > 600


def test_a_word_tokenises_the_same_whatever_else_the_text_holds():
    from reader.text.tokens import tokenize

    plain = tokenize("mc² ½ costs 1.27 million")
    mixed = tokenize("mc² ½ costs 1.27 million café\u0301 中")
    n = len(plain)
    assert [plain.surface(k) for k in range(n)] == [mixed.surface(k) for k in range(n)]


# --- the fast tokenizer against the plain one it replaced ------------------------------
#
# ``tokenize`` splits with a capturing group and adds up lengths, takes the fast pattern
# line by line, normalises each distinct word once, and reuses the split ``word_count``
# made. The reference below is the plain loop it replaced (match by match over the whole
# text, ``re`` only when all of it is safe, one ``normal_form`` per word, no caches), and
# the two must agree exactly on every text.

_REF_FAST = re.compile(r"[^\W]+(?:['’ʼ.,][^\W]+)*")
_REF_FULL = regex.compile(tokens._WORD_PATTERN, regex.V1)
_REF_UNSAFE = re.compile(f"[^{tokens.FAST_SAFE}]")
_REF_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})


# Invisible format characters (and ◌, which reader.text.sanitize shows some of them as):
# matching ignores them, as if the text were written without them.
IGNORED = set("\u00ad\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
              "\u2060\u2061\u2062\u2063\u2064\ufeff\u25cc") | {chr(c) for c in range(0x2066, 0x2070)}


def reference_normal_form(word: str) -> str:
    if word.isascii():
        return word.lower()
    word = "".join(c for c in word if c not in IGNORED)
    return unicodedata.normalize("NFKC", word).casefold().translate(_REF_APOSTROPHES)


def reference_tokenize(text: str) -> tuple[list[int], list[int], list[str]]:
    """Words of ``text`` with the ignored characters taken out; offsets into ``text``
    (a word's span runs from its first kept character to its last)."""
    where = [i for i, c in enumerate(text) if c not in IGNORED]
    kept = "".join(text[i] for i in where)
    starts: list[int] = []
    ends: list[int] = []
    words: list[str] = []
    for m in (_REF_FULL if _REF_UNSAFE.search(kept) else _REF_FAST).finditer(kept):
        s, e = m.span()
        starts.append(where[s])
        ends.append(where[e - 1] + 1)
        words.append(m.group())
    return starts, ends, [reference_normal_form(w) for w in words]


# The scan of reader._native (when built) and the Python split: both must be the reference.
IMPLEMENTATIONS = [tokens._native, None] if tokens._native is not None else [None]


@contextlib.contextmanager
def implementation(native):
    saved = tokens._native
    tokens._native = native
    try:
        yield
    finally:
        tokens._native = saved


def assert_like_reference(text: str) -> None:
    expected = reference_tokenize(text)
    for native in IMPLEMENTATIONS:
        with implementation(native):
            t = tokenize(text)
            assert (list(t.starts), list(t.ends), t.norms) == expected
            assert t.text is text
            assert word_count(text) == len(expected[0])
            # counting first hands its split to tokenize: the same answer again
            again = tokenize(text)
            assert (list(again.starts), list(again.ends), again.norms) == expected


def test_the_native_scan_declines_text_outside_the_fast_range():
    if tokens._native is None:
        pytest.skip("reader._native is not built here")
    starts, ends, norms = tokens._native.tokenize("The IRS’s 1.27 million. THE irs’s", normal_form)
    assert starts.typecode == ends.typecode == "i"
    assert (list(starts), list(ends), norms) == (
        [0, 4, 10, 15, 24, 28], [3, 9, 14, 22, 27, 33], ["the", "irs's", "1.27", "million", "the", "irs's"])
    norms = tokens._native.tokenize("a word and a word", normal_form)[2]
    assert norms[0] is norms[3] and norms[1] is norms[4]   # one string for all occurrences of a word
    for text in ("Καλημέρα", "日本", "e\u0301", "€5", "😀"):
        assert tokens._native.tokenize(text, normal_form) is None
        assert tokens._native.count_words(text) is None
    assert tokens._native.count_words("a b\u2019c d.e ,f") == 4
    with pytest.raises(TypeError):
        tokens._native.tokenize(b"bytes", normal_form)
    with pytest.raises(TypeError):
        tokens._native.tokenize("café", lambda word: 1)   # a normal form must be a str
    with pytest.raises(ZeroDivisionError):
        tokens._native.tokenize("café", lambda word: 1 / 0)


PIECES = st.sampled_from([
    " ", "  ", "\n", "\n\n", "\t", "\r\n", "\x00", "-", "—", "/", ".", ",", "'", "’", "ʼ", "‘", "…", "“", "”",
    "a", "Z", "é", "ß", "İ", "ǅ", "ſ", "ﬁ", "Σ", "ς", "ΣΑΣ", "_", "0", "7", "²", "½", "Ⅻ", "١٢", "€", "™",
    "don't", "IRS’s", "rock’n’roll", "1.27", "47,000", "1,234,567.89", "U.S.", "e.g.", "3.", ".5", "a..b",
    "日本語", "中文，", "カ\u3099", "ｶﾞ", "한국어", "𠀀", "ＩＲＳ", "😀", "👍🏽", "👩\u200d💻", "❤\ufe0f", "🇺🇸",
    "cafe\u0301", "e\u0301\u0301", "\u0301", "שָׁלוֹם", "مَرْحَبًا", "नमस्ते", "Καλημέρα", "Привет", "ﬀ",
    "\u200b", "wo\u200brd", "\u00ad", "\u200d", "\u202e", "\u2066", "\u200e", "\ufeff", "◌", "می\u200cخواهم",
])
MIXED = st.lists(st.one_of(PIECES, st.characters()), max_size=60).map("".join)
ASCII = st.text(st.characters(max_codepoint=0x7F), max_size=300)
# Lines each either safe for the fast pattern or not, in any order: the tokenizer takes
# the fast pattern per stretch of safe lines.
SAFE_LINE = st.text(st.one_of(st.characters(max_codepoint=0x24F), st.sampled_from("’ʼ‘—…“”\u200b\u00ad\u202e")),
                    max_size=40)
LINES = st.lists(st.one_of(SAFE_LINE, MIXED), max_size=12).map("\n".join)

EXAMPLES = settings(max_examples=600, derandomize=True, database=None, deadline=None)


@EXAMPLES
@given(st.text(max_size=200))
def test_tokenize_is_the_reference_on_any_text(text):
    assert_like_reference(text)


@EXAMPLES
@given(ASCII)
def test_tokenize_is_the_reference_on_ascii(text):
    assert_like_reference(text)


@EXAMPLES
@given(MIXED)
def test_tokenize_is_the_reference_on_words_numbers_scripts_and_marks(text):
    assert_like_reference(text)


@EXAMPLES
@given(LINES)
def test_tokenize_is_the_reference_on_lines_safe_and_not(text):
    assert_like_reference(text)


@EXAMPLES
@given(st.lists(st.text(st.characters(blacklist_characters="\x00"), max_size=12), max_size=30))
def test_normal_forms_are_normal_form_of_each_word(words):
    # Any strings without NUL, not only words: joined by NUL and normalised at once, each
    # comes out as it would alone.
    assert tokens._normal_forms(words) == [reference_normal_form(w) for w in words]
    assert tokens._normal_forms(words) == [normal_form(w) for w in words]


def test_tokenize_is_the_reference_on_the_bundled_articles():
    folder = Path(__file__).resolve().parent.parent / "articles"
    files = sorted(folder.glob("*.md"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert_like_reference(text)
        assert_like_reference(text.upper())
        # one line of Greek, one euro sign: the other lines still take the fast pattern
        lines = text.split("\n")
        lines[len(lines) // 2] += " Καλημέρα κόσμε, €12.5"
        lines[-1] = "😀 " + lines[-1]
        assert_like_reference("\n".join(lines))
        assert_like_reference("\r\n".join(lines))
        assert_like_reference(" ".join(lines))


@implementation(None)  # the Python split (the native scan keeps nothing)
def test_the_counting_split_is_only_reused_for_the_very_same_text():
    text = "The IRS’s 94-page ruling"
    assert word_count(text) == 5
    assert any(seen is text for seen, _ in tokens._recent_pieces)   # kept for tokenize
    other = "".join(["The IRS’s ", "94-page ruling"])   # equal, but another object
    assert other == text and other is not text
    assert list(tokenize(other).starts) == [0, 4, 10, 13, 18]
    t = tokenize(text)
    assert not any(seen is text for seen, _ in tokens._recent_pieces)  # handed over once
    assert (list(t.starts), list(t.ends), t.norms) == reference_tokenize(text)
    assert t.norms == ["the", "irs's", "94", "page", "ruling"]
    for k in range(5):
        word_count(f"text {k}")
    assert len(tokens._recent_pieces) == 2                              # a bounded memory
