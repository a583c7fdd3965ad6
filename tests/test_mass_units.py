"""One weight told in two units ("about 64,000 pounds of butter", "roughly 45 tons of
butter") compared in one unit, a ton read as short or long (reader.analysis.mass_scale via
reader.analysis.length_units). Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts

A = "Tarrow Dairy has recalled about 64,000 pounds of butter sold in four states, the agency said."


@pytest.mark.parametrize("other", [
    "The dairy recalled roughly 45 tons of butter sold in four states.",
    "The dairy recalled roughly 45 tonnes of butter sold in four states.",
    "The dairy recalled some 45,000 kilograms of butter sold in four states.",
])
def test_a_weight_in_two_units_that_cannot_agree(other: str) -> None:
    assert any(len(s) >= 2 and 64000 in s for s in _conflicts(A, other))


@pytest.mark.parametrize("other", [
    "The dairy recalled roughly 32 tons of butter sold in four states.",         # 29 short tons .. 32.5 t
    "The dairy recalled about 29 tonnes of butter sold in four states.",
    "The dairy recalled about 29,000 kilograms of butter sold in four states.",
    "The dairy recalled roughly 45 tons of cheese and shut its plant on Monday.",   # another material
])
def test_quiet_when_the_weights_agree_or_weigh_another_thing(other: str) -> None:
    assert _conflicts(A, other) == []


def test_a_weight_and_a_length_of_one_material_stay_apart() -> None:
    other = "Crews cleared about 45 feet of butter sold in four states from the road."
    assert _conflicts(A, other) == []
