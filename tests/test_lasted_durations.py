"""How long an event lasted keyed by the noun that lasted ("the evacuation took about 11 hours",
"an evacuation that began before dawn and lasted some 16 hours"), and a closure's length told
by its reopening ("the bridge reopened after about 45 minutes"), compared in one unit."""

from __future__ import annotations

import pytest

from reader.analysis.conflicts import find_conflicts
from tests.test_conflicts_support import art, conflicts_of, keys_of


@pytest.mark.parametrize(("text", "figure", "key"), [
    ("Officials said the evacuation took about 11 hours.", "about 11 hours", "duration:evacuation"),
    ("The ward was emptied in an evacuation that began before dawn and lasted some 16 hours.", "some 16 hours",
     "duration:evacuation"),
    ("The squall hit Perrin at noon and lasted about 25 minutes.", "about 25 minutes", "duration:squall"),
    ("Tuesday's squall lasted 10 minutes.", "10 minutes", "duration:squall"),
    ("The hearing, which opened late, lasted five hours.", "five hours", "duration:hearing"),
    ("The closure lasted three hours.", "three hours", "duration:outage"),
    ("The ferry terminal reopened after about 45 minutes.", "about 45 minutes", "duration:outage"),
    ("The evacuation of the Perrin ward took about 11 hours.", "about 11 hours", "duration:evacuation"),
    ("The Perrin evacuation began before dawn and lasted 16 hours.", "16 hours", "duration:evacuation"),
    ("Power was restored within two hours.", "two hours", "duration:outage"),
])
def test_what_lasted_keys_the_length(text: str, figure: str, key: str) -> None:
    assert keys_of(text)[figure] == (key, None)


@pytest.mark.parametrize("text", [
    "The crew took six hours to repaint the hall.",
    "It took volunteers nine hours to fill the sandbags.",
    "He waited three hours at the gate.",
])
def test_a_doers_time_is_not_keyed(text: str) -> None:
    assert all(k is None or not k[0].startswith("duration:") for k in keys_of(text).values())


def test_two_lengths_of_one_event_conflict() -> None:
    assert conflicts_of("Officials said the evacuation of the Perrin ward took about 11 hours.",
                        "The Perrin evacuation began before dawn and lasted some 16 hours.") == [[11, 16]]


def test_a_closure_and_its_reopening_are_compared_in_one_unit() -> None:
    assert conflicts_of("The Tollan bridge was closed for about four hours on Monday.",
                        "The Tollan bridge reopened after about 90 minutes on Monday.") == [[1.5, 4]]


@pytest.mark.parametrize(("a", "b"), [
    ("The Perrin parade lasted two hours.", "The Perrin concert lasted four hours."),
    ("The Perrin evacuation took 11 hours.", "The Perrin evacuation took about 11 hours."),
    ("The Tollan bridge was closed for about four hours.", "The Tollan bridge reopened after about four hours."),
])
def test_different_things_or_agreeing_lengths_are_quiet(a: str, b: str) -> None:
    assert conflicts_of(a, b) == []


def test_a_length_keyed_by_its_noun_is_labelled_by_it() -> None:
    [conflict] = find_conflicts([art("a", "Officials said the evacuation of the Perrin ward took about 11 hours."),
                                 art("b", "The Perrin evacuation began before dawn and lasted some 16 hours.")])
    assert conflict.quantity == "how long the evacuation lasted"
