"""The shortcuts the extractors take for speed give the answers of the plain code they skip.

Each shortcut (a cheap pre-test before a pattern, a one-word fast path, tokens found by
``re.split`` instead of match objects) is checked against the plain form on texts
hypothesis writes, with the characters that make such shortcuts go wrong (IGNORECASE's
"ſ", "İ", "ı", curly marks, no-break spaces, line breaks).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis import dates, figures, speaker_lexicon, speaker_names, speaker_words
from reader.analysis.dates import DateMention
from reader.analysis.entity_cues import propagate
from reader.analysis.entity_people import name_parts, subsequence
from reader.analysis.name_chunks import Chunk, make_tok, tokenize
from reader.analysis.name_lines import _FURNITURE_RE, _may_be_furniture
from reader.analysis.name_tokens import _TOKEN_RE

# --- page furniture: the pre-test never turns away a line the pattern matches ----------

_FURNITURE_BITS = ["advertisement", "ad", "sponsored", "leave a reply", "leave a comment", "share this", "sign up",
                   "subscribe", "click here", "read more", "related", "related:", "watch:", "source", "sources",
                   "photo:", "image:", "credit:", "video:", "©", "copyright ", "all rights reserved",
                   "your email address will not be published", "ap-wire", "-wire", "12:30", "<p>", "<a href=x>",
                   "screen capture/", "all content created by ", "ſhare this", "İmage:", "ımage:",
                   "ALL RIGHTS RESERVED", "rights reſerved", "Reuters", "The mayor said", "x", " ", "\u00a0", "\t",
                   ".", ","]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_FURNITURE_BITS), st.text(alphabet="aRsſİıeE vVdD©-:<>/.", max_size=6)),
                max_size=6))
def test_furniture_pretest_never_misses(parts: list[str]) -> None:
    line = "".join(parts).strip()
    if line and "\n" not in line and _FURNITURE_RE.match(line):
        assert _may_be_furniture(line)


def test_furniture_pretest_lets_running_text_pass_untested() -> None:
    assert not _may_be_furniture("The council voted on Tuesday to close the library, its chair said.")
    assert _may_be_furniture("Copyright 2025 The Paper. All rights reserved.")
    assert _may_be_furniture("Some closing line, All Rights ReServed")


# --- entity tokens: re.split gives finditer's tokens and starts ---------------------------

_TEXT_BITS = ["Mr.", "U.S.", "J.", "Smith", "smith", "don’t", "it's", "co-chair", "‑", " ", "  ", "\n", "\n\n", "“",
              "”", "‘", "’", '"', "'", "(", ")", ",", ".", "—", "5", "3.5", "$", "€", "Dr.", "Inc.", "A.", "B",
              "\u00a0", "ſ", "İstanbul", "naïve", "_", "x_y", "Mrs.", "Ms.", "Ltd.", "Lt.", "Co.", "Corp.", "Capt.",
              "Sgt.", "St.", "Bros.", "X.", "X.Y.", "Mrs", "Coal", "\t"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TEXT_BITS), max_size=40))
def test_tokens_by_split_match_finditer(parts: list[str]) -> None:
    text = "".join(parts)
    toks = tokenize(text, [])
    assert [(t.start, t.text) for t in toks] == [(m.start(), m.group()) for m in _TOKEN_RE.finditer(text)]
    assert all(t.src is text for t in toks)


# --- the speaker registry's title run: the one-word and no-later-title shortcuts ----------

def _title_run_plain(ws: list[str]) -> tuple[int, int, str | None]:
    """_title_run as written before its shortcuts."""
    k = 0
    while k < len(ws) and ws[k] in speaker_lexicon.STOP_CAPS:
        k += 1
    gender, t = None, k
    while t < len(ws) - 1 and (ws[t] in speaker_lexicon.TITLES or ws[t] in speaker_lexicon.HONORIFICS
                               or ws[t].lower() in speaker_lexicon.ROLE_NOUNS
                               or (ws[t] in speaker_lexicon.CONNECTORS and t > k)):
        gender = speaker_lexicon.HONORIFICS.get(ws[t], gender)
        t += 1
    last = max((n + 1 for n in range(t, len(ws) - 2)
                if (ws[n] in speaker_lexicon.TITLES or ws[n].lower() in speaker_lexicon.ROLE_NOUNS)
                and ws[n + 1] not in speaker_lexicon.CONNECTORS), default=t)
    return k, last, gender


_RUN_WORDS = ["The", "But", "Mr.", "Mrs.", "Dr.", "Judge", "Chief", "Police", "Secretary", "of", "State", "and",
              "Ann", "Lee", "Smith", "Spokesman", "spokesman", "Deputy", "Director", "House", "Senate", "van", "der"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_RUN_WORDS), min_size=1, max_size=7))
def test_title_run_shortcuts(ws: list[str]) -> None:
    assert speaker_names.title_run(ws) == _title_run_plain(ws)


@given(st.sampled_from(["pollster", "speechwriter", "co-founder", "the", "after", "judge", "Judge", "reporters"]))
def test_cached_role_word_answers_as_the_rule(word: str) -> None:
    plain = word in speaker_lexicon.ROLE_NOUNS or (speaker_lexicon._AGENT_RE.fullmatch(word) is not None
                                            and word not in speaker_lexicon._NOT_AGENTS)
    assert speaker_lexicon.is_role_word(word) == plain


# --- propagate: votes counted in plain dicts, ties to the first type seen ------------------

def _chunk(text: str, start: int, type_: str | None, weak: bool = False, cued: bool = False) -> Chunk:
    c = Chunk([make_tok(start, text, " " * start + text)], 0, type=type_)
    c.weak, c.cued = weak, cued
    return c


def test_propagate_takes_the_most_frequent_cued_type_ties_to_the_first() -> None:
    tie = [_chunk("Acme", 0, "organization"), _chunk("Acme", 10, "place"), _chunk("Acme", 20, None, weak=True)]
    propagate(tie)
    assert tie[2].type == "organization" and not tie[2].weak
    most = [_chunk("Acme", 0, "organization"), _chunk("Acme", 10, "place"), _chunk("ACME", 20, "place"),
            _chunk("acme", 30, "person", weak=True)]
    propagate(most)
    assert most[3].type == "place"


def test_token_split_form_keeps_one_group_and_every_abbreviation() -> None:
    from reader.analysis.name_tokens import _TOKEN_SPLIT_RE
    assert _TOKEN_SPLIT_RE.groups == 1
    abbreviations = re.search(r"\(\?:(Mr\|.*?)\)\\\.", _TOKEN_RE.pattern)
    assert abbreviations is not None
    for word in abbreviations.group(1).split("|"):
        text = f"x {word}. Smith {word}.x"
        assert _TOKEN_SPLIT_RE.split(text) == re.compile(f"({_TOKEN_RE.pattern})").split(text)


# --- dates: the pattern tried only where _starts says a date can start --------------------

_DATE_BITS = ["early", "mid", "late", "Early", "Mid", "Late", "humid", "the", "The", "of", "spring", "Spring", "fall",
              "autumn", "Winter", "June", "Jun.", "Jun", "May", "Mayor", "March", "Sept.", "Sep.", "Dec.", "Friday",
              "Tuesday", "Mon", "2025", "1990", "1990s", "2019", "312", "12", "05", "1", "31st", "27th", "٣", "11/21",
              "/2025", "2025-11-21", "-", "-0", " ", "  ", "\u00a0", "\u2009", "\t", "\n", ",", ".", "$", "%", "’s",
              "in", "and", "between", "x", "st", "people", "2019 people"]


def _dates_everywhere(text: str) -> list[DateMention]:
    """find_dates as it was: the pattern searched at every position."""
    found = []
    for m in dates._DATE_RE.finditer(text):
        mention = dates._mention(text, m)
        if mention is not None:
            found.append(mention)
    return found


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_DATE_BITS), max_size=14))
def test_dates_tried_at_starts_match_finditer(parts: list[str]) -> None:
    text = "".join(parts)
    assert dates.find_dates(text) == _dates_everywhere(text)
    # (stronger: every position where the pattern matches at all is among the starts)
    assert {p for p in range(len(text)) if dates._DATE_RE.match(text, p)} <= set(dates._starts(text))


def test_dates_starts_before_and_inside_cores() -> None:
    text = "In early of spring 2024, mid-2025 and humid-2025, the late 1990s, on 312 June and Friday."
    assert dates.find_dates(text) == _dates_everywhere(text)
    assert [d.text for d in dates.find_dates(text)] == [
        "early of spring 2024", "mid-2025", "mid-2025", "late 1990s", "12 June", "Friday"]


# --- the speaker registry's words: the pattern that opens with \w finds the plain one's words ---

@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*_TEXT_BITS, "_x", "x_", "3,000", "4.5", "²", "٣", "U.S.", "e.g."]), max_size=30))
def test_speaker_words_pattern_matches_the_plain_one(parts: list[str]) -> None:
    text = "".join(parts)
    plain = re.compile(r"[^\W\d_][\w.’'\-]*|\d[\w.,]*")
    assert speaker_words._WORD_RE.findall(text) == plain.findall(text)
    assert [m.span() for m in speaker_words._WORD_RE.finditer(text, 1, len(text) - 1)] == [
        m.span() for m in plain.finditer(text, 1, len(text) - 1)]


# --- figures: number words found with str.find in the text in lower case ------------------

_FIGURE_BITS = ["one", "One", "ONE", "someone", "two", "Twelve", "three", "thirty", "ten", "often", "four", "for",
                "five", "fifty", "six", "seven", "eight", "eleven", "nine", "zero", "dozen", "hundred", "a", "A",
                " ", "\n", "\t", "\u00a0", "-", "_", "$", "€", "5", "٣", ",", ".", "(", "ſix", "sıx", "İ", "x",
                "d", "h", "day", "huge", "’"]


_MORE_FIGURE_BITS = ["forty", "fort", "this", "thirteen", "Thirty", "twenty", "twelve", "fifteen", "fift", "FORTY",
                     "1,2345", "12,345,6789", "5%", "7.5", "3-", "-", "$", "£", "a dozen", "A  Hundred", "sixty",
                     "seventeen", "eighteen", "nineteen", "fourteen", "ninety", "twenty-one", "a day", "eleventh"]


def _numbers_everywhere(text: str) -> list[tuple[int, int]]:
    """_NUMBER_RE's matches tried at every place _FIGURE_START_RE matches (as before the
    tighter starts), each past the last."""
    out: list[tuple[int, int]] = []
    at = 0
    for p in range(len(text)):
        if p >= at and figures._FIGURE_START_RE.match(text, p):
            m = figures._NUMBER_RE.match(text, p)
            if m is not None:
                out.append(m.span())
                at = m.end()
    return out


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_FIGURE_BITS + _MORE_FIGURE_BITS), max_size=14))
def test_figure_starts_find_every_number_the_start_pattern_finds(parts: list[str]) -> None:
    text = "".join(parts)
    everywhere = [p for p in range(len(text)) if figures._FIGURE_START_RE.match(text, p)]
    assert list(figures._figure_starts_by_breaks(text)) == everywhere
    # the tighter starts (first digits, number words' longer beginnings) give the same numbers
    assert [m.span() for m in figures._numbers(text)] == _numbers_everywhere(text)
    assert set(figures._figure_starts(text)) <= set(everywhere)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from([*_TEXT_BITS, "_x", "3,000", "4.5", "²", "٣", "U.S.", "e.g.", "\ue000", "é", "Ⅻ"]),
                max_size=30))
def test_speaker_words_by_the_ascii_pattern_where_it_is_chosen(parts: list[str]) -> None:
    text = "".join(parts)
    pattern = speaker_words.word_pattern(text)
    assert speaker_words.words(text, 0, len(text), pattern) == speaker_words.words(text, 0, len(text))
    assert speaker_words.words(text, 1, len(text) - 1, pattern) == speaker_words.words(text, 1, len(text) - 1)
    if any(c.isalnum() and not c.isascii() for c in text):
        assert pattern is speaker_words._WORD_RE


def test_speaker_word_pattern_ascii_unless_a_word_character_is_not() -> None:
    assert speaker_words.word_pattern("“Yes,” she said \ue000 — ‘no’") is speaker_words._ASCII_WORD_RE
    assert speaker_words.word_pattern("the naïve plan") is speaker_words._WORD_RE


# --- Chunk: its text, start and end kept after the first read, forgotten with its tokens -------

def test_a_chunk_keeps_its_text_until_its_tokens_change() -> None:
    src = "the  Acme Widget\nCorp’s plan"
    toks = tokenize(src, [])
    c = Chunk(toks[1:4], 1)
    assert (c.text, c.start, c.end) == ("Acme Widget Corp", 5, 21)
    assert name_parts(c) == (("Acme", "Widget", "Corp"), None)
    c.retoks(c.toks[1:], 2)
    assert (c.text, c.start, c.end, c.at) == ("Widget Corp", 10, 21, 2)
    assert name_parts(c) == (("Widget", "Corp"), None)
    c.retoks([*c.toks, toks[4]], 2)
    assert (c.text, c.end) == ("Widget Corp’s plan", 28)
    assert Chunk(toks[1:2], 1).text == "Acme"


# --- a name's words in a full name, in order: a loop, as the generators read them ------------

@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from("abcd"), max_size=4), st.lists(st.sampled_from("abcd"), max_size=6))
def test_subsequence_is_the_words_in_order(short: list[str], long: list[str]) -> None:
    it = iter(long)
    want = all(any(s == x for x in it) for s in short)
    assert subsequence(tuple(short), tuple(long)) == want
