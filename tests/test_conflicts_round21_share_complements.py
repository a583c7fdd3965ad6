"""Round 21, complements: a share told by what was kept ("would run about one in ten of its
services", "reopened a fifth of its branches") against the story's one share of that whole
told by the opposite ("roughly 80 percent of services will be cancelled", "60 percent of
branches were closed") is the complement (90 against 80 percent); verbs that are not
opposites by the closed table, or a story with no opposite share, stay apart. Every text
here is made up."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets, keys_in

from reader.analysis.share_complements import complements, kept_word
from reader.analysis.share_wholes import PREFIX


@pytest.mark.parametrize(("first", "second", "values"), [
    ("Kessel Rail said it would run about one in ten of its usual services on Monday.",
     "Kessel Rail said roughly 80 percent of its services will be cancelled on Monday.", {90.0, 80.0}),
    ("Orbell Buses will operate around 30% of its routes during the Orbell strike.",
     "During the Orbell strike, 50 percent of its routes will be suspended, the operator said.",
     {70.0, 50.0}),
    ("Pellow Bank reopened about a fifth of its branches after the Pellow flood.",
     "After the Pellow flood, 60 percent of the branches were closed, Pellow Bank said.", {80.0, 60.0}),
])
def test_a_kept_share_is_the_complement_of_the_stopped_one(first, second, values):
    assert values in conflict_sets(first, second)


@pytest.mark.parametrize(("first", "second"), [
    # the complement agrees: 90 percent cancelled either way
    ("Kessel Rail said it would run about one in ten of its usual services on Monday.",
     "Kessel Rail said about 90 percent of its services will be cancelled on Monday."),
    # no opposite share in the story: the kept share meets only kept shares
    ("Kessel Rail said it would run about one in ten of its usual services on Monday.",
     "Kessel Rail said 40 percent of its staff will strike on Monday."),
    # verbs outside the table are not opposites
    ("Orbell won about a fifth of its games this season, Orbell said.",
     "Orbell said 60 percent of its games were lost this season."),
])
def test_no_complement(first, second):
    assert conflict_sets(first, second) == []


def test_the_kept_share_is_keyed_by_its_verb_family():
    keys = keys_in("Kessel Rail will run around 10% of its services.")
    assert (PREFIX + "service run", "share") in keys.values()
    assert kept_word("Operated") == "run" and kept_word("reopened") == "open" and kept_word("won") is None


def test_the_hedge_turns_with_the_value():
    from reader.analysis.figures import extract_figures
    f = extract_figures("It will run nearly 10% of services.")[0]
    key = (PREFIX + "service run", "share")
    stopped = (PREFIX + "service cancelled", "share")
    turned, keys = complements([f, f], [key, stopped])
    assert (turned[0].value, turned[0].qualifier, keys[0]) == (90.0, "more than", stopped)
