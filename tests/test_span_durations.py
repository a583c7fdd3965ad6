"""How long a voyage lasts is a length sources may disagree on ("a 12-day voyage", "the
cruise is due to last two weeks"); a strike's is not keyed (a story may tell two strikes);
"last" the verb is no selection ("the last 24 hours" still is)."""

from __future__ import annotations

import pytest

from tests.test_conflicts_support import conflicts_of, keys_of


@pytest.mark.parametrize(("text", "figure", "key"), [
    ("The cruise is due to last two weeks.", "two weeks", "duration:voyage"),
    ("The outage will last three days.", "three days", "duration:outage"),
    ("Guests fell ill during a 12-day Caribbean voyage.", "12-day", "duration:voyage"),
    ("Guests on the two-week cruise were sickened.", "two-week cruise", "duration:voyage"),
])
def test_a_voyage_or_an_outage_has_its_length_keyed(text: str, figure: str, key: str) -> None:
    assert keys_of(text)[figure] == (key, None)


def test_the_last_hours_are_a_selection_and_other_lengths_stay_unkeyed() -> None:
    assert keys_of("In the last 24 hours, the clinic treated 40 patients.")["24 hours"] is None
    assert keys_of("He spent two weeks in hospital.")["two weeks"] is None


def test_a_strike_length_is_a_strikes_and_two_lengths_of_one_outage_conflict() -> None:
    # (a strike's length is compared only in a story of a strike: reader.analysis.clause_durations)
    assert keys_of("Drivers at Velko Transit began a 48-hour strike on Friday.")["48-hour strike"] == (
        "duration:strike", None)
    a = "The power outage in Velko is due to last 48 hours, the utility said."
    b = "The power outage in Velko will last 72 hours, the utility said."
    assert conflicts_of(a, b) == [[48, 72]]
