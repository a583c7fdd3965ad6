"""Entity types that names alone decide: a land or water feature is a place ("Welney
Wash", "Ocotillo Basin"), a firm named by its trade is an organisation ("Corveth
Logistics"), and the pronoun "I" or "Nobody" is never anyone. Surnames that are also
features ("Tiger Woods", "Faith Hill") stay people. All texts invented."""

from __future__ import annotations

import pytest

from reader.analysis.entities import extract_entities


def typed(text: str) -> dict[str, str]:
    return {e.name: e.type for e in extract_entities(text)}


@pytest.mark.parametrize(("sentence", "name", "type_"), [
    ("Floodwater spread across Welney Wash on Tuesday, officials said.", "Welney Wash", "place"),
    ("Farmers in the Ocotillo Basin have lost half their wells.", "Ocotillo Basin", "place"),
    ("The ferry crossed Harrow Sound before dawn.", "Harrow Sound", "place"),
    ("Corveth Logistics will cut 300 jobs, the company said.", "Corveth Logistics", "organization"),
    ("Staff at Calder Lyceum voted to strike.", "Calder Lyceum", "organization"),
])
def test_a_name_typed_by_its_last_word(sentence, name, type_):
    assert typed(sentence).get(name) == type_


@pytest.mark.parametrize("sentence", [
    '"At half-time I told them they were better than this," said coach Kenny Ashworth.',
    "Nobody answered the door, said neighbour Janine Ostrowski.",
    "Then I left, Janine Ostrowski said.",
])
def test_a_pronoun_is_no_entity(sentence):
    names = typed(sentence)
    assert "I" not in names and "Nobody" not in names
    assert any(t == "person" for t in names.values())


@pytest.mark.parametrize(("sentence", "name"), [
    ("Tiger Woods said he would play on Sunday.", "Tiger Woods"),
    ("Faith Hill said the tour would go on.", "Faith Hill"),
])
def test_a_surname_that_is_also_a_feature_stays_a_person(sentence, name):
    assert typed(sentence).get(name) == "person"


def test_a_firms_short_name_is_the_firm():
    text = ("Corveth Logistics will cut 300 jobs at its depot in Swindon, the company said. "
            "Corveth said it would offer the staff other posts.")
    orgs = {e.name: e for e in extract_entities(text) if e.type == "organization"}
    assert list(orgs) == ["Corveth Logistics"]
    assert "Corveth" in orgs["Corveth Logistics"].aliases


def test_a_word_two_long_names_share_stays_apart():
    text = ("Burnley Rovers beat Preston 2-1. The Rovers Supporters Trust praised the team. "
            "Rovers have won four in a row.")
    names = {e.name for e in extract_entities(text) if e.type == "organization"}
    assert "Burnley Rovers" in names and "Rovers Supporters Trust" in names
