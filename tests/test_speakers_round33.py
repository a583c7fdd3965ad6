"""Speakers of round thirty-three, each a class the held-out probes 37 to 41 showed
(reader.analysis.verb_subject, speaker_mentions, speaker_registry, speaker_resolve). All
texts invented."""

from __future__ import annotations

import pytest

from reader.analysis.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes("Title line\n\n" + text)]


@pytest.mark.parametrize("member", [
    "according to Tom Baker, president of the Alpine Guides Association, who said",
    "according to Pieter de Wolf of the European Climate Health Observatory, who said",
    "according to Ines Varga, a researcher at the Harbour Policy Forum, who said",
])
def test_who_after_an_office_stands_for_its_member(member):
    """“X, president of the Y Association, who said …”: "who" is X, not the organisation."""
    text = f'The worst outcomes come late in the day, {member} such parties "walk off the edge of the map."\n'
    assert _speakers(text) == [member.split(" of ")[0].split(", ")[0].removeprefix("according to ")]


def test_an_organisation_with_no_member_named_gets_no_person():
    """No person before the organisation: no one to give the words to."""
    text = ('The figures were checked by the Alpine Guides Association, which said parties '
            '"walk off the edge of the map."\n')
    assert _speakers(text) == [None]


@pytest.mark.parametrize("group", ["the campaign group Clean River Now", "the charity Open Doors",
                                   "the advocacy group Fair Fares"])
def test_a_name_the_text_calls_a_group_is_no_he(group):
    text = (f'Dan Marsh of {group} said the leak showed the limits of self-reporting. '
            '"We only hear about these spills when people are already swimming," he said.\n')
    assert _speakers(text) == ["Dan Marsh"]


@pytest.mark.parametrize("lead", ["We spoke to", "Reporters talked with", "The Ledger spoke with"])
def test_a_person_a_preposition_brings_in_who_speaks_is_her_antecedent(lead):
    """“We spoke to Sofia Marin, a nurse …, who said …. “…,” she said”: Marin."""
    text = ("The plant shut at noon.\n\n"
            f"{lead} Sofia Marin, a nurse at a health centre near Valdemora, who said the calls never "
            'stopped. "We were phoning our patients twice a day," she said.\n')
    assert _speakers(text) == ["Sofia Marin"]


def test_a_person_after_a_preposition_without_speech_is_still_no_antecedent():
    """“… sent to Sofia Marin. “…,” she said”: the guard stays (a listener does not speak)."""
    text = ('Judge Ann Lee read the letter sent to Sofia Marin. "It was not fair," she said.\n')
    assert _speakers(text) == ["Ann Lee"]


def test_a_company_short_name_is_no_he():
    """“Calder” after “Calder Motors”: the company, not the man who spoke just before."""
    text = ("Calder Motors is recalling 210,000 cars.\n\nCalder has said little publicly.\n\n"
            "Paul Hirsch, a former investigator at the agency, said the chronology showed Calder took "
            'months. "They had the pieces early," he said.\n\n'
            '"That\'s not unique to Calder. It\'s the most common pattern I saw."\n')
    assert _speakers(text) == ["Paul Hirsch", "Paul Hirsch"]


def test_a_pronoun_joined_to_a_described_subject_is_that_person():
    """“The director said …, and she promised: “…”” after another woman spoke: the director."""
    text = ("Ruth Anand, executive director of the airport, said the terminal was full.\n\n"
            'Marisol Ortega, 67, was trying to get home. "I have been sitting here since 5," she said.\n\n'
            "The director said workers had handed out 500 bottles, and she promised the terminal would stay "
            'open: "Nobody is getting pushed out of this building tonight."\n')
    assert _speakers(text) == ["Marisol Ortega", "Ruth Anand"]


def test_a_described_subject_of_the_other_gender_leaves_the_pronoun_alone():
    text = ("Ruth Anand, executive director of the airport, said the terminal was full.\n\n"
            "Tom Ebeling, the airport's spokesman, said more buses were coming.\n\n"
            "The spokesman said 500 bottles were handed out, and she promised the terminal would stay "
            'open: "Nobody is getting pushed out tonight."\n')
    assert _speakers(text) == ["Ruth Anand"]         # (the last woman named, as before)


def test_a_name_a_role_calls_a_publication_is_no_she():
    """“for the industry newsletter Draw Desk, said”: the newsletter is read as a role before
    the name; still an organisation, no "she"."""
    text = ("Megan Stroud, who tracks jackpot games for the industry newsletter Draw Desk, said the rollover "
            'pulled in casual buyers. "When a jackpot clears, people line up," she said.\n')
    assert _speakers(text) == ["Megan Stroud"]


def test_a_one_word_name_inside_what_the_subject_said_is_no_he():
    """The company's short name appears in the body only alone (its full name in the title):
    the sentence's subject, a man, is the "he"."""
    text = ("Calder has said little publicly.\n\n"
            "Paul Hirsch, a former investigator at the agency, said the chronology showed Calder took "
            'months. "They had the pieces early," he said.\n')
    assert _speakers(text) == ["Paul Hirsch"]


def test_the_subject_of_the_other_gender_leaves_the_one_word_name():
    """The subject is a woman: "he" is not hers, so the one-word name stays the candidate."""
    text = ("Calder has said little publicly.\n\n"
            "Ann Hirsch, a former investigator at the agency, said the chronology showed Calder took "
            'months. "They had the pieces early," he said.\n')
    assert _speakers(text) == ["Calder"]


@pytest.mark.parametrize("title, role", [
    ("Dean of Students", "the dean"), ("State Treasurer", "the treasurer"),
    ("Environment councillor", "the councillor"),
    ("County Coroner", "the coroner"), ("Park ranger", "the ranger"), ("Harbormaster", "the harbormaster"),
])
def test_an_office_named_before_a_name_is_its_holder_later(title, role):
    """“Dean of Students Halima Rowe said … / “…,” the dean said”: the office's holder."""
    text = (f"{title} Halima Rowe said counselors would hold drop-in hours.\n\n"
            f'"We want students to know they do not have to shake it off," {role} said.\n')
    assert _speakers(text) == ["Halima Rowe"]


def test_an_indefinite_description_then_a_name_is_that_person():
    """“…,” said one British retiree, Graham Pettit.: the name after the description."""
    assert _speakers('Residents are calm. "None of this shocks me," said one British retiree, Graham Pettit.\n') \
        == ["Graham Pettit"]


def test_an_indefinite_description_alone_names_no_one():
    assert _speakers('Residents are calm. "None of this shocks me," said one British retiree.\n') == [None]
