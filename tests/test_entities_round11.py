"""Entity rules of round 11: a name before a lower-case noun for a road or a structure on it
("the Quarry Lane bridge") is a place, a short word in capitals is an acronym, not the small
town its title-case form names, a settlement noun in an apposition makes a place, and a
sentence's opening "New" stays in a known place's name. Every sentence here is invented."""

from __future__ import annotations

from test_entities_support import types

from reader.analysis.place_names import place_of


def test_a_street_before_a_structure_noun_is_a_place_not_an_organisation():
    text = "Traffic was stopped on the Quarry Lane bridge on Tuesday after a lorry lost its load."
    assert types(text).get("Quarry Lane") == "place"


def test_names_before_road_and_tunnel_nouns_are_places():
    found = types("Lorries queued for hours at the Veldor tunnel and on the Marrick highway. "
                  "The body was found in the nearby Ostel river on Sunday.")
    assert found.get("Veldor") == "place"
    assert found.get("Marrick") == "place"
    assert found.get("Ostel") == "place"


def test_a_city_before_jail_is_the_place():
    text = "Activist Dorin Vasko has been held in a Tarvik jail since March, his lawyer Ana Brel said."
    found = types(text)
    assert found.get("Tarvik") == "place"
    assert found.get("Dorin Vasko") == "person"


def test_a_surname_before_a_verb_is_not_read_as_a_road():
    text = "Actor Nathan Lane crossing the square was cheered, said reporter Ina Holt."
    assert types(text).get("Nathan Lane") != "place"


def test_a_short_word_in_capitals_is_no_small_town():
    # "Vela" is a small town in the gazetteer; "VELA" in capitals is an acronym
    assert place_of("Vela") is not None
    assert place_of("VELA") is None
    assert place_of("BARI") is not None      # a major city in capitals (a headline) still is one


def test_an_acronym_after_a_locative_is_an_organisation_not_a_town():
    text = ("Ministers of Norvia said on Monday they would move closer to VELA, the regional trade "
            "pact, before the summit. VELA said in a statement that talks would resume.")
    assert types(text).get("VELA") == "organization"


def test_a_name_in_apposition_with_a_settlement_noun_is_a_place():
    text = ("Rebels held Dunmore Vale , a small village about 300 km north of Carrow , for two hours. "
            "Officials in Brask , an old mining town of 9,000 , said schools were shut.")
    found = types(text)
    assert found.get("Dunmore Vale") == "place"
    assert found.get("Brask") == "place"


def test_a_settlement_noun_inside_a_longer_phrase_is_no_place_cue():
    text = "Tom Rusk , a town council contractor , said the work was done on time."
    assert types(text).get("Tom Rusk") == "person"


def test_a_sentence_opening_new_that_starts_a_known_place_stays_in_the_name():
    found = types("Prices rose.\nNew Zealand beat Fiji 3-1 on Sunday.\nNew Delhi said on Monday it would reply.")
    assert found.get("New Zealand") == "place"
    assert found.get("New Delhi") == "place"
    assert "Zealand" not in found and "Delhi" not in found


def test_a_sentence_opening_new_before_an_unknown_name_is_still_dropped():
    found = types("New Carrow rules apply from Monday, said trader Tom Ash.")
    assert "New Carrow" not in found


def test_a_name_after_in_before_said_is_where_others_speak_not_a_speaker():
    assert types("Police in Hollowmere said the road would reopen on Friday.").get("Hollowmere") == "place"
    assert types("Officials at Brenmoor said the count was wrong.").get("Brenmoor") != "person"  # a place or a body
    found = types("The statement from Edda Morrow said she had resigned. A clerk went to see Osk Varga who said no.")
    assert found.get("Edda Morrow") == "person"
    assert found.get("Osk Varga") == "person"
