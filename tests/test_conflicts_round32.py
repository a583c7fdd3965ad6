"""Round 32 of conflict finding, from the misses of probes p25 to p40: a charge raised with no "by", a
role's age told after "aged", campuses as schools, one group taken to hospital told
as children or students, a patient's condition told by a bare number, a project's building time, a plan's
span, the time since a thing was last serviced, a sum spent on works, and staff on duty when an event
happened. Every text here is made up for the tests."""

from __future__ import annotations

from reader.analysis.conflicts import find_conflicts
from reader.analysis.figures import extract_figures
from tests.test_conflicts_support import art, keys_in
from tests.test_conflicts_support import found as _found


def _values(*bodies: str) -> list[list[str]]:
    return [values for _, values in _found(*bodies)]


# a charge raised with no "by"

def test_a_charge_raised_with_no_by_is_its_rise():
    assert _values("The council voted 6-3 to raise sewer rates 14 percent starting in January.",
                   "Under the plan, sewer rates will rise 19 percent next year.") == [["14%", "19%"]]


def test_a_charge_only_proposed_with_no_by_is_not_its_rise():
    keys = keys_in("The mayor had proposed raising sewer rates 14 percent.")
    assert keys["14 percent"] is None


# a role's age told after "aged"

def test_a_roles_age_told_after_aged_meets_the_year_old_form():
    assert _values("A 12-year-old boy was the most badly hurt, officials said.",
                   "The most seriously injured was a boy aged 15 who was carried out on a stretcher.") \
        == [["12 years", "15 years"]]


def test_an_agreeing_age_told_after_aged_is_quiet():
    assert _found("A 12-year-old boy was the most badly hurt, officials said.",
                  "The most seriously injured was a boy aged 12 who was carried out on a stretcher.") == []


def test_aged_after_a_person_of_no_role_is_no_age_of_a_role():
    keys = keys_in("The most seriously injured was a man aged 45 from Leeds.")
    assert keys.get("45") is None


# campuses are schools

def test_campuses_are_schools():
    keys = keys_in("Cases have been linked to 9 schools in the district.", "The outbreak has reached 12 campuses.")
    assert keys["9 schools"] == keys["12 campuses"] == ("school", None)


def test_campus_is_read_in_the_singular():
    assert [f.unit for f in extract_figures("It has reached 12 campuses.")] == ["campus"]


# one group taken to hospital, told as students in one report and as children in another

def test_students_and_children_hospitalized_are_one_count():
    assert _values("Nine students have been hospitalized since the outbreak began at the school.",
                   "In all, 13 children have been hospitalized, the health department said.") \
        == [["9", "13"]]


def test_an_article_telling_both_groups_keeps_them_apart():
    assert _found("Nine students have been hospitalized. In all, 13 people have been hospitalized, "
                  "including four teachers.",
                  "Nine students were hospitalized, the district said.") == []


def test_firefighters_hurt_are_not_the_people_hurt():
    assert _found("Two firefighters were hurt Tuesday night battling the blaze.",
                  "Three people were treated for smoke inhalation after the fire.") == []


# a patient's condition told by a bare number

def test_a_bare_number_in_critical_condition_meets_a_count_of_workers():
    assert _values("Six were in critical condition as of Tuesday evening, the hospital said.",
                   "By Tuesday evening, four workers were in critical condition.") == [["4", "6"]]


def test_a_critical_condition_is_a_serious_harm_of_its_noun():
    keys = keys_in("Two runners were in critical condition Monday.")
    assert keys["Two runners"] == ("runner", "hurt-serious")


def test_a_critical_vote_is_no_condition():
    keys = keys_in("Two members cast the critical votes.")
    assert keys.get("Two members") != ("member", "hurt-serious")


# a project's building time, a plan's span, the time since a thing was last serviced

def test_a_construction_time_told_as_a_period_meets_its_taking():
    assert _values("Construction is expected to take about four years once funding is in place.",
                   "Transit officials have laid out a 30-month construction period for the line.") \
        == [["2.5 years", "4 years"]]


