"""Round 20: a bare number before "were taken to (the) hospital", "went to hospital", "were
rushed to Orle Valley Hospital" counts the people sent there; "went to the station" does
not. Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts

from reader.analysis.figures import extract_figures


@pytest.mark.parametrize("text, value", [
    ("About 70 hikers were caught in the storm, and four were taken to the hospital.", 4),
    ("Nine walkers were hurt. Three went to hospital with cuts.", 3),
    ("Six riders fell; two were rushed to Orle Valley Hospital.", 2),
    ("Eight climbers were rescued, and five had been flown to a hospital by noon.", 5),
])
def test_a_bare_number_sent_to_hospital_is_read(text: str, value: int) -> None:
    assert value in [f.value for f in extract_figures(text)]


@pytest.mark.parametrize("text, value", [
    ("Three went to the station to give statements.", 3),
])
def test_other_bare_numbers_stay_unread(text: str, value: int) -> None:
    assert value not in [f.value for f in extract_figures(text)]


def test_counts_sent_to_hospital_conflict() -> None:
    assert {4.0, 6.0} in _conflicts("Nine hikers were hurt, and four were taken to the hospital.",
                                    "Nine hikers were hurt. Six hikers were taken to hospital.")
