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


@pytest.mark.parametrize("text", [
    "Some 220 staff will lose their jobs when Marrowby closes its Dunhill depot.",
    "About 220 people are set to lose their jobs at the Dunhill depot.",
    "Nearly 220 workers could be losing their jobs at the Dunhill depot.",
])
def test_people_who_lose_their_jobs_are_jobs_cut(text: str) -> None:
    assert ("job", "cut") in keys_of(text).values()


def test_jobs_cut_and_workers_losing_their_jobs_disagree_and_agreeing_ones_stay_quiet() -> None:
    a = "Marrowby will close its Dunhill depot next spring, cutting 310 jobs."
    b = "Nearly 400 workers will lose their jobs when Marrowby shuts the Dunhill depot next spring."
    assert conflicts_of(a, b) == [[310, 400]]
    assert conflicts_of(a, b.replace("Nearly 400", "310")) == []
