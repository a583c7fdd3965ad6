"""Words around a name that are not part of it but say what it is: "Ohio-based" before a
firm, "Kenyan-born" before a person, "Communist-led" before a union. All texts invented."""

from __future__ import annotations

import pytest

from reader.analysis.entities import extract_entities


def mentions(text: str) -> dict[str, str]:
    """Each mention's text and its entity's type."""
    return {text[s:e]: ent.type for ent in extract_entities(text) for s, e in ent.mentions
            if ent.type in ("person", "organization", "place")}


@pytest.mark.parametrize(("sentence", "name", "type_"), [
    ("The move to Bergamo-based Atalanta reunites him with his old coach.", "Atalanta", "organization"),
    ("Analysts said Ohio-based Carrow Holdings Inc. would bid.", "Carrow Holdings Inc.", "organization"),
    ("Shares of Denver-based Pellworth Mining rose on Tuesday.", "Pellworth Mining", "organization"),
    ("The shipyard, a unit of Singapore-listed Harlow Marine, said it would hire.", "Harlow Marine", "organization"),
    ("Kenyan-born Miriam Otieno won the race in Boston.", "Miriam Otieno", "person"),
    ("Protesters from the Communist-led CGT union marched in Lyon.", "CGT", "organization"),
    ("Tension rose again in British-ruled Northern Ireland.", "Northern Ireland", "place"),
])
def test_an_affiliation_word_is_left_out_and_types_the_name(sentence, name, type_):
    found = mentions(sentence)
    assert found.get(name) == type_
    assert not any("-" in m and m.split("-")[-1].split()[0] in ("based", "listed", "born", "led", "ruled")
                   for m in found)


def test_a_based_person_keeps_the_role_noun_between():
    found = mentions("The London-based lawyer Ruth Haskell said the deal was fair.")
    assert found.get("Ruth Haskell") == "person"
