"""A percentage beside the ratio it is worked from is that ratio's share (bracket_shares). Every
text here is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import keys_in as _keys


# 1. a percentage beside "N of M things" is the share of the things, when the arithmetic agrees
@pytest.mark.parametrize(("body", "text"), [
    ("Riders with symptoms: 212 of 1,840 riders (11.5%).", "11.5%"),
    ("The board counted 64 out of 410 ballots, or 15.6 percent, as spoiled.", "15.6 percent"),
    ("Some 18.2% (91 of 500 hives) were lost over the winter.", "18.2%"),
])
def test_a_percentage_beside_its_ratio_is_the_ratios_share(body: str, text: str) -> None:
    key = next(k for t, k in _keys(body).items() if t.endswith(text))
    assert key is not None and key[0].startswith("percent:share of ")


@pytest.mark.parametrize(("body", "text"), [
    ("The club won 12 of 40 matches (up 5%) this season.", "5%"),      # not the ratio's share
    ("Riders with symptoms: 212 of 1,840 riders (31.5%).", "31.5%"),    # arithmetic disagrees
])
def test_a_percentage_beside_a_ratio_it_is_not_the_share_of_stays_unkeyed(body: str, text: str) -> None:
    assert _keys(body)[text] is None
