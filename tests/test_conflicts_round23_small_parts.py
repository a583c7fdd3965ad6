"""Round 23: a casualty count of a part of a set ("Two divers were treated") far below a bare
count of the set is no rival to the whole's event (responded): the bare count is read as the
event's. Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets


@pytest.mark.parametrize(("told", "bare", "values"), [
    ("Some 60 firefighters from nine stations responded to the Orlan depot blaze. Two firefighters were treated "
     "for burns.", "Close to 90 firefighters turned out at the Orlan depot, a chief said.", {60.0, 90.0}),
    ("About 30 rescuers responded to the Pellow quarry collapse. One rescuer was hurt and two rescuers were "
     "treated at the scene.", "More than 50 rescuers worked through the night at Pellow quarry.", {30.0, 50.0}),
])
def test_a_small_casualty_count_is_no_rival_event(told, bare, values):
    assert values in conflict_sets(told, bare)


def test_a_casualty_count_near_the_bare_count_still_keeps_it_apart():
    # (the bare count could be the hurt: no reading)
    assert conflict_sets("Some 12 firefighters responded to the Orlan depot blaze. Eight firefighters were hurt.",
                         "Nine firefighters were at the Orlan depot, a chief said.") == []
