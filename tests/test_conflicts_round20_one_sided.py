"""Round 20: a count told with an event that every one of a set takes part in (evacuated,
responded, took part) in one report and bare in another is one quantity, when the story
counts the noun with that event only; a part of a set (the dead, the arrested) is not, nor a
bare count beside another bare count or in an article that states the event's count apart.
Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets


@pytest.mark.parametrize(("told", "bare", "values"), [
    ("Staff evacuated all seven halls of the Corvane arena.", "The fire began in the 12-hall Corvane arena on Friday.",
     {7.0, 12.0}),
    ("Rangers evacuated 14 cabins at the Fennick camp.", "The Fennick camp has 20 cabins by the lake.", {14.0, 20.0}),
    ("Crews evacuated 14 wards at Marrow Infirmary overnight.", "The infirmary has 20 wards across two buildings.",
     {14.0, 20.0}),
    ("Between 40 and 45 tractors took part in the Dunmore rally.", "About 70 tractors lined the road into Dunmore.",
     {40.0, 70.0}),
])
def test_a_bare_count_is_the_events_count(told, bare, values):
    assert values in conflict_sets(told, bare)


@pytest.mark.parametrize(("told", "bare"), [
    # the dead, the hurt, the arrested are a part of the set the bare count names
    ("Three passengers died when the small plane came down near Orbury.", "The plane was carrying five passengers."),
    ("Police arrested 40 protesters outside the Verran plant.", "About 90 protesters gathered outside the plant."),
    ("Four climbers were hurt on the Askel ridge.", "The party of seven climbers set out at dawn."),
])
def test_a_part_of_the_set_is_no_rival(told, bare):
    assert conflict_sets(told, bare) == []


def test_two_bare_counts_of_the_noun_keep_it_apart():
    assert conflict_sets("Nine halls were evacuated at the Corvane arena.", "The 12 halls were cleaned on Monday.",
                         "Six halls of the arena host concerts.") == []


def test_an_article_telling_both_counts_keeps_them_apart():
    assert conflict_sets("Rangers evacuated 14 cabins at the Fennick camp. The camp has 20 cabins.",
                         "Fennick camp rents out 20 cabins each summer.") == []
