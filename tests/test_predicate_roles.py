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


@pytest.mark.parametrize("text", [
    "A gunman held five clerks hostage inside the Tolvern bank on Friday.",
    "Five tellers were held at gunpoint inside the Tolvern bank on Friday.",
    "The raiders took five guards captive at the Tolvern depot on Friday.",
])
def test_people_held_captive_are_hostages_whatever_their_noun(text: str) -> None:
    assert ("hostage", None) in keys_of(text).values()


def test_a_part_held_captive_and_people_only_held_stay_apart() -> None:
    assert keys_of("Two of them were held hostage at the Tolvern bank.")["Two of them"] is None
    assert keys_of("The gunman held five clerks inside the Tolvern bank.")["five clerks"] != ("hostage", None)


def test_hostages_told_by_two_nouns_disagree() -> None:
    a = "A man who held five clerks hostage in the Tolvern bank surrendered on Friday evening, police said."
    b = "Three tellers were held at gunpoint in the Tolvern bank before the man surrendered on Friday, police said."
    assert conflicts_of(a, b) == [[3, 5]]


@pytest.mark.parametrize(("text", "figure"), [
    ("More than 60 people were hurt, 14 of them seriously enough to be taken to hospital.", "14 of them"),
    ("Some 14 people were hurt badly enough to be admitted to hospital.", "Some 14 people"),
])
def test_a_degree_told_by_its_result_is_a_count_of_the_result(text: str, figure: str) -> None:
    assert keys_of(text)[figure] == ("person", "hospital")


def test_a_result_naming_no_event_and_a_plain_degree_keep_their_harm() -> None:
    assert keys_of("Some 12 people were hurt badly enough to need stitches.")["Some 12 people"] == ("person", "hurt")
    assert keys_of("Nine people were seriously hurt in the Marl Street crash.")["Nine people"] == (
        "person", "hurt-serious")


def test_hospital_counts_told_plainly_and_by_a_degree_disagree() -> None:
    a = "Sixteen people were taken to hospital after the Marl Street tram derailed on Monday."
    b = ("More than 70 people were hurt when the Marl Street tram derailed on Monday, 21 of them seriously "
         "enough to be taken to hospital.")
    assert conflicts_of(a, b) == [[16, 21]]


def test_survivors_told_with_no_event_are_the_rescued() -> None:
    assert keys_of("Only 28 survivors reached the shore at Pellory.")["Only 28 survivors"] == ("person", "rescued")
    assert keys_of("Twelve survivors were taken to hospital in Pellory.")["Twelve survivors"] == (
        "person", "hospital")


def test_quiet_cases_aboard_against_rescued_and_hurt_against_hospital() -> None:
    a = "As many as 95 people may have been crammed aboard the boat that sank off Pellory on Sunday."
    b = "Coast guard crews rescued 41 people after the boat sank off Pellory on Sunday."
    assert conflicts_of(a, b) == []
    c = ("More than 70 people were hurt when the Marl Street tram derailed, 21 of them seriously enough to be "
         "taken to hospital.")
    d = "About 70 people were injured when the Marl Street tram derailed on Monday."
    assert conflicts_of(c, d) == []


def test_quiet_cases_hostages_against_staff_and_jobs_against_the_workforce() -> None:
    a = "A gunman held five clerks hostage in the Tolvern bank, which has 40 employees, police said."
    b = "The Tolvern bank employs 40 people, and five of its clerks were held hostage on Friday, police said."
    assert conflicts_of(a, b) == []
    c = "Nearly 400 workers will lose their jobs when Marrowby shuts the Dunhill depot, which employs 900 people."
    d = "Marrowby, which has 900 employees at the Dunhill depot, said about 400 jobs would go."
    assert conflicts_of(c, d) == []