def test_a_building_taking_years_to_complete_is_its_construction():
    keys = keys_in("The new jail would take roughly two years to complete.")
    assert keys["roughly two years"] == ("duration:construct", None)


def test_a_search_taking_hours_to_complete_is_no_construction():
    keys = keys_in("It took crews three hours to complete the search.")
    assert keys["three hours"] != ("duration:construct", None)


def test_a_plan_carried_out_over_a_span_is_its_rollout():
    assert _values("The cuts will be phased in over three years, the provost said.",
                   "The changes will be carried out over the next 18 months.") == [["1.5 years", "3 years"]]


def test_a_sum_over_the_next_years_is_no_rollout():
    keys = keys_in("The city will spend $40 million over the next five years.")
    assert keys["five years"] is None


def test_the_time_since_a_thing_was_last_serviced():
    assert _values("Records show the furnace was last serviced three weeks before the leak.",
                   "The furnace had last been serviced a month and a half earlier, the report says.") \
        == [["21 days", "42–46.5 days"]]


def test_a_unit_and_a_half_back_in_time_is_a_length():
    keys = keys_in("It had last been checked a day and a half before the crash.")
    assert keys["a day and a half"] == ("duration:since last inspected", None)


# a sum spent on works

def test_a_sum_spent_on_a_renovation_meets_the_renovations_sum():
    keys = keys_in("The theater went through a $1.8 million renovation, finished in 2019.",
                   "The owners spent $2.6 million on a renovation of the theater.")
    assert keys["$1.8 million"] == keys["$2.6 million"] == ("money:cost", None)


def test_a_sum_spent_improving_a_place_is_a_cost():
    keys = keys_in("The club spent £1.8m improving exits and stairways in the stand.")
    assert keys["£1.8m"] == ("money:cost", None)


def test_two_refurbishments_told_by_their_clause_conflict():
    assert _values("The council spent £2.4 million on a refurbishment of Fenwick House in 2019, including "
                   "new windows.",
                   "Council papers show that the £4.2 million refurbishment of Fenwick House in 2019 included "
                   "replacement windows.") == [["£2.4 million", "£4.2 million"]]


# staff on duty when the event happened

def test_stewards_and_safety_staff_on_duty_are_one_count():
    assert _values("She said about 140 stewards were on duty at the match.",
                   "Only 95 safety staff were working the match, the union said.") \
        == [["95", "140"]]


def test_a_bare_count_on_duty_is_the_storys_one_kind():
    assert _values("Nine dispatchers were on the floor when the screens went dark.",
                   "When the system failed, 13 were on duty in the dispatch center.") == [["9", "13"]]


def test_two_kinds_on_duty_keep_a_bare_count_apart():
    keys = keys_in("Four nurses were on duty on the ward.", "Two guards were on duty at the gate.",
                   "7 were on duty that night.")
    assert keys["7"] == ("on duty:", "on duty")


def test_staff_inside_when_it_happened_are_on_duty():
    keys = keys_in("Fourteen employees were inside the building when it went up.",
                   "11 were inside when the first explosion went off.")
    assert keys["Fourteen employees"] == keys["11"] == ("on duty:employee", "on duty")


def test_crews_working_to_restore_power_are_not_on_duty():
    keys = keys_in("About 300 workers were working to restore power on Sunday.")
    assert keys["About 300 workers"] != ("on duty:employee", "on duty")


# times of an event told by other verbs

def test_a_system_that_went_black_failed():
    assert _values("The county's 911 center went black around 3:40 a.m. Sunday, dispatchers said.",
                   "The computer-aided dispatch system failed shortly after 5 a.m. Sunday.") \
        == [["3:40 a.m.", "shortly after 5 a.m."]]


def test_a_woman_shot_is_the_attacks_time():
    assert _values("She was shot four times around 1 a.m., police said.",
                   "Neighbors said they heard gunfire shortly after 11:40 p.m.") \
        == [["1 a.m.", "shortly after 11:40 p.m."]]


