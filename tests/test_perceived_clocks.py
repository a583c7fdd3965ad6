"""Clock times read by the structure of their clause (reader.analysis.perceived_clocks): a
hedge of another figure is that figure's, a witness perceiving "the first" of something
times the incident's onset, a when-clause of perceiving times the finding. Every text here
is made up for the tests."""

from __future__ import annotations

import pytest

from reader.analysis.clock_times import clock_times
from reader.analysis.incident_clocks import DETECTION, INCIDENT, incident_clocks
from reader.analysis.perceived_clocks import perceived_first, perceives, perceives_happening, without_measures
from reader.analysis.sentences import sentence_spans
from tests.test_conflicts_support import conflicts_of

_LEAD = "A hillside gave way above the Orsk valley road on Friday, burying a lay-by in mud and stone.\n\n"


def _kinds(text: str) -> dict[str, str | None]:
    return {f.text: k[1] for f, k in incident_clocks(text, sentence_spans(text))}


@pytest.mark.parametrize(("text", "figure"), [
    ("At 5:10 a.m. on Friday a slide estimated at 8,000 tonnes hit the valley road.", "5:10 a.m."),
    ("An estimated 300 tonnes of mud spilled onto the road shortly before 6 a.m.", "shortly before 6 a.m."),
    ("At 2:40 p.m. a wall believed to be 90 metres long fell onto the lay-by.", "2:40 p.m."),
])
def test_a_hedge_of_another_figure_does_not_abstain_for_the_time(text: str, figure: str) -> None:
    assert _kinds(text)[figure] == INCIDENT


@pytest.mark.parametrize(("text", "figure"), [
    ("A farmer was milking when she heard the first rumble at about 5:15 a.m.", "about 5:15 a.m."),
    ("Campers felt the first tremor of the slope around 4:50 a.m., one said.", "around 4:50 a.m."),
    ("A driver saw the first stones fall just after 6 a.m.", "just after 6 a.m."),
])
def test_a_witness_perceiving_the_first_of_something_times_the_onset(text: str, figure: str) -> None:
    assert _kinds(text)[figure] == INCIDENT


@pytest.mark.parametrize(("text", "figure"), [
    ("A road worker raised the alarm at about 7am when he saw mud across the lanes.", "about 7am"),
    ("The warden phoned the council shortly after 6 a.m. when she noticed cracks in the verge.",
     "shortly after 6 a.m."),
])
def test_a_when_clause_of_perceiving_times_the_finding(text: str, figure: str) -> None:
    assert _kinds(text)[figure] == DETECTION


def test_a_when_clause_seeing_the_incident_itself_times_the_incident() -> None:
    text = "A driver was crossing the valley road at about 6:20 a.m. when he saw the wall slump."
    assert _kinds(text)["about 6:20 a.m."] == INCIDENT
    named = "A driver was crossing the valley road at about 6:20 a.m. when he saw the wall collapse."
    assert {f.text: k[1] for f, k in clock_times(named, sentence_spans(named))} == {"about 6:20 a.m.": "collapse"}


def test_a_plan_or_a_repeat_still_abstains() -> None:
    assert _kinds("A second slide was expected at 9 a.m., engineers said.") == {}
    assert _kinds("The road was due to reopen at 4 p.m.") == {}
    assert _kinds("A farmer heard another rumble at 8:30 a.m.") == {}


def test_the_blanking_helpers() -> None:
    assert "estimated" not in without_measures("a slide estimated at 8,000 tonnes hit")
    assert "estimated" in without_measures("the estimated time of arrival")
    assert "first" not in perceived_first("she heard the first rumble")
    assert "first" in perceived_first("the first train left")
    assert perceives("when he saw mud") and not perceives("when the wall fell")
    assert perceives_happening("he saw the wall slump") and perceives_happening("she felt the old floor give")
    assert not perceives_happening("he saw water pouring down the steps")
    assert not perceives_happening("she noticed smoke in the hall") and not perceives_happening("he saw the water")


def test_times_of_the_onset_told_two_ways_conflict_and_agree() -> None:
    a = _LEAD + "At 5:10 a.m. on Friday a slide estimated at 8,000 tonnes hit the valley road."
    b = _LEAD + "A farmer was milking when she heard the first rumble from the hillside at about 5:45 a.m."
    assert conflicts_of(a, b) == [[310, 345]]
    assert conflicts_of(a, b.replace("about 5:45", "about 5:10")) == []


def test_two_findings_across_midnight_conflict() -> None:
    a = _LEAD + "The slip was discovered by a patrol at 11:40 p.m. on Thursday."
    b = _LEAD + "A patrolman raised the alarm at about 1am on Friday when he saw mud across the road."
    assert conflicts_of(a, b) == [[60, 1420]]


def test_a_time_that_was_expected_is_still_a_plan() -> None:
    assert _kinds("The slide was expected at 9 a.m. by the engineers.") == {}
