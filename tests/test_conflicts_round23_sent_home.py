"""Round 23: people "sent home" are not taken to hospital, though a hospital sent them.
Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets, quantity_keys


@pytest.mark.parametrize("text", [
    "The hospital has sent 38 nurses home for two weeks.",
    "Dunmere Hospital sent 12 staff home after the outbreak.",
    "The hospitals are sending 40 workers home until tests come back.",
])
def test_people_sent_home_are_not_taken_to_hospital(text):
    assert all(k is None or k[1] != "hospital" for _, k in quantity_keys(text))


def test_sent_to_hospital_is_still_hospital():
    assert ("person", "hospital") in [k for _, k in quantity_keys("Six people were sent to hospital with burns.")]


def test_staff_sent_home_and_placed_on_leave_conflict():
    assert {38.0, 41.0} in conflict_sets("The Orbis clinic in Vell has sent 38 nurses home for three weeks.",
                                         "Forty-one nurses at the Orbis clinic in Vell have been placed on leave.")
