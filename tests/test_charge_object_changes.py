"""A charge changed by a verb before the percentage ("raising the city's property tax rate by
4.8 percent", "voted to raise in-state tuition by 6.5%") is the rise of that charge, as "a 6
percent increase in the city's property tax rate" is; a change proposed or told of another
time stays apart. Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts
from test_conflicts_support import keys_in as _keys


def test_a_charge_raised_by_a_verb_meets_the_rise_told_as_a_noun() -> None:
    assert {4.8, 6.0} in _conflicts("The council voted to raise the city's property tax rate by 4.8 percent.",
                                    "The council approved what amounts to a 6 percent increase in the city's "
                                    "property tax rate.")
    assert {5.6, 6.5} in _conflicts("Regents voted to raise in-state undergraduate tuition by 6.5% next fall.",
                                    "Regents approved a 5.6% hike in tuition on Thursday.")


def test_agreeing_figures_stay_quiet_and_a_cut_is_no_rise() -> None:
    assert _conflicts("The council voted to raise the property tax rate by 4.8 percent.",
                      "The council approved a 4.8% increase in the property tax rate.") == []
    keys = _keys("The authority will cut bus fares by 10 percent.",
                 "The authority approved a 12 percent increase in bus fares.")
    assert keys["10 percent"] == ("percent:cut in bus fare", None)
    assert keys["12 percent"] == ("percent:rise in bus fare", None)


@pytest.mark.parametrize("other", [
    "The board had proposed raising bus fares by 15 percent before settling on less.",
    "Riders asked the board to raise bus fares by 15 percent instead.",
    "The board raised bus fares by 15 percent in 2023.",
    "Last year the board raised bus fares by 15 percent.",
])
def test_a_change_proposed_or_of_another_time_is_no_conflict(other: str) -> None:
    assert _conflicts("The board voted to raise bus fares by 10 percent.", other) == []
