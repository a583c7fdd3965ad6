"""A count that opens its own clause after "and" takes no event from the clause before
(reader.analysis.clause_priors). Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts
from test_conflicts_support import keys_of


@pytest.mark.parametrize("text, figure", [
    ("All 14 crew were evacuated and more than 60 firefighters fought the blaze.", "more than 60 firefighters"),
    ("Nine people were arrested and 30 officers guarded the square overnight.", "30 officers"),
    ("The ferry's 200 passengers were evacuated, and 12 tugs stood by all night.", "12 tugs"),
])
def test_an_own_clause_takes_no_event_from_the_clause_before(text: str, figure: str) -> None:
    key = keys_of(text)[figure]
    assert key is None or key[1] not in ("evacuated", "arrested")


@pytest.mark.parametrize("text, figure, event", [
    ("Police evacuated 300 residents and 40 patients from the home.", "300 residents", "evacuated"),
    ("The blast killed five people and 40 were hurt.", "40", "hurt"),
    ("Two men died and 11 others were taken to hospital.", "11 others", "hospital"),
])
def test_a_shared_verb_or_an_own_event_is_kept(text: str, figure: str, event: str) -> None:
    assert keys_of(text)[figure][1] == event     # type: ignore[index]


def test_the_counts_own_clause_meets_the_other_reports_count() -> None:
    a = "All 14 crew on the Tessa were evacuated and more than 60 firefighters fought the blaze overnight."
    b = "About 95 firefighters were called to the Tessa late on Sunday and fought the blaze overnight."
    assert {60, 95} in _conflicts(a, b)
