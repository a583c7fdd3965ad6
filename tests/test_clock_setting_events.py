"""Clock times of events told by everyday verbs in their setting (reader.analysis.setting_events):
a vessel that went over, a ship or a lorry that struck a structure, a dam's gates opened; and
the same verbs outside that setting, which stay unread."""

from __future__ import annotations

import pytest

from tests.test_conflicts_support import conflicts_of, keys_of


@pytest.mark.parametrize(("text", "figure", "event"), [
    ("The ferry went over shortly after 5 a.m., villagers said.", "shortly after 5 a.m.", "sinking"),
    ("The fishing boat overturned at about 11 p.m. off Dunmere Point.", "about 11 p.m.", "sinking"),
    ("At 3:40 a.m. Tuesday, the cargo ship Merrow Dawn struck a pylon of the Tessel Bridge.", "3:40 a.m.", "crash"),
    ("A tanker drifted into the Halvard Causeway bridge around 11 p.m. Sunday.", "around 11 p.m.", "crash"),
    ("The lorry slammed into a concrete barrier at 7:15 a.m.", "7:15 a.m.", "crash"),
    ("Engineers opened the floodgates at Penrow Dam at 4 a.m. Friday.", "4 a.m.", "release"),
    ("The authority began controlled releases from the Ashby Reservoir at 6 p.m.", "6 p.m.", "release"),
])
def test_setting_event_times_are_read(text: str, figure: str, event: str) -> None:
    assert keys_of(text)[figure] == ("clock", event)


@pytest.mark.parametrize("text", [
    "The bus overturned at 9 a.m. near the ferry terminal.",
    "The plane went down at 3 p.m.",
    "Shares went down at 10 a.m. after the report.",
    "Organisers opened the gates at 10 a.m. for the fair.",
    "A missile hit the building at 2 a.m.",
    "Strong winds struck the pier at 6 p.m.",
])
def test_these_verbs_stay_unread_outside_their_setting(text: str) -> None:
    assert not any(k and k[0] == "clock" for k in keys_of(text).values())


def test_two_times_of_one_ship_strike_conflict() -> None:
    a = "The freighter Osk Meridian hit a bridge pier shortly after 1 a.m., the harbour board said."
    b = "The freighter Osk Meridian rammed the bridge around 3 a.m. Monday, witnesses said."
    assert conflicts_of(a, b)
    assert conflicts_of(a, b.replace("around 3 a.m.", "at 1:10 a.m.")) == []


def test_dam_release_times_conflict_but_a_dispatch_does_not() -> None:
    a = "The district opened the spillway gates at Corrow Dam at 2 a.m. Sunday."
    b = "Residents said the district opened the gates at Corrow Dam around midnight."
    assert conflicts_of(a, b)
    c = "At 5 a.m. Sunday, deputies responded to calls from residents below Corrow Dam."
    assert conflicts_of(a, c) == []


@pytest.mark.parametrize("text", [
    "Officers hit the house at 5 a.m. and arrested two men.",
    "Flames struck the warehouse wall at 2 a.m.",
])
def test_a_raid_or_a_fire_striking_a_building_is_no_crash(text: str) -> None:
    assert not any(k and k[1] == "crash" for k in keys_of(text).values() if k)
