"""A child's age told by "child" in one report and by "boy" or "girl" in another is the story's
one child's (:mod:`reader.analysis.child_ages`). Every text here is made up for these tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets

_SEXED = "Doctors at Farrow General treated a {n}-year-old {who} with mumps on Friday, the clinic said."
_CHILD = "A {n}-year-old {noun} is the Farrow County patient whose clinic visit exposed dozens of people to mumps."


@pytest.mark.parametrize(("who", "noun", "a", "b"), [
    ("boy", "child", 4, 5),
    ("girl", "child", 6, 7),
    ("boy", "toddler", 3, 4),
    ("girl", "kid", 9, 8),
])
def test_a_child_is_the_storys_one_boy_or_girl(who, noun, a, b):
    got = conflict_sets(_SEXED.format(n=a, who=who), _CHILD.format(n=b, noun=noun))
    assert {float(a), float(b)} in got


def test_the_same_age_by_two_nouns_stays_quiet():
    assert conflict_sets(_SEXED.format(n=4, who="boy"), _CHILD.format(n=4, noun="child")) == []


def test_a_child_beside_a_boy_and_a_girl_is_nobodys():
    both = "A 4-year-old boy and a 9-year-old girl were treated for mumps at Farrow General, the clinic said."
    got = conflict_sets(both, _CHILD.format(n=5, noun="child"))
    assert not any(5.0 in c for c in got)


def test_two_children_without_a_sex_are_not_compared():
    # (sentences of few words in common: two that say the same of the child are one child's age,
    # reader.analysis.described_ages)
    got = conflict_sets(_CHILD.format(n=4, noun="child"), "Nurses said a 5-year-old child waited in the lobby.")
    assert got == []


def test_childhood_words_are_no_child():
    text = "A 5-year-old childcare centre on Dane Street was closed by the county."
    assert conflict_sets(_SEXED.format(n=4, who="boy"), text) == []
