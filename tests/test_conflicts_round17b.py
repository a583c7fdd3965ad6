"""Round 17b: sums and counts of people with no key compared by the words of their own
clause, whatever the verb. Every text here is made up for the tests."""

from __future__ import annotations

import pytest

from reader.analysis.conflicts import find_conflicts
from reader.analysis.unkeyed_counts import clauses_alike, stem
from reader.library.model import Article
from reader.text.tokens import word_count


def _art(id_: str, body: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body))


def _conflicts(*bodies: str) -> list[set[float]]:
    arts = [_art(f"a{n}", body) for n, body in enumerate(bodies)]
    return [{v.value for v in c.values} for c in find_conflicts(arts)]


@pytest.mark.parametrize(("one", "two", "values"), [
    ("The thieves demanded $2.5 million in bitcoin, the college said.",
     "A source told the Post the thieves are demanding $4 million.", {2_500_000, 4_000_000}),
    ("Police said the kidnappers were asking for $800,000.",
     "The kidnappers asked for $1.2 million, his brother said.", {800_000, 1_200_000}),
    ("The insurer paid out €6 million to the growers.",
     "Growers were paid out €9 million, the union said.", {6_000_000, 9_000_000}),
    ("About 120 people were registered at the Pine Hollow camp on Saturday.",
     "Nearly 200 people were staying at the camp, a ranger said.", {120, 200}),
    ("Some 70 people were trapped in the tunnel for hours.",
     "More than 110 people were trapped in the tunnel, the mayor said.", {70, 110}),
    ("The spill at the Arlow works sickened 15 people, health officials said.",
     "More than 30 people have fallen sick since the spill, a nurse said.", {15, 30}),
])
def test_unkeyed_sums_and_people_told_alike_conflict(one: str, two: str, values: set[float]) -> None:
    assert values in _conflicts(one, two)


@pytest.mark.parametrize(("one", "two"), [
    # the verb is shared, the thing paid for is not
    ("The club paid $3 million for the striker.", "The club paid $4 million for the goalkeeper."),
    # one verb, two places
    ("About 40 people gathered outside the Orvel town hall.", "Nearly 55 people gathered at the Orvel church."),
    # one verb, two subjects
    ("Officials said the county will receive $8 million.",
     "The city is to receive $5 million, the governor said after touring the flooded streets."),
    # one verb, two people named
    ("Judge Wells said Ann Reed was fined $5,000.", "Tom Hale was fined $8,000, the court heard."),
    # nothing told alike
    ("The town spent $2 million on roads last year.", "A new school in the town will cost $3 million."),
    ("About 40 people attended the meeting.", "About 60 people signed the petition."),
    # an increment is no total
    ("Another 30 people were trapped in the tunnel.", "In all, 50 people were trapped in the tunnel."),
])
def test_unkeyed_sums_and_people_stay_quiet_without_evidence(one: str, two: str) -> None:
    assert not _conflicts(one, two)


def test_one_article_with_two_sums_told_alike_is_not_read() -> None:
    one = "The gang demanded $2 million on Monday. On Friday the gang demanded $3 million."
    two = "The gang is demanding $2.5 million, the college said."
    found = _conflicts(one, two)
    assert {2_000_000, 2_500_000} not in found and {2_500_000, 3_000_000} not in found


def test_stems_and_clauses() -> None:
    assert stem("asked") == stem("asking") == "ask"
    assert stem("demanded") == stem("demanding")
    assert clauses_alike(([], ["sicken"], frozenset()), ([], ["gett", "sick"], frozenset()))
    assert not clauses_alike((["paid"], ["strike"], frozenset()), (["paid"], ["goalke"], frozenset()))
    assert not clauses_alike((["city", "receiv"], [], frozenset()), (["county", "receiv"], [], frozenset()))
    assert clauses_alike((["gang", "demand"], [], frozenset()), (["demand"], ["bitcoi"], frozenset()))
