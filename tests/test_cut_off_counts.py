"""People cut off by a flood, a slide or a snowfall, whatever their noun and verb
(:mod:`reader.analysis.cut_off_counts`). Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import keys_in, undated

from reader.analysis.conflicts import find_conflicts


@pytest.mark.parametrize("body, text", [
    ("The flood washed away the Tolmer bridge, cutting off about 350 people in Brisk.", "about 350 people"),
    ("Snow blocked the pass, isolating some 350 villagers in Upper Brisk.", "some 350 villagers"),
    ("About 350 residents of Brisk and Hallow remain cut off after the slide.", "About 350 residents"),
    ("Nearly 350 people in Brisk are now isolated.", "Nearly 350 people"),
    ("The 350 residents of Brisk can leave the valley only on foot.", "350 residents"),
])
def test_people_cut_off_are_one_key(body: str, text: str) -> None:
    assert keys_in(body)[text] == ("person", "cut off")


@pytest.mark.parametrize("body, text", [
    ("About 350 people in Brisk lost power after the slide.", "About 350 people"),
    ("Rescuers reached 12 people trapped in the collapsed barn.", "12 people"),
    ("The slide cut off the road to Brisk, home to 350 people.", "350 people"),
])
def test_other_counts_of_people_are_not_cut_off(body: str, text: str) -> None:
    assert keys_in(body).get(text) != ("person", "cut off")


def test_two_sources_counting_the_cut_off_by_other_nouns_disagree() -> None:
    story = [
        undated("county", "A rockslide closed the Tolmer road on Friday, isolating some 350 villagers in Brisk."),
        undated("paper", "More than 500 people in Brisk are now cut off after Friday's rockslide on the Tolmer road."),
    ]
    found = [{float(v.value) for v in c.values} for c in find_conflicts(story)]
    assert {350.0, 500.0} in found
