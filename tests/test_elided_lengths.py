"""Lengths of time keyed by their sentence's structure (reader.analysis.duration_subjects): an elliptic
part after a comma takes its clause's verb ("stranded on the ridge, some for about five hours"), a
fire fought and a fire burned are one length, and a listed length of the story told two ways by two
sets of articles is one quantity."""

from __future__ import annotations

import pytest

from tests.test_conflicts_support import conflicts_of, keys_of


@pytest.mark.parametrize(("text", "figure", "kind"), [
    ("Forty hikers were stranded on Kelso Ridge by the storm, some for about five hours.", "about five hours",
     "duration:stranded"),
    ("Dozens of drivers were stuck on the Marrow Pass road overnight, most of them for nearly seven hours.",
     "nearly seven hours", "duration:stranded"),
    ("Nine climbers were trapped in the Dunlin cave, three of them for more than two days.", "more than two days",
     "duration:stranded"),
])
def test_a_length_is_keyed_by_its_sentences_structure(text: str, figure: str, kind: str) -> None:
    assert keys_of(text)[figure] == (kind, None)


@pytest.mark.parametrize(("text", "figure"), [
    ("Forty hikers were stranded on Kelso Ridge, a climb of about five hours from the lodge.", "about five hours"),
    ("Forty hikers reached Kelso Ridge on Sunday, some for about five hours.", "about five hours"),
])
def test_a_length_with_no_held_verb_in_its_clause_stays_unkeyed(text: str, figure: str) -> None:
    key = keys_of(text).get(figure)
    assert key is None or key[0] != "duration:stranded"


@pytest.mark.parametrize(("fought", "burned"), [
    ("Crews brought the barn fire under control after nearly nine hours.",
     "The barn burned for about five hours before firefighters declared it contained."),
    ("Firefighters battled the barn fire for nine hours.",
     "The barn fire, which burned for about five hours, destroyed the herd's feed."),
    ("Firefighters spent nine hours battling the barn blaze.",
     "The barn fire burned for about five hours."),
])
def test_a_fire_fought_and_a_fire_burned_are_one_length(fought: str, burned: str) -> None:
    assert conflicts_of(_LEAD + fought, _LEAD + burned) == [[5, 9]]


_LEAD = "A barn fire destroyed the Pell family dairy near Orrick on Friday, the county said.\n\n"


def test_a_fire_burning_about_as_long_as_it_was_fought_is_quiet() -> None:
    a = _LEAD + "Crews brought the barn fire under control after nearly nine hours."
    b = _LEAD + "The barn burned for about nine hours before firefighters declared it contained."
    assert conflicts_of(a, b) == []


def test_a_held_length_told_in_an_elliptic_part_conflicts() -> None:
    lead = "Rain cut the Marrow Pass road on Friday, the county said.\n\n"
    a = lead + "Drivers spent more than two hours stuck on the Marrow Pass road."
    b = lead + "Some 60 drivers were stuck on the road at Marrow Pass, many for about six hours."
    assert conflicts_of(a, b) == [[2, 6]]
