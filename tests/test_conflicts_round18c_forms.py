"""Round 18c: number forms read in general: one whole unit told with no number ("a full
mile"), a fall to a place ("dropped 40 feet to the ice") as a height. Every text here is made
up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts
from test_conflicts_support import keys_in as _keys
from test_conflicts_support import undated as _art

from reader.analysis.figure_uses import figure_uses

# --- one whole unit with no number


@pytest.mark.parametrize(("body", "text", "unit"), [
    ("The warden said the closure zone reached a full mile around the quarry.", "a full mile", "mile"),
    ("Crews cleared a whole kilometre of the embankment.", "a whole kilometre", "kilometer"),
    ("Homes within a mile of the depot were emptied.", "a mile", "mile"),
    ("The slick spread nearly a kilometre from the jetty.", "nearly a kilometre", "kilometer"),
])
def test_one_whole_unit_is_a_length(body: str, text: str, unit: str) -> None:
    uses, _ = figure_uses([_art("a", body)], None)
    figures = {u.figure.text: u.figure for u in uses}
    assert figures[text].value == 1 and figures[text].unit == unit


@pytest.mark.parametrize("body", [
    "The favourite won by a mile on Sunday.",
    "A mile-long queue formed outside the Tolvey hall.",
    "She ran a mile in under five minutes, a kilometre later than planned.",
])
def test_a_mile_in_an_idiom_or_a_modifier_is_no_length(body: str) -> None:
    uses, _ = figure_uses([_art("a", body)], None)
    assert not [u for u in uses if u.figure.unit in ("mile", "kilometer") and u.figure.value == 1]


def test_a_full_mile_conflicts_with_half_a_mile_of_one_zone() -> None:
    found = _conflicts("Families within half a mile of the Orrick tannery were told to leave, deputies said.",
                       "The evacuation zone stretched a full mile around the Orrick tannery, the fire chief said.")
    assert {0.5, 1} in found
    assert _conflicts("Families within a mile of the Orrick tannery were told to leave, deputies said.",
                      "The evacuation zone stretched a full mile around the Orrick tannery.") == []


# --- a fall to a place is a height, a level's fall is a change


@pytest.mark.parametrize(("body", "text"), [
    ("The gondola snapped free and dropped nearly 40 feet to the ice.", "nearly 40 feet"),
    ("The climber fell about 20 metres onto a ledge.", "about 20 metres"),
    ("Two cars plunged 60 feet into the gorge.", "60 feet"),
])
def test_a_fall_to_a_place_is_a_height(body: str, text: str) -> None:
    assert _keys(body)[text] is not None


@pytest.mark.parametrize(("body", "text"), [
    ("The reservoir dropped 3 feet to its lowest level in a decade.", "3 feet"),
    ("The river fell 2 metres overnight.", "2 metres"),
    ("The lake dropped 4 feet to the lowest mark on record.", "4 feet"),
])
def test_a_level_that_falls_stays_a_change(body: str, text: str) -> None:
    assert _keys(body)[text] is None


def test_two_heights_of_one_fall_conflict() -> None:
    found = _conflicts("Three cabins of the Brennock gondola plunged about 25 feet onto the slope.",
                       "Skiers were hurt when three cabins tore loose and dropped nearly 40 feet to the slope.")
    assert {25, 40} in found


# --- a number that is part of a name


@pytest.mark.parametrize(("body", "number"), [
    ("About 2,100 members of the Grain Handlers' Union Local 44 walked off the job.", "44"),
    ("Riders were stranded near Pylon 12 when the cable stopped.", "12"),
    ("The road between Route 31 and Marsh Lane stays shut.", "31"),
    ("Crews from Station 6 arrived within minutes.", "6"),
])
def test_a_number_in_a_name_is_no_figure(body: str, number: str) -> None:
    uses, _ = figure_uses([_art("a", body)], None)
    assert not [u for u in uses if u.figure.text.strip() == number or u.figure.text.startswith(number + " ")]


@pytest.mark.parametrize(("body", "text"), [
    ("On Friday 12 people were hurt in Tolvey.", "12 people"),
    ("In Dunmarsh 40 homes lost power.", "40 homes"),
    ("Pell won 212 votes, Arden 180 and Voss 96.", "180"),
    ("Shares of Corvane 5 percent lower closed the day.", "5 percent"),
])
def test_a_count_after_a_capitalised_word_stays_a_figure(body: str, text: str) -> None:
    uses, _ = figure_uses([_art("a", body)], None)
    assert text in {u.figure.text for u in uses}


def test_a_union_local_number_does_not_split_the_members_count() -> None:
    found = _conflicts("About 2,100 members of Local 44 walked off the job on Monday, the union said.",
                       "The 2,100 members of Local 44 walked off the job, the union said.",
                       "Roughly 2,600 members of Local 44 walked off the job on Monday.")
    assert {2100, 2600} in found


# --- shares held by a clause's subject, and percentages asked for or offered


@pytest.mark.parametrize(("one", "two"), [
    ("The Corvane terminal handles roughly a third of the region's grain exports.",
     "The Corvane terminal handles about 45 percent of the region's grain exports, officials said."),
    ("The Lisk dam supplies a quarter of the province's households.",
     "The Lisk dam supplies nearly 40% of the province's households."),
    ("Tolvey Mills employs about half of the town's workers.",
     "Tolvey Mills employs roughly 30 percent of the town's workers."),
])
def test_two_shares_of_one_whole_held_by_one_subject_conflict(one: str, two: str) -> None:
    assert len(_conflicts(one, two)) == 1


def test_shares_held_by_two_subjects_do_not_conflict() -> None:
    assert _conflicts("The Corvane terminal handles roughly a third of the region's grain exports.",
                      "The Marl rail yard handles about 45 percent of the region's grain exports.") == []


@pytest.mark.parametrize(("one", "two"), [
    ("The nurses' union wants 12% over two years.", "The union is seeking a 16 percent raise over two years."),
    ("Drivers are asking for 7 percent over three years, the union said.",
     "The union is demanding a 10% pay rise, its leader said."),
])
def test_two_claims_of_one_side_conflict(one: str, two: str) -> None:
    assert len(_conflicts(one, two)) == 1


def test_an_offer_and_a_claim_do_not_conflict() -> None:
    assert _conflicts("The hospital board has offered a 5% raise over two years.",
                      "The nurses' union wants 12% over two years.") == []


def test_a_share_wanted_of_a_whole_is_no_claim() -> None:
    keys = _keys("The party wants 15% of the council seats.")
    assert keys["15%"] != ("percent:claim", None)


# --- partitives whose whole is a noun phrase, "of them" across a full stop, "one" casualty


@pytest.mark.parametrize(("body", "text", "unit"), [
    ("The walkout closed all nine of the city's bus depots.", "nine of the city's bus depots", "depot"),
    ("Flooding cut off all three of the valley's mountain villages.", "three of the valley's mountain villages",
     "village"),
    ("Crews reopened all five of the region's grain silos by Friday.", "five of the region's grain silos", "silo"),
])
def test_a_partitive_counts_the_noun_phrase_of_its_whole(body: str, text: str, unit: str) -> None:
    uses, _ = figure_uses([_art("a", body)], None)
    figures = {u.figure.text: u.figure for u in uses}
    assert figures[text].unit == unit


@pytest.mark.parametrize("body", [
    "Nine people died in the storm. Four of the deaths were in Orvil.",
    "Flooding cut off three of the valley's mountain villages.",
])
def test_a_part_told_by_a_partitive_does_not_take_the_wholes_noun(body: str) -> None:
    uses, _ = figure_uses([_art("a", body)], None)
    assert all(u.figure.unit is None for u in uses if u.figure.text.lower().startswith(("four", "three")))


def test_of_them_points_back_to_the_count_of_the_sentence_before() -> None:
    keys = _keys("Fourteen hikers were hurt in the rockfall. Five of them were taken to hospital.")
    assert keys["Five of them"] == ("hiker", "hospital")


def test_of_them_points_back_to_the_subject_not_the_last_count() -> None:
    keys = _keys("Eight people were hurt when three gondolas fell at Orvil. Five of them were taken to hospital.")
    assert keys["Five of them"] == ("person", "hospital")


def test_guests_hurt_are_people_hurt() -> None:
    found = _conflicts("Eleven guests were hurt when the Orvil Inn balcony gave way, the owner said.",
                       "Fourteen people were hurt when the Orvil Inn balcony gave way, police said.")
    assert {11, 14} in found


def test_of_them_after_a_paragraph_with_no_count_stays_bare() -> None:
    uses, _ = figure_uses([_art("a", "The rockfall hit the trail at noon. Five of them were taken to hospital.")],
                          None)
    assert all(u.figure.unit is None for u in uses if u.figure.text.startswith("Five"))


@pytest.mark.parametrize(("one", "two"), [
    ("Three of the injured were flown to hospitals in the capital, the county said.",
     "Five of the injured were taken to hospital, the county said."),
    ("Two of the wounded were airlifted to hospitals after the Corran derailment.",
     "Four of the wounded were taken to hospital after the Corran derailment."),
])
def test_parts_of_the_hurt_taken_to_hospital_conflict(one: str, two: str) -> None:
    assert len(_conflicts(one, two)) == 1


def test_parts_of_the_hurt_at_two_named_hospitals_do_not_conflict() -> None:
    assert _conflicts("Three of the injured were taken to Orvil General Hospital.",
                      "Five of the injured were taken to Marl County Hospital.") == []


@pytest.mark.parametrize("body", [
    "One technician was treated for burns at the scene.",
    "One volunteer was taken to hospital with a broken arm.",
    "One lifeguard was injured when the jetty collapsed.",
])
def test_one_person_told_with_a_casualty_verb_is_a_figure(body: str) -> None:
    uses, _ = figure_uses([_art("a", body)], None)
    assert [u.figure.value for u in uses if u.figure.text.startswith("One")] == [1]


@pytest.mark.parametrize("body", [
    "One day was lost to the storm.",
    "One firm was fined for the spill.",
    "One of the reasons was treated as minor.",
])
def test_one_in_other_clauses_is_no_figure(body: str) -> None:
    uses, _ = figure_uses([_art("a", body)], None)
    assert not [u for u in uses if u.figure.text.startswith("One")]


def test_one_contractor_and_two_workers_treated_conflict() -> None:
    found = _conflicts("One contractor was treated for smoke inhalation after the Orvil plant fire.",
                       "Two workers were treated for smoke inhalation after the Orvil plant fire.")
    assert {1, 2} in found


# --- a count inside the phrase of the count before it


@pytest.mark.parametrize(("body", "head", "inside", "event"), [
    ("Six crew members from the three trawlers were taken to hospital.", "Six crew", "three trawlers", "hospital"),
    ("Nine passengers on the two coaches were hurt in the crash.", "Nine passengers", "two coaches", "hurt"),
    ("Eleven residents of the four flats were evacuated overnight.", "Eleven residents", "four flats", "evacuated"),
])
def test_the_verb_after_a_count_inside_a_phrase_tells_the_first_counts_event(
        body: str, head: str, inside: str, event: str) -> None:
    keys = _keys(body)
    assert keys[head] is not None and keys[head][1] == event
    assert keys[inside] is None or keys[inside][1] is None


def test_two_crew_counts_told_past_their_boats_conflict() -> None:
    found = _conflicts("Four crew members were taken to Marl Harbour Hospital, race officials said.",
                       "Six crew members from the two yachts were taken to hospital, police said.")
    assert {4, 6} in found


# --- people who took part in the story's collective event


@pytest.mark.parametrize("body", [
    "Roughly 40 prisoners took part, the warden said.",
    "More than 60 prisoners joined a disturbance in C wing.",
    "About 50 prisoners participated, officials said.",
    "Some 45 prisoners joined in the protest over food.",
])
def test_people_who_took_part_are_keyed_by_taking_part(body: str) -> None:
    keys = _keys(body)
    assert [k for k in keys.values() if k is not None and k[1] == "took part"]


def test_a_count_of_participants_is_not_lost_among_other_counts_of_its_people() -> None:
    found = _conflicts("The Marl jail held 940 prisoners on Sunday. Roughly 40 prisoners took part. "
                       "Nine prisoners were treated for cuts.",
                       "More than 90 prisoners joined a disturbance at the Marl jail on Sunday, a guard said.")
    assert {40, 90} in found


@pytest.mark.parametrize("body", [
    "About 300 workers joined the union last year.",
    "Some 45 students joined the club.",
])
def test_joining_a_body_is_no_taking_part(body: str) -> None:
    keys = _keys(body)
    assert not [k for k in keys.values() if k is not None and k[1] == "took part"]


# --- strikers counted under two nouns


@pytest.mark.parametrize(("one", "two"), [
    ("About 1,200 members of the Tolvey Transit Union walked out on Monday.",
     "Some 1,600 transit workers went on strike in Tolvey on Monday."),
    ("Some 900 members of the Marl Millers' Guild downed tools on Friday.",
     "About 1,300 millworkers walked off the job at Marl on Friday."),
    ("About 700 members of the Orrin Bakers' Union began a 48-hour strike on Friday.",
     "Nearly 1,000 bakery workers staged a walkout in Orrin on Friday."),
])
def test_strikers_counted_as_members_and_as_workers_conflict(one: str, two: str) -> None:
    assert _conflicts(one, two)


def test_members_a_union_represents_are_no_strikers() -> None:
    keys = _keys("The Tolvey Transit Union represents 3,100 members. About 1,200 members walked out on Monday.")
    assert keys["3,100 members"] != keys["About 1,200 members"]


# --- fifths, tenths and a fraction of a scale with no article


@pytest.mark.parametrize(("body", "text", "value"), [
    ("About two-fifths of the county's wells were contaminated.", "About two-fifths", 40.0),
    ("Three fifths of the orchards were damaged.", "Three fifths", 60.0),
    ("A tenth of the homes were flooded.", "A tenth", 10.0),
])
def test_fifths_and_tenths_are_shares(body: str, text: str, value: float) -> None:
    uses, _ = figure_uses([_art("a", body)], None)
    figures = {u.figure.text: u.figure for u in uses}
    assert figures[text].value == value and figures[text].unit == "percent"


def test_a_quarter_million_with_no_article_is_a_count() -> None:
    uses, _ = figure_uses([_art("a", "The thieves took the files of nearly a quarter million patients.")], None)
    assert [u.figure.value for u in uses] == [250000]
