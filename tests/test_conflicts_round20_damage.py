"""Round 20: an event's damage told as the loss in another report is one sum, when no
article tells both and each kind has one value in the story. Every text here is made up for
the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets


@pytest.mark.parametrize(("damage", "loss", "values"), [
    ("The flood caused about $8 million in damage to the Keld campus.", "The college put the loss at $5 million.",
     {5e6, 8e6}),
    ("The blaze caused $2.4 million in damage at the Sorrel warehouse.",
     "The owners estimated their losses at about $4 million.", {2.4e6, 4e6}),
    ("The storm caused an estimated $12 million in damage across Pell County.",
     "Officials put the losses at $20 million.", {12e6, 20e6}),
])
def test_damage_and_loss_are_one_sum(damage, loss, values):
    assert values in conflict_sets(damage, loss)


@pytest.mark.parametrize(("bodies", "apart"), [
    # one report tells both: two sums (its damage and the other's are one, not its loss)
    (("The hail caused $3 million in damage to the Lisk plant, and insured losses reached $5 million.",
      "Insurers put the loss at about $4 million."), 3e6),
    # two losses in the story: which one the damage is, is not known
    (("The storm caused an estimated $12 million in damage across Pell County.",
      "Officials put the losses at $20 million.", "Farmers said their losses came to $9 million."), 12e6),
])
def test_damage_stays_apart(bodies, apart):
    assert all(apart not in c for c in conflict_sets(*bodies))
