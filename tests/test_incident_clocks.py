"""Clock times of a story's incident told with verbs no event list names, and of its alarm and
its detection (reader.analysis.incident_clocks): read by the clause's structure, compared
across articles; statements, later steps, states and headings stay quiet."""

from __future__ import annotations

import pytest

from reader.analysis.conflicts import find_conflicts
from reader.analysis.incident_clocks import CALL, DETECTION, INCIDENT, incident_clocks
from reader.analysis.sentences import sentence_spans
from tests.test_conflicts_support import art, conflicts_of

_LEAD = "A grain silo split open in Dunmere on Tuesday, spilling corn across Quarry Road.\n\n"


def _kinds(text: str) -> dict[str, str | None]:
    return {f.text: k[1] for f, k in incident_clocks(text, sentence_spans(text))}


@pytest.mark.parametrize(("text", "figure", "kind"), [
    ("The silo's north wall bulged shortly before 4 p.m., the county said.", "shortly before 4 p.m.", INCIDENT),
    ("At 3:48 p.m. on Tuesday, the north wall of the silo gave out.", "3:48 p.m.", INCIDENT),
    ("Witnesses said the wall tore away around 5:30 p.m. as trucks were loading.", "around 5:30 p.m.", INCIDENT),
    ("Farmhands heard the wall groan, and it buckled just after 4 p.m.", "just after 4 p.m.", INCIDENT),
    ("The county's dispatch centre was alerted at 3:51 p.m.", "3:51 p.m.", CALL),
    ("Neighbours were called to help just before 5 p.m.", "just before 5 p.m.", CALL),
    ("The coast station received a mayday from the ketch at 11:05 p.m.", "11:05 p.m.", CALL),
    ("The gas leak was detected at about 6:10 a.m. by a meter reader.", "about 6:10 a.m.", DETECTION),
    ("A night nurse noticed the smoke around 2 a.m.", "around 2 a.m.", DETECTION),
])
def test_an_unnamed_events_time_is_read_by_its_clause(text: str, figure: str, kind: str) -> None:
    assert _kinds(text)[figure] == kind


@pytest.mark.parametrize("text", [
    "The mayor said at 3 p.m. that the road would stay shut.",
    "Quarry Road reopened at 9:40 a.m. on Wednesday.",
    "Crews arrived at 4:20 p.m. and found the wall down.",
    "By 6 p.m., 40 tonnes of corn had been cleared.",
    "Dunmere County — Update, 6 p.m.",
    "The fire was declared under control at 6:15 a.m.",
    "About 2,000 cyclists started the race at 8 a.m.",
    "The men slipped away after the 11 p.m. roll call.",
    "A flood warning was issued at 5:10 p.m.",
    "The silo was due to be emptied at 2 p.m.",
])
def test_statements_later_steps_states_and_headings_are_not_read(text: str) -> None:
    assert _kinds(text) == {}


def test_only_an_articles_first_time_is_its_incidents() -> None:
    text = "The silo wall bulged at 3:50 p.m. Farmhands ran from the yard at 4:30 p.m."
    assert list(_kinds(text).values()) == [INCIDENT]


@pytest.mark.parametrize(("a", "b"), [
    ("The silo's north wall bulged shortly before 4 p.m., the county said.",
     "Witnesses said the silo wall tore away around 5:30 p.m."),
    ("At 3:48 p.m. on Tuesday, the north wall of the silo gave out.",
     "The silo's wall failed at about 5 p.m., farmhands said."),
])
def test_two_times_of_the_incident_conflict(a: str, b: str) -> None:
    [values] = conflicts_of(_LEAD + a, _LEAD + b)
    assert len(values) == 2 and values[1] - values[0] >= 60


def test_two_alarm_times_conflict_and_an_alarm_is_not_the_incident() -> None:
    call = "Firefighters were called to the silo at 3:52 p.m."
    assert conflicts_of(_LEAD + call, _LEAD + call.replace("at 3:52 p.m.", "just before 5 p.m.")) == [[952, 1020]]
    assert conflicts_of(_LEAD + call, _LEAD + "The silo wall bulged around 5:30 p.m.") == []


def test_a_time_agreeing_within_its_hedge_is_quiet() -> None:
    a = _LEAD + "The silo's north wall bulged shortly before 4 p.m., the county said."
    b = _LEAD + "At 3:48 p.m. on Tuesday, the north wall of the silo gave out."
    assert conflicts_of(a, b) == []


