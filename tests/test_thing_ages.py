"""The age of the story's structure or machine (reader.analysis.thing_ages). Every text here is
made up for the tests."""

from __future__ import annotations

import pytest

from reader.analysis.conflicts import find_conflicts
from tests.test_conflicts_support import undated


def _ages(*bodies: str) -> list[tuple[str, list[str]]]:
    found = find_conflicts([undated(f"s{n}", body) for n, body in enumerate(bodies)])
    return [(c.quantity, [v.display for v in c.values]) for c in found if c.quantity.startswith("age")]


@pytest.mark.parametrize(("a", "b", "label"), [
    ("Crews repaired the 68-year-old cast-iron main on Tuesday.", "Engineers said the 55-year-old main had "
     "no history of failures.", "age of the main"),
    ("The 63-year-old bridge is due to be replaced.", "The 51-year-old span was already in line for replacement.",
     "age of the bridge"),
    ("Inspectors had flagged the 46-year-old aluminum bleachers.", "The stands are about 30-year-old stands, "
     "the district said.", "age of the grandstand"),
])
def test_one_things_age_told_two_ways_conflicts(a: str, b: str, label: str):
    [(quantity, values)] = _ages(a, b)
    assert quantity == label and len(values) == 2


@pytest.mark.parametrize(("a", "b"), [
    # people are never read as things
    ("A 59-year-old guard heard the alarm.", "The 63-year-old guard called police."),
    # one report ages two spans: two things
    ("The 40-year-old east span and the 90-year-old west span were closed.", "The 70-year-old span is shut."),
    # agreeing ages
    ("The 63-year-old bridge is due to be replaced.", "The 63-year-old span carries 30,000 cars a day."),
    # two different things
    ("The 63-year-old bridge is closed.", "The 12-year-old school nearby stayed open."),
])
def test_ages_of_people_or_of_two_things_stay_quiet(a: str, b: str):
    assert [q for q, _ in _ages(a, b) if q.startswith("age of the")] == []
