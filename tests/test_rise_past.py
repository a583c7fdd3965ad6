""""Climbed past 90 degrees" is a bound, as "topped 90" is: it agrees with 92 and disagrees
with 86; "the past 90 days" has no qualifier."""

from __future__ import annotations

from reader.analysis.figures import extract_figures
from tests.test_conflicts_support import conflicts_of

A = "By noon the temperature on the Corran course climbed past 90 degrees, organisers said."


def test_past_after_a_rise_is_a_bound_and_after_the_a_period() -> None:
    assert [(f.text, f.qualifier) for f in extract_figures(A)] == [("past 90 degrees", "past")]
    assert [f.qualifier for f in extract_figures("In the past 90 days, the clinic saw 40 patients.")] == [None, None]


def test_a_bound_agrees_with_a_reading_above_it_and_not_below() -> None:
    assert conflicts_of(A, A.replace("climbed past 90", "reached 92")) == []
    assert conflicts_of(A, A.replace("climbed past 90", "reached 86")) == [[86, 90]]
