"""Round 24, a closure's length of weeks, with no number in it: "expected to reopen within a
week" (a bare "a week" after "within", read as up to a week) is an outage's length as "within
7 days" is, and meets "closed for at least ten days". Every text here is made up."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets, keys_in


@pytest.mark.parametrize(("text", "figure"), [
    ("Engineers said the Kell line was expected to reopen within a week.", "a week"),
    ("The Orm bridge should reopen within two weeks, the council said.", "two weeks"),
    ("Power was restored within a day at the Tesby works.", "a day"),
])
def test_a_closure_of_weeks_is_an_outage(text, figure):
    assert keys_in(text)[figure] == ("duration:outage", None)


@pytest.mark.parametrize("text", [
    "The Kell line will reopen on a weekday within a week of the vote.",
    "Engineers visit the Kell line once a week.",
])
def test_no_bare_week_read_as_a_length(text):
    assert "a week" not in keys_in(text) or keys_in(text)["a week"] is None


@pytest.mark.parametrize(("first", "second", "values"), [
    ("The Kell line will be closed for at least ten days while engineers repair the cutting.",
     "Engineers said the Kell line was expected to reopen within a week.", {10.0, 7.0}),
    ("The Orm bridge will stay shut for at least 20 days, the council said.",
     "The council said the Orm bridge should reopen within two weeks.", {20.0, 14.0}),
])
def test_closures_in_weeks_and_days_meet(first, second, values):
    assert values in conflict_sets(first, second)


def test_one_closure_told_alike_is_quiet():
    first = "The Kell line will be closed for seven days while engineers repair the cutting."
    second = "Engineers said the Kell line was expected to reopen within a week."
    assert not conflict_sets(first, second)
