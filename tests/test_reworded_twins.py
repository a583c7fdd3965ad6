"""A reworded pair is found for a text and its verbatim twin alike, or for neither (the
order a release and a wire's carrier share is the wire's text); two wires' own reports are
never one text told twice."""

from __future__ import annotations

from reader.analysis.credits import GENERIC_WIRE, Credits
from reader.analysis.rewording import TWIN_SHARE, without_twin_only, without_wires_apart
from reader.engine.compare import Comparison


def _twins(a_shared: float = 0.95, b_shared: float = 0.9) -> dict[tuple[int, int], Comparison]:
    return {(1, 2): Comparison([], 60, 66, a_shared, b_shared)}


def test_a_rewording_owed_to_a_twin_is_dropped_when_the_twin_itself_is_not_reworded():
    assert without_twin_only([(0, 2, 0.38)], _twins()) == []
    assert without_twin_only([(2, 0, 0.38)], _twins()) == []


def test_both_twins_reworded_keeps_both():
    pairs = [(0, 1, 0.36), (0, 2, 0.38)]
    assert without_twin_only(pairs, _twins()) == pairs


def test_a_carrier_that_is_no_twin_keeps_its_own_rewording():
    assert without_twin_only([(0, 2, 0.38)], _twins(b_shared=TWIN_SHARE - 0.1)) == [(0, 2, 0.38)]
    assert without_twin_only([(0, 2, 0.38)], {}) == [(0, 2, 0.38)]


def test_either_twin_may_be_the_reworded_side_and_the_twins_own_pair_is_owed_to_no_one():
    assert without_twin_only([(1, 3, 0.4)], _twins()) == []
    assert without_twin_only([(1, 2, 0.4)], _twins()) == [(1, 2, 0.4)]


def _credits(*wires: str) -> Credits:
    return Credits(tuple(wires), wires[0] if wires else None, None, ())


def test_two_wires_own_stories_or_their_carriers_are_never_one_text_told_twice():
    credits = dict(enumerate([_credits("AFP"), _credits("Reuters"), _credits("Reuters"), _credits()]))
    assert without_wires_apart([(0, 1, 0.39), (0, 2, 0.39)], credits) == []


def test_a_wire_in_common_an_uncredited_side_or_an_unnamed_newswire_keeps_the_pair():
    credits = dict(enumerate([_credits("AFP", "Reuters"), _credits("Reuters"), _credits(), _credits(GENERIC_WIRE)]))
    pairs = [(0, 1, 0.4), (0, 2, 0.4), (1, 3, 0.4)]
    assert without_wires_apart(pairs, credits) == pairs
