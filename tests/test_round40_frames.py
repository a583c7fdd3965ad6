"""A plan told with no word of a plan (reader.analysis.event_dates): a day a vote or a meeting is
called for ("has called a strike vote for Friday, May 22"), a schedule's day ("The last day for
orders … is June 28") and an aim ("aiming to have most customers reconnected by Nov. 2") are plans,
so they meet another article's plan of the same event; but such a guessed plan is one frame, never
a word of evidence. And a length told as a time something was done in ("The fire was out within 90
minutes", "Crews needed more than 7 hours to isolate the break": reader.analysis.event_lengths).
Every text here is made up for the tests."""

from __future__ import annotations

import pytest

from reader.analysis.conflicts import find_conflicts
from reader.analysis.event_dates import GUESSED_PLAN, PLAN, dated_clauses
from reader.analysis.event_lengths import STRONG, WEAK, _frame
from reader.analysis.figure_uses import figure_uses
from reader.analysis.sentences import sentence_spans
from tests.test_conflicts_support import conflict_sets, found, undated


def _dates(*bodies: str) -> list[list[tuple[str, list[str]]]]:
    found = find_conflicts([undated(f"s{n}", body) for n, body in enumerate(bodies)])
    return [[(v.display, v.articles) for v in c.values] for c in found if c.quantity.startswith("date")]


def _marks(body: str) -> set[str]:
    (clause,) = dated_clauses(body, sentence_spans(body))
    return set(clause.words) & {PLAN, GUESSED_PLAN}


@pytest.mark.parametrize(("body", "marks"), [
    ("The union has called a strike vote for Friday, May 22, at the main hall.", {PLAN, GUESSED_PLAN}),
    ("The last day for orders in the four cities is June 28.", {PLAN, GUESSED_PLAN}),
    ("The utility is aiming to have most customers reconnected by Nov. 2.", {PLAN, GUESSED_PLAN}),
    ("The district intends to open the annex on Sept. 8.", {PLAN, GUESSED_PLAN}),
    # a word of a plan is read as ever, and is evidence
    ("The union will hold a strike vote on Saturday, May 23, at the main hall.", {PLAN}),
    # a past day is no plan
    ("The union held a strike vote on May 22 at the main hall.", set()),
])
def test_what_reads_as_a_plan(body: str, marks: set[str]) -> None:
    assert _marks(body) == marks


def test_a_vote_called_for_one_day_and_held_on_another_is_a_conflict() -> None:
    found = _dates("The miners' union will hold a strike vote on Saturday, May 23, after talks failed.",
                   "The union has called a strike vote for Friday, May 22, its leader told reporters.")
    assert found == [[("May 22", ["s1"]), ("May 23", ["s0"])]]


def test_an_aim_and_an_expectation_of_one_restoration() -> None:
    found = _dates("Cooperative officials expect to restore power to most customers by Oct. 24.",
                   "The cooperative is aiming to have most customers reconnected by Nov. 2.")
    assert found == [[("October 24", ["s0"]), ("November 2", ["s1"])]]


@pytest.mark.parametrize(("a", "b"), [
    # two meetings: one word and a guessed plan are not enough
    ("The town council will discuss the collapse at a special meeting on Thursday, July 16, in the town hall.",
     "The association has called a meeting of its members for July 21 to review wind procedures."),
    # an aim and another plan sharing one word
    ("Council will hold a public information meeting with ministry staff on Thursday, May 28.",
     "The ministry is aiming to reopen the road by June 26, the engineer said."),
    # a plan against a past day of the same words: two events
    ("The union has called a strike vote for Friday, May 22, at the main hall.",
     "The union held a strike vote on May 2 at the main hall."),
])
def test_no_conflict(a: str, b: str) -> None:
    assert _dates(a, b) == []


# lengths told as a time something was done in (reader.analysis.event_lengths)

BLAZE = "A fire broke out at the Harwick paint warehouse on Sunday. "
MAIN = "A water main burst under Fenwick Road on Tuesday. "


@pytest.mark.parametrize(("one", "other", "values"), [
    (BLAZE + "The fire was out within 90 minutes.",
     BLAZE + "It took crews nearly three hours to bring the fire under control.", {1.5, 3.0}),
    (MAIN + "Crews needed more than 7 hours to isolate the burst main.",
     MAIN + "It took crews nearly five hours to find and isolate the burst main.", {5.0, 7.0}),
])
def test_a_time_something_was_done_in_is_a_length(one: str, other: str, values: set[float]) -> None:
    assert values in conflict_sets(one, other)


@pytest.mark.parametrize(("sentence", "length", "frame"), [
    ("The fire was out within 90 minutes.", "90 minutes", WEAK),
    ("Crews needed more than 7 hours to isolate the burst main.", "more than 7 hours", WEAK),
    ("The fire burned for about two hours.", "about two hours", STRONG),
    # "in" tells a span things happened in, not how long one went on
    ("The town could run out of paint thinner in three days, a trader said.", "three days", 0),
    ("It was the second fire at the warehouse in 14 months.", "14 months", 0),
    # "within … of" is a time from another moment; "within the next" a window
    ("The fire was out within 90 minutes of the first call.", "90 minutes", 0),
    ("Crews expect to finish within the next two days.", "two days", 0),
])
def test_how_a_length_is_told(sentence: str, length: str, frame: int) -> None:
    body = BLAZE + sentence
    uses, _ = figure_uses([undated("a", body)], None)
    (use,) = [u for u in uses if u.figure.text == length]
    assert _frame(use, body) == frame



@pytest.mark.parametrize(("a", "b", "values"), [
    ("Its bakery stopped production on Tuesday, April 28, after inspectors visited.",
     "Maple Hearth halted all production on Friday, May 1, the company said.",
     [("April 28", ["s0"]), ("May 1", ["s1"])]),
    ("Keepers welcomed the birth of a female calf on 21 April.",
     "The calf was born on 19 April after a 15-month pregnancy.",
     [("April 19", ["s1"]), ("April 21", ["s0"])]),
    ("The vessel berthed on Sunday, May 3, to load cargo.",
     "The ship berthed on Monday, May 4, port records show.",
     [("May 3", ["s0"]), ("May 4", ["s1"])]),
])
def test_one_event_told_with_two_words(a: str, b: str, values: list[tuple[str, list[str]]]) -> None:
    assert _dates(a, b) == [values]


# the first call for help (reader.analysis.incident_clocks.story_first)
DEPOT = "A fire broke out at the Harwick paint depot on Tuesday. "


@pytest.mark.parametrize("first", [
    "The first 911 call came in at 5:48 a.m., from a truck driver.",
    "Dispatchers received the first call at 5:48 a.m.",
    "The first emergency call came in at 5:48 a.m.",
    "The first 999 call came at 5.48am on Tuesday.",
])
def test_the_first_call_is_the_alarm(first: str) -> None:
    assert found(DEPOT + first, DEPOT + "The fire was reported at 6:30 a.m., according to a summary.") == [
        ("time of the call for help", ["5:48 a.m.", "6:30 a.m."])]


def test_a_first_of_something_else_still_abstains() -> None:
    assert found(DEPOT + "The first crew left the depot at 5:48 a.m.",
                 DEPOT + "The fire was reported at 6:30 a.m., according to a summary.") == []
