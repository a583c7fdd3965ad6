"""The word gate skips only scans that could find nothing: for each gated pattern, the matches
through the gate are the matches of the pattern, on news-like text and on any text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis import (
    agent_roles,
    event_years,
    fraction_lengths,
    fullness,
    match_minutes,
    money_words,
    ordinal_counts,
    phrase_numbers,
    ratio_shares,
    shares,
    vague_amounts,
)
from reader.analysis.phrase_numbers import _GROUPS, _SCALES
from reader.text.word_gate import gated_finditer, may_hold, may_match

GATES: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (shares._FRACTION_RE, shares._FRACTION_WORDS),
    (money_words._WORDS_RE, tuple(money_words._SCALES)),
    (fullness._FRACTION_FULL, fullness._GATE),
    (fraction_lengths._FRACTION_LENGTH_RE, fraction_lengths._UNIT_WORDS),
    (fraction_lengths._WHOLE_LENGTH_RE, fraction_lengths._UNIT_WORDS),
    (phrase_numbers._PHRASE_RE, (*_SCALES, *_GROUPS)),
    (phrase_numbers._CREW_WORD_RE, ("crew",)),
    (ordinal_counts._TOLL_RE, tuple(ordinal_counts._ORDINALS)),
    (ordinal_counts._RUNNING_RE, tuple(ordinal_counts._ORDINALS)),
    (vague_amounts._VAGUE_RE, vague_amounts._VAGUE_WORDS),
    (match_minutes._MINUTE_RE, ("minute",)),
    (event_years._YEAR_RE, event_years._VERBS_WORDS),
    (agent_roles._THING, tuple(agent_roles.AGENT_ROLES)),
]

PHRASES = ["About Half of the homes were damaged", "two-thirds FULL", "three-quarters Finished",
           "a quarter of a Mile from the plant",
           "half a billion dollars", "a trio of", "its crew of four", "A third worker was killed",
           "the state's seventh death", "Several dozen people", "in the 89th minute", "Opened in 1962",
           "The tram, Driven by a 57-year-old", "a full kilometre", "a half-acre lot", "Nearly a fifth of the crop",
           "hundreds of", "a handful of", "multiple injuries", "was built in 2001", "\u0130N 1999",
           "ful\u017fl", "se\u017fenth", "\u0131nstalled in 1981", "one-tenth of the town", "3 in 10 voters",
           "One Out Of Five riders", "nearly two IN three", "\u0130N 7"]


def _matches(pattern: re.Pattern[str], text: str, words: tuple[str, ...]) -> tuple[list, list]:
    return ([m.span() for m in gated_finditer(pattern, text, words)], [m.span() for m in pattern.finditer(text)])


def test_news_phrases_are_found_through_every_gate() -> None:
    text = ". ".join(PHRASES) + "."
    found = 0
    for pattern, words in GATES:
        gated, plain = _matches(pattern, text, words)
        assert gated == plain
        found += len(plain)
    assert found >= 15        # (the phrases do hold matches: the gates were open)


def test_a_text_without_the_words_is_not_scanned() -> None:
    assert not may_hold("The council met on Tuesday.", ("third", "half"))
    assert list(gated_finditer(shares._FRACTION_RE, "The council met on Tuesday.", shares._FRACTION_WORDS)) == []
    assert may_hold("About HALF", ("half",))


def test_letters_re_folds_but_lower_does_not_open_the_gate() -> None:
    # under IGNORECASE re takes a dotless i for "i" and a long s for "s"; str.lower() keeps them
    text = "the \u0131nstalled pipe, se\u017fenth"
    assert may_hold(text, ("installed",))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PHRASES), st.text(max_size=20)), max_size=8))
def test_the_gate_never_changes_what_a_pattern_finds(pieces: list[str]) -> None:
    text = " ".join(pieces)
    for pattern, words in GATES:
        gated, plain = _matches(pattern, text, words)
        assert gated == plain


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PHRASES), st.text(max_size=20)), max_size=8))
def test_the_ratio_gate_never_changes_what_ratios_are_found(pieces: list[str]) -> None:
    text = " ".join(pieces)
    plain = [m.span() for m in ratio_shares.RATIO_RE.finditer(text)]
    assert (plain if may_match(text, ratio_shares._WHOLE_GATE) else []) == plain
