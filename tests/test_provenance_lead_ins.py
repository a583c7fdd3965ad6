"""Credits for any outlet in a lead-in, release headers, and family reasons
that name only the members carrying most of a pair's text (every text here is made up
for these tests)."""

from __future__ import annotations

from collections import Counter
from types import SimpleNamespace
from typing import Any

import pytest

from reader.analysis.credits import dateline
from reader.analysis.document_sources import is_news_release
from reader.analysis.outlet_credits import credited_outlet
from reader.analysis.pair_relation import PairEvidence
from reader.analysis.story import analyse_story, story_json
from reader.library.model import Article
from reader.text.tokens import word_count


def _art(id_: str, body: str, outlet: str, published: str) -> Article:
    return Article(id=id_, body=body, title=id_, outlet=outlet, published=published, words=word_count(body))


def _links(arts: list[Article]) -> dict[tuple[str, str], tuple[str, str]]:
    data = story_json(analyse_story(arts))
    return {(lk["copy"], lk["source"]): (lk["basis"], lk["reason"]) for lk in data["provenance"]["links"]}


@pytest.mark.parametrize(("text", "outlet", "words"), [
    ("As KVRA reported on Thursday:", "KVRA 5", "KVRA reported"),
    ("The Tribune's account of the meeting had the detail:", "Osterby Tribune", "The Tribune's account"),
    ("the Ledger's report says the vote was close", "Halden Ledger", "the Ledger's report"),
    ("As the Sentinel put it:", "Marrow Sentinel", "the Sentinel put it"),
    ("the Pellham Gazette wrote on Monday", "Pellham Gazette", "the Pellham Gazette wrote"),
    ("KWEN reports that the road is shut", "KWEN 12", "KWEN reports"),
])
def test_a_lead_in_credits_any_outlet(text: str, outlet: str, words: str) -> None:
    credit = credited_outlet(text, outlet)
    assert credit is not None and credit.words == words and not credit.republished


@pytest.mark.parametrize(("text", "outlet"), [
    ("the Tribune building on Main Street was sold", "Osterby Tribune"),          # named, not credited
    ("the Osterby Tribune's building was sold", "Osterby Tribune"),
    ("Tribune reported nothing", "Osterby Tribune"),                               # short form needs "the"
    ("the Tribune reported", "Tribune"),                                           # a one-word name: no short form
    ("the Osterby Post reported", "Osterby Tribune"),
])
def test_no_lead_in_credit(text: str, outlet: str) -> None:
    assert credited_outlet(text, outlet) is None


@pytest.mark.parametrize("head", [
    "CITY OF PELLHAM \u2014 NEWS RELEASE",
    "HALDEN WATER DISTRICT - PRESS RELEASE",
    "MARROW COUNTY SHERIFF'S OFFICE \u2013 MEDIA ADVISORY",
    "OSTERBY HEALTH \u2014 STATEMENT",
    "NATIONAL TOY SAFETY OFFICE \u2014 RECALL NOTICE",
])
def test_a_release_header_is_no_dateline(head: str) -> None:
    body = head + "\n\nThe council on Tuesday adopted a budget of $80 million.\n"
    assert dateline(body) is None
    assert is_news_release("Someone", body)


@pytest.mark.parametrize(("body", "place"), [
    ("PELLHAM \u2014 The council on Tuesday adopted a budget.", "PELLHAM"),
    ("HALDEN, Norvale \u2014 STATEMENT ISSUED LATE was the phrase of the day.", "HALDEN"),
])
def test_a_dateline_stays_a_dateline(body: str, place: str) -> None:
    assert dateline(body) == place
    assert not is_news_release("Pellham Daily", body)


