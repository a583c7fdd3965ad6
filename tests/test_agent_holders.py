"""A count a named organisation's own verb tells is that organisation's part, not a rival
value of a whole another article gives without naming it (reader.analysis.count_holders:
the agent frame). Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts

from reader.analysis.count_holders import holder

WHOLE = "Snow at Brenholt station on Monday forced operators to cancel at least 20 trains, officials said."


@pytest.mark.parametrize("part", [
    "Because of the snow at Brenholt station on Monday, Tarn Rail cancelled 12 trains and refunded 900 riders.",
    "Tarn Rail has cancelled 12 trains at Brenholt station because of Monday's snow.",
    "On Monday, Velko Express suspended 12 trains at Brenholt station and added buses.",
])
def test_an_organisations_own_count_is_no_rival_of_the_whole(part: str) -> None:
    assert _conflicts(WHOLE, part) == []


def test_the_same_organisation_told_twice_is_still_compared() -> None:
    a = "Because of the snow at Brenholt station on Monday, Tarn Rail cancelled 12 trains."
    b = "Tarn Rail cancelled 18 trains at Brenholt station on Monday because of the snow."
    assert {12.0, 18.0} in _conflicts(a, b)


@pytest.mark.parametrize("text, figure", [
    ("Hurricane Ilse killed 12 people on the coast.", "12"),
    ("Police arrested 14 people after the match.", "14"),
    ("The storm forced airlines to cancel 30 flights.", "30"),
])
def test_no_organisation_holds_a_toll_or_a_generic_subjects_count(text: str, figure: str) -> None:
    start = text.index(figure)
    assert holder(text, start, start + len(figure), 0, figure) == frozenset()


def test_a_name_cut_off_by_the_window_is_no_holder() -> None:
    text = "x" * 100 + " Air cancelled 14 flights."
    start = text.index("14")
    assert holder(text, start, start + 2, 0, "14") == frozenset()


@pytest.mark.parametrize("text, figure", [
    ("Orderlies at Quillan General wheeled 44 patients out of the flooded ward.", "44"),
    ("Volunteers carried 30 patients to the annex.", "30"),
])
def test_a_sentences_first_common_noun_is_no_organisation(text: str, figure: str) -> None:
    start = text.index(figure)
    assert holder(text, start, start + len(figure), 0, figure) == frozenset()


def test_the_same_count_told_by_staff_and_by_a_passive_is_compared() -> None:
    a = "Orderlies at Quillan General wheeled 44 patients out of the flooded ward on Sunday night."
    b = "During the flood 31 patients were wheeled out of the flooded ward at Quillan General on Sunday night."
    assert {31.0, 44.0} in _conflicts(a, b)


@pytest.mark.parametrize("other", [
    "The operator cancelled 18 trains at Brenholt station on Monday because of the snow.",
    "On Monday it cancelled 18 trains at Brenholt station because of the snow.",
])
def test_an_organisations_count_meets_one_told_of_a_single_subject(other: str) -> None:
    part = "Because of the snow at Brenholt station on Monday, Tarn Rail cancelled 12 trains and refunded 900 riders."
    assert {12.0, 18.0} in _conflicts(part, other)
