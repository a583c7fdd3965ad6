"""More clock-time readings: "a little after" as "shortly after", a modal of the main
clause that does not make an after-clause's event unsure, an animal that got out or left
its enclosure, a race or a match halted, a long subject before an apposition; and what
stays unread (a driver who got out of a car, a race that started)."""

from __future__ import annotations

import pytest

from tests.test_conflicts_support import conflicts_of, keys_of


@pytest.mark.parametrize(("text", "figure", "event"), [
    ("The Tarrow dam failed a little after 3 a.m. Monday.", "a little after 3 a.m.", "breach"),
    ("Traders say losses could reach £2 million after an explosion tore through Cole Lane shortly before 6am Friday.",
     "shortly before 6am", "failure"),
    ("The lynx got out through a hole in the fence shortly after 9 a.m., keepers said.", "shortly after 9 a.m.",
     "escape"),
    ("At 8:15 a.m. the bear left its enclosure.", "8:15 a.m.", "escape"),
    ("The Corlin Half Marathon was halted at 10:50 a.m. on Sunday.", "10:50 a.m.", "halt"),
    ("Organisers stopped the race shortly after noon.", "shortly after noon", "halt"),
    ("The breach in the Fenwick canal wall, about 40 feet wide, opened at around 5 a.m.", "around 5 a.m.",
     "breach"),
])
def test_more_event_times_are_read(text: str, figure: str, event: str) -> None:
    assert keys_of(text)[figure] == ("clock", event)


@pytest.mark.parametrize("text", [
    "The driver got out of the car at 3 p.m.",
    "He got out of prison at 9 a.m. on Tuesday.",
    "About 9,000 runners started the race at 7 a.m.",
    "The plane was due to land after 3 p.m.",
])
def test_these_times_stay_unread(text: str) -> None:
    assert not any(k and k[0] == "clock" for k in keys_of(text).values())


def test_a_little_after_is_a_half_hour_window() -> None:
    a = "The levee broke a little after 2 a.m. Sunday, the parish said."
    assert conflicts_of(a, a.replace("a little after 2 a.m.", "at 2:20 a.m.")) == []
    assert conflicts_of(a, a.replace("a little after 2 a.m.", "around 4 a.m.")) == [[120, 240]]
