"""Round 19 (c25): measures keyed by what they measure: the height a body fell, told by the
verb of falling with or without a place after it. Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts
from test_conflicts_support import keys_in as _keys
from test_conflicts_support import undated as _art

from reader.analysis.conflicts import find_conflicts

# --- the height of a fall, keyed by the verb that governs it


@pytest.mark.parametrize(("body", "text"), [
    ("The minibus left the pass and fell about 40 metres, a rescuer said.", "about 40 metres"),
    ("A car of the Whirlo ride broke loose and dropped some 25 feet.", "some 25 feet"),
    ("The hiker slipped on the ice and plummeted nearly 60 metres.", "nearly 60 metres"),
    ("The trailer tumbled approximately 30 feet down the embankment.", "approximately 30 feet"),
])
def test_a_body_that_fell_is_keyed_by_its_fall(body: str, text: str) -> None:
    key = _keys(body)[text]
    assert key is not None and key[1] == "fell"


@pytest.mark.parametrize(("body", "text"), [
    ("The Orne river fell 2 metres overnight.", "2 metres"),
    ("Water in the basin dropped 3 feet in six hours.", "3 feet"),
    ("It dropped about 4 feet after the gates were opened.", "about 4 feet"),
    ("The reservoir level fell by 5 metres over the summer.", "5 metres"),
    ("The cabin dropped 12 feet to 40 feet above the valley floor.", "12 feet"),
])
def test_a_level_or_a_change_is_no_fall(body: str, text: str) -> None:
    key = _keys(body)[text]
    assert key is None or key[1] != "fell"


@pytest.mark.parametrize(("one", "two"), [
    ("The Tarrow coach left the road and fell about 30 metres, police said.",
     "The Tarrow coach fell some 45 metres into the ravine, a survivor told the Echo."),
    ("A gondola car on the Skyreel ride came loose and dropped about 15 feet.",
     "Witnesses said the Skyreel car broke away at dusk and plunged some 28 feet onto the walkway."),
])
def test_two_heights_of_one_fall_in_other_words_conflict(one: str, two: str) -> None:
    found = _conflicts(one, two)
    assert len(found) == 1 and len(found[0]) == 2


def test_a_fall_height_conflict_is_labelled_as_a_fall() -> None:
    arts = [_art(f"a{n}", body) for n, body in enumerate((
        "The Tarrow coach left the road and fell about 30 metres, police said.",
        "The Tarrow coach fell some 45 metres into the ravine, a survivor told the Echo."))]
    assert [c.quantity for c in find_conflicts(arts)] == ["height of the fall"]


def test_one_height_told_alike_is_quiet() -> None:
    assert _conflicts("The Tarrow coach left the road and fell about 30 metres, police said.",
                      "The coach fell some 30 metres into the ravine, a survivor said.") == []


def test_a_river_fall_and_a_body_fall_are_not_compared() -> None:
    assert _conflicts("The Tarrow coach left the road and fell about 30 metres, police said.",
                      "The Tarrow river fell 2 metres overnight as the rain stopped.") == []


# --- a length of time keyed by the word it measures (measured_durations)


@pytest.mark.parametrize(("body", "text", "thing"), [
    ("The engineer said the pipes would need about 12 days of draining.", "about 12 days", "duration:drain"),
    ("Draining the tanks would take at least two weeks, she said.", "at least two weeks", "duration:drain"),
    ("Officials said testing of the wells will require about six weeks.", "about six weeks", "duration:test"),
    ("The bridge passed an inspection 9 days before the collapse.", "9 days", "duration:since inspect"),
    ("The lift had been inspected three weeks earlier, a clerk said.", "three weeks", "duration:since inspect"),
])
def test_a_length_is_keyed_by_what_it_measures(body: str, text: str, thing: str) -> None:
    key = _keys(body)[text]
    assert key is not None and key[0] == thing


@pytest.mark.parametrize(("body", "text"), [
    ("It would take at least two weeks, she said.", "at least two weeks"),
    ("The crew took six hours to repaint the hall.", "six hours"),
    ("A similar fire broke out there five years ago.", "five years"),
    ("The pumps failed and sewage flowed for about 9 hours before crews restarted them.", "about 9 hours"),
])
def test_a_length_with_no_measured_word_keeps_no_such_key(body: str, text: str) -> None:
    key = _keys(body)[text]
    assert key is None or not key[0].startswith(("duration:since", "duration:it", "duration:crew"))


@pytest.mark.parametrize(("one", "two", "values"), [
    ("Rinsing and testing the mains would take at least three weeks, the council said.",
     "The council said the mains would need about 12 days of rinsing.", {21, 12}),
    ("Records show the Skyreel passed an inspection 9 days before the fair.",
     "The Skyreel had been inspected two weeks earlier, an official said.", {9, 14}),
])
def test_one_length_told_in_other_words_and_units_conflicts(one: str, two: str, values: set[int]) -> None:
    assert [{round(v) for v in found} for found in _conflicts(one, two)] == [values]


def test_two_lengths_of_unrelated_sentences_are_quiet() -> None:
    assert _conflicts("The Skyreel passed an inspection 9 days before the fair.",
                      "Lorne Mill was inspected three weeks earlier by the county.") == []
    assert _conflicts("Rinsing the mains would take at least three weeks, the council said.",
                      "The mains would need about 20 days of rinsing, the council said.") == []


# --- a distance from a named place may be told four times over by another source


@pytest.mark.parametrize(("one", "two"), [
    ("The leak is less than half a mile from Corrin Brook, which feeds the town's wells.",
     "The leak is about two miles from Corrin Brook, according to the county."),
    ("The van stopped just half a mile from Pell Ridge Academy, parents said.",
     "The van was about 2 miles from Pell Ridge Academy when it stopped, troopers said."),
])
def test_a_distance_from_a_named_place_far_apart_conflicts(one: str, two: str) -> None:
    assert len(_conflicts(one, two)) == 1


def test_distances_from_two_places_or_far_apart_are_quiet() -> None:
    assert _conflicts("The leak is less than half a mile from Corrin Brook, the county said.",
                      "The leak is about two miles from Tavish Lake, the county said.") == []
    assert _conflicts("The leak is half a mile from Corrin Brook, the county said.",
                      "Investigators traced the leak to a valve some 5 miles from Corrin Brook, the county said.") == []
