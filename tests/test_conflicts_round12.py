"""Conflict classes of the twelfth round: a death toll told by the role of the dead ("five
miners died", "the bodies of six crew members were recovered"), an age told after a
description of its person ("The Grammy-winning singer, 43,"), how long people were stuck or
a fire was fought (compared in one unit: "90 minutes" and "1.5 hours" agree), a temperature
in "degrees" read in the one scale its story uses, and a rounded value listed with the
exact value it agrees with. Every text here is made up for these tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import art, conflicts_of, keys_of

from reader.analysis.conflict_values import conflict_values
from reader.analysis.conflicts import find_conflicts
from reader.analysis.figure_uses import figure_uses

_FIVE = "An explosion at the Harlow quarry killed five people on Tuesday, officials said."


# -- 1. death tolls told by the role of the dead ---------------------------------------------------

@pytest.mark.parametrize("other", [
    "Four workers were killed when an explosion tore through the Harlow quarry on Tuesday.",
    "Six miners died when an explosion tore through the Harlow quarry on Tuesday.",
    "The bodies of six crew members were recovered after an explosion at the Harlow quarry on Tuesday.",
    "Rescuers recovered the bodies of seven miners after an explosion at the Harlow quarry on Tuesday.",
    "Six people have been confirmed dead after an explosion at the Harlow quarry on Tuesday.",
    "Authorities confirmed seven deaths after an explosion at the Harlow quarry on Tuesday.",
    "Eight labourers were killed in an explosion at the Harlow quarry on Tuesday.",
])
def test_a_toll_told_by_the_role_of_the_dead_conflicts_with_the_people_killed(other):
    conflicts = conflicts_of(_FIVE, other)
    assert len(conflicts) == 1 and 5 in conflicts[0] and len(conflicts[0]) == 2


@pytest.mark.parametrize("other", [
    # another event, in a past year
    "An explosion at the Harlow quarry killed five people on Tuesday. Two workers were killed in a similar "
    "blast at the quarry in 2019.",
    # a part of the dead
    "An explosion at the Harlow quarry killed five people on Tuesday. Four of the dead were children.",
    # the same toll told by the role
    "Five miners died when an explosion tore through the Harlow quarry on Tuesday.",
])
def test_a_past_event_a_part_or_the_same_toll_stays_quiet(other):
    assert conflicts_of(_FIVE, other) == []


@pytest.mark.parametrize(("a", "b"), [
    # people of a role counted inside the toll: a part, not the toll
    ("An explosion at the Tarn colliery killed five people, including two miners, on Monday.",
     "Three miners died in an explosion at the Tarn colliery on Monday."),
    # two roles each a part of the dead
    ("Three miners and two rescuers died in an explosion at the Tarn colliery on Monday.",
     "Five people died in an explosion at the Tarn colliery on Monday."),
])
def test_people_of_a_role_told_as_a_part_stay_apart(a, b):
    assert conflicts_of(a, b) == []


def test_a_role_toll_beside_the_hurt_still_conflicts():
    a = "Four miners were killed in an explosion at the Tarn colliery on Monday, and 12 others were injured."
    b = "Five people died in an explosion at the Tarn colliery on Monday."
    assert conflicts_of(a, b) == [[4, 5]]


@pytest.mark.parametrize("other", [
    "Two officers were killed in an explosion at the Harlow quarry on Tuesday.",
    "Three firefighters were killed in an explosion at the Harlow quarry on Tuesday.",
    "Three passengers were killed in an explosion at the Harlow quarry on Tuesday.",
])
def test_people_often_a_part_of_the_dead_stay_apart(other):
    assert conflicts_of(_FIVE, other) == []


def test_the_bodies_of_people_are_the_dead():
    assert keys_of("The bodies of six crew members were recovered on Monday.")["six crew"] == ("crew", "died")


# -- 2. an age told after a description ------------------------------------------------------------

@pytest.mark.parametrize(("named", "described", "values"), [
    ("Singer Dana Vell cancelled her tour on Monday. Vell, 45, said she needed rest.",
     "The Grammy-winning singer, 43, cancelled her tour on Monday, citing exhaustion.", [43, 45]),
    ("Retired teacher Oren Pask found the bag on Monday. Pask, 65, handed it to police.",
     "The retired teacher, 67, said he handed the bag to police on Monday.", [65, 67]),
    ("Dana Vell, the Grammy-winning singer, cancelled her tour. Vell, 45, said she needed rest.",
     "The singer, 43, cancelled the tour on Monday.", [43, 45]),
    ("Chef Ilse Marrow opened the restaurant in 2019. Marrow, 51, said it would close.",
     'The "Kitchen Hours" chef, 53, said the restaurant would close. Marrow opened it in 2019.', [51, 53]),
])
def test_an_age_after_a_description_is_its_named_person_s(named, described, values):
    assert conflicts_of(named, described) == [values]


@pytest.mark.parametrize(("a", "b"), [
    # two singers: the description names neither
    ("Singer Dana Vell and singer Mara Quist cancelled their tour. Vell, 45, said she needed rest.",
     "The Grammy-winning singer, 43, cancelled the tour on Monday."),
    # no one is named as the singer
    ("Dana Vell cancelled her tour. Vell, 45, said she needed rest.",
     "The singer, 43, cancelled the tour on Monday."),
    # the same age
    ("Singer Dana Vell cancelled her tour on Monday. Vell, 45, said she needed rest.",
     "The Grammy-winning singer, 45, cancelled her tour on Monday."),
])
def test_an_age_of_a_description_no_one_person_holds_stays_quiet(a, b):
    assert conflicts_of(a, b) == []


# -- 3. how long people were stuck or a fire was fought --------------------------------------------

@pytest.mark.parametrize(("text", "figure", "key"), [
    ("Firefighters battled the blaze for six hours before bringing it under control.", "six hours",
     "duration:firefight"),
    ("Crews fought the warehouse fire for nearly nine hours.", "nearly nine hours", "duration:firefight"),
    ("Firefighters spent nine hours battling the blaze.", "nine hours", "duration:firefight"),
    ("Passengers were stuck for 90 minutes on the stalled train.", "90 minutes", "duration:stranded"),
    ("Hundreds of drivers were stranded on the highway for two days.", "two days", "duration:stranded"),
    ("The fire burned for nine hours.", "nine hours", "duration:burning"),
    ("Divers searched the lake for three days.", "three days", "duration:search"),
    ("The jury reached its verdict after the jurors spent 11 hours deliberating.", "11 hours",
     "duration:deliberation"),
])
def test_how_long_an_event_held_its_people_is_keyed(text, figure, key):
    assert keys_of(text)[figure] == (key, None)


@pytest.mark.parametrize(("text", "figure"), [
    ("She worked at the plant for 30 years.", "30 years"),
    ("She spent six hours fighting the charges.", "six hours"),
    ("The fire started two hours after the train stalled.", "two hours"),
])
def test_other_lengths_are_not_keyed(text, figure):
    assert keys_of(text).get(figure) is None


@pytest.mark.parametrize(("a", "b", "values"), [
    ("Firefighters battled the blaze for six hours before bringing it under control.",
     "Firefighters battled the blaze for nearly nine hours before bringing it under control.", [6, 9]),
    ("The road was closed for two days after the landslide.",
     "The road was closed for three days after the landslide.", [2, 3]),
    ("Passengers were stuck for 90 minutes on the stalled train.",
     "Passengers were stuck for two hours on the stalled train.", [1.5, 2]),
    ("The road was closed for two days after the landslide.",
     "The road was closed for 36 hours after the landslide.", [1.5, 2]),
])
def test_lengths_told_two_ways_conflict_in_one_unit(a, b, values):
    assert conflicts_of(a, b) == [values]


@pytest.mark.parametrize(("a", "b"), [
    ("Passengers were stuck for 90 minutes on the stalled train.",
     "Passengers were stuck for 1.5 hours on the stalled train."),
    ("The road was closed for two days after the landslide.",
     "The road was closed for 48 hours after the landslide."),
    ("Passengers were stuck for about two hours on the stalled train.",
     "Passengers were stuck for 115 minutes on the stalled train."),
])
def test_one_length_in_two_units_agrees(a, b):
    assert conflicts_of(a, b) == []


# -- 4. temperatures -------------------------------------------------------------------------------

_HOT = "Temperatures reached 43.1C in Tarsel on Sunday, the hottest day of the year."


@pytest.mark.parametrize("other", [
    "Temperatures reached 41.8 degrees in Tarsel on Sunday, the hottest day of the year.",
    "The thermometer in Tarsel hit 41.8 degrees on Sunday.",
])
def test_plain_degrees_are_read_in_the_story_s_one_scale(other):
    assert conflicts_of(other, _HOT) == [[41.8, 43.1]]


@pytest.mark.parametrize(("a", "b"), [
    ("Temperatures reached 41.8 degrees in Tarsel on Sunday.", "Temperatures reached 41.8C in Tarsel on Sunday."),
    # both scales in the story: a plain "degrees" is left alone
    ("Temperatures reached 105 degrees in Tarsel on Sunday.",
     "Temperatures reached 41 degrees Celsius in Tarsel on Sunday, or 106F."),
    # no word of temperature: an angle
    ("The bus made a 90-degree turn in Tarsel on Sunday when temperatures hit 40C.",
     "The bus made a 95-degree turn in Tarsel on Sunday when temperatures hit 40C."),
])
def test_degrees_agreeing_or_of_no_one_scale_stay_quiet(a, b):
    assert conflicts_of(a, b) == []


def test_a_conversion_in_brackets_leaves_the_story_one_scale():
    a = "Temperatures reached 41.8 degrees in Tarsel on Sunday."
    b = "Temperatures reached 43.1 degrees Celsius (109.6 degrees Fahrenheit) in Tarsel on Sunday."
    assert conflicts_of(a, b) == [[41.8, 43.1]]


# -- 5. a rounded value beside the exact value it agrees with --------------------------------------

def _shown(texts: list[str]) -> list[list[tuple[str, list[str]]]]:
    conflicts = find_conflicts([art(str(n), t) for n, t in enumerate(texts)])
    return [[(v.stated, v.articles) for v in c.values] for c in conflicts]


def test_a_rounding_is_listed_with_the_exact_value():
    assert _shown(["The city approved a budget of $412.6 million on Tuesday for the new stadium.",
                   "The city approved a $413 million budget on Tuesday for the new stadium.",
                   "The city approved a $398 million budget on Tuesday for the new stadium."]) == [
        [("$412.6 million / $413 million", ["0", "1"]), ("$398 million", ["2"])]]


def test_an_approximation_is_listed_with_the_one_value_it_agrees_with():
    assert _shown(["A fire at the Vellan plant killed 12 people on Friday.",
                   "A fire at the Vellan plant killed at least 10 people on Friday.",
                   "A fire at the Vellan plant killed 9 people on Friday."]) == [
        [("12 / at least 10", ["0", "1"]), ("9", ["2"])]]


def test_a_value_agreeing_with_two_others_keeps_its_own_place():
    texts = ["A fire at the Vellan plant killed 12 people on Friday.",
             "A fire at the Vellan plant killed 11 or 12 people on Friday.",
             "A fire at the Vellan plant killed 11 people on Friday."]
    uses, _ = figure_uses([art(str(n), t) for n, t in enumerate(texts)], None)
    assert sorted(v.stated for v in conflict_values(uses)) == ["11", "11–12", "12"]


@pytest.mark.parametrize("text", [
    "The airline said none of the 142 passengers or six crew members on board were injured.",
    "Neither of the two pilots was hurt, the carrier said.",
])
def test_people_none_of_whom_were_hurt_are_no_count_of_the_hurt(text):
    # (the group is still counted by its noun, with no event: whole_counts)
    assert all(key is None or key[1] is None for key in keys_of(text).values())
