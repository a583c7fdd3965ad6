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
