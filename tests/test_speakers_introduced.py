"""People a feature introduces by what they did and then quotes with "he said" / "she
said", and people marked by an age before their name (reader.analysis.speaker_introduced),
in texts written for these tests."""

from __future__ import annotations

import pytest

from reader.analysis.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


@pytest.mark.parametrize(("text", "who"), [
    ("Ezra Quillan-Marsh spent the night on his cousin's couch. \"The boat left without me,\" he said.\n",
     "Ezra Quillan-Marsh"),
    ("Bettany Orrell-Vance was halfway through her shift at the kiosk. \"The lights just died,\" she said.\n",
     "Bettany Orrell-Vance"),
    ("Lobsterman Ezra Quillan-Marsh tied up his boat at dawn. \"Nobody warned us,\" he said.\n",
     "Ezra Quillan-Marsh"),
    ("Ferrywoman Idony Castrell had left her car at the pier. \"We waited for hours,\" she added.\n",
     "Idony Castrell"),
])
def test_a_name_introduced_with_its_own_pronoun_is_the_next_pronoun_tag(text: str, who: str) -> None:
    assert _speakers(text) == [who]


@pytest.mark.parametrize(("text", "who"), [
    ("Sixteen-year-old Hattie Brannagh was in the back row. \"Everyone just stood up,\" she said.\n",
     "Hattie Brannagh"),
    ("72-year-old Osric Pellow watched from the quay. \"I have seen worse,\" he said.\n", "Osric Pellow"),
])
def test_an_age_before_a_name_defines_a_person(text: str, who: str) -> None:
    assert _speakers(text) == [who]


@pytest.mark.parametrize("text", [
    "Castell Road was closed for hours on Monday. \"We had to go around,\" he said.\n",
    "Harbour Street stayed shut overnight. \"It was chaos,\" she said.\n",
    "Dunmere Transit apologised to its riders. \"We are sorry,\" she said.\n",
    "Westgate Mall reopened on Friday. \"Business is back,\" he said.\n",
    # no pronoun in the sentence refers back to its subject: no evidence it is a person
    "Tobin Arkwright was in the front row. \"It went dark,\" he said.\n",
])
def test_no_person_without_a_pronoun_of_their_own(text: str) -> None:
    assert _speakers(text) == [None]


def test_the_pronoun_in_the_introduction_must_agree_with_the_tag() -> None:
    text = "Ezra Quillan-Marsh spent the night on his cousin's couch. \"The boat left without me,\" she said.\n"
    assert _speakers(text) == [None]


def test_the_quotation_may_open_the_next_paragraph() -> None:
    text = "Ezra Quillan-Marsh spent the night on his cousin's couch.\n\n\"The boat left without me,\" he said.\n"
    assert _speakers(text) == ["Ezra Quillan-Marsh"]


def test_a_sentence_between_introduction_and_quotation_defines_no_one() -> None:
    text = ("Ezra Quillan-Marsh spent the night on his cousin's couch. The ferry sat at the pier. "
            "\"The boat left without me,\" he said.\n")
    assert _speakers(text) == [None]
