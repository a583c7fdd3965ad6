""""Nearly N" tells a value just short of N: "nearly 700 workers" is some 650 to 700, not
610, which a writer rounds to "about 600" or "more than 600". Every text here is made up for
these tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflicts_of

from reader.analysis.figures import extract_figures
from reader.analysis.quantities import compatible


def _figure(text: str):
    (f,) = extract_figures(text)
    return f


@pytest.mark.parametrize(("exact", "nearly"), [
    ("610 workers", "nearly 700 workers"),
    ("about 340 pupils", "nearly 400 pupils"),
    ("4,550 homes", "almost 5,000 homes"),
    ("88 beds", "close to 100 beds"),
])
def test_a_count_well_below_a_near_bound_conflicts(exact, nearly):
    assert not compatible(_figure(exact), _figure(nearly))


@pytest.mark.parametrize(("exact", "nearly"), [
    ("680 workers", "nearly 700 workers"),
    ("about 390 pupils", "nearly 400 pupils"),
    ("4,700 homes", "almost 5,000 homes"),
    ("95 beds", "nearly 100 beds"),
])
def test_a_count_just_below_a_near_bound_agrees(exact, nearly):
    assert compatible(_figure(exact), _figure(nearly))


def test_a_workforce_told_short_of_a_round_figure_conflicts_in_a_story():
    assert conflicts_of("The Varrow cannery employs 610 people, the owner said on Monday.",
                        "The Varrow cannery employs nearly 700 people, the union said on Monday.") == [[610, 700]]
    assert conflicts_of("The Varrow cannery employs about 600 people, the owner said on Monday.",
                        "The Varrow cannery employs 610 people, the union said on Monday.") == []


def test_a_length_told_short_of_keeps_the_wider_bound():
    assert compatible(_figure("174 feet"), _figure("almost 200 feet"))
    assert compatible(_figure("$4.4 million"), _figure("nearly $5 million"))
