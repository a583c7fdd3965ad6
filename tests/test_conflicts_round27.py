"""Round 27 of conflict finding, from the held-out probe p28's first run: synonym nouns of one
count, a named length told twice, a distance kept from things, last year's figure and a count
rounded to the hundred. Every text here is made up for the tests."""

from __future__ import annotations

import pytest

from reader.analysis.figure_uses import figure_uses
from tests.test_conflicts_support import found as _found
from tests.test_conflicts_support import undated


@pytest.mark.parametrize(("a", "b"), [
    ("The plan eliminates 38 employees through retirements.", "About 30 staff members will be cut."),
    ("About 1,800 line workers were working in the state by Tuesday.", "The utility said 2,500 linemen were "
     "working in the state by Tuesday."),
    ("About 41,000 small businesses would qualify for the delay.", "The delay would apply to nearly 60,000 "
     "small employers."),
    ("The Harlow Museum drew 210,000 visitors last year.", "The museum drew about 165,000 museumgoers last year."),
    ("Fourteen pupils were sent home on Monday.", "Eleven students were sent home on Monday."),
    # (round 28) a chain's restaurants are its locations; houses by their kind
    ("Harvest Bowl closed 14 restaurants across the region for cleaning.", "Twenty locations were shut down by "
     "the company for cleaning."),
    ("The blast destroyed four rowhouses on Kessel Street.", "The blast destroyed six homes on Kessel Street."),
    # people who spoke at a meeting are its speakers
    ("More than 60 people spoke during public comment, most against the contract.", "The contract was "
     "approved after about 35 speakers addressed the council."),
    ("The fire destroyed 19 structures on the west side of town.", "The fire destroyed 27 buildings on the west "
     "side of town."),
])
def test_one_count_told_by_two_nouns_of_one_thing_conflicts(a: str, b: str):
    assert len(_found(a, b)) == 1


@pytest.mark.parametrize("text", ["Sixty-two residents testified at the hearing.",
                                  "About 40 parents took the microphone to speak against the closures."])
def test_people_who_spoke_are_counted_as_speakers(text: str) -> None:
    _uses, keys = figure_uses([undated("s0", text)], None)
    assert keys == [("speaker", None)]


def test_people_at_a_meeting_are_not_its_speakers() -> None:
    _uses, keys = figure_uses([undated("s0", "More than 300 people packed the meeting.")], None)
    assert keys != [("speaker", None)]


def test_a_named_activitys_length_told_twice_conflicts():
    [(label, values)] = _found("The vote followed about 90 minutes of debate on the amendments.",
                               "The Senate passed the bill Thursday after nearly three hours of debate.")
    assert label == "how long the debate lasted" and len(values) == 2


def test_distances_kept_from_two_kinds_of_things_stay_apart():
    assert _found("Keep generators at least 20 feet from windows and doors, officials said.",
                  "Stay at least 35 feet away from downed lines, and treat every line as live.") == []
    [(label, _)] = _found("Keep generators at least 20 feet from windows.",
                          "Keep generators at least 15 feet from windows, officials said.")
    assert label == "feet from windows"


def test_last_years_count_is_not_this_years():
    assert _found("The agency has logged 14 outbreaks on cruise ships so far this year.",
                  "The agency recorded 18 outbreaks on cruise ships last year, the most since 2019.") == []


@pytest.mark.parametrize(("b", "quiet"), [("About 300 students at Garfield will move to Riverside.", True),
                                          ("About 250 students at Garfield will move to Riverside.", False)])
def test_a_count_rounded_to_the_hundred_agrees_within_a_twentieth(b: str, quiet: bool):
    found = _found("Garfield's 312 students will move to Riverside next fall.", b)
    assert (found == []) == quiet


@pytest.mark.parametrize(("a", "b", "label"), [
    ("Keepers found him about 200 yards from his enclosure.", "He was found in a wooded area roughly a "
     "quarter-mile from the enclosure.", "miles / yards from the enclosure"),
    ("The ferry grounded about 300 yards off Thornhaven Island's eastern shore.", "The ferry struck the ledge "
     "half a mile off Thornhaven Island.", "miles / yards from thornhaven island"),
    ("The fire is burning about 40 miles (64 kilometers) east of the town.", "The fire is burning in steep "
     "forest roughly 65 miles from town.", "miles from the town"),
])
def test_a_distance_from_one_place_told_in_yards_and_miles_conflicts(a: str, b: str, label: str):
    [(quantity, _)] = _found(a, b)
    assert quantity == label


def test_a_distance_from_one_place_agreeing_across_units_stays_quiet():
    assert _found("Keepers found him about 400 yards from his enclosure.",
                  "He was found roughly a quarter-mile from the enclosure.") == []


def test_hospital_staff_at_a_hospital_are_not_people_taken_to_hospital():
    [(_, values)] = _found("About 140 vacant nursing positions remain open, the union said.",
                               "The hospital has more than 200 open nursing positions, the union said.")
    assert len(values) == 2


def test_revenue_a_plan_would_raise_is_a_forecast_like_revenue_it_is_expected_to_bring():
    [(label, values)] = _found("The increase would raise about $31 million in additional revenue next year.",
                               "The increase is expected to bring in $19 million in new revenue next year.")
    assert label == "forecast revenue" and len(values) == 2


def test_a_crowd_counted_as_a_list_of_kinds_of_people_is_the_attendance():
    [(label, values)] = _found("About 400 people packed the high school auditorium for the vote.",
                               "More than 600 parents, teachers and students filled the high school auditorium.")
    assert label == "attendance" and len(values) == 2
    assert _found("About 400 people packed the high school auditorium for the vote.",
                  "Some 40 parents, teachers and students were treated for smoke at the high school.") == []
