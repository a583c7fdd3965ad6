"""Round 29 of conflict finding, from the misses of probes p25 to p30: a count told as a part of a
group ("Two of the climbers were flown to a hospital"). Every text here is made up for the tests."""

from __future__ import annotations

import pytest

from reader.analysis.figure_uses import figure_uses
from tests.test_conflicts_support import conflicts_of, undated
from tests.test_conflicts_support import found as _found


def test_a_part_of_a_group_sent_to_hospital_is_a_hospital_count():
    found = _found("One of the climbers was flown to a hospital in Granby with a broken wrist.",
                   "Two of the climbers were flown to a hospital in Granby, one with frostbite.")
    assert found == [("people in hospital", ["1", "2"])]


@pytest.mark.parametrize("text", ["One of the six cars was towed from the lot.",
                                  "One of the reasons was taken to heart by the board.",
                                  "Two of the trucks were taken to a garage in Granby."])
def test_a_part_of_a_group_not_sent_to_hospital_is_no_hospital_count(text: str):
    _uses, keys = figure_uses([undated("s0", text)], None)
    assert ("person", "hospital") not in keys


@pytest.mark.parametrize(("a", "b"), [
    ("The tentative agreement gives nurses a 13 percent raise over three years.",
     "Under the deal, nurses will get raises totaling 10% over three years."),
    ("The contract gives deputies raises totaling 14 percent over the life of the deal.",
     "Deputies will receive a 12% raise over the life of the deal."),
    ("Raises will average 3.1 percent a year over the four-year deal.",
     "The deal includes raises of about 3.6% annually over four years."),
])
def test_a_raise_told_as_a_raise_or_as_raises_totaling_is_one_pay_rise(a: str, b: str):
    assert [values for _, values in _found(a, b)] in ([["10%", "13%"]], [["12%", "14%"]], [["3.1%", "3.6%"]])


def test_a_walkout_is_a_strike():
    found = _found("The drivers had been on strike for 12 days when the deal was announced.",
                   "The walkout, which lasted 16 days, stranded 9,000 riders.")
    assert found == [("how long the strike lasted", ["12 days", "16 days"])]


def test_school_days_are_no_length_in_days():
    assert _found("The teachers had been on strike for 11 days when the deal was announced.",
                  "The walkout, which lasted nine school days, kept 28,000 students at home.") == []


def test_a_count_told_as_a_state_on_two_weekdays_is_two_stages():
    assert _found("By Sunday afternoon, five trails were still closed, park officials said.",
                  "In all, 12 trails remained closed Saturday as rangers checked the slopes.") == []
    assert len(_found("Five remained hospitalized Tuesday morning, she said.",
                      "Three people were still in the hospital on Tuesday.")) == 1


def test_last_years_figure_told_as_a_possessive_is_last_years():
    assert _found("The raises must fit inside the district's $124 million budget this year, Vollmer said.",
                  "Spending has already climbed from last year's $118 million budget, Vollmer said.") == []


def test_an_old_record_told_in_apposition_is_of_its_year():
    assert conflicts_of("By Sunday morning the river had fallen to 26.9 feet, still well above flood stage.",
                        "The river's record crest, 31.2 feet, came in June 2008.") == []
    assert conflicts_of("By Sunday morning the river had fallen to 26.9 feet, still well above flood stage.",
                        "The river, 31.2 feet on Sunday morning, was well above flood stage.") == [[26.9, 31.2]]


def test_an_aftershocks_magnitude_is_not_the_quakes():
    assert _found("The magnitude 5.4 earthquake struck near Bellwood.",
                  "The magnitude 5.4 quake struck near Bellwood. By late Monday the network had logged 12 aftershocks "
                  "of magnitude 3 or greater, the largest a magnitude 4.1.") == []


@pytest.mark.parametrize(("text", "low", "high"), [("Several hundred people gathered at the gym.", 200, 999),
                                                   ("A few thousand fans stayed for the encore.", 2000, 6000)])
