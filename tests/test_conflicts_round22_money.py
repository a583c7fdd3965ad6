"""Sums told in words ("north of half a million pounds") and a lone sum with no subject word
read as the story's one sum ("We're looking at something like $5 million"). Every text here
is made up for these tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets, keys_of

_BRIDGE = "The Marl Street bridge was damaged by the fire. "
_AGENCY = _BRIDGE + "The state roads agency estimates repairs at $3.2 million, officials said."
_WIRE = _BRIDGE + "Repairs to the damaged bridge will cost an estimated $3.2 million, the state roads agency said."


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ('The mayor said the bill would be "north of half a million pounds, if I am honest".', 500000, "more than"),
    ("It cost a quarter of a billion dollars, officials said.", 250000000, None),
    ("Repairs will run to something like half a million euros.", 500000, "about"),
    ("The grant was upwards of three-quarters of a million dollars.", 750000, "more than"),
])
def test_a_sum_in_words_is_a_figure_in_its_currency(text, value, qualifier):
    from test_conflicts_support import art

    from reader.analysis.figure_uses import figure_uses
    uses, _ = figure_uses([art("a", text)], None)
    (use,) = [u for u in uses if u.figure.unit in ("GBP", "USD", "EUR")]
    assert (use.figure.value, use.figure.qualifier) == (value, qualifier)


def test_pounds_of_a_thing_are_a_weight():
    assert keys_of("The farm sold half a million pounds of beef last year.") == {}


@pytest.mark.parametrize("quote", [
    'Agency spokesman Ivo Brandt said the damaged Marl Street bridge would need major work. '
    '"We are looking at something like $5 million," Brandt said.',
    'The damaged Marl Street bridge will need months of work, said agency engineer Rosa Lind. '
    '"Honestly, it could be $5 million," she said.',
])
def test_a_lone_sum_of_the_storys_thing_is_the_storys_sum(quote):
    got = conflict_sets(_AGENCY, _WIRE, quote)
    assert any(3200000 in c and len(c) == 2 for c in got)


def test_a_spoken_bound_in_words_is_the_storys_sum():
    agency = _BRIDGE + "The state roads agency estimates repairs at $310,000, officials said."
    wire = _BRIDGE + "Repairs to the damaged bridge will cost an estimated $310,000, the state roads agency said."
    quote = ('Agency engineer Rosa Lind said the repair bill for the damaged Marl Street bridge '
             'would be "north of half a million dollars".')
    assert conflict_sets(agency, wire, quote) == [{310000.0, 500000.0}]


@pytest.mark.parametrize("other", [
    # a sum of something else, in words of its own
    'Agency spokesman Ivo Brandt said the agency\'s yearly budget for the whole county is "about $5 million".',
    # an article with two sums of no subject
    'Agency spokesman Ivo Brandt said the damaged Marl Street bridge would need work costing $5 million '
    'and a new ramp costing $2 million.',
])
def test_a_sum_of_other_words_or_one_of_two_is_not_the_storys(other):
    got = conflict_sets(_AGENCY, _WIRE, other)
    assert not any(3200000 in c for c in got)


def test_a_story_of_one_teller_keeps_a_lone_sum_apart():
    got = conflict_sets(_AGENCY, 'Agency spokesman Ivo Brandt said the damaged Marl Street bridge would need major '
                                 'work. "We are looking at something like $5 million," Brandt said.')
    assert got == []
