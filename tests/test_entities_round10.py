"""Entity rules of round 10: month names inside longer words, single surnames after "beat",
name particles, spurious table words, "U.S." before a title, regions and long organisation
names. Every sentence here is invented."""

from __future__ import annotations

from test_entities_support import types

from reader.analysis.dates import find_dates


def test_a_month_inside_a_longer_word_is_no_date():
    found = [d.text for d in find_dates("Augustina Pell flew from Augusta to Juneau in August 2021.")]
    assert found == ["August 2021"]
    assert [d.text for d in find_dates("They met on Aug. 9 and again in Sept. 2020.")] == ["Aug. 9", "Sept. 2020"]


def test_a_first_name_that_starts_like_a_month_stays_in_the_name():
    text = "Club chairman Augusto Pereira said the board would meet."
    assert types(text).get("Augusto Pereira") == "person"


def test_a_player_beaten_in_an_individual_sport_stays_a_person():
    text = ("Tomas Kervin of Sweden needed three sets in the quarter-final on Friday. "
            "Kervin lost to the top seed last year. "
            "Then Luca Brandt beat Kervin 6-3 6-4 in the semifinal. Kervin said he was tired.")
    found = types(text)
    assert found["Tomas Kervin"] == "person"
    assert found["Kervin"] == "person"


def test_a_club_beaten_stays_an_organisation():
    text = "Dynamo Moscow lost 2-1 on Sunday. Torpedo beat Dynamo Moscow in the cup last year."
    assert types(text)["Dynamo Moscow"] == "organization"


def test_a_beaten_player_in_a_results_row_is_a_person():
    text = "Tennis results on Friday:\nTomas Kervin ( Sweden ) beat Luca Brandt ( Germany ) 6 - 3 6-4 6-2\n"
    found = types(text)
    assert found.get("Luca Brandt") == "person"
    assert found.get("Germany") == "place"


def test_scorecard_labels_and_table_letters_name_nothing():
    text = ("Pellham innings:\nJ. Orton c Vance b Rudd 44\nExtras ( lb-4 nb-2 ) 6\nTotal ( 9 wickets , 50 overs ) 231\n"
            "Shares offered N / A\n")
    found = types(text)
    assert "Extras" not in found and "Total" not in found and "N" not in found


def test_a_headline_sport_and_a_month_in_capitals_name_nothing():
    text = "GOLF - KERVIN TAKES LEAD\nSATURDAY , AUGUST 31 SCHEDULE\nTomas Kervin took the lead on Friday."
    found = types(text)
    assert "GOLF" not in found and "AUGUST" not in found


def test_name_particles_stay_in_a_persons_name():
    text = ("Flanker Pieter van der Merwald scored twice. Van der Merwald said the pack was tired. "
            "The bowling of Ruwan de Lanerolle was steady, and de Lanerolle took three wickets. "
            "Coach Maike den Hollander watched.")
    found = types(text)
    assert found.get("Pieter van der Merwald") == "person"
    assert found.get("Van der Merwald") == "person"
    assert found.get("de Lanerolle") == "person"
    assert found.get("Maike den Hollander") == "person"


def test_regions_of_the_world_are_places():
    found = types("Factory orders rose across the Midwest, while traders in the Far East and the Balkans waited.")
    assert found.get("Midwest") == "place"
    assert found.get("Far East") == "place"
    assert found.get("Balkans") == "place"


def test_a_name_ending_in_a_country_or_a_big_city_is_a_club_or_a_firm():
    found = types("Torpedo Moscow will play their next game behind closed doors. Figures Canada reported growth.")
    assert found.get("Torpedo Moscow") == "organization"
    assert found.get("Figures Canada") == "organization"
    assert types("Later, Jack London wrote about the trip.").get("Jack London") == "person"
