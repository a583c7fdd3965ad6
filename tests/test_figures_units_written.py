"""Units written the short way: a temperature with or without its degree sign, and a
hyphenated measure's plural (texts written for this project)."""

from __future__ import annotations

import pytest

from reader.analysis.figures import extract_figures
from reader.analysis.story import analyse_story
from reader.library.model import Article
from reader.text.tokens import word_count


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("The thermometer at Ostley airfield read 39.4°C by mid-afternoon.", 39.4, "celsius"),
    ("The thermometer at Ostley airfield read 39.4 °C by mid-afternoon.", 39.4, "celsius"),
    ("A temperature of 39.4C was recorded at Ostley airfield.", 39.4, "celsius"),
    ("The heat peaked at 103F in Dunmore on Sunday.", 103, "fahrenheit"),
    ("Forecasters expect a high of 31ºC on Friday.", 31, "celsius"),
])
def test_temperatures_written_short(text: str, value: float, unit: str) -> None:
    [figure] = extract_figures(text)
    assert (figure.value, figure.unit) == (value, unit)


@pytest.mark.parametrize("text", ["Passengers for Tromsby should go to Gate 5C.",
                                  "The ward is on Level 2F of the east wing."])
def test_a_code_is_no_temperature(text: str) -> None:
    assert extract_figures(text) == []


def _art(id_: str, body: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body))


def test_a_hyphenated_measure_is_labelled_in_its_plural() -> None:
    lead = ("Inspectors closed the Corran Street viaduct on Monday after finding a {n}-foot crack in a "
            "steel girder that carries the eastbound lanes over the rail yard. ")
    rest = ("The state transport office said the viaduct would stay shut until the girder is replaced. "
            "Drivers were told to use the ring road, which adds about ten minutes to the trip.")
    story = analyse_story([_art("release", lead.format(n=9) + rest),
                           _art("station", "Crews found a 6-foot crack in a girder of the Corran Street viaduct, "
                                           "which the state transport office closed on Monday.")])
    assert [c.quantity for c in story.conflicts] == ["feet"]


@pytest.mark.parametrize(("text", "figure", "unit", "modifies"), [
    ("Officials set a 2 nautical mile exclusion zone.", "2 nautical mile exclusion zone", "nautical mile",
     "exclusion zone"),
    ("They put up a 12 foot fence.", "12 foot fence", "foot", "fence"),
    ("The crane lifted a 3 metric ton load.", "3 metric ton load", "tonne", "load"),
    ("Ships kept out of a 5-nautical-mile zone.", "5-nautical-mile zone", "nautical mile", "zone"),
    ("Drivers faced a 30 minute delay.", "30 minute delay", "minute", "delay"),
])
def test_a_measure_written_as_a_modifier_without_hyphens(text: str, figure: str, unit: str, modifies: str) -> None:
    f = extract_figures(text)[0]
    assert (f.text, f.unit, f.modifies) == (figure, unit, modifies)


@pytest.mark.parametrize(("text", "unit", "modifies"), [
    ("He paid with 10 pound notes.", "note", None),      # (money's word: no measure)
    ("A 40 year old man was hurt.", None, None),         # (an age: no length in years)
    ("Crews worked 3 hours.", "hour", None),
])
def test_money_an_age_or_a_plain_length_is_no_modifier_measure(text: str, unit: str | None, modifies: None) -> None:
    f = extract_figures(text)[0]
    assert (f.unit, f.modifies) == (unit, modifies)
