"""Entities: merging by definitions, titles, surnames and possessives; junk rejection;
places; the JSON and human listings; spans are exact slices on any text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.analysis.entities import extract_entities
from reader.analysis.entity_merge import entities_json
from reader.library.loading import load_library
from reader.library.model import Article
from reader.reports.entity_listing import format_entities


def ents(text: str, type_: str | None = None) -> dict[str, object]:
    return {e.name: e for e in extract_entities(text) if type_ is None or e.type == type_}


def spans_of(text: str, entity) -> list[str]:
    return [text[s:e] for s, e in entity.mentions]


# --- merging -------------------------------------------------------------------------

def test_definition_in_parentheses_makes_the_acronym_an_alias():
    text = ("A judge blocked Immigration and Customs Enforcement (ICE) from using the data. "
            "The ruling told ICE to stop, and ICE agents complied.")
    orgs = ents(text, "organization")
    assert list(orgs) == ["Immigration and Customs Enforcement"]
    ice = orgs["Immigration and Customs Enforcement"]
    assert ice.aliases == ["Immigration and Customs Enforcement", "ICE"]
    assert spans_of(text, ice) == ["Immigration and Customs Enforcement", "ICE", "ICE", "ICE"]


def test_dhs_definition_and_later_acronym():
    text = ("She could not order ICE or its parent agency — the Department of Homeland Security (DHS) — to act, "
            "since neither ICE nor DHS were parties.")
    dhs = ents(text, "organization")["Department of Homeland Security"]
    assert dhs.count == 3 and "DHS" in dhs.aliases


def test_acronym_matching_initials_merges_without_a_definition():
    text = ("A deal between Internal Revenue Service and Immigration and Customs Enforcement was blocked. "
            "The IRS said little. DOJ officials defended it, but the judge rejected the Justice Department’s case.")
    orgs = ents(text, "organization")
    assert set(orgs) == {"Internal Revenue Service", "Immigration and Customs Enforcement", "Justice Department"}
    assert orgs["Internal Revenue Service"].count == 2
    assert orgs["Justice Department"].aliases == ["DOJ", "Justice Department"]


def test_us_prefix_is_the_same_agency():
    text = "The IRS shared data with U.S. Immigration and Customs Enforcement. ICE then asked for more."
    orgs = ents(text, "organization")
    assert orgs["U.S. Immigration and Customs Enforcement"].count == 2


def test_titles_are_stripped_and_surnames_resolve_to_the_full_name():
    text = ("U.S. District Judge Colleen Kollar-Kotelly ruled on Friday. “The Court finds it unlikely,” "
            "Kollar-Kotelly wrote. Judge Kollar-Kotelly said more. Kollar-Kotelly’s ruling stands.")
    people = ents(text, "person")
    assert list(people) == ["Colleen Kollar-Kotelly"]
    judge = people["Colleen Kollar-Kotelly"]
    assert spans_of(text, judge) == ["Colleen Kollar-Kotelly", "Kollar-Kotelly", "Kollar-Kotelly", "Kollar-Kotelly"]
    assert judge.roles == ["U.S. District Judge"]
    assert "Court" not in ents(text)


def test_president_and_surname_are_one_person():
    text = "President Donald Trump made it a priority. Billy Long, a Trump loyalist, resigned."
    people = ents(text, "person")
    assert people["Donald Trump"].aliases == ["Donald Trump", "Trump"]
    assert people["Donald Trump"].count == 2
    assert people["Billy Long"].count == 1


@pytest.mark.parametrize("phrase, org", [
    ("the Trump administration’s mass deportation efforts", "Trump administration"),
    ("threatened by the Trump-Vance administration", "Trump-Vance administration"),
    ("sons and the Trump Organization having joined the suit", "Trump Organization"),
])
def test_trump_compounds_are_not_the_person(phrase, org):
    text = f"President Donald Trump spoke. It was {phrase}."
    found = ents(text)
    assert found["Donald Trump"].count == 1
    assert found[org].type == "organization"


def test_trump_vance_administration_merges_with_trump_administration():
    text = "The Trump administration can appeal. Critics attacked the Trump-Vance administration."
    org = ents(text, "organization")["Trump administration"]
    assert org.aliases == ["Trump administration", "Trump-Vance administration"]


def test_a_suffix_makes_a_different_person():
    text = ("President Donald Trump himself is suing the IRS, with sons Donald Jr. and Eric and the "
            "Trump Organization having joined the suit.")
    people = ents(text, "person")
    assert set(people) == {"Donald Trump", "Donald Jr.", "Eric"}
    assert people["Donald Jr."].count == 1 and people["Donald Trump"].count == 1


def test_possessives_are_left_out_of_spans():
    text = ("ICE’s claim was questionable. The IRS’s own policy said so. Kollar-Kotelly’s ruling, "
            "Judge Colleen Kollar-Kotelly.")
    found = ents(text)
    assert spans_of(text, found["ICE"]) == ["ICE"]
    assert spans_of(text, found["IRS"]) == ["IRS"]
    assert spans_of(text, found["Colleen Kollar-Kotelly"]) == ["Kollar-Kotelly", "Colleen Kollar-Kotelly"]


@pytest.mark.parametrize("text, name, role", [
    ("In response, Department of Homeland Security spokesperson Tricia McLaughlin said no.", "Tricia McLaughlin",
     "spokesperson"),
    ("Former IRS contractor Charles Littlejohn was sentenced.", "Charles Littlejohn", "contractor"),
    ("“It is a win,” Skye Perryman, president of Democracy Forward, said.", "Skye Perryman", "president"),
    ("“How?” said Mark Fleming, an attorney with the National Immigrant Justice Center.", "Mark Fleming", "attorney"),
    ("U.S. District Judge Jeffrey Cummings, a Biden appointee, ruled.", "Jeffrey Cummings", "U.S. District Judge"),
])
def test_person_cues(text, name, role):
    person = ents(text, "person")[name]
    assert role in person.roles


def test_president_of_makes_an_organisation_and_coordination_carries_the_type():
    text = ("Skye Perryman, president of Democracy Forward, said it. He leaked records to ProPublica "
            "and the New York Times.")
    orgs = ents(text, "organization")
    assert {"Democracy Forward", "ProPublica", "New York Times"} <= set(orgs)


def test_attribute_nouns_make_people_not_places():
    text = "Judge Colleen Kollar-Kotelly, a Clinton appointee, ruled. The Obama judge agreed, as did a Biden appointee."
    found = ents(text)
    assert found["Clinton"].type == "person" and found["Obama"].type == "person" and found["Biden"].type == "person"


def test_laws_events_and_generic_court_are_not_entities():
    text = ("The judge said it violated the Administrative Procedure Act and the Internal Revenue Code. "
            "“The Court finds it unlikely,” she wrote, citing the Address-Sharing Policy during Operation "
            "Midway Blitz.")
    assert {e.type for e in extract_entities(text)} <= {"date", "figure"}


# --- junk -----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "However, the ruling stands.",
    "Federal law strictly protects confidential taxpayer information, the court said of federal law.",
    "Other anti-Trump groups involved in the lawsuit praised the ruling, among other things.",
    "Court records indicate the deal was signed. The court agreed.",
    "Documents revealed in the case show the agency requested court documents.",
    "Millions of undocumented immigrants pay taxes, and millions more do not.",
    "Earlier this week, another judge dismissed the case.",
    "Plaintiffs have shown that the policy was arbitrary.",
])
def test_sentence_initial_common_words_are_not_entities(sentence):
    assert extract_entities(sentence) == []


def test_title_case_headline_yields_only_names_known_from_the_text():
    text = ("Judge Rules IRS Broke Law by Sharing Taxpayer Data With Trump Admin\n\n"
            "A federal judge ruled that the IRS likely broke the law, Judge Colleen Kollar-Kotelly said.\n")
    found = ents(text)
    assert set(found) == {"IRS", "Colleen Kollar-Kotelly"}
    assert found["IRS"].count == 2           # the headline's IRS is a known name
    assert all(not n.startswith(("Judge Rules", "Sharing", "Trump")) for n in found)


def test_page_furniture_is_skipped():
    text = ("NewsNation\n\nA federal judge blocked ICE.\n\nAdvertisement\n\nLeave a Reply\n\n"
            "Sources\n\nThe-CNN-Wire\n™ & © 2025 Cable News Network, Inc., a Warner Bros. Discovery Company. "
            "All rights reserved.\n")
    assert [e.name for e in extract_entities(text)] == ["ICE"]


# --- places ---------------------------------------------------------------------------

def test_places_from_the_gazetteer_and_short_forms():
    text = ("The judge sits in Washington, D.C., and agents made arrests in the Chicago area. They challenged "
            "a New York law. People who came to the US illegally, or to the U.S., or live in America.")
    places = ents(text, "place")
    assert set(places) == {"Washington, D.C.", "Chicago", "New York", "United States"}
    assert places["United States"].aliases == ["US", "U.S.", "America"]


def test_a_small_town_needs_a_locative_and_the_washington_times_is_no_place():
    text = "The Washington Times reported that Clinton said so. He moved to Clinton last year."
    found = {(e.name, e.type) for e in extract_entities(text)}
    assert ("Washington Times", "organization") in found
    assert ("Clinton", "place") in found
    assert not any(n == "Washington" for n, _ in found)


def test_us_in_a_title_or_an_agency_name_is_no_place():
    text = "U.S. District Judge Indira Talwani ordered U.S. Immigration and Customs Enforcement to stop."
    assert "place" not in {e.type for e in extract_entities(text)}


# --- dates as entities ----------------------------------------------------------------

def test_dates_merge_by_normalised_name():
    text = "A judge on Friday ruled. The ruling Friday followed an Aug. 7 request and an August 7 letter."
    dates = ents(text, "date")
    assert dates["Friday"].count == 2
    assert dates["August 7"].aliases == ["Aug. 7", "August 7"] and dates["August 7"].value == "--08-07"


# --- bundled story, JSON and listing -------------------------------------------------------

@pytest.fixture(scope="module")
def bundled():
    return load_library().articles


def test_entities_json_merges_across_articles(bundled):
    records = entities_json(bundled)
    by_name = {(r["name"], r["type"]): r for r in records}
    trump = by_name[("Donald Trump", "person")]
    assert trump["counts"] == {"cnn": 2, "dcnf-talwani": 1, "house-addresses": 2, "newsnation": 1}
    assert trump["mentions"] == len(trump["spans"]) == 6
    ice = by_name[("Immigration and Customs Enforcement", "organization")]
    assert set(ice["articles"]) == {"cnn", "dcnf-talwani", "house-addresses", "judge-rules", "newsnation"}
    assert {"ICE", "U.S. Immigration and Customs Enforcement"} <= set(ice["aliases"])
    bodies = {a.id: a.body for a in bundled}
    for r in records:
        assert set(r) >= {"name", "type", "aliases", "mentions", "spans", "articles", "counts"}
        assert r["type"] in ("person", "organization", "place", "date", "figure")
        for span in r["spans"]:
            assert 0 <= span["start"] < span["end"] <= len(bodies[span["article"]])
    figure = by_name[("1.28 million", "figure")]
    assert {f["counts"] for f in figure["figures"]} >= {"criminal matters", "investigations", "people"}


def test_format_groups_by_type(bundled):
    listing = format_entities(entities_json(bundled))
    headings = [line for line in listing.splitlines() if line and not line.startswith(" ")]
    assert headings == ["People (14)", "Organisations (17)", "Places (5)", "Dates (17)", "Figures (12)"]
    assert "\x1b" not in listing
    assert "\x1b[1m" in format_entities(entities_json(bundled), colour=True)


def test_article_objects_and_strings_give_the_same_result(bundled):
    article = bundled[0]
    assert extract_entities(article) == extract_entities(article.body)


def test_empty_and_blank_text():
    assert extract_entities("") == []
    assert extract_entities(" \n\n ") == []
    assert entities_json([]) == []
    assert format_entities([]) == ""
    assert entities_json([Article(id="x", body="", title="x")]) == []


# --- property: never crashes, spans are exact slices ----------------------------------------

VOCAB = ["U.S.", "Judge", "President", "Donald", "Trump", "Trump’s", "ICE", "(ICE)", "(", ")", "Department", "of",
         "and", "the", "The", "Aug.", "June", "27", "1.27", "million", "$10", "billion", "five-year", "Jr.", ",",
         "’s", ", D.C.", "Washington", "\n", "\n\n", "#", "“", "”", "—", "said", "wrote", "a", "loyalist", "in",
         "Chicago", "administration", "Center", "for", "Rights", "more than", "47,000", "records", "of them",
         "2019", "early", "Friday", "spokesperson", "who", "Advertisement", "-", "%", "percent", "Kollar-Kotelly",
         "İstanbul", "ǅ", "Σ", "ß", "ﬁ", "\u0301", "0", "1,100", "of the", "3,000", "people"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(st.sampled_from(VOCAB), st.text(max_size=6)), max_size=60).map(" ".join),
    st.lists(st.sampled_from(VOCAB), max_size=60).map("".join),
))
def test_never_crashes_and_spans_are_exact_slices(text):
    for e in extract_entities(text):
        assert e.type in ("person", "organization", "place", "date", "figure")
        assert e.mentions == sorted(set(e.mentions))
        for i, (s, t) in enumerate(e.mentions):
            assert 0 <= s < t <= len(text)
            piece = text[s:t]
            if e.type == "figure":
                assert e.details[i]["text"] == piece
            else:
                assert " ".join(piece.split()) in e.aliases


# --- found on news outside the bundled story ----------------------------------------------

def test_middle_initials_and_the_surname():
    text = "The ruling came from U.S. District Judge Trevor N. McFadden on Tuesday. McFadden wrote that it was wrong."
    judge = ents(text, "person")["Trevor N. McFadden"]
    assert judge.count == 2 and judge.aliases == ["Trevor N. McFadden", "McFadden"]


def test_all_caps_dateline_is_a_place():
    text = "WASHINGTON — A federal judge ruled on Tuesday that the agency must restore access."
    assert ents(text, "place")["Washington"].aliases == ["WASHINGTON"]


def test_titles_inside_an_organisation_run_are_split_off():
    text = ("The agency is suing White House Deputy Chief of Staff Jane Roe, White House Press Secretary "
            "John Doe, and others.")
    found = ents(text)
    assert found["Jane Roe"].roles == ["Deputy Chief of Staff"]
    assert found["John Doe"].roles == ["Press Secretary"]
    assert found["White House"].count == 2


def test_place_words_and_facilities():
    text = "They met in the East Room to discuss the Gulf of Mexico and the Hudson River."
    assert set(ents(text, "place")) == {"East Room", "Gulf of Mexico", "Hudson River"}
    text = ("Police added patrols at the Dayton Mall and Bayfront Stadium, and outside the Northern Hotel "
            "and the Wilma Theatre.")
    assert {"Dayton Mall", "Bayfront Stadium", "Northern Hotel", "Wilma Theatre"} <= set(ents(text, "place"))


@pytest.mark.parametrize("role", ["Passenger", "Firefighter", "Survivor", "Paramedic", "Motorist"])
def test_a_role_noun_written_as_a_title_is_not_part_of_the_name(role: str):
    found = ents(f"{role} Tomas Reyes told reporters the smoke was thick. Reyes went home at noon.", "person")
    assert "Tomas Reyes" in found and not any(name.startswith(role) for name in found)


def test_a_role_noun_as_a_title_inside_a_sentence_makes_a_person():
    found = ents("Crews were led by Paramedic Ann Cole and argued by Prosecutor Dana Whitfield on Monday.")
    assert found["Ann Cole"].type == "person" and found["Dana Whitfield"].type == "person"
    assert not any(name.startswith(("Paramedic", "Prosecutor")) for name in found)
