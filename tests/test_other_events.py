"""Figures told of another event or another year are background: a story's conflicts
leave them out (every text here is made up for these tests)."""

from __future__ import annotations

import pytest

from reader.analysis.conflicts import find_conflicts
from reader.analysis.figures import extract_figures
from reader.analysis.other_events import OTHER, reference_year, told_when
from reader.library.model import Article
from reader.text.tokens import word_count


def _art(id_: str, body: str, published: str | None = "2026-04-02") -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body), published=published)


def _when(body: str, year: int | None = 2026) -> list[tuple[str, str | None]]:
    return [(f.text, told_when(body, f, year)) for f in extract_figures(body)]


@pytest.mark.parametrize(("sentence", "when"), [
    ("In 2019, another bus crash on the same road left 14 people injured.", "2019"),
    ("The crash was the deadliest on the highway since 2011, when a van rolled over and killed nine people.", "2011"),
    ("Last year, the plant employed 5,000 workers.", "2025"),
    ("Two years ago a fire at the same plant injured 12 workers.", "2024"),
    ("In March 2018, a similar storm knocked out power to 40,000 homes.", "2018"),
    ("Residents recalled a previous flood that forced 300 families from their homes.", OTHER),
    ("Earlier this year, the company cut 500 jobs.", OTHER),
    ("The chain had 3,500 stores in 2012.", "2012"),
    ("Revenue was $2.9 billion a year earlier.", "2025"),
    ("A fire at a similar block in Harwell Green in 2019 injured 11 people.", "2019"),     # (its place between)
    ("The flood on the Dane river in March 2021 closed 14 roads.", "2021"),
])
def test_background_figures(sentence, when):
    found = _when(sentence)
    assert found and found[-1][1] == when, found


@pytest.mark.parametrize("sentence", [
    "The bus crash on Tuesday killed five people and injured 23 others.",
    "Another 12 people were taken to hospitals.",                    # "another" counts more of this event
    "In 2026, the company employs 4,000 people.",                    # the article's own year
    "In 2019, the company had 5,000 workers; today it has 3,000 workers.",   # the clause after ";" is now
    "The crash killed five people in 2026.",
    "Officials said 41 passengers were on board.",
    "Sales rose 12% from a year earlier.",                           # a change measured now
    "The fire at the Harwell Green block in 2026 injured 11 people.",   # the article's own year
    "The fire at the block, in 2019 terms the worst, injured 11 people.",  # (no year of the event)
])
def test_the_events_own_figures(sentence):
    found = _when(sentence)
    assert found[-1][1] is None, found


def test_the_reference_year_is_the_date_or_the_latest_year_named():
    assert reference_year("Founded in 1990, it closed in 2024.", "2025-01-03") == 2025
    assert reference_year("Founded in 1990, it closed in 2024.", None) == 2024
    assert reference_year("No year here.", None) is None


def test_an_earlier_crash_is_no_conflict_with_this_one():
    a = _art("a", "A tour bus plunged off a mountain highway on Tuesday, killing five people and injuring 23 "
                  "others, police said.\n\nThe crash was the deadliest on the highway since 2011, when a van "
                  "rolled over and killed nine people.")
    b = _art("b", "A tour bus veered off the road on Tuesday, leaving five people dead, police said.\n\n"
                  "Twenty-three people were taken to hospitals.\n\nIn 2019, another bus crash on the same road "
                  "left 14 people injured and two people dead.")
    assert find_conflicts([a, b]) == []


def test_the_events_own_counts_still_conflict_beside_background():
    a = _art("a", "A tour bus plunged off a mountain highway on Tuesday, killing five people, police said.\n\n"
                  "In 2019, another bus crash on the same road killed two people.")
    b = _art("b", "A tour bus veered off the road on Tuesday, killing seven people, police said.")
    conflicts = find_conflicts([a, b])
    assert [sorted(v.value for v in c.values) for c in conflicts] == [[5, 7]]


def test_figures_of_one_past_year_are_compared_with_each_other():
    a = _art("a", "Harlow reported its results on Tuesday.\n\nHarlow lost $1.2 billion last year.")
    b = _art("b", "Harlow reported its results on Tuesday.\n\nIn 2025, Harlow had a net loss of $1.5 billion.")
    conflicts = find_conflicts([a, b])
    assert [sorted(v.value for v in c.values) for c in conflicts] == [[1_200_000_000, 1_500_000_000]]


def test_a_past_years_figure_is_not_compared_with_this_years():
    a = _art("a", "The plant employs 4,100 workers, the company said.")
    b = _art("b", "The plant employs about 4,000 workers.\n\nThe plant employed 4,300 workers in 2019.")
    assert find_conflicts([a, b]) == []


def test_a_rate_is_no_total():
    a = _art("a", "The heat has killed at least 27 people since Saturday, officials said.")
    b = _art("b", "The heat has killed an average of nine people per day over the past three days, officials said.")
    assert find_conflicts([a, b]) == []
    c = _art("c", "The heat has killed an average of 12 people per day this week, officials said.")
    assert [sorted(v.value for v in x.values) for x in find_conflicts([a, b, c])] == [[9, 12]]


def test_temperatures_in_two_scales_are_two_quantities():
    a = _art("a", "Temperatures hit 46.2 degrees Celsius in Seville on Monday, forecasters said.")
    b = _art("b", "Temperatures hit 115 degrees Fahrenheit in Seville on Monday, forecasters said.")
    assert find_conflicts([a, b]) == []
    c = _art("c", "Temperatures hit 113 degrees Fahrenheit in Delmar on Thursday, forecasters said.")
    d = _art("d", "Temperatures hit 112 degrees Fahrenheit in Delmar on Thursday, forecasters said.")
    assert [sorted(v.value for v in x.values) for x in find_conflicts([c, d])] == [[112, 113]]


def test_thresholds_and_forecast_floors_agree():
    a = _art("a", "Symptoms include a body temperature above 103 degrees, the city said.")
    b = _art("b", "Landlords must repair air conditioning when temperatures exceed 95 degrees, the city said.")
    c = _art("c", "Highs are forecast to remain above 105 degrees, the city said.")
    assert find_conflicts([a, b, c]) == []
    d = _art("d", "Temperatures hit 113 degrees Fahrenheit in Delmar on Thursday, forecasters said.")
    e = _art("e", "Temperatures hit 112 degrees Fahrenheit in Delmar on Thursday, forecasters said.")
    (conflict,) = find_conflicts([d, e])
    assert sorted(v.display for v in conflict.values) == ["112 °F", "113 °F"]


def test_a_corrections_superseded_figure_is_no_value_of_the_article():
    a = _art("a", "Forty-eight people were taken to hospital, officials said.\n\n"
                  "Correction: An earlier version of this article said 62 people were taken to hospital.")
    b = _art("b", "Forty-eight people were taken to hospital after the wedding, officials said.")
    assert find_conflicts([a, b]) == []