def test_a_deal_reached_in_talks_has_one_time():
    assert _values("Negotiators shook hands on a tentative agreement shortly before 11 p.m. Sunday.",
                   "The two sides reached a tentative deal at about 1:30 a.m. Monday.") \
        == [["1:30 a.m.", "shortly before 11 p.m."]]


def test_the_first_snow_has_one_time():
    assert _values("The first flakes fell around 2 a.m. Tuesday across the parish.",
                   "Snow began falling on the city shortly before 6 a.m. Tuesday.") \
        == [["2 a.m.", "shortly before 6 a.m."]]


def test_a_deal_announced_is_no_deal_reached():
    keys = keys_in("The union announced the deal at 10 a.m. Monday.")
    assert all(k is None or k[1] != "agreement" for k in keys.values())


# the evacuated told by other verbs; homes are not people

def test_residents_ordered_out_are_evacuated():
    keys = keys_in("About 900 residents were ordered out under the mandatory notice.",
                   "About 700 residents left town in a long line of cars.")
    assert keys["About 900 residents"] == keys["About 700 residents"] == ("person", "evacuated")


def test_people_living_closest_to_a_plant_told_to_leave_are_evacuated():
    keys = keys_in("Roughly 800 people living closest to the plant were told to leave their homes before dawn.")
    assert keys["Roughly 800 people"] == ("person", "evacuated")


def test_acres_under_an_order_are_no_evacuated_people():
    keys = keys_in("Evacuation orders covered about 3,000 acres evacuated west of town.",
                   "More than 2,000 people evacuated the town after the order.")
    assert keys["More than 2,000 people"] == ("person", "evacuated")


def test_homes_under_an_order_are_not_the_people_told_to_leave():
    assert _found("Authorities ordered everyone living within a mile of the plant to leave, an order covering "
                  "about 400 homes.",
                  "Authorities ordered people living within a mile of the plant to leave, about 800 people in "
                  "their homes.") == []


# how long responders took to arrive

def test_police_arriving_within_minutes_meets_officers_getting_to_the_scene():
    assert _found("Police arrived within four minutes, according to a timeline the department released.",
                  "Officers got to the scene about a quarter of an hour after the alarm sounded.") \
        == [("time for police to arrive", ["4 minutes", "15 minutes"])]


def test_two_kinds_of_responders_arrive_apart():
    assert _found("Police arrived within four minutes, according to a timeline the department released.",
                  "Firefighters were on scene within nine minutes of the first call.") == []


def test_a_response_time_with_no_responder_is_not_keyed():
    keys = keys_in("The first patients arrived within 20 minutes of the crash.")
    assert keys["20 minutes"] is None


def test_a_train_arriving_late_is_no_response():
    keys = keys_in("The train arrived 20 minutes late at the station.")
    assert keys["20 minutes"] is None


def test_the_time_since_last_serviced_is_labelled_by_it():
    assert [label for label, _ in _found("Records show the furnace was last serviced three weeks before the leak.",
                                         "The furnace had last been serviced a month and a half earlier.")] \
        == ["time since it was last serviced"]


def test_workers_in_a_section_at_the_time_meet_miners_working_there():
    assert _values("Eleven miners were working in the section when the roof came down.",
                   "A crew of 14 workers was in the section at the time, the company said.") == [["11", "14"]]


# a speed in knots and in miles an hour

def test_a_speed_in_knots_meets_one_in_mph():
    assert _values("The ferry was running at about 12 knots when it struck the ledge.",
                   "The boat was moving at nearly 20 mph when it struck the rocks.") \
        == [["12 knots", "20 mph"]]


def test_a_speed_in_knots_agreeing_in_mph_is_quiet():
    assert _found("The ferry was running at about 12 knots when it struck the ledge.",
                  "The boat was moving at nearly 14 mph when it struck the rocks.") == []


def test_a_winds_speed_is_not_a_boats():
    assert _found("The ferry was running at about 12 knots when it struck the ledge.",
                  "Winds gusting to 40 mph struck the coast as the ferry sailed.") == []


# how near a thing came to a place

