"""A place named between a length's verb and its "for" (reader.analysis.place_adjuncts): the
length keeps the key its verb gives it, and two sources' lengths of one fire or one ordeal meet."""

from __future__ import annotations

import pytest

from reader.analysis.place_adjuncts import without_places
from tests.test_conflicts_support import conflicts_of, keys_of


@pytest.mark.parametrize(("clause", "read"), [
    ("crews fought the blaze at Morrow Timber on Route 9 for", "crews fought the blaze there there for"),
    ("passengers were stuck on the Tolland Hill Line for", "passengers were stuck there for"),
    ("the fire burned near Exit 12 for", "the fire burned there for"),
    # no name: nothing changes
    ("were stuck in the cabin for", "were stuck in the cabin for"),
])
def test_a_named_place_reads_as_one_word(clause: str, read: str) -> None:
    assert without_places(clause) == read


@pytest.mark.parametrize(("text", "figure", "kind"), [
    ("Forty firefighters battled the blaze at Morrow Timber on Route 9 for about five hours.",
     "about five hours", "duration:burning"),
    ("Riders were stuck aboard the train on the Tolland Hill Line for 90 minutes.", "90 minutes", "duration:stranded"),
    ("Crews searched the river near Fenwick Mill in Ardley County for three days.", "three days", "duration:search"),
])
def test_a_length_keeps_its_verbs_key_past_a_named_place(text: str, figure: str, kind: str) -> None:
    key = keys_of(text)[figure]
    assert key is not None and key[0] in (kind, "duration:firefight")


_LEAD = "A fire destroyed the Morrow Timber yard in Ashcombe on Sunday night, the county said.\n\n"


@pytest.mark.parametrize(("a", "b"), [
    ("Some 60 firefighters fought the blaze at Morrow Timber on Route 9 for about five hours.",
     "The fire burned for nearly nine hours, neighbours said."),
    ("Crews from four towns battled the fire in Ashcombe for roughly three hours.",
     "The yard fire burned for more than seven hours."),
])
def test_two_lengths_of_one_fire_past_a_named_place_conflict(a: str, b: str) -> None:
    assert len(conflicts_of(_LEAD + a, _LEAD + b)) == 1


@pytest.mark.parametrize(("a", "b"), [
    # one length: they agree
    ("Some 60 firefighters fought the blaze at Morrow Timber on Route 9 for about five hours.",
     "The fire burned for roughly five hours, neighbours said."),
    # a road closed at a named place is no length of the fire
    ("Police closed Route 9 at Morrow Timber for about two hours.",
     "The fire burned for nearly nine hours, neighbours said."),
])
def test_one_length_or_another_things_length_is_quiet(a: str, b: str) -> None:
    assert conflicts_of(_LEAD + a, _LEAD + b) == []


@pytest.mark.parametrize("text", [
    '"It took us almost three hours to knock it down," the fire chief said.',
    "It took the crews about three hours to bring the fire under control.",
    "It took them close to three hours to put it out.",
])
def test_the_time_anyone_took_to_control_a_fire_is_the_fights(text: str) -> None:
    key = next(k for f, k in keys_of(text).items() if "three hours" in f)
    assert key is not None and key[0] in ("duration:burning", "duration:firefight")


@pytest.mark.parametrize("text", [
    # took them somewhere, or to do anything else: no length of a fire
    "It took us almost three hours to drive to the coast.",
    "It took them close to three hours to count the damaged buses.",
])
def test_a_time_taken_for_anything_else_is_no_fights(text: str) -> None:
    key = next(k for f, k in keys_of(text).items() if "three hours" in f)
    assert key is None or key[0] not in ("duration:burning", "duration:firefight")


def test_a_fight_told_by_the_time_it_took_conflicts_with_the_burning() -> None:
    a = _LEAD + '"It took us almost three hours to knock it down," the fire chief said.'
    b = _LEAD + "The fire, which burned for seven hours, destroyed 30 sheds."
    assert len(conflicts_of(a, b)) == 1
