"""Entity types from the article's own cues (issue 12 item 2): the subject of "said" that is a
country or a body, datelines, "the" before a team or a company, labels such as "Group A".
Every sentence here is invented."""

from __future__ import annotations

from reader.analysis.entities import extract_entities


def types(text: str) -> dict[str, str]:
    """Surface form → type, for people, organisations and places."""
    out = {}
    for e in extract_entities(text):
        if e.type in ("person", "organization", "place"):
            for alias in e.aliases:
                out[alias] = e.type
    return out


# --- 1. the subject of "said" is not always a person -----------------------------------------

def test_a_country_that_speaks_is_a_place():
    assert types("Portugal said on Monday it would send two ships.")["Portugal"] == "place"
    assert types("Argentina said the talks had failed.")["Argentina"] == "place"


def test_a_place_name_that_is_the_articles_person_stays_a_person():
    text = "The singer Florence Houston arrived late. Houston said the band was tired."
    assert types(text)["Houston"] == "person"


def test_said_it_makes_a_body_and_said_he_a_person():
    assert types("Brandwell Milling said on Tuesday it would close a mill.")["Brandwell Milling"] == "organization"
    assert types("Orvane Textiles said its profit fell by a third.")["Orvane Textiles"] == "organization"
    assert types("Marta Quillon said on Tuesday he would resign.")["Marta Quillon"] == "person"
    # "that it": the clause has its own subject
    assert types("Marta Quillon said that it was a mistake.")["Marta Quillon"] == "person"
    # a new capitalised subject ends the search for "it"
    assert types("Marta Quillon said Portugal would lift its ban.")["Marta Quillon"] == "person"


def test_news_agencies_newspapers_and_shares_are_organisations():
    found = types("The official Tarvik news agency quoted a minister. Delmora shares fell 3 percent.")
    assert found["Tarvik"] == "organization" and found["Delmora"] == "organization"
    assert types("He told Ostland Radio the vote was fair.")["Ostland Radio"] == "organization"


def test_company_forms_without_a_full_stop():
    found = types("Kelbrook Foods Inc bought Marrow Holdings Plc and Treve Co for cash.")
    assert found["Kelbrook Foods Inc"] == "organization"
    assert found["Marrow Holdings Plc"] == "organization"
    assert found["Treve Co"] == "organization"


def test_which_after_a_name_is_not_a_person():
    assert types("They met Vantor Logistics, which runs the port.")["Vantor Logistics"] == "organization"
    assert types("They met Alma Verity, who runs the port.")["Alma Verity"] == "person"


# --- 2. datelines ------------------------------------------------------------------------------

def test_datelines_give_places():
    assert types("OSLO 2001-03-04\nFishermen blocked the harbour.")["OSLO"] == "place"
    assert types("SAN MARTELLO 2001-03-04\nFishermen blocked the harbour.")["SAN MARTELLO"] == "place"
    assert types("Oslo, March 4 (Reuters) - Fishermen blocked the harbour.")["Oslo"] == "place"
    assert types("VELDRA, March 4 (AP) - Fishermen blocked the harbour.")["VELDRA"] == "place"


def test_only_the_start_of_a_line_is_a_dateline():
    found = types("Fishermen met Tomas Brell 2001-03-04 in the harbour.\nUPDATE 2001-03-05\nThey left.")
    assert found.get("Tomas Brell") != "place" and "UPDATE" not in found
    # a title-case word before a date is a dateline only with the agency's mark
    assert "Fishermen" not in types("Fishermen, March 4 were angry.")


# --- 3. "the" before a name: teams, companies, not people ------------------------------------------

def test_the_before_a_team_makes_an_organisation():
    text = "Pell Harbour Rovers beat the Dunmore Wanderers 2-1 on Saturday."
    assert types(text)["Dunmore Wanderers"] == "organization"
    assert types("The Kestrels scored twice in the second half.")["Kestrels"] == "organization"


def test_the_before_a_name_that_is_a_person_or_a_place():
    text = "Judge Ana Rellow ruled on Monday. Lawyers appealed the Rellow ruling."
    assert types(text)["Rellow"] == "person"
    assert types("Troops returned to the Lumbra valley and to the Sudan.").get("Sudan") in ("place", None)
    assert types("He joined the Portugal squad.")["Portugal"] == "place"


# --- 5. labels are not organisations ----------------------------------------------------------------

def test_group_labels_are_not_organisations():
    found = types("Brenford Athletic top Group C after beating the Harriers. Pool B starts on Friday.")
    assert "Group C" not in found and "Pool B" not in found
    assert types("He works for the Marvell Group in Leeds.")["Marvell Group"] == "organization"


# --- 4. a capitalised word glued onto a name ----------------------------------------------------

def test_a_sentence_initial_role_noun_is_not_part_of_the_name():
    found = types("Analyst Petra Wollen expects a loss.")
    assert found.get("Petra Wollen") == "person" and "Analyst Petra Wollen" not in found
    assert types("Petra Wollen expects a loss.")["Petra Wollen"] == "person"
