"""A local paper that never names the wire's city is still the story's event when it is
published with the others and shares names with some of them (same_event.py). Every text
here is made up for the tests."""

from __future__ import annotations

from reader.analysis.conflicts import find_conflicts
from reader.analysis.same_event import SameEvent, day
from reader.library.model import Article
from reader.text.tokens import word_count

WIRE = ("TAMSFORD (Wire) — A footbridge over the Lessen canal in Tamsford collapsed on Tuesday, killing two "
        "people and injuring nine others, the Tamsford fire service said. Mayor Ardella Voss said the bridge "
        "was closed for inspection in March. The contractor was fined $9,400 last year.")
STATEMENT = ("The Tamsford fire service said two people died when the Pellory footbridge on Greyhill Street "
             "collapsed. Nine others were injured. Brannock Civil is cooperating with the inquiry.")
RADIO = ("Two people are dead after the Pellory footbridge on Greyhill Street fell into the canal, the fire "
         "service in Tamsford said. Brannock Civil built the span.")
PAPER = ("Three people died when the Pellory footbridge snapped and fell on Greyhill Street on Tuesday. "
         "Shopkeeper Imogen Castellane-Roy saw it go. Brannock Civil paid $15,000 in penalties in 2025 for "
         "earlier violations. Pensioner Walther Dunmere-Hale said Greyhill had feared it for years. "
         "Quentin Ashgrove-Lyle, who runs the Pellory bakery, said the noise was terrible.")


def _art(id_: str, body: str, published: str | None) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body), published=published)


def _conflicts(arts: list[Article]) -> list[set[float]]:
    return [{v.value for v in c.values} for c in find_conflicts(arts)]


def _story(paper_date: str | None) -> list[Article]:
    return [_art("wire1", WIRE, "2026-03-10"), _art("wire2", WIRE.replace("Tuesday", "Tuesday night"), "2026-03-10"),
            _art("wire3", WIRE, "2026-03-11"), _art("statement", STATEMENT, "2026-03-10"),
            _art("radio", RADIO, "2026-03-10"), _art("paper", PAPER, paper_date)]


def test_a_local_paper_of_the_same_days_is_compared() -> None:
    found = _conflicts(_story("2026-03-11"))
    assert {2, 3} in found


def test_a_paper_of_another_year_stays_apart() -> None:
    found = _conflicts(_story("2023-06-02"))
    assert {2, 3} not in found and {9_400, 15_000} not in found


def test_strangers_need_dates_bridges_and_quantities() -> None:
    toll, hurt, fine = ("person", "died"), ("person", "hurt"), ("money:fine", None)
    told = {x: {toll, hurt, fine} for x in "abcd"}
    known = {frozenset(("a", "b")), frozenset(("a", "d"))}
    event = SameEvent({"a": "2026-03-10", "b": "2026-03-10", "c": "2026-03-11", "d": "2026-03-10"},
                      lambda x, y: frozenset((x, y)) in known, told)
    assert event.strangers("a", "b") is True        # one bridge only (c)
    assert event.strangers("a", "c") is False
    apart = {frozenset(("a", "b"))}
    late = SameEvent({"a": "2026-03-10", "b": "2026-04-10", "c": "2026-03-10", "d": "2026-03-10"},
                     lambda x, y: frozenset((x, y)) in apart, told)
    assert late.strangers("a", "b") is True         # two bridges, a month apart
    near = SameEvent({"a": "2026-03-10", "b": "2026-03-11", "c": "2026-03-10", "d": "2026-03-10"},
                     lambda x, y: frozenset((x, y)) in apart, told)
    assert near.strangers("a", "b") is False        # two bridges, one week, the same quantities
    other = SameEvent({"a": "2026-03-10", "b": "2026-03-11", "c": "2026-03-10", "d": "2026-03-10"},
                      lambda x, y: frozenset((x, y)) in apart, {**told, "b": {("lap", "won")}})
    assert other.strangers("a", "b") is True        # nothing counted in common: another race


def test_day_reads_a_date_or_nothing() -> None:
    assert str(day("2026-09-25T08:00:00Z")) == "2026-09-25"
    assert day(None) is None and day("soon") is None


def test_a_report_of_the_same_days_counting_nothing_of_the_story_stays_apart() -> None:
    other = ("Three people died when the Pellory ferry sank off Greyhill Point on Tuesday, coastguard Imogen "
             "Castellane-Roy said. Walther Dunmere-Hale, Quentin Ashgrove-Lyle and Brannock Civil staff helped "
             "with the search.")
    arts = [*_story("2026-03-11")[:-1], _art("paper", other, "2026-03-11")]
    assert {2, 3} not in _conflicts(arts)
