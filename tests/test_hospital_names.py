"""A hospital told by its name alone ("taken to Marlow General", "flown to Ashcombe Royal")
is the hospital of the count taken to hospital; a town's name is not. Every text here is
made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts

from reader.analysis.figures import extract_figures
from reader.analysis.hospital_names import as_hospital, is_hospital_name, moved_to_hospital


@pytest.mark.parametrize("name", ["Marlow General", "Ashcombe Royal", "Pellham Regional Medical Center",
                                  "St. Brigid's Infirmary", "Tolley Memorial", "Orle Valley Hospital"])
def test_hospital_names_by_their_last_word(name: str) -> None:
    assert is_hospital_name(name)


@pytest.mark.parametrize("name", ["Coleford", "Royal Oak", "General Mills Park", "Ashby"])
def test_other_names_are_no_hospital(name: str) -> None:
    assert not is_hospital_name(name)


def test_moved_to_a_named_hospital() -> None:
    assert moved_to_hospital("four were rushed to Tolley Memorial by ambulance")
    assert not moved_to_hospital("four were rushed to Coleford by ambulance")
    assert as_hospital("were flown to Ashcombe Royal, where") == "were flown to hospital, where"


@pytest.mark.parametrize("text, value", [
    ("Twelve were taken to Marlow General with burns.", 12),
    ("Nine walkers fell. Three were flown to Ashcombe Royal.", 3),
    ("Eight had been transported to Pellham Regional Medical Center by noon.", 8),
])
def test_a_bare_number_taken_to_a_named_hospital_is_read(text: str, value: int) -> None:
    assert value in [f.value for f in extract_figures(text)]


def test_bare_number_taken_to_a_town_stays_unread() -> None:
    assert 12 not in [f.value for f in extract_figures("Twelve were taken to Coleford for questioning.")]


@pytest.mark.parametrize("short", [
    "Nine of the injured were taken to Marlow General.",
    "Nine were taken to Marlow General by ambulance.",
    "Nine of the hurt were flown to Marlow General, where two remain.",
])
def test_named_hospital_count_meets_taken_to_hospital(short: str) -> None:
    long = "Fourteen people were hurt, six of whom were taken to Marlow General Hospital."
    assert {6.0, 9.0} in _conflicts(long, "Fourteen people were hurt. " + short)


def test_named_hospital_meets_the_bare_word() -> None:
    assert {5.0, 8.0} in _conflicts("Eleven riders were hurt. Five were taken to hospital.",
                                    "Eleven riders were hurt. Eight of the injured were taken to Tolley Memorial.")


def test_counts_broken_down_by_hospital_stay_apart() -> None:
    a = ("Twenty people were hurt. Nine of the injured were taken to Marlow General and "
         "six of the injured were taken to Tolley Memorial.")
    b = "Twenty people were hurt. Nine of the injured were taken to Marlow General."
    assert not any({6.0, 9.0} <= s for s in _conflicts(a, b))


def test_a_town_is_no_hospital() -> None:
    assert not any({5.0, 8.0} <= s for s in _conflicts(
        "Eleven riders were hurt. Five were taken to hospital.",
        "Eleven riders were hurt. Eight of the injured were taken to Coleford."))


def test_two_reports_naming_two_hospitals_stay_apart() -> None:
    assert _conflicts("Twenty people were hurt. Three of the injured were taken to Orvil General.",
                      "Twenty people were hurt. Five of the injured were taken to Marl Royal.") == []


def test_patients_transferred_between_hospitals_are_no_count_taken_to_hospital() -> None:
    assert not moved_to_hospital("four patients on the burns ward were transferred to Hallam General")
