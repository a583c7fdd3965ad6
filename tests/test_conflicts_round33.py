"""Round 33 of conflict finding, from the spurious claims of the held-out probes 42 to 44: places
along a route told by their distance, the usage an example bill is told for, stores closed, a scene's
state at a clock time, "the other two", things beside the story's own, a gust against sustained
winds, a toll broken down by place. Every text here is made up for the tests."""

from __future__ import annotations

from tests.test_conflicts_support import found as _found
from tests.test_conflicts_support import keys_in


def _values(*bodies: str) -> list[list[str]]:
    return [values for _, values in _found(*bodies)]


# places along a route, told by their distance

def test_places_along_a_route_where_other_things_happened_are_not_one_quantity():
    assert _found("Water ran short at one station near the 18-mile point, runners said.",
                  "Runner Tom Farley collapsed near the 20-mile mark of the marathon.",
                  "Misting showers stood at the halfway point and at the 22-mile mark.") == []


def test_the_place_where_one_thing_happened_is_compared():
    assert _values("Runner Tom Farley collapsed near the 20-mile mark of the marathon.",
                   "Tom Farley collapsed near the 23-mile mark, officials said.") == [["20 miles", "23 miles"]]


def test_a_place_along_a_route_is_keyed_by_what_happened_there():
    keys = keys_in("Farley collapsed about 32km into the race.", "Water ran short near the 18-mile point.")
    assert keys["about 32km"] == ("measure:kilometer", "at collap")
    assert keys["18-mile point"][1] != keys["about 32km"][1]


def test_a_things_size_told_as_a_modifier_is_still_a_size():
    keys = keys_in("Crews laid a 300-foot boom across the creek.")
    assert keys["300-foot boom"] == ("measure:foot", "size")


# the usage an example bill is told for

def test_two_usages_of_example_bills_are_no_conflict():
    assert _found("The commission said the figure applies to a residential customer using 1,000 kilowatt-hours "
                  "a month.",
                  "For customers who use 1,200 kilowatt-hours a month, the increase is about $14.") == []


def test_the_usage_of_an_example_is_unkeyed_but_a_plants_output_is_not():
    keys = keys_in("The figure applies to a customer using 1,000 kilowatt-hours a month.",
                   "The plant generated 1,000 megawatts at its peak.")
    assert keys["1,000 kilowatt-hours"] is None
    assert keys["1,000 megawatts"] is not None


# stores a business closes

def test_stores_closed_are_one_quantity_apart_from_stores_a_union_covers():
    keys = keys_in("The chain said it would close 212 stores by September.",
                   "It is closing about 200 stores across its footprint.",
                   "The union representing staff at about 300 stores said it was not consulted.",
                   "In Ohio, 57 stores are slated to close next year.")
    assert keys["212 stores"] == keys["about 200 stores"] == keys["57 stores"] == ("store", "closed")
    assert keys["about 300 stores"] != ("store", "closed")


def test_two_counts_of_stores_closed_conflict():
    assert _values("The chain said it would close 212 stores by September.",
                   "It is closing about 150 stores across its footprint.") == [["150", "212"]]


# a scene's state at a clock time is no time of the incident

def test_a_scene_told_at_a_time_is_not_the_incidents_time():
    assert _found("The strike began at 2 a.m. on Wednesday for passenger services.",
                  "KESSENBURG, Germany — The platforms at Kessenburg Central were almost empty at 7 a.m. on "
                  "Wednesday, and the queue for buses stretched around the block.") == []


# "the other two": the rest of a group, a part

def test_the_other_two_after_a_named_one_is_a_part_of_the_group():
    keys = keys_in("Keel and the other two suspects were being held in the county jail.")
    assert keys["two suspects"] is None


def test_the_remaining_count_is_a_part_too():
    keys = keys_in("The remaining 40 passengers were taken off by boat.")
    assert keys["40 passengers"] is None


# things beside the story's own

def test_neighbouring_islands_are_no_count_of_the_chains_islands():
    assert _found("The storm made landfall on Grand Corvina, the largest of the chain's seven inhabited islands.",
                  "We have crews coming from three neighbouring islands, the utility said.") == []


def test_the_chains_own_islands_still_conflict():
    assert _values("The storm struck the chain's seven inhabited islands.",
                   "All nine inhabited islands lost power.") == [["7", "9"]]


# a gust is not the sustained wind

def test_a_gust_and_the_sustained_winds_are_two_quantities():
    assert _found("The storm's sustained winds of 225 km/h had dropped by Monday.",
                  "Meteorologists at the airport recorded a 230 km/h gust before the instruments failed.") == []


def test_two_sustained_wind_speeds_conflict():
    assert _values("The storm came ashore with sustained winds of 225 km/h.",
                   "It made landfall with sustained winds of 250 km/h.") == [["225 km/h", "250 km/h"]]


# a toll broken down by place

def test_a_death_in_one_place_of_two_is_a_part_of_the_toll():
    assert _found("Health officials have tied the outbreak to two deaths.",
                  "One person died in Ohio and a 90-year-old man died in Pennsylvania, the CDC said.") == []


def test_a_toll_told_for_the_storys_one_place_still_conflicts():
    assert _values("Health officials have tied the outbreak to two deaths.",
                   "Three people died in Ohio, the health department said.") == [["2", "3"]]


