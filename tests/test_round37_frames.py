"""Round thirty-seven, precision: what a figure is told of, read from the false claims of three held-out
probes. A forecast told after its figure, last summer's record and last fiscal year's spending, what is
usual, a past event whose clause follows an apposition, what a thing can hold or be made to hold, and a
Gaelic surname's particle. Every text here is made up for the tests."""

from __future__ import annotations

import pytest

from reader.analysis.figures import extract_figures
from reader.analysis.other_events import FORECAST, USUAL, told_when
from tests.test_conflicts_support import dated_found, found, keys_of


def _when(body: str) -> list[tuple[str, str | None]]:
    return [(f.text, told_when(body, f, 2026, 6)) for f in extract_figures(body)]


def test_a_forecast_told_after_its_figure() -> None:
    assert _when("The agency had issued a wind warning, with gusts of up to 110 km/h forecast for coastal areas.") == [
        ("up to 110 km/h", FORECAST)]
    assert found("The agency had issued a wind warning, with gusts of up to 110 km/h forecast for coastal areas.",
                 "A gust of 131 km/h was recorded at the headland during the storm, the agency said.") == []


@pytest.mark.parametrize("body, when", [
    ("Demand set a new record on Saturday evening, topping last summer's record of 11,100 megawatts.", "2025"),
    ("It spent about ¥780 billion on space programmes last fiscal year.", "2025"),
    ("The utility normally produces about 38 million gallons of water a day, but leaks pushed demand up.", USUAL),
])
def test_another_time_or_what_is_usual(body: str, when: str) -> None:
    assert _when(body)[0][1] == when


def test_a_habit_in_another_clause_leaves_the_figure_the_story_s() -> None:
    assert _when("The river is normally 3 feet deep, but it rose to 12 feet on Monday.") == [
        ("3 feet", USUAL), ("12 feet", None)]


def test_two_habits_are_compared() -> None:
    assert found("The city normally clears all of its streets within 48 hours of a big storm, the mayor said.",
                 "Every street in the city is usually cleared within three days of a big storm, the mayor said.") != []


def test_a_past_event_s_clause_after_an_apposition() -> None:
    body = ("Residents remembered the 2021 gas explosion in Ust-Kalinsk, 60 kilometres down the river, which "
            "killed 12 people.")
    assert dict(_when(body))["12 people"] == "2021"
    assert dated_found(body, "Nine people were killed in Tuesday's gas explosion, officials said.") == []


def test_what_a_thing_can_hold_or_be_made_to_hold_is_its_limit() -> None:
    assert keys_of("It can place up to 4 tonnes into a sun-synchronous orbit.") == {
        "up to 4 tonnes": ("measure:tonne", "limit")}
    assert keys_of("The stadium could be expanded to 72,000 seats for bowl games.") == {
        "72,000 seats": ("seat", "limit")}


def test_a_gaelic_surname_s_particle_is_no_given_name() -> None:
    assert keys_of("Her son, Cathal Mac Giolla, 24, described the moment the trawler began to list.") == {
        "24": ("age", "cathal mac giolla")}
    assert found("Her son, Cathal Mac Giolla, 24, described the moment the trawler began to list.",
                 "Declan Mac Giolla, 61, has skippered the boat for almost half his life.") == []
