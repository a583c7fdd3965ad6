"""Round 23: a bare number after a verb that moves people and before a hospital ("medics took
three to hospital") counts people taken to hospital. Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets, quantity_keys


@pytest.mark.parametrize(("text", "value"), [
    ("Medics checked nine residents and took three to hospital.", 3.0),
    ("Paramedics assessed 14 people at the Corrin site and transported five to Brackley County Hospital.", 5.0),
    ("Ambulance crews rushed two to the local hospital.", 2.0),
    ("The air ambulance flew one more to a hospital.", None),
])
def test_a_bare_number_moved_to_hospital_counts_the_hospitalised(text, value):
    found = [v for v, k in quantity_keys(text) if k == ("person", "hospital")]
    assert found == ([] if value is None else [value])


@pytest.mark.parametrize("text", [
    "She took two to the park near the hospital.",
    "The court sent four to prison.",
    "Crews took six to the shelter on Orme Street.",
])
def test_other_objects_moved_are_no_hospital_count(text):
    assert all(k != ("person", "hospital") for _, k in quantity_keys(text))


def test_counts_taken_to_hospital_in_the_active_conflict():
    assert {3.0, 5.0} in conflict_sets("Paramedics checked 12 people at the Vell rink and took three to hospital.",
                                       "Five people were taken to hospital from the Vell rink.")
