"""Round thirty-five, credits and speakers: a service named on the line under a byline with its
initials after it ("German Press Wire (GPW)"), or after the writer's name and again alone on a
closing line ("By Ann Lee, Southern Cross Press" … "Southern Cross Press"), is a wire credit,
so two carriers of it are never a copy of each other; a family name opening with a lower-case
particle ("al-Harthy") is a name for a speaker, shown as the article spells it. Every text here
is made up for the tests."""

from __future__ import annotations

import pytest

from reader.analysis.credits import find_credits
from reader.analysis.quotes import extract_quotes
from reader.analysis.speaker_words import as_written
from reader.analysis.story import analyse_story, story_json
from tests.test_provenance_unlisted_services import _art

STORY = ("MARLOW BAY, Queensland — A computer fault has stopped the cranes at both container terminals of "
         "Marlow Bay, leaving nine ships at anchor and lorries queued at the gates, the operator said on Sunday.\n\n"
         "The operator said it found the fault early on Saturday and shut its systems down as a precaution. "
         "Engineers were working through the night to restore the booking system, and the port's third "
         "terminal, run by another company, was working normally.\n\n"
         "Freight groups said a week of delays would cost importers heavily before the Christmas season, and "
         "the state's ports minister said she had asked for a full report on what went wrong.")


@pytest.mark.parametrize(("head", "tail", "wire"), [
    ("By Clara Voss\nBaltic Press Wire (BPW)\n\n", "", "Baltic Press Wire"),
    ("By Clara Voss, Coral Coast Press\n\n", "\n\nCoral Coast Press", "Coral Coast Press"),
])
def test_a_service_under_or_after_the_byline_is_a_wire_credit(head: str, tail: str, wire: str) -> None:
    assert find_credits(_art("a", head + STORY + tail, "Marlow Bay Times", "2026-04-11")).wires == (wire,)


def test_a_writer_s_paper_repeated_at_the_end_is_no_service_of_its_own() -> None:
    body = "By Clara Voss, Staff Writer\n\n" + STORY + "\n\nStaff Writer"
    assert find_credits(_art("a", body, "Marlow Bay Times", "2026-04-11")).wires == ()


def _relations(head: str, tail: str) -> list[tuple[str, str]]:
    """The relation and basis of each provenance link between two carriers of one text, told in ``head`` and
    ``tail``, the later one with a figure updated."""
    first = _art("a", head + STORY + tail, "Marlow Bay Times", "2026-04-11")
    later = _art("b", head + STORY.replace("nine ships", "14 ships") + tail, "Southern Star", "2026-04-13")
    links = story_json(analyse_story([first, later]))["provenance"]["links"]
    return [(link["relation"], link["basis"]) for link in links]


def test_two_carriers_of_one_unlisted_service_are_no_copy() -> None:
    assert _relations("By Clara Voss, Coral Coast Press\n\n", "\n\nCoral Coast Press") == [("siblings", "wire")]
    assert _relations("By Clara Voss\n\n", "") == [("draws_on", "date")]       # (no credit: the later drew on it)


@pytest.mark.parametrize(("body", "speaker"), [
    ('"The water rose faster than anyone expected," civil defence spokesman Colonel Salim al-Harthy said.',
     "Salim al-Harthy"),
    ('"Every family will be helped," said Aisha al-Balushi, a hydrologist.', "Aisha al-Balushi"),
    ('Omar bin Rashid, who farms by the wadi, lost his palms.\n\n"My grandfather planted them," he said.',
     "Omar bin Rashid"),
])
def test_a_name_with_a_lower_case_particle_is_the_speaker(body: str, speaker: str) -> None:
    body = "HAMRA, Oman — Floods hit the town on Thursday.\n\n" + body
    assert [q.speaker for q in extract_quotes(body)] == [speaker]


def test_a_name_keeps_the_article_s_spelling() -> None:
    assert as_written("Salim Al-Harthy", "spokesman Salim al-Harthy said") == "Salim al-Harthy"
    assert as_written("Salim Al-Harthy", "Al-Harthy said") == "Salim Al-Harthy"
    assert as_written("Ann Lee", "Ann Lee said") == "Ann Lee"
