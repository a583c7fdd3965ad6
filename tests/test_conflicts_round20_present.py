"""Round 20: the people present at the event's place named by different nouns (travellers,
commuters; patrons, concertgoers; tourists, visitors) are one count, and the people
evacuated are that count when another report tells them leaving the place; staff, crew, the
hurt and a count of another moment stay apart. Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets


@pytest.mark.parametrize(("first", "second", "values"), [
    ("There were 96 travellers on board the Kestle train.",
     "Some 130 commuters were packed into the carriages of the Kestle train.", {96.0, 130.0}),
    ("All 410 patrons were cleared from the Harrowgate hall.", "Nearly 500 concertgoers filed out of the hall.",
     {410.0, 500.0}),
    ("About 60 visitors were on the Orwell tower when the lift failed.", "Some 90 tourists were trapped on the tower.",
     {60.0, 90.0}),
    ("Officials said 220 people were evacuated from the Brisk Quay terminal.",
     "About 300 shoppers and workers streamed out of the terminal.", {220.0, 300.0}),
])
def test_one_set_of_people_by_two_nouns(first, second, values):
    assert values in conflict_sets(first, second)


@pytest.mark.parametrize(("first", "second"), [
    # the evacuated of other homes, not the ferry's passengers (no report tells these leaving)
    ("The ferry carried 300 passengers and 12 crew.", "About 200 people were evacuated from homes near the harbour."),
    # staff are not the guests
    ("The Pallas hall held 410 guests and 25 staff.", "Nearly 40 staff were sent home."),
    # the hurt are a part of the passengers
    ("About 150 passengers were on the train.", "Eight passengers were hurt."),
])
def test_other_sets_stay_apart(first, second):
    assert conflict_sets(first, second) == []


def test_three_counts_of_the_class_are_no_one_quantity():
    assert conflict_sets("There were 96 passengers on board.", "Some 130 commuters were on the platform.",
                         "Earlier, 60 passengers had left the train at Tolby.") == []


def test_an_article_with_two_counts_of_the_class_keeps_them_apart():
    assert conflict_sets("There were 96 travellers on board, and 40 commuters were waiting on the platform.",
                         "Some 130 commuters were packed into the carriages.") == []
