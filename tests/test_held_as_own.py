"""An article that states two sums as its own ("a financing deal for a $1.6 billion ballpark,
committing $640 million in public money") holds them as two quantities: another source's
"The deal puts $640 million in public money toward the stadium" is no rival value of the
deal. Every text here is made up for the tests."""

from __future__ import annotations

from test_conflicts_support import conflict_sets as _conflicts


def test_two_sums_one_article_states_as_its_own_are_two_quantities() -> None:
    assert _conflicts("The council voted 9-4 to approve a financing deal for a $1.6 billion ballpark for the Herons, "
                      "committing $640 million in public money to keep the team in the city.",
                      "The deal puts $640 million in public money toward the stadium, the mayor said.",
                      "The council approved a financing deal for a $1.6 billion ballpark on Tuesday.") == []


def test_a_sum_told_two_ways_by_two_sources_still_conflicts() -> None:
    assert {1.5e9, 1.6e9} in _conflicts("The council voted to approve a financing deal for a $1.6 billion ballpark.",
                                        "The council voted to approve a financing deal for a $1.5 billion ballpark.")


def test_lengths_of_time_one_article_tells_of_other_things_do_not_hold_a_conflict_apart() -> None:
    assert {1, 2} in _conflicts("The insurer will offer members 24 months of free credit monitoring. Its shares had "
                                "their biggest one-day drop in more than a year.",
                                "The insurer is offering members one year of free credit monitoring.")
