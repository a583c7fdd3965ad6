"""Word tokens: offsets into the original text, and a normal form for matching."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.tokens import STOPWORDS, normal_form, tokenize, word_count

PROPERTY = settings(max_examples=400, derandomize=True, database=None, deadline=None)


def surfaces(text: str) -> list[str]:
    t = tokenize(text)
    return [text[s:e] for s, e in zip(t.starts, t.ends)]


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
    """The stdlib ``re`` fast path is only used on text made of FAST_SAFE characters; on
    each of them it must split exactly as the full ``regex`` pattern does."""
    import re

    from reader import tokens

    full = tokens._full_word_re()
    safe = re.compile(f"[{tokens.FAST_SAFE}]")
    checked = 0
    for cp in range(0x3000):
        c = chr(cp)
        if not safe.fullmatch(c):
            continue
        for probe in (c, f"a{c}b", f"1{c}2", f"{c}x", f"x’{c}", f"{c}{c}"):
            assert tokens._FAST_WORD_RE.findall(probe) == full.findall(probe), (hex(cp), probe)
        checked += 1
    assert checked > 600


def test_a_word_tokenises_the_same_whatever_else_the_text_holds():
    from reader.tokens import tokenize

    plain = tokenize("mc² ½ costs 1.27 million")
    mixed = tokenize("mc² ½ costs 1.27 million café\u0301 中")
    n = len(plain)
    assert [plain.surface(k) for k in range(n)] == [mixed.surface(k) for k in range(n)]
