"""More ways a figure is told: "three and a half hours" (a half after a number), how long a
fire was fought told by its end ("brought under control after five hours"), and the time a
water main ruptured or a sinkhole opened."""

from __future__ import annotations

import pytest

from reader.analysis.figures import extract_figures
from tests.test_conflicts_support import conflicts_of, keys_of


@pytest.mark.parametrize(("text", "figure", "value", "unit"), [
    ("Firefighters battled the blaze for three and a half hours.", "three and a half hours", 3.5, "hour"),
    ("He served 2 and a half years.", "2 and a half years", 2.5, "year"),
    ("Three and a half million people voted.", "Three and a half million people", 3500000, "person"),
])
def test_a_half_after_a_number_is_read(text: str, figure: str, value: float, unit: str) -> None:
    (f,) = extract_figures(text)
    assert (f.text, f.value, f.unit) == (figure, value, unit)
    assert extract_figures("We waited three and a half.") == []


@pytest.mark.parametrize("text", [
    "More than 120 firefighters brought the fire under control after more than five hours.",
    "The blaze took more than five hours to bring under control, the department said.",
    "The fire was extinguished after more than five hours.",
])
def test_how_long_a_fire_was_fought_told_by_its_end(text: str) -> None:
    assert keys_of(text)["more than five hours"] == ("duration:firefight", None)


def test_a_fire_fought_for_three_and_a_half_hours_against_six_and_the_talks_that_took_six() -> None:
    a = "Firefighters battled the blaze at the Corran mill for three and a half hours, the chief said."
    assert conflicts_of(a, a.replace("three and a half", "six")) == [[3.5, 6]]
    assert keys_of("The talks took six hours to bring to a close.")["six hours"] is None


@pytest.mark.parametrize(("text", "figure", "event"), [
    ("The water main ruptured shortly after 2 a.m.", "shortly after 2 a.m.", "rupture"),
    ("The sinkhole opened around 6:15 a.m. Tuesday.", "around 6:15 a.m.", "sinkhole"),
])
def test_the_time_a_main_ruptured_or_a_sinkhole_opened(text: str, figure: str, event: str) -> None:
    assert keys_of(text)[figure] == ("clock", event)
