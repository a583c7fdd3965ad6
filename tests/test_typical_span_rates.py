"""A count told over a typical span ("carries 90,000 riders on a weekday", "on an average
day", "on weekdays") is a rate, never a total of the event: it does not spoil the story's
one count of the people aboard (reader.analysis.rates). Every text here is made up for the
tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts

from reader.analysis.figures import extract_figures
from reader.analysis.rates import rate_of


def _rate(text: str) -> str | None:
    return rate_of(text, extract_figures(text)[0])


@pytest.mark.parametrize("text", [
    "The Orla line carries some 90,000 riders on a weekday.",
    "The Orla line carries some 90,000 riders on weekdays.",
    "The ferry takes about 2,400 passengers on an average day.",
])
def test_a_typical_span_is_a_rate(text: str) -> None:
    assert _rate(text) == "day"


@pytest.mark.parametrize("text", [
    "There were 340 passengers on board.",
    "About 340 passengers were stranded on a day of storms.",
    "Some 340 passengers boarded on a Monday.",
])
def test_other_counts_are_no_rate(text: str) -> None:
    assert _rate(text) is None


def test_a_rate_beside_the_count_aboard_leaves_the_count_compared() -> None:
    a = "Two carriages of an Orla line train derailed. Around 340 passengers were on board, the operator said."
    b = ("An Orla line train derailed on Monday. Nearly 520 commuters were aboard, a union official said. "
         "The line carries some 90,000 passengers on a weekday.")
    assert {340, 520} in _conflicts(a, b)
    assert _conflicts(a, b.replace("Nearly 520", "About 340")) == []


@pytest.mark.parametrize(("text", "span"), [
    ("The owner of a home valued at $300,000 will pay about $240 more per year.", "year"),
    ("Riders will pay $5 less a month under the new fares.", "month"),
    ("Members pay $12 extra each week for the pool.", "week"),
])
def test_a_rate_told_with_a_comparative_is_a_rate(text: str, span: str) -> None:
    # ("$240 more per year" had no span, so it was never compared with "$186 a year")
    figures = [f for f in extract_figures(text) if f.text.lstrip("about ").startswith(("$240", "$5", "$12"))]
    assert rate_of(text, figures[0]) == span
