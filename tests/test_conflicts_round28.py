"""Round 28 of conflict finding, from the held-out probe p30's first run: one end of a change is
no value of the quantity now, two weekdays or two stages of a count are two times, distances of
two things from one place, and counts of people in hospital told with no noun. Every text here is
made up for the tests."""

from __future__ import annotations

import pytest

from reader.analysis.figure_uses import figure_uses
from tests.test_conflicts_support import found as _found
from tests.test_conflicts_support import undated


def test_the_start_of_a_change_is_no_value_of_the_quantity_now():
    assert _found("With Friday's count, support for Proposition 1 climbed from 58.7 percent on election "
                  "night to 60.4 percent, enough to clear the supermajority Oregon requires for school bonds.",
                  "Proposition 1 reached 60.4 percent after Friday's ballot count, just above the 60 percent "
                  "supermajority that Oregon requires for school bonds.") == []


def test_two_times_of_day_on_two_weekdays_are_two_events():
    a = ("HOLLOW FORK — Part of the roof of the Greavey mine collapsed late Monday, trapping four miners. "
         "The roof came down at about 10:40 p.m. Monday.")
    b = ("HOLLOW FORK — Four miners were trapped when part of the roof of the Greavey mine collapsed Monday. "
         "The collapse happened around 11:25 p.m. Monday.")
    c = ("HOLLOW FORK — When the mantrip carrying the last of four miners trapped by the Greavey mine roof "
         "collapse rolled out of the portal just before 9 a.m. Wednesday, the crowd cheered.")
    assert [values for _, values in _found(a, b)] == [["10:40 p.m.", "11:25 p.m."]]
    assert not any("9 a.m." in value for _, values in _found(a, b, c) for value in values)


def test_the_time_a_count_is_told_at_is_no_time_of_the_incident():
    a = ("VELARDE — A transformer failed Monday and knocked out power across the city. The outage began at "
         "4:50 p.m., when a large transformer at the substation failed.")
    b = ("VELARDE — A transformer failure knocked out power across the city Monday. The number of customers "
         "without power grew from about 48,000 at 6 p.m. to 61,400 by 9 p.m.")
    assert not any("6 p.m." in value for _, values in _found(a, b) for value in values)


def test_a_tallys_time_is_still_the_votes():
    a = "HARBORVIEW — The council approved the stadium deal. The council voted 9-4 at 10:05 p.m. Tuesday."
    b = "HARBORVIEW — The council approved the stadium deal. The vote came shortly after 11 p.m. Tuesday."
    assert [len(values) for _, values in _found(a, b)] == [2]


def test_an_early_count_and_a_later_one_are_two_stages():
    first = ("The levy was receiving 58.7 percent of the vote after the first count of 14,212 ballots, "
             "according to the county elections office.")
    assert _found(first, "About 21,000 ballots have now been counted, according to the county elections office.") == []
    assert len(_found(first, "The levy was receiving 58.7 percent of the vote after a count of 15,900 ballots, "
                             "according to the county elections office.")) == 1


def test_distances_of_two_things_from_one_place_stay_apart():
    station = "Harrel said the department's own station, less than a mile from the park, lost part of its roof."
    assert _found(station, "The nearest shelter is the high school gym, about 4 miles from the park.") == []
    assert len(_found(station, "Harrel said the department's own station, about 3 miles from the park, "
                               "lost part of its roof.")) == 1


@pytest.mark.parametrize(("a", "b"), [
    ("Six were still in hospital on Wednesday evening, the council said.",
     "Two people were still being treated in hospital on Wednesday evening."),
    ("Twenty-three were treated at area hospitals for heat exhaustion or heatstroke.",
     "In all, 31 people were treated at area hospitals for heat-related illness."),
    ("Five remained hospitalized Tuesday morning, she said.", "Three people were still in the hospital on Tuesday."),
])
def test_a_count_in_hospital_told_with_no_noun_conflicts(a: str, b: str):
    assert len(_found(a, b)) == 1


@pytest.mark.parametrize("text", ["The two were in hospital together years ago.",
                                  "Three were treated at the scene and released."])
def test_known_people_and_people_treated_at_the_scene_are_no_hospital_count(text: str):
    _uses, keys = figure_uses([undated("s0", text)], None)
    assert ("person", "hospital") not in keys


def test_a_mines_miners_are_its_workers():
    assert len(_found("There were 22 miners underground on the shift at the time, state officials said.",
                      "State officials said 31 workers were underground on the shift.")) == 1
