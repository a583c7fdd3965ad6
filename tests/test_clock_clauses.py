"""A clock time tied to an event its own clause does not name (reader.analysis.clock_clauses):
the return of what an incident cut ("power was restored at", "did not come back until") and a
when-clause after the time ("were ordered out at 9 p.m. when smoke began pouring"); plans,
parts, limits and later steps stay quiet."""

from __future__ import annotations

import pytest

from reader.analysis.clock_clauses import RESTORATION
from reader.analysis.incident_clocks import INCIDENT, incident_clocks
from reader.analysis.sentences import sentence_spans
from tests.test_conflicts_support import conflicts_of


def _kinds(text: str) -> dict[str, str | None]:
    return {f.text: k[1] for f, k in incident_clocks(text, sentence_spans(text))}


@pytest.mark.parametrize(("text", "figure"), [
    ("Electricity was restored at 3:40 a.m. on Friday, the utility said.", "3:40 a.m."),
    ("Power did not come back fully until about 7am, the clinic said.", "about 7am"),
    ("Power came back on around 11:15 p.m. in Tarrow.", "around 11:15 p.m."),
    ("Crews restored power at 5:20 a.m. after replacing a transformer.", "5:20 a.m."),
    ("Power wasn't restored until 2 p.m. on Sunday.", "2 p.m."),
])
def test_a_return_of_power_is_timed(text: str, figure: str) -> None:
    assert _kinds(text)[figure] == RESTORATION + "power"


@pytest.mark.parametrize("text", [
    "Power is expected to be restored at 6 p.m., the utility said.",        # a plan
    "Power was restored to 3,000 homes at 4 a.m.",                          # a part
    "Power was partly restored at 4:30 a.m.",
    "The gym will stay closed until 6 p.m. on Monday.",                     # a limit
    "The mayor said order was restored at 9 p.m.",                          # no thing cut
])
def test_other_returns_and_limits_are_not_timed_as_a_restoration(text: str) -> None:
    assert all(kind is None or not kind.startswith(RESTORATION) for kind in _kinds(text).values())


def test_two_times_of_power_coming_back_disagree_and_close_ones_do_not() -> None:
    a = "A storm cut power to the Vell clinic late Monday. Mains power was restored at 2:10 a.m. on Tuesday."
    b = "A storm cut power to the Vell clinic on Monday night. Power did not come back until about 5am, staff said."
    assert conflicts_of(a, b) == [[130, 300]]
    assert conflicts_of(a, b.replace("about 5am", "about 2:15am")) == []


def test_water_back_and_power_back_are_not_compared() -> None:
    a = "A storm hit Vell late Monday. Mains power was restored at 2:10 a.m. on Tuesday."
    b = "A storm hit Vell on Monday night. Water service came back on around 6 a.m., the council said."
    assert conflicts_of(a, b) == []


@pytest.mark.parametrize(("text", "figure"), [
    ("About 300 shoppers were ordered out of the Brill arcade shortly after 4pm when smoke began filling the hall.",
     "shortly after 4pm"),
    ("Staff cleared the ward at 11:40 p.m. on Friday when water began pouring through the ceiling.", "11:40 p.m."),
])
def test_a_time_before_a_when_clause_is_the_when_clause_events(text: str, figure: str) -> None:
    assert _kinds(text)[figure] == INCIDENT


def test_a_when_clause_of_an_event_under_way_is_not_its_time() -> None:
    text = "Crews reached the arcade at 4:30 p.m. when the fire was already raging."
    assert all(kind != INCIDENT for kind in _kinds(text).values())


def test_an_incident_begun_after_another_articles_alarm_disagrees() -> None:
    a = "Smoke filled the Brill arcade on Saturday. The fire alarm sounded at 3:10 p.m., the owner said."
    b = ("Smoke filled the Brill arcade on Saturday. Nearly 400 shoppers were ordered out of the Brill arcade "
         "shortly after 4pm when smoke began filling the hall.")
    assert conflicts_of(a, b) == [[910, 960]]


def test_a_negated_time_that_is_no_return_is_no_incident_time() -> None:
    text = "A storm hit Vell late Monday. Ferries did not sail until 9 a.m., some four hours late."
    assert _kinds(text) == {}
    kinds = _kinds("A storm hit Vell. Power did not come back until about 5am, some six hours after it failed.")
    assert kinds == {"about 5am": RESTORATION + "power"}
