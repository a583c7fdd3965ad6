"""Two ceilings named as the most there is disagree (reader.analysis.stated_maxima). Every
text here is made up for the tests."""

from __future__ import annotations

from reader.analysis.conflicts import find_conflicts
from reader.analysis.figures import extract_figures
from reader.analysis.quantities import compatible
from tests.test_conflicts_support import undated, value_sets


def test_two_stated_ceilings_disagree_but_a_bound_does_not():
    def fig(text: str):
        return extract_figures(text)[0]
    assert not compatible(fig("a reward of up to $8,000"), fig("a reward of up to $4,000"))
    assert not compatible(fig("as many as 120 people"), fig("as many as 90 people"))
    assert compatible(fig("fewer than 100 people"), fig("fewer than 60 people"))
    assert compatible(fig("up to $8,000"), fig("up to $8,000"))


def test_rewards_of_two_ceilings_conflict():
    a = undated("wire", "Police in Tarnby are offering a reward of up to $8,000 for information about the robbery.")
    b = undated("local", "Police in Tarnby are offering a reward of up to $4,000 for information about the robbery "
                      "that leads to an arrest.")
    assert {8000.0, 4000.0} in value_sets(find_conflicts([a, b]))


def test_a_ceiling_against_an_amount_told_below_it_disagrees():
    def fig(text: str):
        return extract_figures(text)[0]
    assert not compatible(fig("as much as $400 million"), fig("$320 million"))
    assert not compatible(fig("about 70 people"), fig("as many as 110 people"))
    assert compatible(fig("as many as 110 people"), fig("as many as 110 people"))
    assert compatible(fig("as many as 110 people"), fig("more than 80 people"))     # a floor: both hold
    assert compatible(fig("up to $9,000"), fig("less than $7,000"))                 # two bounds


def test_two_ceilings_within_the_rounding_of_the_coarser_agree():
    def fig(text: str):
        return extract_figures(text)[0]
    assert compatible(fig("up to 200 people"), fig("up to 180 people"))       # 200: rounded to the hundred
    assert not compatible(fig("up to 210 people"), fig("up to 180 people"))


def test_a_ceiling_far_above_a_value_still_holds_it():
    """Two lengths of one article, "58 metres" and "up to 300 metres", are two things: a
    ceiling that far above a value holds it (no disagreement of one quantity restated)."""
    def fig(text: str):
        return extract_figures(text)[0]
    assert compatible(fig("The blade is 58 metres long."), fig("Debris was found up to 300 metres away."))
    assert not compatible(fig("The blade is 58 metres long."), fig("Debris was found up to 90 metres away."))
    assert not compatible(fig("as much as $375 million"), fig("$350 million"))
