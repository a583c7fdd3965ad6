"""Spans of time keyed by what they are of (:mod:`reader.analysis.spans_of`): "nine days of
class". Every text here is made up for the tests."""

from __future__ import annotations

from reader.analysis.conflicts import find_conflicts
from tests.test_conflicts_support import keys_in, undated, value_sets


def test_a_span_of_a_thing_is_keyed_by_the_thing():
    assert keys_in("The walkout has cost pupils seven days of lessons.")["seven days"] == ("duration:lessons", None)
    assert keys_in("Members get three years of free legal advice.")["three years"] == ("duration:advice", None)
    assert keys_in("The region braced for two days of heavy snow like last winter's.")["two days"] == (
        "duration:snow", None)


def test_points_in_time_selections_and_ages_stay_unkeyed():
    keys = keys_in("Claims must be filed within 30 days of the fire.")
    assert keys["30 days"] is None
    keys = keys_in("The first two days of the hearing were closed to the public.")
    assert keys.get("two days") is None
    keys = keys_in("The driver, 45 years of age, was not hurt.")
    assert keys.get("45 years") is None
    keys = keys_in("Pupils lost nine school days of lessons.")
    assert keys["nine school days"] is None


def test_one_strike_s_lost_days_told_two_ways_disagree():
    a = undated("paper", "Harwell teachers voted down the offer, extending a walkout that has now cost pupils "
                         "seven days of lessons.")
    b = undated("tv", "Harwell pupils have now missed 10 days of lessons, and talks have stalled.")
    assert {7.0, 10.0} in value_sets(find_conflicts([a, b]))


def test_spans_of_two_things_stay_apart():
    a = undated("paper", "Harwell pupils have missed seven days of lessons.")
    b = undated("tv", "Forecasters expect 10 days of rain in Harwell.")
    assert find_conflicts([a, b]) == []
