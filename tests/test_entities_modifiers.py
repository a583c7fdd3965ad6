"""Words around a name that are not part of it but say what it is: "Ohio-based" before a
firm, "Kenyan-born" before a person, "airport" or "province" after a place, "government"
after the place it governs. All texts invented."""

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


@pytest.mark.parametrize(("sentence", "name"), [
    ("The charter plane landed at Stansted airport on Tuesday.", "Stansted"),
    ("Residents of the Marjayoun village fled before dawn.", "Marjayoun"),
    ("The company opened a plant in Jiangsu province last year.", "Jiangsu"),
    ("Talks on the disputed Karabakh region resumed.", "Karabakh"),
    ("Ali Hamdan grew up in Qalandia refugee camp.", "Qalandia"),
    ("Worshippers gathered at the Omari mosque on Friday.", "Omari"),
])
def test_a_site_noun_after_a_name_makes_it_a_place(sentence, name):
    assert mentions(sentence).get(name) == "place"


@pytest.mark.parametrize("sentence", [
    "Huge stadium lights lit the pitch.",
    "Bright airport signs point the way.",
])
def test_a_sentences_first_adjective_before_a_site_noun_is_no_place(sentence):
    assert mentions(sentence) == {}


@pytest.mark.parametrize(("sentence", "name"), [
    ("Britain made a sharp protest to the Tehran government on Monday.", "Tehran"),
    ("Talks were disrupted by the Taiwan authorities, the agency said.", "Taiwan"),
])
def test_the_government_of_a_place_names_the_place(sentence, name):
    assert mentions(sentence).get(name) == "place"


@pytest.mark.parametrize(("sentence", "name"), [
    ("The Biden administration said it would appeal.", "Biden administration"),
    ("The Dole campaign released a letter on Friday.", "Dole campaign"),
])
def test_a_persons_administration_stays_a_body(sentence, name):
    assert mentions(sentence).get(name) == "organization"


@pytest.mark.parametrize(("sentence", "name"), [
    ("Former England captain Tom Ashby handed over the armband.", "England"),
    ("Former U.S. president Martin Hale spoke at the dinner.", "U.S."),
])
def test_a_country_after_former_is_the_place(sentence, name):
    found = mentions(sentence)
    assert found.get(name) == "place"
    assert not any(m.startswith("Former") for m in found)


@pytest.mark.parametrize(("sentence", "first", "type_", "place"), [
    ("The car is made by Halvard Motor Corp of South Korea, the agency said.", "Halvard Motor Corp", "organization",
     "South Korea"),
    ("King Tarvani of Nepal told visitors his country would stay neutral.", "Tarvani", "person", "Nepal"),
])
def test_a_firm_or_a_titled_person_of_a_country_is_two_names(sentence, first, type_, place):
    found = mentions(sentence)
    assert found.get(first) == type_
    assert found.get(place) == "place"


def test_a_title_of_a_place_stays_one_name():
    assert mentions("The Bank of England raised rates on Thursday.").get("Bank of England") == "organization"
