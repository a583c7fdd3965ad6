"""Ages told by rank: a written list of ages ("aged 64, 71 and 88") gives the youngest's and
the oldest's, and "the oldest ... was 89" the oldest's (reader.analysis.age_ranks); a prose
list of numbers is no table row (reader.analysis.sentences). Every text here is made up for
the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts

from reader.analysis.sentences import table_row


@pytest.mark.parametrize("named", [
    "The oldest of the four men who died, Osric Pell, was 89 and had farmed there all his life.",
    "The oldest victim was 89, the county said.",
    "The oldest of those who died was an 89-year-old retired miner.",
    "Among them was the oldest, 89, a former postman.",
])
def test_the_oldest_meets_the_last_of_a_list(named: str) -> None:
    listed = "The coroner said the victims were men aged 64, 71 and 88. Heat was a factor in each death."
    assert {88, 89} in _conflicts(listed, named)
    assert _conflicts(listed, named.replace("89", "88")) == []


def test_the_youngest_meets_the_first_of_a_list() -> None:
    listed = "The four hikers were aged 19, 23, 31 and 40, rangers said."
    named = "The youngest of the group, a 21-year-old student, was airlifted out."
    assert {19, 21} in _conflicts(listed, named)


@pytest.mark.parametrize("listed", [
    "The children were aged 5 and 11, the school said.",          # two ages: no list read
    "The oldest building in the street was put up in 1890.",       # no age
    "The victims were men in their 60s, 70s and 80s.",
])
def test_quiet_cases(listed: str) -> None:
    named = "The oldest of the victims was 89."
    assert _conflicts(listed, named) == []


def test_a_prose_list_of_numbers_is_no_table_row() -> None:
    assert not table_row("The residents were women aged 81, 88 and 93.")
    assert table_row("Tarnby 3 2 1 0 4 2 7")
    assert table_row("Results: 4, 6 and 9")
