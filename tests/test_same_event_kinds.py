"""A local paper that tells one of the story's event counts and two more of its quantities
(vehicles, hours, states, stores) in its own people's words is the story's event, not
another (same_event.py: ``KINDS``); a report of the same days that counts fewer of the
story's quantities, or none of its events, stays apart. Every text here is made up."""

from __future__ import annotations

from reader.analysis.conflicts import _off_story, find_conflicts
from reader.analysis.same_event import SameEvent, told_kinds
from reader.library.model import Article
from reader.text.tokens import word_count

FIRE = ("BRENMOUTH (Wire) — A fire at a paint warehouse in Brenmouth killed two workers on Monday, the Brenmouth "
        "fire service said. About 40 firefighters fought the blaze, and Carrow Road was closed for about six hours. "
        "Residents of 120 homes were told to keep their windows closed. Owner Halvern Paints said it was shocked.")
FIRE_STATEMENT = ("The Brenmouth fire service said two workers died in the fire at the Halvern Paints warehouse on "
                  "Carrow Road. Some 40 firefighters were sent. Residents of 120 homes were asked to stay indoors.")
FIRE_RADIO = ("Two workers are dead after a fire at Halvern Paints in Brenmouth, the fire service said. Carrow Road "
              "was closed for about six hours while 40 firefighters fought the flames.")
FIRE_PAPER = ("Three workers died when flames tore through the Halvern Paints store on Tuesday night. Forklift driver "
              "Imelda Sarkozy-Venn ran for the gate. Crews from Oldmere and Tessock joined, some 55 firefighters in "
              "all. Neighbour Rufus Quantrill-Abbey said the smoke was black. The road outside was closed for nine "
              "hours, and people in 150 homes were told to keep windows closed, Captain Ottilie Ferrand-Lusk said.")

SPROUTS = ("DUNHOLT (Wire) — Salmonella traced to sprouts from Pellwick Farms has put 18 people in hospital, the "
           "Dunholt health board said on Thursday. The sprouts were sold in 7 states, and 40 stores pulled them from "
           "shelves. Pellwick Farms said it had stopped shipping.")
SPROUTS_STATEMENT = ("The Dunholt health board said 18 people were hospitalized after eating Pellwick Farms sprouts, "
                     "which reached 7 states. Forty stores removed the product.")
SPROUTS_RADIO = ("Eighteen people are in hospital with salmonella linked to Pellwick Farms sprouts sold in 7 states, "
                 "the health board in Dunholt said.")
SPROUTS_PAPER = ("Twenty-two people have been hospitalized since the Pellwick Farms sprouts reached grocery shelves "
                 "in 9 states. Grocer Wilhelmina Oduya-Strand pulled the bags at once, one of 55 stores to do so. "
                 "Nurse Barnaby Kettleworth-Sands said the ward filled on Monday. Inspector Priscilla Vantongeren "
                 "said tests continue.")


def _art(id_: str, body: str, published: str | None) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body), published=published)


def _story(wire: str, statement: str, radio: str, paper: str, paper_date: str | None = "2026-03-11") -> list[Article]:
    return [_art("wire1", wire, "2026-03-10"), _art("wire2", wire.replace("said", "said on Monday", 1), "2026-03-10"),
            _art("wire3", wire, "2026-03-11"), _art("statement", statement, "2026-03-10"),
            _art("radio", radio, "2026-03-10"), _art("paper", paper, paper_date)]


def _found(arts: list[Article]) -> list[set[float]]:
    return [{v.value for v in c.values} for c in find_conflicts(arts)]


def test_a_local_paper_telling_the_toll_the_hours_and_the_homes_is_compared() -> None:
    arts = _story(FIRE, FIRE_STATEMENT, FIRE_RADIO, FIRE_PAPER)
    assert _off_story(arts) == {"paper"}           # by its names alone, another event
    found = _found(arts)
    assert {2, 3} in found and {6, 9} in found and {120, 150} in found


def test_a_local_paper_telling_the_hospitalised_states_and_stores_is_compared() -> None:
    arts = _story(SPROUTS, SPROUTS_STATEMENT, SPROUTS_RADIO, SPROUTS_PAPER)
    assert _off_story(arts) == {"paper"}
    found = _found(arts)
    assert {18, 22} in found and {7, 9} in found and {40, 55} in found


def test_the_same_paper_a_year_later_stays_apart() -> None:
    found = _found(_story(SPROUTS, SPROUTS_STATEMENT, SPROUTS_RADIO, SPROUTS_PAPER, "2025-02-01"))
    assert {18, 22} not in found and {7, 9} not in found


def test_an_undated_paper_stays_apart() -> None:
    found = _found(_story(FIRE, FIRE_STATEMENT, FIRE_RADIO, FIRE_PAPER, None))
    assert {2, 3} not in found and {6, 9} not in found


def test_a_report_of_the_same_days_counting_one_event_and_one_kind_stays_apart() -> None:
    other = ("Twenty-two people have been hospitalized after eating Corbell Dairy cheese sold in 9 states. Grocer "
             "Wilhelmina Oduya-Strand of Dunholt said Pellwick Farms sprouts were never the problem. Nurse Barnaby "
             "Kettleworth-Sands and Inspector Priscilla Vantongeren said tests continue.")
    found = _found(_story(SPROUTS, SPROUTS_STATEMENT, SPROUTS_RADIO, other))
    assert {18, 22} not in found and {7, 9} not in found


def test_a_report_of_the_same_days_counting_no_event_of_the_story_stays_apart() -> None:
    other = ("Pellwick Farms pulled its lettuce from 55 stores in 9 states on Wednesday, after a labelling error, "
             "manager Wilhelmina Oduya-Strand said. The Dunholt firm employs 300 workers. Buyer Barnaby "
             "Kettleworth-Sands and Priscilla Vantongeren said shelves would be restocked.")
    found = _found(_story(SPROUTS, SPROUTS_STATEMENT, SPROUTS_RADIO, other))
    assert {7, 9} not in found and {40, 55} not in found


def test_strangers_with_one_event_need_three_kinds_in_common() -> None:
    toll, vehicles, hours, homes = ("person", "died"), ("vehicle", None), ("duration:outage", None), ("home", None)
    told = {x: {toll} for x in "abcd"}
    kinds = {x: {toll, vehicles, hours} for x in "abcd"}
    apart = {frozenset(("a", "b"))}
    dates = {"a": "2026-03-10", "b": "2026-03-11", "c": "2026-03-10", "d": "2026-03-10"}
    assert SameEvent(dates, lambda x, y: frozenset((x, y)) in apart, told, kinds).strangers("a", "b") is False
    fewer = {**kinds, "b": {toll, homes}}
    assert SameEvent(dates, lambda x, y: frozenset((x, y)) in apart, told, fewer).strangers("a", "b") is True
    assert SameEvent(dates, lambda x, y: frozenset((x, y)) in apart, told).strangers("a", "b") is True


def test_told_kinds_leave_out_ages_and_unkeyed_figures() -> None:
    kinds = told_kinds(["a", "a", "a", "b"], [("age", "ida moss"), ("vehicle", None), None, ("person", "died")])
    assert kinds == {"a": {("vehicle", None)}, "b": {("person", "died")}}
