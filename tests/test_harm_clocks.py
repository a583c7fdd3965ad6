"""The moment people were harmed, told as a when-clause of the harm, is the incident itself and
cannot come after another article's alarm (alarm_order); a zone is never read across a paragraph
break (clock_times). Every text here is made up for the tests."""

from __future__ import annotations

import pytest

from reader.analysis.clock_times import readings
from reader.analysis.sentences import sentence_spans
from tests.test_conflicts_support import conflicts_of

_LEAD = "A footbridge over the Lenner canal in Orbury collapsed on Saturday evening, the borough said.\n\n"


@pytest.mark.parametrize(("alarm", "harmed"), [
    ("At 6:10 p.m. Saturday, paramedics responded to the footbridge after it came down.",
     "Six walkers were hurt when the footbridge sagged and split around 7 p.m., witnesses said."),
    ("Crews were called to the canal at 6:10 p.m. after the footbridge fell.",
     "Two people were killed when the footbridge dropped into the canal at about 7 p.m."),
    ("Emergency services were dispatched at 6:10 p.m. to the footbridge.",
     "Four people were injured when the deck of the footbridge twisted shortly after 7 p.m."),
])
def test_harm_told_after_the_alarm_conflicts(alarm: str, harmed: str) -> None:
    [values] = conflicts_of(_LEAD + alarm, _LEAD + harmed)
    assert values[0] == 1090 and values[1] >= 1120


@pytest.mark.parametrize(("alarm", "harmed"), [
    # the harm before the alarm: the usual order
    ("Crews were called to the canal at 6:10 p.m. after the footbridge fell.",
     "Two people were killed when the footbridge dropped into the canal at about 6 p.m."),
    # no harm: a later step told with another verb
    ("Crews were called to the canal at 6:10 p.m. after the footbridge fell.",
     "The last span of the footbridge sagged into the canal around 7 p.m."),
    # a plan in the when-clause
    ("Crews were called to the canal at 6:10 p.m. after the footbridge fell.",
     "Nobody was hurt when engineers said they would lift the wreck at 8 p.m."),
])
def test_an_order_that_holds_or_no_harm_is_quiet(alarm: str, harmed: str) -> None:
    assert conflicts_of(_LEAD + alarm, _LEAD + harmed) == []


@pytest.mark.parametrize("text", [
    "The gondola stopped at about 1.45pm.\n\nMountain rescue teams lowered the riders.",
    "The gondola stopped at 1:45 p.m.\n\nPacific Trail users were asked to keep away.",
])
def test_a_zone_is_not_read_across_a_paragraph_break(text: str) -> None:
    [(f, key, _)] = list(readings(text, sentence_spans(text)))
    assert key[0] == "clock" and "\n" not in f.text


def test_a_zone_on_the_times_line_is_read() -> None:
    text = "The gondola stopped at 1:45 p.m. Mountain time on Saturday."
    [(_, key, _)] = list(readings(text, sentence_spans(text)))
    assert key[0] == "clock:mountain"


@pytest.mark.parametrize("harmed", [
    "Two men were killed when he opened fire on the footbridge at about 7 p.m., police said.",
    "One man was wounded when officers fired at the footbridge around 7 p.m.",
    "A walker was hurt when a gunman fired from the towpath at about 7 p.m.",
])
def test_harm_someone_did_is_no_incident_time_after_an_alarm(harmed: str) -> None:
    """The call may be about the threat that came first (an armed man on the bridge), so
    harm done by someone later is no disagreement with it."""
    alarm = "Police were called to the footbridge at 6:10 p.m. after reports of an armed man."
    assert conflicts_of(_LEAD + alarm, _LEAD + harmed) == []
