"""A tally written with an en dash ("7–2") is a tally, as "7-2" is, and "by a majority of
7–2" is a vote's."""

from __future__ import annotations

from tests.test_conflicts_support import conflicts_of, keys_of


def test_an_en_dash_tally_is_a_vote() -> None:
    assert keys_of("The committee voted 7–2 to cut the rate.") == {"7–2": ("vote:9", None)}
    assert keys_of("The committee decided by a majority of 7–2 to cut the rate.") == {"7–2": ("vote:9", None)}
    assert "3–1" in keys_of("The Corran side won 3–1 on Sunday.")


def test_en_dash_and_hyphen_tallies_conflict_and_agree() -> None:
    a = "The rate committee voted 7–2 on Thursday to cut the rate."
    assert conflicts_of(a, a.replace("7–2", "6-3")) == [[6.003, 7.002]]
    assert conflicts_of(a, a.replace("7–2", "7-2")) == []
