"""A local paper that tells a story's share and the length of its event in its own people's
words is the story's event (:mod:`reader.analysis.same_event`: a length named by what
lasted is a quantity of the event, as a sum or a share is); a year's distance or no date
still keeps it apart. Every text here is made up for the tests."""

from __future__ import annotations

from reader.analysis.conflicts import _off_story, find_conflicts
from reader.library.model import Article
from reader.text.tokens import word_count

WIRE = ("HALSKER (Wire) — Dock workers at the port of Halsker began a 24-hour strike on Tuesday over pay, the "
        "Harbour Workers' Guild said. The Guild rejected an offer of 4% from Halsker Port Authority. Ships were "
        "held at anchor in Mossway Sound.")
STATEMENT = ("Halsker Port Authority said its offer of 4% was fair. The 24-hour strike by the Harbour Workers' Guild "
             "has held ships at anchor.")
RADIO = ("The Harbour Workers' Guild has begun a 24-hour strike at Halsker after turning down a 4% offer from the "
         "port authority.")
PAPER = ("Crane driver Orla Benedetti-Kaye, 41, stood at the Halsker dock gate at dawn. The two-day walkout "
         "follows an offer of 3.5 per cent, picket Tomasz Ilunga-Reeve said. "
         "Cafe owner Bettina Osei-Lindqvist said trade had dried up.")
PAPER_LENGTH = PAPER.replace("two-day walkout", "two-day strike")


def _art(id_: str, body: str, published: str | None) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body), published=published)


def _story(paper: str, paper_date: str | None = "2026-05-13") -> list[Article]:
    return [_art("wire1", WIRE, "2026-05-12"), _art("wire2", WIRE.replace("said", "said on Tuesday", 1), "2026-05-12"),
            _art("wire3", WIRE, "2026-05-12"), _art("statement", STATEMENT, "2026-05-12"),
            _art("radio", RADIO, "2026-05-12"), _art("paper", paper, paper_date)]


def _found(arts: list[Article]) -> list[set[float]]:
    return [{float(v.value) for v in c.values} for c in find_conflicts(arts)]


def test_a_local_paper_telling_the_offer_and_the_strike_s_length_is_compared() -> None:
    arts = _story(PAPER_LENGTH)
    assert _off_story(arts) == {"paper"}            # by its names alone, another event
    found = _found(arts)
    assert {4.0, 3.5} in found


def test_the_same_paper_a_year_later_stays_apart() -> None:
    found = _found(_story(PAPER_LENGTH, "2025-05-13"))
    assert {4.0, 3.5} not in found


def test_an_undated_paper_stays_apart() -> None:
    found = _found(_story(PAPER_LENGTH, None))
    assert {4.0, 3.5} not in found


def test_a_paper_telling_only_the_offer_stays_apart() -> None:
    only_offer = ("Crane driver Orla Benedetti-Kaye, 41, stood at the Halsker dock gate at dawn. The offer of "
                  "3.5 per cent is too low, picket Tomasz Ilunga-Reeve said. "
                  "Cafe owner Bettina Osei-Lindqvist said trade had dried up.")
    found = _found(_story(only_offer))
    assert {4.0, 3.5} not in found
