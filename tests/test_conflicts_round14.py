"""Conflict classes of round 14b: the age of a person the story names only by a role ("A
7-year-old boy" and "The boy, 8,"; "The suspect, a 24-year-old man" and the suspect
named elsewhere); people aboard against passengers told with the crew; shares in words
against percentages ("about a third" of the surgeries, "a third lower"); a place's
population is no count of the story's people; people who attended as the attendance.
Every text here is made up for these tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import art, conflicts_of, keys_of

from reader.analysis.figures import extract_figures
from reader.analysis.sentences import sentence_spans
from reader.analysis.shares import fraction_shares

_art, _conflicts, _keys = art, conflicts_of, keys_of


@pytest.mark.parametrize(("a", "b"), [
    ("A 9-year-old boy was hurt when a swing collapsed at Fenner Park in Oswin, police said.",
     "The boy, 10, was taken to Oswin General after the swing collapsed at Fenner Park."),
    ("A 9-year-old girl was pulled from the Tarrow River on Sunday, firefighters said.",
     "Rescuers said the girl, 11, was in the water for several minutes."),
    ("The suspect, a 31-year-old man from Brill, was held on suspicion of arson, police said.",
     "The suspect, identified by neighbours as Corwin Hale, 33, was arrested at his home in Brill."),
    ("The 52-year-old driver was treated for minor injuries after the bus hit a wall in Oswin.",
     "The driver, 55, was not hurt when the bus hit a wall in Oswin, the company said."),
])
def test_an_age_told_of_a_role_the_story_has_one_of_is_compared(a, b):
    assert len(_conflicts(a, b)) == 1


@pytest.mark.parametrize(("a", "b"), [
    # two boys in one report
    ("A 9-year-old boy and his brother were hurt in Oswin. The boys were treated at the scene.",
     "The boy, 10, was taken to Oswin General, police said."),
    # one report brings in two suspects by an indefinite article
    ("A 31-year-old suspect was held in Brill. Police said a 31-year-old suspect from Tarrow was also held.",
     "The suspect, 33, was charged with arson in Brill."),
    # one report gives the role two ages: two people
    ("A 9-year-old boy fell from the swing, and a 12-year-old boy was hurt trying to catch him, police said.",
     "The boy, 10, was taken to Oswin General, police said."),
    # the role is told of two people in other words
    ("A 9-year-old boy was hurt in Oswin, police said. Another boy was unhurt.",
     "The boy, 10, was taken to Oswin General, police said."),
    # a person described by trade is not compared unnamed
    ("The 61-year-old retired teacher was hurt when the porch collapsed in Oswin.",
     "The teacher, 64, who lives nearby, helped carry the injured, neighbours said."),
])
def test_an_age_of_a_role_that_is_no_one_person_stays_quiet(a, b):
    assert _conflicts(a, b) == []


def test_a_role_tied_to_a_name_keys_its_ages_by_the_name():
    keys = _keys("The suspect, identified by police as Corwin Hale, was held. The suspect, a 31-year-old man "
                 "from Brill, was charged.")
    assert keys["31-year-old man"] == ("age", "corwin hale")


def test_an_unnamed_role_is_keyed_as_the_role():
    keys = _keys("A 9-year-old boy was hurt when a swing collapsed, police said. The boy was treated.")
    assert keys["9-year-old boy"] == ("age", "the boy")


_CARRYING = "The Marlow express was carrying 164 passengers and six crew when it left the rails near Oswin."


@pytest.mark.parametrize("other", [
    "About 220 people were on the train, one regular commuter estimated.",
    "About 120 people were aboard when the express left the rails near Oswin.",
])
def test_people_aboard_against_passengers_and_crew_conflict(other):
    assert _conflicts(_CARRYING, other) == [sorted([164, 220 if "220" in other else 120])]


@pytest.mark.parametrize(("a", "b"), [
    # people aboard agree with the sum
    (_CARRYING, "There were 170 people on board the express, the operator said."),
    # or with the passengers alone
    (_CARRYING, "About 165 people were on the train, police said."),
    # no report gives the crew: the gap may be the crew
    ("The Marlow express was carrying 164 passengers when it left the rails near Oswin.",
     "About 220 people were on the train, one regular commuter estimated."),
    # a part of the people aboard, later
    (_CARRYING, "About 40 people were still on the train two hours later, firefighters said."),
])
def test_people_aboard_that_may_hold_with_the_passengers_stay_quiet(a, b):
    assert _conflicts(a, b) == []


def test_people_on_a_craft_are_people_aboard():
    assert _keys("About 220 people were on the train, one commuter said.")["About 220 people"] == ("person", "aboard")


@pytest.mark.parametrize(("a", "b"), [
    ("About a third of planned operations have been cancelled at Tarrow General, the trust said.",
     "About 45 percent of planned operations were cancelled on Monday, the trust said."),
    ("Two-thirds of the county's bridges were rated poor by inspectors, officials said.",
     "Just over half of the county's bridges were rated poor, the report found."),
    ("The plant will move to Oswin, where wages are about a quarter lower.",
     "A union official said wages in Oswin are 40 percent lower than at Brill."),
])
def test_a_share_in_words_against_a_percentage_conflicts(a, b):
    assert len(_conflicts(a, b)) == 1


@pytest.mark.parametrize(("a", "b"), [
    # a fraction is a rounding: 35 percent is about a third
    ("About a third of planned operations have been cancelled, the trust said.",
     "About 35 percent of planned operations were cancelled on Monday, the trust said."),
    # a count's progress is given at different hours
    ("Half of the ballots have been counted in Oswin, officials said.",
     "About 80 percent of the ballots have been counted in Oswin."),
    # shares of what different people did
    ("About a third of voters backed Marlow in Oswin, the poll found.",
     "About 45 percent of voters backed Tessel in Oswin, the poll found."),
    # a comparison with no place or name named
    ("Wages are about a quarter lower, the union said.",
     "Wages are 40 percent lower, the company said."),
])
def test_shares_that_may_both_hold_stay_quiet(a, b):
    assert _conflicts(a, b) == []


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("About a third of the homes were damaged.", 33.33, "about"),
    ("Nearly two-thirds of the homes were damaged.", 66.67, "nearly"),
    ("More than half of the homes were damaged.", 50.0, "more than"),
    ("A quarter of the homes were damaged.", 25.0, "about"),
])
def test_a_fraction_of_a_counted_whole_is_a_share(text, value, qualifier):
    (f,) = fraction_shares(text, extract_figures(text), sentence_spans(text))
    assert (f.value, f.qualifier, f.unit) == (value, qualifier, "percent")


@pytest.mark.parametrize("text", [
    "The walk took half an hour and covered a third of a mile.",
    "Half of the 40 homes were damaged.",
    "A third of the class went home early.",
])
def test_fractions_of_no_counted_whole_are_not_read(text):
    assert fraction_shares(text, extract_figures(text), sentence_spans(text)) == []


@pytest.mark.parametrize(("text", "figure"), [
    ("The mill employs 410 workers. Its closure is a blow to a town of 9,000.", "9,000"),
    ("The plant sits in Oswin, a quiet market town of about 12,500 people.", "about 12,500 people"),
    ("Brill, population 7,200, has one clinic.", "7,200"),
])
def test_a_place_s_population_is_not_keyed(text, figure):
    assert _keys(text)[figure] is None


def test_a_place_s_size_in_other_things_is_still_counted():
    assert _keys("The flood reached a village of 300 homes near Oswin.")["300 homes"] is not None


def test_a_population_is_no_workforce():
    assert _keys("Nearly 500 workers will lose their jobs, a blow to a town of 9,000.")["9,000"] is None
    assert _conflicts("The mill employs 9,200 workers in Oswin.",
                      "Nearly 500 workers will lose their jobs, a blow to a town of 9,000.") == []


@pytest.mark.parametrize(("a", "b"), [
    ("Approximately 30,000 people attended the match at Oswin Park, police said.",
     "About 38,000 fans were at Oswin Park for the match, police said."),
    ("The crush began after about 38,000 people had packed Oswin Park for the final.",
     "Some 30,000 fans were leaving Oswin Park after the final when the barrier gave way."),
])
def test_people_who_attended_are_the_attendance(a, b):
    assert len(_conflicts(a, b)) == 1


@pytest.mark.parametrize("text", [
    "About 300 people were evacuated from Oswin Park.",
    "As many as 300 people attended the vigil.",
    "The stadium can hold 52,000 people.",
])
def test_other_counts_of_people_are_no_attendance(text):
    assert all(k != ("attendance", None) for k in _keys(text).values())


def test_two_gatherings_told_apart_stay_quiet():
    assert _conflicts("About 300 people attended a vigil for the victims in Oswin on Sunday.",
                      "More than 900 people attended the funeral at St Brendan's church in Brill.") == []
