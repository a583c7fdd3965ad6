"""Round thirty-nine: a count whose group is told after its verb ("Of the 131 dead, 27 were children",
"Four were children, according to a list of the dead") is that group among the casualties, and a
compound of an abbreviated unit and a dimension ("a 10km-long plume") is a length in that unit. Every
text here is made up for the tests."""

from __future__ import annotations

import pytest

from reader.analysis.figures import extract_figures
from tests.test_conflicts_support import conflict_sets, keys_in


@pytest.mark.parametrize(("text", "figure"), [
    ("Eleven of the dead were children, most of them from villages near the river.", "Eleven"),
    ("Four were children, according to a list of the dead released on Monday.", "Four"),
    ("Of the 27 confirmed dead, most were women coming back from the market. Seven were children.", "Seven"),
    ("Of the 27 dead confirmed by Sunday night, five were children, the authority said.", "five"),
    ("Of the 131 dead, 27 were children, according to a list.", "27"),
])
def test_a_group_told_after_its_verb_is_a_part_of_the_dead(text: str, figure: str) -> None:
    assert keys_in(text)[figure] == ("part:child", "died")


@pytest.mark.parametrize("text", [
    "Two were students at the college, the principal said.",       # (no casualties named)
    "Most of the passengers were women; 40 were children.",
])
def test_a_group_of_no_casualties_is_no_part(text: str) -> None:
    assert all(key is None or not key[0].startswith("part:") for key in keys_in(text).values())


def test_children_among_the_dead_told_two_ways_disagree() -> None:
    a = "Of the 131 dead, 27 were children, according to a list compiled by the district."
    b = "Among the dead were 19 children, the district government said."
    assert {27.0, 19.0} in conflict_sets(a, b)


@pytest.mark.parametrize(("text", "unit"), [
    ("Pictures show a 10km-long plume of smoke over the fields.", "kilometer"),
    ("The crew dug a 5ft-deep hole beside the main.", "foot"),
    ("Police closed a 2km-wide zone around the plant.", "kilometer"),
])
def test_an_abbreviated_unit_before_a_dimension_keeps_its_unit(text: str, unit: str) -> None:
    assert [f.unit for f in extract_figures(text)] == [unit]