def test_a_time_whose_sentence_shares_no_word_of_the_story_is_left_out() -> None:
    a = _LEAD + "The silo's north wall bulged shortly before 4 p.m., the county said."
    b = _LEAD + "Over in the valley, a barn roof sagged around 7 p.m."
    assert conflicts_of(a, b) == []


def test_the_storys_one_named_kind_takes_the_unnamed_times() -> None:
    a = art("a", "A tower crane collapsed in Orlin on Friday.\n\nAt 1:52 p.m., the crane collapsed onto Weir Street.")
    b = art("b", "A tower crane collapsed in Orlin on Friday.\n\nThe crane's jib snapped around 3 p.m., workers said.")
    [conflict] = find_conflicts([a, b])
    assert conflict.quantity == "time of the collapse"


@pytest.mark.parametrize("text", [
    "The ketch sent a mayday shortly after 2 a.m., the harbour master said.",
    "The ketch sent its mayday on Sunday just before midnight.",
])
def test_a_word_ending_in_day_is_no_unit_of_an_elapsed_time(text: str) -> None:
    assert list(_kinds(text).values()) == [CALL]


@pytest.mark.parametrize(("text", "figure"), [
    ("Fog was thick when the first collision happened around 5:50 a.m., troopers said.", "around 5:50 a.m."),
    ("Residents said the first explosion shook the street at about 9:15 p.m.", "about 9:15 p.m."),
    ("Neighbours felt the first quake hit the valley shortly after 3 a.m.", "shortly after 3 a.m."),
])
def test_the_first_of_the_incidents_events_is_its_beginning(text: str, figure: str) -> None:
    assert _kinds(text) == {figure: INCIDENT}


@pytest.mark.parametrize("text", [
    "The first bus left the depot at 5:30 a.m.",
    "The first patrol was sent out at 6 a.m.",
    "The first ferry of the day sailed at 6:10 a.m.",
])
def test_the_first_of_anything_else_still_abstains(text: str) -> None:
    assert _kinds(text) == {}


def test_two_articles_timing_the_first_collision_apart_conflict() -> None:
    a = ("Eleven cars piled up on the Harle bypass on Monday.\n\n"
         "Fog was thick when the first collision happened around 5:50 a.m., troopers said.")
    b = ("Eleven cars piled up on the Harle bypass on Monday.\n\n"
         "Drivers said the cars piled up shortly after 6:30 a.m. in dense fog.")
    assert conflicts_of(a, b) == [[350, 390]]


# a lead longer than the openings read for the story's words, so the sentences after it are read alone
_LONG_LEAD = ("A grain silo split open in Dunmere on Tuesday, spilling corn across Quarry Road, closing the county's "
              "only feed mill for the week and leaving two drivers hurt, the county said in a statement on Tuesday "
              "night after crews had worked through the evening.\n\n")


@pytest.mark.parametrize(("a", "b"), [
    ("At 3:40 p.m. the silo's steel hopper gave out.",
     "The steel hopper gave out above the weighbridge at about 4:30 p.m."),
    ("The silo's elevator leg toppled onto the rail spur at 10:05 a.m.",
     "Shortly after 11 a.m. the elevator leg toppled, a driver recalled."),
    ("Its north wall, part of the silo, tore loose just before 6 p.m.",
     "A north wall tore loose around 6:45 p.m., sending grain into a ditch."),
])
def test_a_time_told_with_the_words_of_anothers_incident_time_is_compared(a: str, b: str) -> None:
    assert len(conflicts_of(_LONG_LEAD + a, _LONG_LEAD + b)) == 1


@pytest.mark.parametrize(("a", "b"), [
    # one word only in common: another thing's time
    ("At 3:40 p.m. the silo's steel hopper gave out.",
     "Over in the valley, a barn roof gave way around 7 p.m."),
    ("The silo's elevator leg toppled onto the rail spur at 10:05 a.m.",
     "A farm dog began howling at about 11:30 a.m., a neighbour recalled."),
    # words in common with a time that is no incident's (a statement)
    ("The county said at 4:30 p.m. that the steel hopper gave out.",
     "The steel hopper gave out above the weighbridge at about 6 p.m."),
])
def test_a_time_sharing_too_little_with_an_incident_time_stays_out(a: str, b: str) -> None:
    assert conflicts_of(_LONG_LEAD + a, _LONG_LEAD + b) == []
