"""People cut off by a flood, a slide or a snowfall, whatever their noun and verb
(:mod:`reader.analysis.cut_off_counts`). Every text here is made up for the tests."""

from __future__ import annotations

import pytest

from reader.analysis.conflicts import find_conflicts
from reader.analysis.figure_uses import figure_uses
from reader.library.model import Article
from reader.text.tokens import word_count


def _art(id_: str, body: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body))


def _keys(body: str) -> dict[str, tuple[str, str | None] | None]:
    uses, keys = figure_uses([_art("a", body)], None)
    return {u.figure.text: k for u, k in zip(uses, keys, strict=True)}


@pytest.mark.parametrize("body, text", [
    ("The flood washed away the Tolmer bridge, cutting off about 350 people in Brisk.", "about 350 people"),
    ("Snow blocked the pass, isolating some 350 villagers in Upper Brisk.", "some 350 villagers"),
    ("About 350 residents of Brisk and Hallow remain cut off after the slide.", "About 350 residents"),
    ("Nearly 350 people in Brisk are now isolated.", "Nearly 350 people"),
    ("The 350 residents of Brisk can leave the valley only on foot.", "350 residents"),
])
def test_people_cut_off_are_one_key(body: str, text: str) -> None:
    assert _keys(body)[text] == ("person", "cut off")


@pytest.mark.parametrize("body, text", [
    ("About 350 people in Brisk lost power after the slide.", "About 350 people"),
    ("Rescuers reached 12 people trapped in the collapsed barn.", "12 people"),
    ("The slide cut off the road to Brisk, home to 350 people.", "350 people"),
])
def test_other_counts_of_people_are_not_cut_off(body: str, text: str) -> None:
    assert _keys(body).get(text) != ("person", "cut off")


def test_two_sources_counting_the_cut_off_by_other_nouns_disagree() -> None:
    story = [
        _art("county", "A rockslide closed the Tolmer road on Friday, isolating some 350 villagers in Brisk."),
        _art("paper", "More than 500 people in Brisk are now cut off after Friday's rockslide on the Tolmer road."),
    ]
    found = [{float(v.value) for v in c.values} for c in find_conflicts(story)]
    assert {350.0, 500.0} in found
