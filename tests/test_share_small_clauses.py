"""A share that is the subject of a small clause inside a verb's object is read (share_wholes).
Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts
from test_conflicts_support import keys_in as _keys


# 2. a share that is the subject of a small clause in a verb's object
@pytest.mark.parametrize("body", [
    "The gale left roughly a third of the sheds in Orrin needing new roofs.",
    "The strike is leaving nearly two-thirds of the buses without drivers.",
    "Floods left about a quarter of the farms facing ruin.",
])
def test_a_share_in_a_small_clause_is_read(body: str) -> None:
    assert any(k is not None and k[0].startswith("percent:share of ") for k in _keys(body).values())


def test_a_share_in_a_small_clause_meets_the_storys_one_share_of_that_whole() -> None:
    a = "Inspectors say nearly half of the sheds in Orrin were damaged by Tuesday's gale."
    b = "Tuesday's gale left roughly a third of the sheds in Orrin needing repair, an inspector in Orrin said."
    assert {50.0, round(100 / 3, 2)} in _conflicts(a, b)


def test_a_verbs_object_with_no_small_clause_stays_unread() -> None:
    body = "The depot will run about a third of its trams on Sunday."
    assert not any(k is not None and k[0] == "percent:share of trams" for k in _keys(body).values())