BUDGET = [
    "The Pellham City Council on Tuesday adopted an $80.4 million operating budget for the coming fiscal year by a "
    "vote of 6-1, after a three-hour public hearing.",
    "The adopted budget funds nine new paramedic positions and reopens the Eastgate branch library on Saturdays, "
    "which closed on weekends two years ago to save money.",
    "The public works budget of $12.6 million is unchanged from last year, and the city will repave 14 miles of "
    "residential streets under its five-year plan.",
]


def test_a_report_carrying_a_release_with_a_header_draws_on_it() -> None:
    release = _art("release", "CITY OF PELLHAM \u2014 NEWS RELEASE\n\n" + "\n\n".join(BUDGET), "City of Pellham",
                   "2026-06-10T09:00:00Z")
    tv = _art("tv", "PELLHAM \u2014 " + "\n\n".join([BUDGET[0], BUDGET[1],
                                                     "Council member Ilse Varga voted against the plan."]),
              "KWEN 12", "2026-06-10T12:30:00Z")
    links = _links([release, tv])
    assert links[("tv", "release")][0] == "release"


STATION = [
    "Starting Monday, the Dunmore Street bridge will be closed to all traffic, including people on foot and on "
    "bicycles, while crews replace the deck.",
    "KVRA drove the official detour on Thursday at rush hour: it took our crew 28 minutes longer than the bridge, "
    "and the signs at the north end point the wrong way.",
    "The transportation department said the work should take eleven weeks.",
]


def test_own_reporting_that_the_copy_credits_is_not_said_to_be_uncredited() -> None:
    station = _art("station", "\n\n".join(STATION), "KVRA 5", "2026-02-26T23:00:00Z")
    blog = _art("blog", "My commute is about to get worse. As KVRA reported on Thursday:\n\n> " + STATION[1] +
                "\n\nI will be taking the ferry.\n", "Dunmore Cycling Notes", "2026-02-27T08:00:00Z")
    basis, reason = _links([station, blog])[("blog", "station")]
    assert basis in ("reporting", "credit")
    assert "without credit" not in reason and "KVRA reported" in reason


PAPER = [
    "The Osterby Council voted 5-4 on Monday night to close the Harlan Street pool for a third summer, with the "
    "two members from the west side voting against the plan.",
    "Council member Tove Rask said she could not support a budget that leaves the west side without a public pool "
    "for another year, and called the vote a broken promise.",
    "The council also approved a two-cent rise in the bus fare, effective in September.",
]


def test_a_blog_quoting_the_tribune_by_its_short_name_draws_on_it() -> None:
    paper = _art("tribune", "\n\n".join(PAPER), "Osterby Tribune", "2026-05-12T06:00:00Z")
    blog = _art("blog", "Another summer without a pool. The Tribune's account of the night had the detail that "
                "matters here:\n\n> " + PAPER[1] + "\n\nI agree with her.\n", "Westside Notes",
                "2026-05-12T15:00:00Z")
    assert _links([paper, blog])[("blog", "tribune")][0] == "credit"


class _Shared:
    def __init__(self, sets: dict[tuple[int, int], set[int]]) -> None:
        self.sets = sets

    def of(self, i: int, j: int) -> set[int]:
        return self.sets.get((i, j), set())


def _reason(sets: dict[tuple[int, int], set[int]]) -> str:
    arts: Any = [SimpleNamespace(id=name) for name in ("notice", "blog", "wire", "paper")]
    pair = PairEvidence(arts, [], _Shared(sets), [0, 1, 2, 3], 0, 1, Any, False, Counter)  # type: ignore[arg-type]
    return pair._carried_too_reason([2, 3])


def test_a_family_reason_names_members_carrying_most_of_the_text() -> None:
    block = set(range(40))
    fragments = {(0, 1): block, (1, 0): block, (0, 2): set(range(12)), (0, 3): set(range(20, 32))}
    reason = _reason(fragments)
    assert reason.startswith("parts of the text they share are also in wire, paper")
    reason = _reason({**fragments, (0, 2): set(range(30))})
    assert reason.startswith("the text they share is also in wire (parts of it also in paper)")
