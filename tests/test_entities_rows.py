"""Names in the rows of tables and lists (issue 12 item 2): results, league tables, squads,
scorecards, contact lines and bylines, typed by the row's shape. Every row here is invented."""

from __future__ import annotations

from test_entities_support import types

from reader.analysis.entities import extract_entities

HEAD = "ATHLETICS - RESULTS FROM THE MEETING .\nLUMBRIA 1997-05-04\nResults of the meeting on Sunday :\n"


def test_a_ranked_competitor_with_a_country_is_a_person_and_the_country_a_place():
    found = types(HEAD + "1. Tamsin Orrell ( Portugal ) 11.34\n2. Gideon Vasko ( Canada ) 11.40\n")
    assert found["Tamsin Orrell"] == "person" and found["Gideon Vasko"] == "person"
    assert found["Portugal"] == "place" and found["Canada"] == "place"


def test_a_competitor_then_a_team_after_the_brackets():
    found = types(HEAD + "3. Pelle Marrow ( Sweden ) Vantaro 1:51.857\n")
    assert found["Pelle Marrow"] == "person"


def test_score_lines_are_teams_and_national_sides_are_places():
    found = types(HEAD + "Dunmore Wanderers 2 Pell Harbour 1\nKestrel Town 0 Ardley 0 .\nPortugal 3 Canada 1\n")
    assert found["Dunmore Wanderers"] == "organization" and found["Pell Harbour"] == "organization"
    assert found["Kestrel Town"] == "organization" and found["Ardley"] == "organization"
    assert found["Portugal"] == "place" and found["Canada"] == "place"


def test_league_table_rows_and_fixtures_are_teams():
    found = types(HEAD + "Dunmore Wanderers 3 2 1 0 6 2 7\nArdley v Kestrel Town\nMORVEN AT VELDRA\n")
    assert found["Dunmore Wanderers"] == "organization"
    assert found["Ardley"] == "organization" and found["Kestrel Town"] == "organization"
    assert found["MORVEN"] == "organization" and found["VELDRA"] == "place"


def test_the_town_after_at_in_a_fixture_is_where_it_is_played_and_stays_a_side_elsewhere():
    text = (HEAD + "KESTREL 4 Ardley 2\nVELDRA 1 Morven 0\nGAMES ON MONDAY\nMORVEN AT KESTREL\n"
            "ARDLEY AT VELDRA\n")
    ents = [(e.type, text[a:b], a) for e in extract_entities(text) for a, b in e.mentions]
    fixtures = text.index("GAMES ON MONDAY")
    assert ("place", "KESTREL") in [(t, s) for t, s, a in ents if a > fixtures]
    assert ("place", "VELDRA") in [(t, s) for t, s, a in ents if a > fixtures]
    assert ("organization", "MORVEN") in [(t, s) for t, s, a in ents if a > fixtures]
    assert ("organization", "KESTREL") in [(t, s) for t, s, a in ents if a < fixtures]
    assert ("organization", "VELDRA") in [(t, s) for t, s, a in ents if a < fixtures]


def test_scorers_minutes_and_cricket_scorecards_name_people():
    found = types(HEAD + "Ardley 2 ( Ostrow 12th , Penhallow 80th ) Kestrel Town 1 ( Vesk 3rd )\n"
                  "T. Harwell c Dumont b Kasprzak 54\nR. Ellery not out 12\n")
    assert found["Ostrow"] == "person" and found["Penhallow"] == "person" and found["Vesk"] == "person"
    assert found["T. Harwell"] == "person" and found["Dumont"] == "person" and found["Kasprzak"] == "person"
    assert found["R. Ellery"] == "person"


def test_a_club_in_brackets_after_a_player():
    found = types(HEAD + "Defenders - Jonas Perrin ( Ardley ) , Milo Varga ( Kestrel Town ) .\n")
    assert found["Jonas Perrin"] == "person" and found["Ardley"] == "organization"
    assert found["Kestrel Town"] == "organization"


