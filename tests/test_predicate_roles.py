"""Counts of people whose role their clause's predicate tells, not their noun: aboard told
by a verb phrase, jobs lost by the people who hold them, people held captive, a degree
told by its result, survivors. Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflicts_of, keys_of


@pytest.mark.parametrize("text", [
    "As many as 60 people may have been crammed aboard the dinghy off Pellory.",
    "About 45 people were reportedly packed on board the ferry when it listed.",
    "Some 30 people had been travelling aboard the minibus.",
])
def test_a_verb_phrase_ending_aboard_tells_people_aboard(text: str) -> None:
    (key,) = keys_of(text).values()
    assert key == ("person", "aboard")


def test_people_moved_aboard_are_not_those_aboard() -> None:
    assert list(keys_of("Eighteen people were pulled aboard the lifeboat near Pellory.").values()) != [
        ("person", "aboard")]


def test_counts_aboard_by_a_verb_phrase_and_by_on_board_disagree() -> None:
    a = "The wooden boat left Pellory with about 70 people on board, the coast guard said."
    b = "As many as 95 people may have been squeezed aboard the wooden boat from Pellory, the coast guard said."
    assert conflicts_of(a, b) == [[70, 95]]
    assert conflicts_of(a, b.replace("95", "70")) == []
