""""the N-year-old" tied to the named person of its own sentence, and to a person whose given
name tells no sex when the article calls them by surname alone
(reader.analysis.sentence_anaphors). Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts

from reader.analysis.anaphor_ages import anaphor_owner
from reader.analysis.figures import extract_figures


def _owner(text: str) -> str | None:
    [f] = [f for f in extract_figures(text) if "year-old" in f.text]
    return anaphor_owner(text, f)


@pytest.mark.parametrize("text", [
    "Jazz drummer Peter Lund was sentenced Monday for fraud, a ruling that keeps the 52-year-old in jail.",
    "Peter Lund lost his appeal on Monday, leaving the 52-year-old facing a long sentence.",
    "TARVIK — Former mayor Peter Lund was cleared on Monday, and the 52-year-old walked free.",
])
def test_a_later_the_n_year_old_is_its_sentences_named_subject(text: str) -> None:
    assert _owner(text) == "Peter Lund"


@pytest.mark.parametrize("text", [
    "Police chief Ann Roe said the 52-year-old man was taken to hospital.",
    "Peter Lund told Mara Quist that the 52-year-old would be freed.",
    "Peter Lund said he saw the 52-year-old driver run.",
    "Peter Lund lost his appeal, leaving a 52-year-old in jail.",
    "Peter Lund lost his appeal, and the 52-year-old woman in the dock cried.",
])
def test_other_sentences_give_no_owner(text: str) -> None:
    assert _owner(text) is None


@pytest.mark.parametrize("text", [
    "Tavish Ormond had farmed the valley for decades. The 66-year-old retired surveyor was asleep. Ormond was "
    "pulled out at dawn.",
    "VELLAR — Ysolde Kerrigan ran the bakery. The 66-year-old was at work when the roof fell. Kerrigan's son "
    "called for help.",
])
def test_a_name_of_no_known_sex_told_again_by_surname(text: str) -> None:
    assert _owner(text) is not None


@pytest.mark.parametrize("text", [
    "Tavish Ormond had farmed the valley for decades. The 66-year-old retired surveyor was asleep.",
    "Tavish Ormond had farmed the valley for decades. The 66-year-old woman next door was asleep. Ormond left.",
    "Kell Street was closed all day. The 44-year-old driver was arrested. Main Street reopened.",
    "Kell Street was closed all day. The 44-year-old driver was arrested near Kell Street.",
])
def test_without_the_surname_alone_or_with_a_sexed_noun_no_owner(text: str) -> None:
    assert _owner(text) is None


def test_the_anaphors_age_meets_the_named_age() -> None:
    a = "Folk singer Peter Lund was convicted Friday of tax fraud, a verdict that could send the 52-year-old to prison."
    b = "Peter Lund, 53, was found guilty of tax fraud on Friday."
    assert {52, 53} in _conflicts(a, b)
    assert _conflicts(a, b.replace("53", "52")) == []
    c = "Tavish Ormond had farmed the valley for decades. The 66-year-old retired surveyor died. Ormond was alone."
    d = "One resident, Tavish Ormond, 67, was found dead inside his farmhouse."
    assert {66, 67} in _conflicts(c, d)
