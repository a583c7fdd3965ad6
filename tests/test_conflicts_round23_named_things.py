"""Two articles' values of a key the story uses for several things, paired by the thing they
size ("the 18-storey tower" and "the 16-storey tower" beside "four storeys of its facade":
:func:`reader.analysis.quantity_senses.unique_pairs`). Every text here is made up for these tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets, conflicts_of

_TOWER = "Crews worked through the night at the {n}-storey tower on Pell Street after its facade cracked. "


@pytest.mark.parametrize("other", [
    "The {n}-storey tower was emptied on Tuesday. Engineers put nets over nine storeys of its facade.",
    "Scaffolding covers ten storeys of the facade. The {n}-storey tower will stay shut for a week.",
])
def test_the_same_named_thing_picks_its_value_among_two(other):
    got = conflicts_of(_TOWER.format(n=18), other.format(n=16))
    assert [16, 18] in got


def test_another_named_thing_of_the_unit_is_no_mate():
    other = "The 16-storey hotel next door was emptied on Tuesday. Nets cover nine storeys of the tower's facade."
    got = conflicts_of(_TOWER.format(n=18), other)
    assert [16, 18] not in got


def test_two_values_each_do_not_pair_by_rank():
    a = "The Ridgeline tower stands 90 feet. A cable on it snapped about 40 feet above the deck."
    b = "The cable that snapped was some 50 feet up. The tower is 100 feet tall."
    assert conflict_sets(a, b) == []      # (box scores: three hits and four against two and six)


def test_quiet_when_the_same_sizes():
    a = "A cable on the 90-foot Ridgeline tower snapped about 40 feet above the deck."
    b = "The cable that snapped was some 40 feet up a tower that rises 90 feet."
    assert conflict_sets(a, b) == []
