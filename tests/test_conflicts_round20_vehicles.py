"""Round 20: vehicles counted as vehicles in one report and by their one kind in another
("four vehicles", "six cars") are one count, when the story names one kind of vehicle
only; two kinds, a third value or a rate keep them apart. Every text here is made up for
the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets


@pytest.mark.parametrize(("whole", "kind", "values"), [
    ("Four vehicles were trapped under the fallen span of the Ardle bridge.",
     "Six cars were on the Ardle bridge when it fell.", {4.0, 6.0}),
    ("Inspectors counted seven parked vehicles with damage on Tarn Street.",
     "At least ten cars were hit on Tarn Street.", {7.0, 10.0}),
    ("About 40 vehicles were stuck on the Hollin road overnight.",
     "Some 70 lorries were stuck on the Hollin road overnight.", {40.0, 70.0}),
    ("The bridge carries 30,000 vehicles a day. Four vehicles were on it when it fell.",
     "Six cars were on the bridge when it fell.", {4.0, 6.0}),
])
def test_vehicles_and_their_one_kind(whole, kind, values):
    assert values in conflict_sets(whole, kind)


@pytest.mark.parametrize("bodies", [
    ("Four vehicles were trapped under the fallen span.", "Three cars and two vans were on the bridge."),
    ("Four vehicles were trapped under the fallen span.", "Six cars were on the bridge.",
     "Two trucks had just left the bridge."),
    ("Four vehicles were on the bridge.", "Six cars were on the bridge.", "Nine cars were parked by the river."),
])
def test_two_kinds_or_three_values_stay_apart(bodies):
    assert conflict_sets(*bodies) == []