def test_several_hundred_is_a_vague_amount_not_a_hundred(text: str, low: int, high: int):
    uses, _keys = figure_uses([undated("s0", text)], None)
    assert [(u.figure.value, u.figure.high) for u in uses] == [(low, high)]


def test_a_few_hundred_yards_is_no_hundred_yards():
    assert _found("Cobb's house sits a few hundred yards from the tracks, he said.",
                  "Cobb lives about 300 yards from the tracks, he said.") == []


def test_an_initial_offer_is_not_the_raise_the_deal_gives():
    assert _found("The district's initial offer of 1.75 percent a year was rejected by the union.",
                  "The deal includes raises of about 3.6% annually over four years.") == []


def test_a_length_the_other_article_also_gives_is_no_conflict():
    a = ("ORTON — Residents of Orton began returning home Friday evening after officials lifted an evacuation "
         "order that had been in place for 60 hours following Wednesday's train derailment. The order was lifted "
         "at 5 p.m. after state air monitoring crews reported no readings of concern inside the zone for more than "
         "24 hours, county officials said.")
    b = ("Emergency managers evacuated a 2-kilometer radius around the site. The order lasted two and a half days "
         "and was lifted Friday afternoon once air monitoring showed no readings of concern.")
    assert [c for c in _found(a, b) if c[0].startswith("length")] == []


def test_a_surname_shared_by_a_family_is_the_one_whose_age_the_story_gives():
    a = "On the line was her husband, Dale Corwin, 43, calling from underground. \"I sat down,\" Amber Corwin said."
    b = "\"I sat down in the gravel,\" Amber Corwin said. The 49-year-old Corwin, a roof bolter, was reached first."
    assert _found(a, b) == [("age", ["43 years", "49 years"])]


def test_a_surname_two_aged_people_share_stays_unread():
    a = "Dale Corwin, 43, and his brother Ray Corwin, 47, were trapped. \"I sat down,\" Amber Corwin said."
    b = "The 49-year-old Corwin, a roof bolter, was reached first."
    assert _found(a, b) == []


def test_a_distance_from_a_places_end_is_from_the_place():
    assert _found("The plane crashed about half a mile from the end of the runway, the sheriff said.",
                  "It came down roughly 1.5 miles from the runway, according to the FAA.") == [
        ("miles from the runway", ["0.5 miles", "1.5 miles"])]


def test_one_width_told_in_two_units_conflicts():
    assert _found("The breach, about 150 feet wide, opened on the south side.",
                  "The gap in the levee is roughly 80 yards wide.") == [("yards / feet wide", ["80 yards", "150 feet"])]


@pytest.mark.parametrize(("a", "b"), [
    ("The breach, about 150 feet wide, opened on the south side.", "The river is about 800 feet wide at the bridge."),
    ("The breach, about 150 feet wide, opened on the south side.",
     "Volunteers brought a wide range of supplies, 80 yards of sandbags among them."),
])
def test_widths_of_two_things_stay_apart(a: str, b: str):
    assert _found(a, b) == []


def test_educators_are_teachers():
    assert len(_found("The union, which represents about 640 teachers, said the deal was fair.",
                      "The Harwick Education Association represents roughly 590 educators.")) == 1


def test_what_a_price_buys_ends_before_the_verb_of_its_clause():
    keys = {u.figure.text: k for u, k in zip(*figure_uses([undated(
        "s0", "Fans who paid $429 for three-day passes have been told refunds for the canceled Sunday lineup will "
              "be handled by the vendor.")], None), strict=True)}
    assert keys["$429"] == ("money:price of passes", None)