def test_a_fire_coming_within_a_distance_of_a_place_is_its_distance_from_it():
    assert _values("By Tuesday night the fire sat about 800 yards from the western edge of town.",
                   "At its closest, the fire came within roughly 1.5 miles of the town's western edge.") \
        == [["1.5 miles", "800 yards"]]


def test_within_a_distance_in_an_order_is_its_zone():
    keys = keys_in("Officials told residents within 1.5 miles of the plant to shelter in place.")
    assert keys["1.5 miles"] != ("measure:mile", "from the plant")


# from probes 37 and 38 (after their first runs)

def test_a_birth_year_is_its_owners_age_in_the_articles_year():
    found = find_conflicts([art("a", "Dolores Kaminski of Marlow Bay claimed the prize. Kaminski, a retired "
                                     "cafeteria manager who was born in 1958, took the cash option."),
                            art("b", "Dolores Kaminski spent 26 years in the school kitchen. Kaminski, 63, was "
                                     "revealed Monday as the winner.")])
    assert [[v.display for v in c.values] for c in found] == [["63 years", "67–68 years"]]


def test_a_birth_year_agreeing_with_an_age_is_quiet():
    assert find_conflicts([art("a", "Dolores Kaminski, who was born in 1958, took the cash option."),
                           art("b", "Dolores Kaminski, 67, was revealed Monday as the winner.")]) == []


def test_a_birth_year_with_no_name_is_no_age():
    keys = keys_in("She was born in 1961 in Flint.")
    assert all(k is None or k[0] != "age" for k in keys.values())


def test_a_bare_surname_is_the_one_person_of_it_its_article_names():
    # (the husband's age in another article is his; "Kaminski, 67," in an article naming only Dolores, "She"
    # after it, is hers; with no pronoun the story decides, as round 29's test of a family's surname asks)
    found = find_conflicts([art("a", "Dolores Kaminski won the jackpot. Kaminski, 67, was revealed Monday as the "
                                     "holder of the ticket. She took the cash option."),
                            art("b", "Walt Kaminski, 70, spoke outside the couple's home on Monday evening.")])
    assert found == []


def test_a_share_cut_in_the_passive_is_a_fall():
    assert _values("Irrigation allocations in the valley have been cut by 60 percent this summer.",
                   "Irrigation allocations across the valley have been reduced by 45 percent.") == [["45%", "60%"]]


def test_staff_on_the_overnight_shift_and_staff_members_on_site_are_on_duty():
    keys = keys_in("All 185 employees on the overnight shift made it out.",
                   "The 212 staff members on site when the alarm sounded got out.")
    assert keys["185 employees"] == keys["212 staff"] == ("on duty:employee", "on duty")


def test_a_bare_count_listed_in_critical_condition():
    assert _values("Four were listed in critical condition Sunday afternoon.",
                   "On Sunday afternoon, three people were in critical condition.") == [["3", "4"]]


def test_children_among_the_dead_stay_a_part():
    keys = keys_in("Eight children were among the dead.")
    assert keys["Eight children"] == ("part:child", "died")


def test_treated_water_is_no_one_hurt():
    keys = keys_in("The break released 12.4 million gallons of treated water and opened a sinkhole.")
    assert keys["12.4 million gallons"] != ("measure:gallon", "hurt")


def test_a_forecast_aftershocks_magnitude_is_not_the_quakes():
    assert _found("Tuesday's magnitude 5.8 earthquake damaged the post office.",
                  "The magnitude 5.8 quake struck at 2:14 p.m. There is a 30 per cent chance of a magnitude 5 or "
                  "larger aftershock in the next 30 days.") == []


def test_a_yearly_rent_is_its_own_sum():
    assert _values("The team would pay $1.5 million a year in rent under the lease.",
                   "The team will pay the city $900,000 a year in rent, officials said.") \
        == [["$900,000", "$1.5 million"]]


def test_a_surcharge_on_tickets_meets_a_fee_on_tickets():
    assert _values("A 3 percent surcharge on every ticket sold at the arena will go to the city.",
                   "Under the deal, a 5% fee is added to every arena ticket.") == [["3%", "5%"]]
