"""Round thirty-five, figures: a share's whole in the singular and the plural is one whole; a count
of an event's nouns ("made 11 arrests") counts its people; a length the verb "last" or a verb of
staying tells is keyed by its subject. Every text here is made up for the tests."""

from __future__ import annotations

import pytest

from tests.test_conflicts_support import found, keys_of


def test_a_share_of_a_whole_in_the_singular_and_the_plural_conflicts() -> None:
    values = [v for _, v in found("About 45 per cent of Dunmore's footpaths are in need of major repair.",
                                  "Some 30 percent of the city's footpath is in need of major repair.")]
    assert values == [["30%", "45%"]]


@pytest.mark.parametrize(("text", "key"), [
    ("Police made 11 arrests during and after the match.", ("person", "arrested")),
    ("Seven people were arrested after the match.", ("person", "arrested")),
    ("The company said 11 injuries have been reported.", ("person", "hurt")),
])
def test_a_count_of_an_event_s_nouns_counts_its_people(text: str, key: tuple[str, str]) -> None:
    assert [k for k in keys_of(text).values() if k is not None] == [key]


def test_arrests_and_people_arrested_conflict() -> None:
    values = [v for _, v in found("Seven people were arrested after the match at Orm Park, police said.",
                                  "Police made 11 arrests after the match at Orm Park.")]
    assert values == [["7", "11"]]


@pytest.mark.parametrize(("text", "key"), [
    ("The tremor lasted about 20 seconds, residents said.", "duration:tremor last"),
    ("The fishing ban is expected to last 10 days.", "duration:ban last"),
    ("The fishing ban will remain in place for seven days.", "duration:ban last"),
    ("Water pressure will be cut for six hours overnight.", "duration:pressur cut"),
])
def test_a_length_is_keyed_by_what_lasts(text: str, key: str) -> None:
    assert [k for k in keys_of(text).values() if k is not None] == [(key, None)]


@pytest.mark.parametrize("text", [
    "It lasted for years before anyone noticed.",        # no number
    "The 2019 closure lasted 10 days.",                   # an earlier event's
    "That lasted 10 days.",                               # a pronoun names no thing
])
def test_no_length_of_a_thing_is_read_without_its_subject(text: str) -> None:
    assert not [k for k in keys_of(text).values() if k is not None and str(k[0]).endswith(" last")]


def test_two_lengths_of_one_ban_conflict() -> None:
    values = [v for _, v in found("The fishing ban in Tarrow Bay will remain in place for seven days.",
                                  "The fishing ban in Tarrow Bay is expected to last 10 days.")]
    assert values == [["7 days", "10 days"]]


@pytest.mark.parametrize(("a", "b"), [
    ("The crack was discovered by inspectors on March 2.", "The crack was found by engineers on March 3."),
    ("The ship sailed from Bayport on Sunday, May 3.", "The ship left Bayport on May 2."),
])
def test_one_event_told_with_two_verbs_of_one_kind_dates_one_event(a: str, b: str) -> None:
    assert len(found(a, b)) == 1


def test_two_verbs_of_two_kinds_date_two_events() -> None:
    assert found("The ship left Bayport on May 2.", "The ship was inspected at Bayport on May 3.") == []


@pytest.mark.parametrize(("built", "aged"), [
    ("The grain silo at the port, built in 1968, collapsed on Monday.", "The 41-year-old silo collapsed on Monday."),
    ("The generator that failed was installed in 1998.", "The 22-year-old generator that failed is the largest."),
    ("The sports hall was completed in 1979.", "The roof of the 34-year-old hall came down."),
])
def test_a_thing_s_year_of_building_and_its_age_conflict(built: str, aged: str) -> None:
    from reader.analysis.conflicts import find_conflicts
    from reader.library.model import Article
    from reader.text.tokens import word_count
    arts = [Article(id=i, body=b, title=i, words=word_count(b), published="2026-05-04")
            for i, b in (("a", built), ("b", aged))]
    assert len(find_conflicts(arts)) == 1
