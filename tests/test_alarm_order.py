"""An incident told as beginning after another article's alarm time (reader.analysis.alarm_order),
and clock times whose half of the day is told by a day's part ("7:45 on Thursday morning")."""

from __future__ import annotations

import pytest

from reader.analysis.clock_times import readings
from reader.analysis.conflicts import find_conflicts
from tests.test_conflicts_support import art, conflicts_of

_LEAD = "A fire gutted the Orrin Mills furniture depot in Calder on Monday, the county said.\n\n"


@pytest.mark.parametrize(("alarm", "began"), [
    ("Engine companies were dispatched at 2:10 a.m. Monday to the depot fire.",
     "The fire at the depot started shortly after 3 a.m., a night guard said."),
    ("Firefighters were called to the depot fire at 2:10 a.m.",
     "The blaze broke out around 3:30 a.m. in the loading bay of the depot."),
    ("At 2:10 a.m. on Monday, the county's crews responded to the depot fire.",
     "The depot fire, which began just after 3 a.m., burned through the roof."),
    # an alarm that went off: the fire had begun by then
    ("Night staff said the smoke alarms went off at about 2:10 a.m.",
     "The blaze broke out around 3:30 a.m. in the loading bay of the depot."),
    ("The depot's fire alarm sounded at 2:10 a.m., the county said.",
     "The fire at the depot started shortly after 3 a.m., a night guard said."),
])
def test_a_beginning_told_after_the_alarm_conflicts(alarm: str, began: str) -> None:
    [values] = conflicts_of(_LEAD + alarm, _LEAD + began)
    assert values[0] == 130 and values[1] >= 180


@pytest.mark.parametrize(("alarm", "began"), [
    # the beginning before the alarm: the usual order
    ("Engine companies were dispatched at 2:10 a.m. Monday to the depot fire.",
     "The fire at the depot started around 1:45 a.m., a night guard said."),
    # within the hedge of the beginning
    ("Firefighters were called to the depot fire at 2:10 a.m.",
     "The blaze at the depot broke out around 2 a.m., neighbours said."),
    # a later step told with another verb is no beginning
    ("Firefighters were called to the depot fire at 2:10 a.m.",
     "The depot's roof fell in around 4 a.m., neighbours said."),
    # far later: more likely another fire of its own
    ("Firefighters were called to the depot fire at 2:10 a.m.",
     "A second fire at the depot started around 9 a.m."),
    # an alarm that went off after the beginning: the usual order
    ("Night staff said the smoke alarms went off at about 2:10 a.m.",
     "The fire at the depot started around 1:50 a.m., a night guard said."),
])
def test_an_order_that_holds_or_no_beginning_is_quiet(alarm: str, began: str) -> None:
    assert conflicts_of(_LEAD + alarm, _LEAD + began) == []


def test_an_article_with_its_own_incident_time_is_not_given_the_alarms() -> None:
    a = _LEAD + "The fire broke out at 1:50 a.m. Firefighters were called to the depot fire at 2:10 a.m."
    b = _LEAD + "The blaze at the depot broke out around 3:30 a.m., a night guard said."
    [values] = conflicts_of(a, b)
    assert values == [110, 210]


def test_a_story_telling_the_beginning_both_before_and_after_the_alarm_adds_nothing() -> None:
    alarm = art("a", _LEAD + "Firefighters were called to the depot fire at 2:10 a.m.")
    early = art("b", _LEAD + "The fire at the depot started around 1:40 a.m., a guard said.")
    late = art("c", _LEAD + "The blaze at the depot broke out around 3:30 a.m., neighbours said.")
    [conflict] = find_conflicts([alarm, early, late])
    assert {v.value for v in conflict.values} == {100, 210}


@pytest.mark.parametrize(("text", "minutes"), [
    ("The ferry struck the pier around 7:45 on Thursday morning.", 465),
    ("The ferry struck the pier at 9:30 this evening, the harbour said.", 1290),
    ("At 6:10 Sunday afternoon, the ferry struck the pier.", 1090),
    ("The ferry struck the pier at 11:05 yesterday morning.", 665),
])
def test_a_days_part_after_its_day_gives_the_half_of_the_day(text: str, minutes: int) -> None:
    assert [f.value for f, _, _ in readings(text, [(0, len(text))])] == [minutes]


@pytest.mark.parametrize("text", [
    "The ferry struck the pier at 7:45 on Thursday.",
    "The pastor read John 3:16 on Sunday morning.",
    "The ferry struck the pier at 7:45 Thursday, at night.",
])
def test_a_time_with_no_days_part_right_after_it_is_not_read(text: str) -> None:
    assert [f.value for f, _, _ in readings(text, [(0, len(text))]) if f.number_start == f.start] == []


@pytest.mark.parametrize(("alarm", "began"), [
    # two loose times whose spans meet at a minute neither names (each at its slack's far edge)
    ("A night guard raised the alarm shortly after 4 a.m., the county said.",
     "The blaze at the depot broke out around 4:40 a.m. in the loading bay."),
    ("Engine companies were called to the depot a little after 1 a.m.",
     "The depot fire, which started at about 1:40 a.m., spread to the roof."),
    ("The depot's smoke alarms sounded not long after 11 p.m., staff said.",
     "The fire at the depot began around 11:40 p.m., a night guard said."),
])
def test_an_alarm_meeting_a_later_beginning_only_at_unnamed_edges_conflicts(alarm: str, began: str) -> None:
    assert len(conflicts_of(_LEAD + alarm, _LEAD + began)) == 1


@pytest.mark.parametrize(("alarm", "began"), [
    # the spans meet at the minute one of them names: both can hold there
    ("A night guard raised the alarm shortly after 4 a.m., the county said.",
     "The blaze at the depot broke out shortly before 4 a.m. in the loading bay."),
    ("Engine companies were called to the depot shortly before 2 a.m.",
     "The depot fire, which started around 1:50 a.m., spread to the roof."),
    # the spans overlap: the usual order may hold
    ("The depot's smoke alarms sounded shortly after 11 p.m., staff said.",
     "The fire at the depot began around 11:20 p.m., a night guard said."),
])
def test_an_alarm_sharing_a_named_minute_or_overlapping_is_quiet(alarm: str, began: str) -> None:
    assert conflicts_of(_LEAD + alarm, _LEAD + began) == []
