"""A name followed by a plural common noun describes a group and names no speaker ("say
Kessel pilots"); a role after "of" belongs to the organisation, not the speaker ("said Ann
Lee of owner Brisk Towage"). Every text here is made up for these tests."""

from __future__ import annotations

import pytest

from reader.analysis.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


@pytest.mark.parametrize("text", [
    "Tug lost in the estuary: \u2018we never stood a chance\u2019, say Kessel pilots\n\nThe tug sank on Monday.",
    "\u201cThe road is gone,\u201d said Orlen Bay residents at the meeting.",
    "\u201cWe were not warned,\u201d said Tarnmoor anglers.",
])
def test_a_group_named_by_a_place_is_no_speaker(text: str) -> None:
    assert _speakers(text)[0] is None


@pytest.mark.parametrize(("text", "speaker"), [
    ("\u201cWe were alongside when she went over,\u201d said Marten Hollo-Vance of owner Brisk Towage.",
     "Marten Hollo-Vance"),
    ("\u201cThere was no time,\u201d said Ada Quell of tug operator Brisk Towage.", "Ada Quell"),
    ("\u201cThere was no time,\u201d said Ada Quell of Brisk Towage.", "Ada Quell"),
    ("\u201cIt is fine,\u201d said chief of staff Ann Lee.", "Ann Lee"),
    ("\u201cIt is fine,\u201d said Democratic pollster Ann Fenn.", "Ann Fenn"),
    ("\u201cIt is fine,\u201d said Ann Lee yesterday.", "Ann Lee"),
    ("\u201cIt is fine,\u201d said de la Cruz.", "de la Cruz"),
])
def test_the_person_before_of_speaks(text: str, speaker: str) -> None:
    assert _speakers(text)[0] == speaker
