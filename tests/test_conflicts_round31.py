"""Round 31 of conflict finding, from the misses of probes p33 and p34: a count told of "an average day",
a pension plan's funded ratio, a distance along a path in two units, a pronoun's length of time, the
rescued told by a bare number, a count sent to a ward of a hospital, and nouns of one thing (crude is
oil, undergraduates are students, onlookers are bystanders). Every text here is made up for the tests."""

from __future__ import annotations

from reader.analysis.figures import extract_figures
from tests.test_conflicts_support import found as _found
from tests.test_conflicts_support import keys_in


def _values(*bodies: str) -> list[list[str]]:
    return [values for _, values in _found(*bodies)]


def _texts(sentence: str) -> list[str]:
    return [f.text for f in extract_figures(sentence)]


def test_a_count_told_of_an_average_day_is_a_figure():
    assert _texts("On an average day 28 inmates are boarded in jails in other counties.") == ["28 inmates"]
    assert _texts("On a typical day 400 buses leave the depot.") == ["400 buses"]


def test_a_numbered_day_is_still_a_label():
    assert _texts("Jury selection began on day 3 of the trial.") == []
    assert _texts("The home side won game 7 of the series.") == []


def test_a_funded_ratio_told_two_ways_is_one_quantity():
    assert _values("After the loss, the pension fund was about 71 percent funded, its actuary said.",
                   "The plan's position dropped to 64% funded, according to a consultant's estimate.") \
        == [["64%", "71%"]]


def test_an_agreeing_funded_ratio_is_quiet():
    assert _found("After the loss, the pension fund was 64 percent funded, its actuary said.",
                  "The plan's position dropped to 64% funded, according to a consultant's estimate.") == []


def test_a_distance_along_a_path_meets_one_in_another_unit():
    assert _values("The coach was seen to skid about 150 feet along the bank before it rolled over.",
                   "Witnesses said the coach traveled about 90 yards along the grassy bank.") \
        == [["90 yards", "150 feet"]]


def test_a_distance_along_a_path_agreeing_in_two_units_is_quiet():
    assert _found("The coach was seen to skid about 150 feet along the bank before it rolled over.",
                  "Witnesses said the coach traveled about 50 yards along the grassy bank.") == []


def test_distances_along_two_paths_are_apart():
    assert _found("The coach was seen to skid about 150 feet along the bank before it rolled over.",
                  "Witnesses said the coach traveled about 90 yards along the highway first.") == []


def test_a_pronouns_length_of_time_takes_its_subject_from_the_clause_before():
    keys = keys_in("The diesel backup generator kicked on as designed, but it ran for about 40 minutes "
                   "before it shut down.",
                   "Its backup generator ran for roughly an hour before failing.")
    assert keys["about 40 minutes"] == keys["roughly an hour"] == ("duration:generator ran", None)


def test_a_pronouns_length_of_time_with_no_clause_before_is_not_keyed():
    keys = keys_in("It ran for about 40 minutes, the chief said.")
    assert keys["about 40 minutes"] is None


def test_the_rescued_told_by_a_bare_number_meet_a_count_of_people():
    assert _values("Four were pulled alive from the debris by firefighters and neighbours.",
                   "Two people were rescued alive from the wreckage of the house on Alder Road.") \
        == [["2", "4"]]


def test_bodies_pulled_from_water_are_not_the_rescued():
    assert _texts("Two were pulled from the river on Sunday.") == []


def test_a_count_sent_to_a_ward_of_a_hospital_is_a_figure():
    assert _texts("Two were flown to the burn unit at a Wichita hospital, the sheriff said.") == ["Two"]
    assert _texts("Two were flown to the scene, the sheriff said.") == []


def test_a_share_of_crude_is_a_share_of_oil():
    assert _values("The company said about 40 percent of the oil had been recovered by Wednesday.",
                   "Officials said roughly a quarter of the spilled crude had been recovered so far.") \
        == [["a quarter", "40%"]]


def test_undergraduates_are_students_and_onlookers_bystanders():
    assert keys_in("Nine undergraduates were hurt.")["Nine undergraduates"] == ("student", "hurt")
    assert keys_in("Seven onlookers were hurt.")["Seven onlookers"] == ("bystander", "hurt")
