"""How long people were held hostage, intruders were inside, people were warned and a search
took are keyed lengths (reader.analysis.duration_subjects): two articles giving them
differently disagree; compatible hedges and other lengths stay quiet."""

from __future__ import annotations

import pytest

from tests.test_conflicts_support import conflicts_of, keys_of


@pytest.mark.parametrize(("text", "figure", "key"), [
    ("A gunman who held three clerks hostage inside a pharmacy for about five hours gave himself up, police said.",
     "about five hours", "duration:standoff"),
    ("The man kept his neighbours at gunpoint for nearly three hours.", "nearly three hours", "duration:standoff"),
    ("He barricaded himself in the farmhouse for nine hours.", "nine hours", "duration:standoff"),
    ("The thieves were inside the jewellery shop for less than three minutes.", "less than three minutes",
     "duration:inside"),
    ("The burglars spent about 12 minutes inside, police said.", "about 12 minutes", "duration:inside"),
    ("Villagers got about 30 minutes' warning, he said.", "about 30 minutes'", "duration:warning"),
    ("Residents had less than 10 minutes' notice before the mud arrived.", "less than 10 minutes'",
     "duration:warning"),
    ("Divers found the car after a search of more than three hours.", "more than three hours", "duration:search"),
    ("Rescuers took nearly six hours to reach the climbers.", "nearly six hours", "duration:search"),
])
def test_these_lengths_are_keyed(text: str, figure: str, key: str) -> None:
    assert keys_of(text)[figure] == (key, None)


@pytest.mark.parametrize("text", [
    "He was inside for 20 years.",
    "The hostages were freed two hours later.",
    "The crew took six hours to repaint the hall.",
    "She held the title for three years.",
])
def test_other_lengths_are_not_keyed(text: str) -> None:
    assert all(k is None for k in keys_of(text).values())


def test_two_hostage_spells_disagree_and_hedged_ones_agree() -> None:
    a = "A man who held two tellers hostage in the Dorran credit union for about six hours surrendered, police said."
    b = "A man surrendered to police on Friday, ending a nine-hour standoff at the Dorran credit union."
    assert conflicts_of(a, b) == [[6, 9]]
    assert conflicts_of(a, b.replace("nine-hour", "six-hour")) == []


def test_time_inside_and_warning_disagree_but_compatible_bounds_do_not() -> None:
    a = "The robbers were inside the Pell Street branch for less than five minutes, police said."
    b = "The robbers spent about 11 minutes inside the Pell Street branch, police said."
    assert conflicts_of(a, b) == [[5, 11]]
    assert conflicts_of(a, b.replace("about 11", "about four")) == []
    c = "Residents of Ashmoor got about 40 minutes' warning before the flood, the council said."
    d = "Residents of Ashmoor said they had less than 20 minutes' notice before the flood."
    assert [sorted(values) for values in conflicts_of(c, d)] == [[20, 40]]
    assert conflicts_of(c, d.replace("less than 20", "nearly 40")) == []
