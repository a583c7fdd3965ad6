"""Incident times reader.analysis.incident_clocks reads past a name and past its own sentence: an
abstaining word inside a proper name ("the First Harbour Bank") is no repeat, and a sentence that
continues the one before it ("The hoist gave way at 3:40 p.m." after "… a crane's hoist snapped")
is the story's when that one is."""

from __future__ import annotations

import pytest

from reader.analysis.incident_clocks import DETECTION, INCIDENT, incident_clocks, unnamed
from reader.analysis.sentences import sentence_spans
from tests.test_conflicts_support import conflicts_of


def _kinds(text: str) -> dict[str, str | None]:
    return {f.text: k[1] for f, k in incident_clocks(text, sentence_spans(text))}


@pytest.mark.parametrize(("text", "figure"), [
    ("Deputies are looking for two men who held up the First Harbour Credit Union around 11:20 a.m. Monday.",
     "around 11:20 a.m."),
    ("Masked men held up the Second Street Pharmacy just before 9 a.m., police said.", "just before 9 a.m."),
    ("A gunman walked into the Last Chance Saloon in Orrick shortly after 6 p.m.", "shortly after 6 p.m."),
])
def test_an_abstaining_word_inside_a_name_does_not_abstain(text: str, figure: str) -> None:
    assert _kinds(text)[figure] == INCIDENT


@pytest.mark.parametrize("text", [
    "Masked men held up a second pharmacy just before 9 a.m., police said.",
    "A gunman walked into the saloon again shortly after 6 p.m.",
])
def test_an_abstaining_word_outside_a_name_still_abstains(text: str) -> None:
    assert _kinds(text) == {}


def test_unnamed_blanks_names_of_two_words_only() -> None:
    assert unnamed("robbed the First Harbour Bank at noon").split() == ["robbed", "the", "at", "noon"]
    assert unnamed("the first robbery at Harbour").split() == ["the", "first", "robbery", "at", "Harbour"]


_LEAD = "A tower crane collapsed on Pell Street in Marrow on Tuesday, killing two workers.\n\n"


def test_a_sentence_continuing_one_with_the_storys_words_is_the_storys() -> None:
    a = _LEAD + "At 3:05 p.m. on Tuesday, the crane collapsed onto Pell Street."
    b = _LEAD + ("Two workers died when the hoist of a tower crane on Pell Street snapped.\n\n"
                 "Neighbours said the hoist gave way around 4 p.m., as a load swung overhead.")
    [values] = conflicts_of(a, b)
    assert values == [905, 960]


def test_a_sentence_after_one_without_the_storys_words_is_left_out() -> None:
    a = _LEAD + "At 3:05 p.m. on Tuesday, the crane collapsed onto Pell Street."
    b = _LEAD + ("Over in Dunlow, builders had their own scare this month.\n\n"
                 "Neighbours said a hoist gave way around 4 p.m., as a load swung overhead.")
    assert conflicts_of(a, b) == []


@pytest.mark.parametrize(("text", "figure", "kind"), [
    ("The two patients were discovered missing during the 4 a.m. round at Wexley Hospital.", "4 a.m.", DETECTION),
    ("A gunman walked into Orrick Chapel during the 9 a.m. service, parishioners said.", "9 a.m.", INCIDENT),
])
def test_a_time_naming_a_noun_after_during_is_its_clauses(text: str, figure: str, kind: str) -> None:
    assert _kinds(text)[figure] == kind


@pytest.mark.parametrize("text", [
    "The patients missed the 4 a.m. round at Wexley Hospital.",
    "Nurses were told before the 4 a.m. round.",
])
def test_a_time_naming_a_noun_elsewhere_stays_unread(text: str) -> None:
    assert _kinds(text) == {}
