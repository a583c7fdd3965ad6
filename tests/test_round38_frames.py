"""Round thirty-eight: a find is a first ("discovered the breach on March 2" and "first detected the
intrusion on March 9" date one event) and a dated inspection is the last before the event ("passed a
fire inspection on Feb. 11" and "the building's last fire inspection, on March 4"); a first still
never meets a last, nor a plan a past. Every text here is made up for the tests."""

from __future__ import annotations

import pytest

from reader.analysis.event_dates import FIRST, LAST, PLAN, _frames_agree
from tests.test_conflicts_support import dated_found, found

DISCOVERED = "FreshWay discovered the breach of its loyalty database on March 2, a spokesman said."
INSPECTED = "Records show the Kessler warehouse passed a fire inspection on Feb. 11 with no violations."


def test_a_find_is_a_first() -> None:
    other = "FreshWay first detected the intrusion into its loyalty database on March 9, the filing says."
    assert [values for _, values in found(DISCOVERED, other)] == [["March 2", "March 9"]]


def test_a_dated_inspection_is_the_last_before_the_event() -> None:
    other = "Records show the Kessler warehouse's last fire inspection, on March 4, found no violations."
    assert [values for _, values in found(INSPECTED, other)] == [["February 11", "March 4"]]


@pytest.mark.parametrize(("a", "b", "agree"), [
    ({"found", FIRST}, {"found"}, True),
    ({"inspe", LAST}, {"inspe"}, True),
    ({"found", FIRST}, {"found", LAST}, False),     # a first and a last: two events
    ({"inspe", LAST}, {"inspe", FIRST}, False),
    ({"crack", FIRST}, {"crack"}, False),           # no find: a first and no frame stay two
    ({"inspe", PLAN}, {"inspe"}, False),            # a plan and a past
    ({"found", PLAN, FIRST}, {"found", PLAN}, True),
])
def test_frames_agree(a: set[str], b: set[str], agree: bool) -> None:
    assert _frames_agree(frozenset(a), frozenset(b)) is agree
    assert _frames_agree(frozenset(b), frozenset(a)) is agree


def test_a_find_and_a_last_find_stay_apart() -> None:
    other = "FreshWay detected the latest intrusion into its loyalty database on March 9, the filing says."
    assert found(DISCOVERED, other) == []


def test_an_ordinal_in_a_compound_tells_no_repeat() -> None:
    a = "The third-floor balcony of Apartment 3C gave way at 11:35 p.m. Saturday."
    b = "The balcony of the apartment gave way at about 10:50 p.m., as guests crowded onto it, police said."
    assert [values for _, values in found(a, b)] == [["10:50 p.m.", "11:35 p.m."]]
    again = "The balcony of Apartment 3C gave way for the third time at 11:35 p.m. Saturday."
    assert found(again, b) == []


@pytest.mark.parametrize(("a", "b"), [
    ("The line normally carries 12 trains a day, the operator said.",
     "Eighteen trains a day normally run on the line, the operator said."),          # a habit told after its figure
    ("A southbound transit of the channel usually takes about five hours.",
     "A normal run down the channel takes around three hours."),                    # "a normal run": a habit
    ("In a normal year the appellation produces roughly 12 million bottles.",
     "The region's growers produce 18.4 million bottles in a normal year."),        # a habit's time after it
    ("The county jail houses about 300 inmates on an average day.",
     "The county jail averages 377 inmates a day."),                                 # an average is a habit
])
def test_two_habits_told_two_ways_are_compared(a: str, b: str) -> None:
    assert len(dated_found(a, b)) == 1


def test_a_habit_and_a_day_s_figure_are_not() -> None:
    assert dated_found("The line normally carries 12 trains a day, the operator said.",
                       "Eighteen trains a day ran on the line on Monday, the operator said.") == []


def test_a_count_of_things_that_normally_do_something_is_no_habit() -> None:
    a = "Superintendent Gregory Tolliver said 17 bus routes normally cross the bridge each school day."
    b = "Twelve school bus routes must be redrawn because of the bridge closure, Tolliver said."
    assert [values for _, values in dated_found(a, b)] == [["12", "17"]]
