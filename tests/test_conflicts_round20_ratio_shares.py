"""Round 20: a ratio as a share ("two in five of the wells", "one out of ten homes"),
compared with the same share told in percent or as a fraction. Every text here is made up
for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts
from test_conflicts_support import keys_in as _keys


@pytest.mark.parametrize("ratio, other", [
    ("Two in five of the wells tested were contaminated.", "A quarter of the wells tested were contaminated."),
    ("Roughly one in ten of the cabins were flooded.", "About 30 percent of the cabins were flooded."),
    ("Nearly three out of four of the stalls were damaged.", "Half of the stalls were damaged."),
])
def test_a_ratio_is_a_share_and_conflicts(ratio: str, other: str) -> None:
    assert len(_conflicts(ratio, other)) == 1


@pytest.mark.parametrize("ratio, other", [
    ("Two in five of the wells tested were contaminated.", "About 40 percent of the wells tested were contaminated."),
    ("One in four of the cabins were flooded.", "A quarter of the cabins were flooded."),
])
def test_a_ratio_agrees_with_its_percentage(ratio: str, other: str) -> None:
    assert _conflicts(ratio, other) == []


@pytest.mark.parametrize("text", [
    "Six in 10 voters backed the plan.",          # no share of a counted whole done to it
    "The team won one in five of its games.",
    "Police arrested 34 in 11 towns.",
])
def test_ratios_no_share_key_reads_stay_unread(text: str) -> None:
    assert all(not (k or ("",))[0].startswith("percent") for k in _keys(text).values())
