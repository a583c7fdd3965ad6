"""An event's own count told three or four times over by another source is still one
quantity in dispute ("five people were killed" against "15"): keyed event counts are
compared up to ``KEYED_RATIO`` apart; counts further apart, and unkeyed figures past
``MAX_RATIO``, are not taken for one quantity restated. The texts are invented."""

from __future__ import annotations

import pytest

from reader.analysis.conflicts import KEYED_RATIO
from reader.analysis.quantities import MAX_RATIO
from reader.analysis.story import analyse_story
from reader.library.model import Article
from reader.text.tokens import word_count


def _conflicts(a: str, b: str) -> list[tuple[str, list[str]]]:
    arts = [Article(id=i, body=t, title="Crash", words=word_count(t)) for i, t in (("a", a), ("b", b))]
    story = analyse_story(arts)
    return [(c.quantity, sorted(v.display for v in c.values)) for c in story.conflicts]


@pytest.mark.parametrize("n", [12, 15, 20])
def test_an_event_count_several_times_another_is_a_conflict(n):
    found = _conflicts("Five people were killed in the crash on Route 9.", f"{n} people were killed in the crash on "
                       "Route 9.")
    assert found == [("people killed", sorted(["5", str(n)]))]


def test_counts_past_the_keyed_ratio_are_not_one_quantity():
    assert 50 / 5 > KEYED_RATIO > MAX_RATIO
    assert _conflicts("Five people were killed in the crash on Route 9.",
                      "50 people were killed in the crash on Route 9.") == []

