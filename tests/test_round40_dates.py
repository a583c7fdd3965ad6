"""A plan told with no word of a plan (reader.analysis.event_dates): a day a vote or a meeting is
called for ("has called a strike vote for Friday, May 22"), a schedule's day ("The last day for
orders … is June 28") and an aim ("aiming to have most customers reconnected by Nov. 2") are plans,
so they meet another article's plan of the same event; but such a guessed plan is one frame, never
a word of evidence. Every text here is made up for the tests."""

from __future__ import annotations

import pytest

from reader.analysis.conflicts import find_conflicts
from reader.analysis.event_dates import GUESSED_PLAN, PLAN, dated_clauses
from reader.analysis.sentences import sentence_spans
from tests.test_conflicts_support import undated


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