def test_a_plural_of_a_role_in_a_quotation_is_no_second_holder():
    a = ("The pilot, Dale Everly, a retired dentist, was killed. \"He was the guy who lectured the young pilots "
         "about checklists,\" the airport manager said. Dale Everly, 64, had flown for decades.")
    b = "The 58-year-old pilot held a private pilot certificate, according to FAA records."
    assert _found(a, b) == [("age", ["58 years", "64 years"])]
    c = a.replace("\"He was the guy who lectured the young pilots about checklists,\" the airport manager said.",
                  "Both pilots on the field that day had filed plans.")
    assert _found(c, b) == []


def test_people_a_shelter_took_in_for_the_night_are_one_count():
    assert _found("The Red Cross said 58 people spent Monday night at its shelter in the high school gym.",
                  "Nell Ames, a Red Cross spokeswoman, said 31 residents slept there Monday night.") == [
        ("residents / people sheltered", ["31", "58"])]
    assert _found("The Red Cross said 58 people spent Monday night at its shelter in the high school gym.",
                  "Across town, 31 volunteers slept in the church hall after the storm.") == []


def test_damage_told_far_before_its_sum_or_after_it_is_damage():
    assert len(_found("Damage in the downtown core would reach at least $12 million, the city manager said.",
                      "City officials put an early estimate of $8.5 million on the damage.")) == 1


def test_a_radius_people_were_ordered_to_leave_is_the_evacuation_zone():
    assert _found("Authorities ordered everyone within a half-mile radius of the wreck to leave.",
                  "Emergency managers evacuated a 2-kilometer radius around the site.") == [
        ("miles / kilometers evacuated", ["0.5 miles", "2 kilometers"])]


def test_trailers_destroyed_are_homes_destroyed():
    assert len(_found("Of the park's 64 lots, 41 mobile homes were destroyed outright, the county said.",
                      "County officials said Monday that about 30 trailers were destroyed.")) == 1


def test_the_end_of_a_change_from_one_is_no_value_held_against_one():
    assert _found("One person was killed when a tree fell on a house in Brindle Harbor, officials said.",
                  "The state's death toll rose from one to two on Tuesday evening, after a driver was swept off.") == []


def test_people_led_or_forced_out_of_a_building_are_the_evacuated():
    assert len(_found("The school has roughly 750 students. About 620 pupils were led out of Birch Middle School.",
                      "Within minutes 742 students were walked out of the building and down the avenue.")) == 1
    assert len(_found("About 160 guests were led out of the Lantern Bay Inn before dawn.",
                      "They were among more than 230 hotel guests forced out of the Lantern Bay Inn on Sunday.")) == 1


def test_workers_who_walked_out_are_no_evacuated():
    keys = {u.figure.text: k for u, k in zip(*figure_uses([undated(
        "s0", "About 300 workers walked out of the plant on Monday to protest the new shifts.")], None), strict=True)}
    assert keys["About 300 workers"] != ("employee", "evacuated")


def test_the_year_a_thing_was_built_is_its_age_in_the_articles_year():
    assert conflicts_of("The line that broke is a 70-year-old cast-iron main, the utility said.",
                        "The pipe was installed in 1981, according to city records.") == [[44, 70]]
    assert conflicts_of("The line that broke is a 70-year-old cast-iron main, the utility said.",
                        "The pipe was installed in 1956, according to city records.") == []
    assert conflicts_of("The line that broke is a 70-year-old cast-iron main, the utility said.",
                        "The company was founded in 1981, according to city records.") == []


def test_a_common_word_opening_a_clause_is_no_name_when_the_other_article_writes_it_in_lower_case():
    assert len(_found("Federal grants are expected to cover 49% of the cost, according to a city staff report, "
                      "with the rest coming from a voter-approved sales tax.",
                      "According to the financing plan submitted with the budget, the federal government would pay "
                      "about 60 percent of the cost.")) == 1
    assert _found("Federal grants are expected to cover 49% of the cost of the Riverline, a staff report says.",
                  "The Oakmont line's budget says the state government would pay about 60 percent of the cost.") == []
