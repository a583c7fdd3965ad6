"""Clock times whose clause names no event word, read from the words around them
(reader.analysis.told_events): a road's closure, a when-clause after the time, a
subject cut off by an apposition, a relative clause after a place; and what stays
unread (an alarm, a response, a closure of an unnamed road among two)."""

from __future__ import annotations

import pytest

from tests.test_conflicts_support import conflicts_of, keys_of


@pytest.mark.parametrize(("text", "figure", "event"), [
    ("Route 31 was closed in both directions between Exit 4 and Exit 9 at 3:10 p.m. Tuesday.", "3:10 p.m.",
     "closure:Route 31"),
    ("Stuck on I-62 overnight. The closure began around 2 p.m., truckers said.", "around 2 p.m.", "closure:I-62"),
    ("A 24-inch main burst under the M41 link. The closure began around 2 p.m.", "around 2 p.m.", "closure:M41"),
    ("The girl was cycling to school shortly after 8 a.m. Monday when the wall collapsed, police said.",
     "shortly after 8 a.m.", "collapse"),
    ("The hole, now nearly 30 feet across, first opened around 9 p.m. Tuesday, residents said.", "around 9 p.m.",
     "sinkhole"),
    ("The old sewer pipe gave way just before noon, the council said.", "just before noon", "rupture"),
    ("Crews fought the blaze at the Marlow Street depot, which broke out shortly after 4 a.m., the chief said.",
     "shortly after 4 a.m.", "fire"),
])
def test_an_event_told_around_the_time_is_read(text: str, figure: str, event: str) -> None:
    assert keys_of(text)[figure] == ("clock", event)


@pytest.mark.parametrize("text", [
    "Residents said the sirens sounded around 1:30 a.m.",
    "At 6:05 p.m. on Friday, deputies responded to a report of a child being attacked by dogs.",
    "Route 9 and Route 12 were mentioned. The closure began around 2 p.m., truckers said.",
    "The road was not closed until 6 p.m.",
    "The bridge was closed at 6 p.m. after the crash.",
    "She was walking home at 7 p.m. when the dogs got out of a yard and attacked her.",
    "Deputies arrived at 6:20 p.m. when the attack was already over.",
    "Crews got there at 3 a.m. when the fire broke out again.",
    "Officers arrived at 6:20 p.m. when the dogs attacked a second child.",
    "The festival at the river park, which began at noon, drew thousands.",
])
def test_other_events_and_unsure_readings_stay_unread(text: str) -> None:
    assert not any(k[0] == "clock" for k in keys_of(text).values() if k)


def test_two_closures_of_one_road_conflict_and_of_two_roads_do_not() -> None:
    a = "Highway 8 was closed at 5:30 p.m. Monday, the state said."
    b = "Drivers were stuck on Highway 8. The closure began around 3 p.m., drivers said."
    assert conflicts_of(a, b) == [[900, 1050]]
    assert conflicts_of(a, b.replace("Highway 8", "Route 40")) == []
