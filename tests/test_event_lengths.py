"""How long one thing went on, told by two sources with two verbs (event_lengths), a length
"more than an hour" read after its hedge (phrase_durations). Every text here is made up for
the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts
from test_conflicts_support import keys_in as _keys

FERRY = "The Tarnholm ferry lost steering off Keswell Point on Friday. "
POOL = "Blue-green algae were found in the Orrin Vale reservoir. "
SMOKE = "Smoke from the Dunmore tyre depot covered the town on Monday. "


@pytest.mark.parametrize("one, other, values", [
    (FERRY + "The ferry drifted off the headland for about 30 minutes before tugs reached it.",
     FERRY + "From the cliffs the ferry could be seen turning in the current for more than an hour.", {0.5, 1.0}),
    (POOL + "Swimming at the reservoir has been halted for 21 days, the water board said.",
     POOL + "Swimming in the reservoir was prohibited for five weeks, the council said.", {21.0, 35.0}),
    (SMOKE + "The smoke cleared shortly after noon, after about five hours.",
     SMOKE + "Thick smoke hung over the depot for nearly eight hours.", {5.0, 8.0}),
    (SMOKE + "It took crews nearly two hours to stop the smoke drifting over the school.",
     SMOKE + "The smoke hung over the school and the depot for four hours.", {2.0, 4.0}),
])
def test_one_things_length_told_with_two_verbs_conflicts(one: str, other: str, values: set[float]) -> None:
    assert values in _conflicts(one, other)


@pytest.mark.parametrize("one, other", [
    # two things: no word of the story in common
    (FERRY + "The ferry drifted off the headland for about 30 minutes.",
     FERRY + "Passengers waited on the quay at Brannock for more than an hour."),
    # an article telling two lengths of the scale: which is the other's is not known
    (FERRY + "The ferry drifted for about 30 minutes and its passengers were held aboard for three hours.",
     FERRY + "Onlookers watched the ferry drift for more than an hour."),
    # a repeat and a time from another moment are no length of the thing
    (FERRY + "The ferry sounded its horn every 20 minutes.",
     FERRY + "The ferry drifted for more than an hour."),
    (FERRY + "Tugs reached the ferry 20 minutes later.",
     FERRY + "The ferry drifted for more than an hour."),
    # two scales
    (POOL + "Swimming at the reservoir was halted for about 30 minutes.",
     POOL + "Swimming at the reservoir was halted for five weeks."),
    # a difference, an amount of a thing, an earlier event
    (FERRY + "The ferry's captain said the detour round the headland took us 20 minutes longer than usual.",
     FERRY + "The ferry drifted off the headland for more than an hour."),
    (POOL + "The reservoir was never meant for five weeks of algae, the water board said.",
     POOL + "Swimming at the reservoir was halted for 21 days, the water board said."),
    (POOL + "The reservoir last closed to swimmers in 2019, for five weeks.",
     POOL + "Swimming at the reservoir was halted for 21 days, the water board said."),
])
def test_lengths_of_other_things_stay_apart(one: str, other: str) -> None:
    assert not any(v & {30.0, 20.0, 5.0, 1.0, 60.0} and len(v) > 1 for v in _conflicts(one, other))


def test_a_length_of_one_value_in_both_agrees() -> None:
    assert _conflicts(POOL + "Swimming at the reservoir has been halted for 28 days.",
                      POOL + "Swimming in the reservoir was stopped for four weeks.") == []


@pytest.mark.parametrize("text, read", [
    ("The ferry drifted for more than an hour.", "more than an hour"),
    ("Repairs took nearly a week.", "nearly a week"),
    ("The pier was shut for under a day.", "under a day"),
])
def test_a_hedged_unit_is_a_length(text: str, read: str) -> None:
    assert read in _keys(text)


@pytest.mark.parametrize("text", ["Deckhands earn about $20 an hour.", "The ferry sails once a day.",
                                  "The ferry sails more than once a week."])
def test_a_unit_without_its_hedge_is_no_length(text: str) -> None:
    assert not any(t.endswith(("an hour", "a day", "a week")) for t in _keys(text))


BAY = "A pumping station at Gannet Bay failed on Saturday. "


@pytest.mark.parametrize("one, other, values", [
    # a length keyed by its own words, that no other article gives, is read as a told length
    (FERRY + "The ferry drifted off the headland for about 30 minutes.",
     FERRY + "Tugs idled beside the ferry for more than an hour.", {0.5, 1.0}),
    # "over" a length; hours and a day on one scale
    (BAY + "Sewage spilled into the bay over nearly a full day.",
     BAY + "Sewage from the station flowed into the bay for about 14 hours.", {14 / 24, 1.0}),
])
def test_lengths_keyed_alone_or_over_a_day_conflict(one: str, other: str, values: set[float]) -> None:
    assert any(abs(min(v) - min(values)) < 1e-6 and max(v) == max(values) for v in _conflicts(one, other))


def test_a_told_length_takes_the_key_of_other_articles_lengths_of_the_thing() -> None:
    stuck = FERRY + "Passengers were stuck aboard the ferry for two hours, the coastguard said."
    adrift = FERRY + "With its passengers aboard, the ferry was adrift off the headland for nearly five hours."
    assert {2.0, 5.0} in _conflicts(stuck, stuck.replace("the coastguard", "the operator"), adrift)


def test_a_length_joined_by_shared_words_is_labelled_by_them() -> None:
    """The key's word is only a word both sentences share, not the thing that lasted: the
    label says so ("how long (told with “canal”)"), never "how long the canal lasted"."""
    from reader.analysis.conflict_labels import conflict_label
    from reader.analysis.event_lengths import EVENT
    from reader.analysis.figures import extract_figures

    [first] = extract_figures("The towpath was closed for six hours.")
    assert conflict_label([], first, ("duration:canal", EVENT)) == "how long (told with “canal”)"
