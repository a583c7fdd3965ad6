"""Round 19, precision: an article of another time (dated far from the story) is no rival of
the story's figures; the displaced are not the evacuated; "eight others" beside a death is
not a total. Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets, conflicts_of

from reader.analysis.conflicts import find_conflicts
from reader.analysis.distant_dates import distant_pairs
from reader.library.model import Article
from reader.text.tokens import word_count


def _art(id_: str, body: str, published: str | None) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body), published=published)


FIRE = ("A fire broke out in Orla Hall at Brenmoor College early on Sunday. The Brenmoor fire service was called "
        "at 1:40 a.m. and all 210 residents were evacuated.")
OLD = ("A kitchen fire in Orla Hall at Brenmoor College sent students into the car park on Thursday evening. The "
       "Brenmoor fire service was called at 7:05 p.m. and about 150 residents were evacuated.")


def _dorm(old_date: str) -> list[Article]:
    return [_art("college", FIRE, "2026-02-08"), _art("wire", FIRE.replace("early on", "in the early hours of"),
                                                                  "2026-02-08"),
            _art("radio", FIRE.replace("all 210", "210"), "2026-02-09"), _art("old", OLD, old_date)]


def test_an_article_of_another_year_is_no_rival_of_the_story():
    assert find_conflicts(_dorm("2024-10-17")) == []


def test_an_article_of_the_same_days_still_conflicts():
    values = [sorted(v.value for v in c.values) for c in find_conflicts(_dorm("2026-02-09"))]
    assert [150, 210] in values


@pytest.mark.parametrize(("dates", "pairs"), [
    ({"a": "2026-02-08", "b": "2026-02-09", "c": "2024-10-17"}, {frozenset(("a", "c")), frozenset(("b", "c"))}),
    ({"a": "2026-02-08", "b": "2026-02-28", "c": "2026-03-05"}, set()),     # within a month of the median
    ({"a": "2026-02-08", "b": None, "c": "2024-10-17"}, set()),             # two dated: no median to speak of
    ({"a": "2026-02-08", "b": "2026-02-09", "c": "2026-02-10", "d": None}, set()),
])
def test_distant_pairs(dates, pairs):
    assert distant_pairs(dates) == pairs


@pytest.mark.parametrize("displaced", [
    "Nearly 90 residents have been displaced.",
    "About 90 residents were left homeless.",
])
def test_the_displaced_are_not_the_evacuated(displaced):
    evacuated = "The building's 342 residents were evacuated after the fire."
    assert conflicts_of(evacuated, f"Fire crews worked through the night. {displaced}") == []


def test_two_counts_of_the_displaced_conflict():
    assert conflicts_of("Nearly 90 residents have been displaced by the fire.",
                        "The fire displaced 61 residents of the building.") == [[61, 90]]


@pytest.mark.parametrize("told", [
    "One patient has died and eight others have been sickened by the bacteria at Marlow General.",
    "A patient has died at Marlow General, and eight other people have been sickened by the bacteria.",
])
def test_others_beside_a_death_are_not_the_total(told):
    total = "Health officials said nine people have been sickened by the bacteria at Marlow General."
    assert conflict_sets(told, total) == []


def test_others_with_an_event_of_their_own_are_that_events_count():
    assert conflict_sets("One worker died and eight others were injured in the blast at Ferrow.",
                         "The blast at Ferrow killed one worker and injured 11.") == [{8, 11}]
