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



@pytest.mark.parametrize(("a", "b", "label"), [
    ("Colin Maddox was jailed for six years on Thursday for the stabbing.",
     "Colin Maddox was sentenced to eight years in prison for the stabbing.", "prison sentence"),
    ("The judge gave Colin Maddox a six-year sentence for the stabbing.",
     "Colin Maddox was sentenced to eight years in prison for the stabbing.", "prison sentence"),
    ("The outage in Kestrel Bay lasted six hours on Tuesday.",
     "Homes in Kestrel Bay were without power for eight hours on Tuesday.", "how long the outage or closure lasted"),
])
def test_a_prison_sentence_or_an_outage_told_two_ways_is_a_conflict(a, b, label):
    (found,) = _conflicts(a, b)
    assert found[0] == label


@pytest.mark.parametrize(("a", "b"), [
    ("Colin Maddox faces up to 10 years in prison if convicted.",
     "Colin Maddox was sentenced to eight years in prison for the stabbing."),
    ("Colin Maddox worked at the club for six years.", "Colin Maddox had lived in Wexley for eight years."),
])
def test_a_maximum_or_another_length_of_time_is_not_a_sentence(a, b):
    assert _conflicts(a, b) == []


def test_a_candidates_vote_share_told_two_ways_is_a_conflict_and_two_candidates_are_not():
    found = _conflicts("Okonjo won 52% of the vote in the Ward 3 council election on Thursday.",
                       "Okonjo won 55% of the vote in Thursday's Ward 3 council election.")
    assert found == [("vote share of Okonjo", ["52%", "55%"])]
    assert _conflicts("Okonjo won 52% of the vote in Ward 3 on Thursday.",
                      "Voss took 45% of the vote in Thursday's Ward 3 election.") == []
