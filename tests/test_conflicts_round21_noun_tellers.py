"""Round 21: a count keyed by its noun alone in two reports ("Thirty troopers from two
districts", "More than 50 troopers, some with dogs") is the story's own count told two ways
when a third report counts the same noun under a verb of its own and agrees with one of
them ("About 30 troopers responded"); with no third report counting it, or one that agrees
with neither, the two sentences still need words in common. Every text here is made up."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets, keys_in

FILLER = "The Drenmoor estate reopened its gates on Friday, a spokesman for the trust said."
CASES = [
    ("Thirty troopers from Drenmoor and two nearby districts took part.",
     "More than 50 troopers, some with dogs, combed the woods near Ostley.",
     "About 30 troopers responded to the call, the trust said.", {30.0, 50.0}),
    ("Eighty firefighters from three counties stood along the ridge.",
     "Some 130 firefighters, many of them volunteers, cut breaks in the heath.",
     "About 80 firefighters responded, the service said.", {80.0, 130.0}),
    ("Forty troopers from Drenmoor and two nearby towns took part.",
     "More than 70 troopers, some with dogs, combed the woods near Ostley.",
     "Some 70 troopers responded, the trust said.", {40.0, 70.0}),
]


@pytest.mark.parametrize(("first", "second", "third", "values"), CASES)
def test_a_noun_the_story_counts_links_its_verbless_counts(first, second, third, values):
    keys = keys_in(first, second, third)
    noun = next(k[0] for k in keys.values() if k)
    assert len({k[1] for k in keys.values() if k and k[0] == noun}) == 2      # no event, and the third's
    assert values in conflict_sets(first, second, third, FILLER)


@pytest.mark.parametrize(("first", "second", "third", "values"), CASES)
def test_two_reports_alone_still_need_shared_words(first, second, third, values):
    assert conflict_sets(first, second, "The paths were clear, the trust said.", FILLER) == []


@pytest.mark.parametrize(("first", "second", "third"), [
    ("Thirty troopers from Drenmoor and two nearby districts took part.",
     "More than 50 troopers, some with dogs, combed the woods near Ostley.",
     "Two troopers were hurt, the trust said."),
    ("Eighty firefighters from three counties stood along the ridge.",
     "Some 130 firefighters, many of them volunteers, cut breaks in the heath.",
     "About 300 firefighters responded to the second blaze, the service said."),
])
def test_a_third_count_that_agrees_with_neither_is_no_evidence(first, second, third):
    assert conflict_sets(first, second, third, FILLER) == []
