"""A thing most of a story's sources count is the story's own: two of its counts told in
other words need one word of their sentences in common, not two; a noun few sources count
(a digest's "pitches") still needs two."""

from __future__ import annotations

from reader.analysis.conflicts import find_conflicts
from tests.test_conflicts_support import art

A = "Six climbers were roped together on the Vell glacier when the ice bridge gave way on Tuesday."
B = "Rangers said eight climbers fell into a crevasse below the Vell icefall."
C = "The climbers had set out from Corrie hut before dawn, the club said. Four climbers were later flown out."
FILLER = ("The county fair opened on Friday with a parade down Main Street and a pie contest. "
          "Organisers said the weather had been kind to them this year.")


def _values(*bodies: str) -> list[list[float]]:
    arts = [art(f"a{n}", body) for n, body in enumerate(bodies)]
    return [sorted(v.value for v in c.values) for c in find_conflicts(arts)]


def test_the_storys_own_count_told_in_other_words_conflicts_on_one_shared_word() -> None:
    assert [6, 8] in _values(A, B, C)


def test_a_noun_few_sources_count_needs_two_shared_words() -> None:
    assert _values(A, B, FILLER, FILLER.replace("Friday", "Saturday"), FILLER.replace("pie", "cake")) == []