# a named place's age against the year it was built; a dam is "the structure"

def _dated_values(*bodies: str) -> list[list[str]]:
    from reader.analysis.conflicts import find_conflicts
    from tests.test_conflicts_support import art
    return [[v.display for v in c.values] for c in find_conflicts([art(f"s{n}", b) for n, b in enumerate(bodies)])]


def test_a_named_stations_age_meets_the_year_it_was_built():
    assert _dated_values("It is meant to replace the 54-year-old Mercer Station, the utility said.",
                         "The utility will close the coal-fired Mercer Station, which was built in 1979, by 2030.") \
        == [["46–47 years", "54 years"]]


def test_a_named_stations_agreeing_age_is_quiet():
    assert _dated_values("It is meant to replace the 47-year-old Mercer Station, the utility said.",
                         "The utility will close the coal-fired Mercer Station, which was built in 1979, by 2030.") \
        == []


def test_the_structure_is_the_storys_one_dam():
    assert _dated_values("The dam, built in 1958, had never had a serious problem.",
                         "The 71-year-old earthen structure holds back the lake.") == [["67–68 years", "71 years"]]


def test_a_forecast_gust_is_no_gust_that_blew():
    assert _found("MetService had forecast gusts of 120km/h for the weekend.",
                  "Gusts reached 143 km/h on the upper mountain on Sunday, MetService said.") == []


def test_a_school_by_its_name_is_the_school_whose_age_another_source_gives():
    assert _dated_values("The board approved a replacement for Hollins Elementary, built in 1958, on Monday.",
                         "The wiring in the 75-year-old school is worn out, the principal said.") \
        == [["67–68 years", "75 years"]]


def test_a_partitive_of_a_business_own_stores_counts_stores():
    keys = keys_in("Hartwell said it would close 212 of its stores by the end of September.")
    assert keys["212"] == ("store", "closed")


def test_a_part_a_list_word_ties_to_a_total_of_another_event_word_is_still_a_part():
    keys = keys_in("The company said it would close 212 stores, including about 40 Ohio stores.",
                   "In-store clinics operate at about 90 locations.")
    assert keys["about 40 Ohio stores"] is None


# from probes 45 to 47, after their first runs

def test_a_meetings_time_is_not_the_incidents():
    assert _found("Councillors voted 11-4 late Tuesday, at the end of a meeting that began at 9:30 a.m.",
                  "City council approved the line in an 11-4 vote at 11:48 p.m. Tuesday.") == []


def test_a_time_declared_clear_is_an_end_not_the_incident():
    assert _found("Crews ventilated the building before declaring it clear shortly after noon.",
                  "BRENNER CREEK, Ohio — The alarms in the basement started chirping shortly after 9:10 a.m.") == []


def test_daily_flights_are_a_rate_not_the_flights_grounded():
    assert _found("Prairie Sky Airlines will ground 340 flights in the days ahead.",
                  "Prairie Sky operates about 190 daily flights from its hub.") == []


def test_a_speed_allowed_is_a_limit_not_the_speed_travelled():
    assert _found("The train was travelling at about 70 km/h when it hit the truck.",
                  "Freight trains are allowed to travel up to 97 km/h on that stretch.") == []


def test_two_speeds_travelled_still_conflict():
    assert _values("The train was travelling at about 70 km/h when it hit the truck.",
                   "The train was going about 95 km/h when it hit the truck, the railway said.") \
        == [["70 km/h", "95 km/h"]]


def test_an_altitude_is_not_a_climb():
    assert _found("The 14-kilometre line climbs nearly 1,200 metres.",
                  "A debris slide struck the line at about 1,500 metres above sea level.") == []


def test_older_ships_replaced_are_not_the_ships_built():
    assert _found("The yard will build six Kestrel-class patrol ships for the Royal Navy.",
                  "The vessels will replace four older patrol ships due to leave service from 2031.") == []


def test_a_speed_travelled_under_a_limit_named_beside_it_is_still_the_speed_travelled():
    assert _values("The six-car train was traveling at about 55 mph, under the 70 mph limit, when it braked.",
                   "The train was traveling at roughly 65 mph when it hit the truck.") == [["55 mph", "65 mph"]]


def test_daily_and_weekday_riders_are_one_rate_and_flights_grounded_none():
    from reader.analysis.figures import extract_figures
    from reader.analysis.rates import rate_of
    for text, span in (("The closure affects about 40,000 daily riders.", "day"),
                       ("The Green Line carries 61,700 weekday riders.", "day"),
                       ("Twenty-six thousand weekday passengers are expected.", "day"),
                       ("Prairie Sky will ground 340 flights.", None)):
        (f,) = extract_figures(text)
        assert rate_of(text, f) == span, text


def test_a_past_case_dated_by_its_year_is_another_event():
    assert _dated_values("Eleven people were taken to hospitals, officials said.",
                         "The incident echoes a 2022 case at a water park, where a similar mix-up sent 22 people "
                         "to hospitals.") == []


def test_co_op_members_without_power_are_its_customers_not_its_membership():
    keys = keys_in("Prairie Ridge has about 21,000 members in all.",
                   "The co-op reported 11,482 members without power at the peak.")
    assert keys["11,482 members"] == ("customer", keys["11,482 members"][1])
    assert keys["about 21,000 members"][0] == "member"