def test_contact_lines_and_bylines():
    found = types("MARKETS - SHARES CLOSE HIGHER .\nHelena Varrow\nLUMBRIA 1997-05-04\nShares rose on Monday .\n"
                  "-- Tomas Brell , Lumbria Newsroom , +44 171 542 0000\n")
    assert found["Helena Varrow"] == "person" and found["Tomas Brell"] == "person"
    assert found["Lumbria Newsroom"] == "organization"


def test_a_title_case_headline_is_not_a_row():
    # no row shape: headline words stay out unless the running text names them
    found = types("Judge Rules Agency Broke Law\nA judge ruled on Monday that the agency broke the law.")
    assert not found


def test_names_listed_with_a_player_and_initialled_names_are_people():
    found = types(HEAD + "Leading scores :\n66 Tomas Ferrell ( Portugal ) , Ian Pavlow , Max Antell\n"
                  "Kestrel 255-3 ( D. Fallon 64 , M. Walder 59 )\n")
    assert found["Ian Pavlow"] == "person" and found["Max Antell"] == "person"
    assert found["D. Fallon"] == "person" and found["M. Walder"] == "person"


def test_the_name_after_a_ranked_competitors_country_is_their_team():
    found = types(HEAD + "1. Pieter Voss ( Belgium ) Korvax 4 hours 12 mins 3 seconds\n"
                  "2. Tomas Lindqvist ( Sweden ) Velmora Ardent 5 seconds behind\n"
                  "3. Enzo Carrel ( Italy ) , Strada Motori , 1:52.307\n"
                  "4. Hugo Marten ( Spain ) Korvax same time\n")
    assert found["Pieter Voss"] == "person" and found["Enzo Carrel"] == "person"
    assert found["Korvax"] == "organization" and found["Velmora Ardent"] == "organization"
    assert found["Strada Motori"] == "organization"
    assert found["Belgium"] == "place" and found["Italy"] == "place"


def test_a_list_of_competitors_with_countries_stays_a_list_of_people():
    found = types(HEAD + "Tied 5th : Lars Brenner ( Denmark ) , Owen Castell ( Wales ) , Miro Kallas ( Finland )\n")
    assert found["Owen Castell"] == "person" and found["Miro Kallas"] == "person"


def test_a_cricket_results_ground_and_its_sides_out_of_the_brackets():
    found = types("CRICKET - COUNTY RESULTS .\nLONDON 1997-06-02\nResults on the final day :\n"
                  "Brackley : Wessex 312 and 188-4 ( T. Harwell 91 , R. Ellery 55 ; P. Dumont 4-61 ) , "
                  "Mercia 240 ( K. Vesk 77 ) .\nAt Fern Hill : Lindsey 199 and 230 , Rutland 410 .\n"
                  "Bowling : Harwell 10-1-40-2 , Dumont 8-0-35-1\n")
    assert found["Brackley"] == "place" and found["Fern Hill"] == "place" and "Bowling" not in found
    for side in ("Wessex", "Mercia", "Lindsey", "Rutland"):
        assert found[side] == "organization", side
    assert found["T. Harwell"] == "person" and found["P. Dumont"] == "person"


def test_a_line_listing_full_names_with_commas_names_people():
    found = types(HEAD + "Squad :\nHolm , Pieter Voss , Lena Varga , Tomas Lindqvist , Ruel\n")
    for name in ("Pieter Voss", "Lena Varga", "Tomas Lindqvist", "Holm", "Ruel"):
        assert found[name] == "person", name


def test_a_line_listing_places_or_one_name_is_no_list_of_people():
    found = types(HEAD + "New Zealand , South Africa , Sri Lanka\nNext meeting : Pieter Voss .\n")
    assert found.get("New Zealand") != "person" and found.get("Sri Lanka") != "person"
