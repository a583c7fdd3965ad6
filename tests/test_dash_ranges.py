"""A range written with a dash ("30-40 people", "10–12 inches", "5-10%") is one figure from
the first number to the second, as "30 to 40 people" is; a score or a vote ("lost 2-3 to
Hull", "voted 7-2") is not a range."""

from __future__ import annotations

import pytest

from reader.analysis.figures import extract_figures


@pytest.mark.parametrize(("text", "figure", "low", "high", "unit"), [
    ("The storm killed 30-40 people.", "30-40 people", 30, 40, "person"),
    ("Forecasters said 10–12 inches of rain fell on Corran.", "10–12 inches", 10, 12, "inch"),
    ("Prices rose 5-10% last year.", "5-10%", 5, 10, "percent"),
    ("Winds of 20-30 mph battered the coast.", "20-30 mph", 20, 30, "mph"),
])
def test_a_dash_range_is_one_figure(text: str, figure: str, low: int, high: int, unit: str) -> None:
    (f,) = extract_figures(text)
    assert (f.text, f.value, f.high, f.unit) == (figure, low, high, unit)


@pytest.mark.parametrize("text", ["Hull lost 2-3 to Corran on Saturday.", "Scores of 2–1 and 3–0 were recorded.",
                                  "COVID-19 cases rose.", "The vote was 3-4 against."])
def test_a_score_a_code_or_a_falling_pair_is_no_range(text: str) -> None:
    assert [f for f in extract_figures(text) if f.high is not None] == []
