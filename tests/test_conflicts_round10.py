"""Conflict classes of the tenth round: a count told of a named holder (a neighbouring
school's or a supplier's count is no figure for the story's own), people an event drove
from their homes in the active voice, how long a standoff or a siege lasted told as a
compound or by "ended after", and "Another N people were injured" after a toll. Every
text here is made up for these tests."""

from __future__ import annotations

import pytest

from reader.analysis.conflicts import find_conflicts
from reader.analysis.count_holders import holder
from reader.analysis.figure_uses import figure_uses
from reader.analysis.figures import extract_figures
from reader.library.model import Article
from reader.text.tokens import word_count


def _art(id_: str, body: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body), published="2026-04-14")


def _conflicts(a: str, b: str) -> list[list[float]]:
    return [sorted(v.value for v in c.values) for c in find_conflicts([_art("a", a), _art("b", b)])]


def _keys(body: str) -> dict[str, tuple | None]:
    uses, keys = figure_uses([_art("a", body)], None)
    return {u.figure.text: k for u, k in zip(uses, keys, strict=True)}


def _holder(text: str) -> frozenset[str]:
    f = next(f for f in extract_figures(text) if f.value >= 100)
    return holder(text, f.start, f.end, f.sentence_start, f.text)


@pytest.mark.parametrize(("text", "words"), [
    ("Nearby Pine Hill Academy, which has 1,650 students, was locked down.", {"pine", "hill"}),
    ("Crews evacuated the 300-bed Kestrel General Hospital in Dunmore on Tuesday.", {"kestrel"}),
    ("Gunfire was reported at Alder Creek High School, the 1,600-student campus in Marlow.", {"alder", "creek"}),
    ("Its supplier, Vessen Parts, has 1,180 workers there.", {"vessen", "parts"}),
    ("Halden's 4,200 residents were told to boil water.", {"halden"}),
    ("Orchard Hall in Pelton, with 2,200 seats, will close.", {"orchard", "hall"}),
    ("The company has 1,180 workers there.", set()),
    ("Officials said 1,650 students were sent home.", set()),
    ("Police have 140 officers at the scene.", set()),
    ("The retailer, founded as a showroom in Dayton, employs about 7,400 people.", set()),
    ("The Marlow Police Department has 140 officers.", {"marlow"}),
])
def test_the_named_holder_of_a_count(text, words):
    assert _holder(text) == words


@pytest.mark.parametrize(("a", "b"), [
    ("Gunfire was reported Monday at Alder Creek High School, the 1,600-student campus in Marlow, police said.",
     "Students at Alder Creek were sent home. Nearby Pine Hill Academy, which has 1,650 students, was locked down."),
    ("Crews evacuated the 300-bed Kestrel General Hospital in Dunmore on Tuesday as the fire spread.",
     "Patients were moved to Dunmore Memorial, a 310-bed hospital across town, as the fire spread Tuesday."),
    ("Halvard Motors, which employs 1,200 workers in Greystone, said it would close the plant.",
     "Halvard Motors said it would close its Greystone plant. Its supplier, Vessen Parts, has 1,180 workers there."),
])
def test_counts_of_two_named_holders_stay_quiet(a, b):
    assert _conflicts(a, b) == []


@pytest.mark.parametrize(("a", "b", "values"), [
    ("Gunfire was reported Monday at Alder Creek High School, the 1,600-student campus in Marlow, police said.",
     "Police said the shooting happened Monday at Alder Creek High School in Marlow, which has 1,650 students.",
     [1600, 1650]),
    ("The 2,400-seat Orchard Hall in Pelton will close for repairs next month, the city said.",
     "Orchard Hall in Pelton, with 2,300 seats, will close for repairs next month, the city said.", [2300, 2400]),
    ("Brenmoor Mills, which employs 1,200 people in Tassel, will close the plant, the firm said.",
     "The closure of the Tassel plant will put 1,150 employees of Brenmoor Mills out of work.", [1150, 1200]),
    ("Halden's 4,200 residents were told to boil water after the spill, officials said.",
     "Officials told all 4,100 residents of Halden to boil water after the spill.", [4100, 4200]),
])
def test_counts_of_one_holder_still_conflict(a, b, values):
    assert _conflicts(a, b) == [values]


@pytest.mark.parametrize("text", [
    "Flooding forced forty families from their homes in Halden, officials said.",
    "The flood drove 3,000 people from their homes in Halden on Sunday.",
    "Rising water forced about 500 residents out of their homes along the Wendt river.",
    "The blaze has driven 1,200 people from their houses since Sunday.",
])
def test_people_an_event_drove_from_their_homes_were_evacuated(text):
    assert [k[1] for k in _keys(text).values() if k] == ["evacuated"]


@pytest.mark.parametrize("text", [
    "Firefighters rescued 40 families from their homes in Halden.",
    "Forty families returned to their homes in Halden on Sunday.",
])
def test_other_verbs_before_their_homes_are_no_evacuation(text):
    assert all(k is None or k[1] != "evacuated" for k in _keys(text).values())


@pytest.mark.parametrize(("a", "b"), [
    ("Flooding forced forty families from their homes in Halden, officials said.",
     "Officials said 62 families were forced from their homes by flooding in Halden."),
    ("The flood drove 3,000 people from their homes in Halden on Sunday, officials said.",
     "Officials said 3,900 people had been evacuated in Halden by Sunday."),
])
def test_evacuations_told_in_either_voice_conflict(a, b):
    assert len(_conflicts(a, b)) == 1


@pytest.mark.parametrize("text", [
    "Police ended a nine-hour standoff at the Ferris Street house on Friday.",
    "The man surrendered after a 12-hour standoff at the house, police said.",
    "The siege of the Corvin Street bank lasted for six hours, police said.",
    "Police said the bank siege on Corvin Street ended after eight hours.",
    "The lockdown at the school went on for three hours.",
])
def test_how_long_a_standoff_lasted_is_keyed(text):
    assert [k for k in _keys(text).values() if k] == [("duration:outage", None)]


@pytest.mark.parametrize("text", [
    "The man had been released from prison 12 hours before the standoff began, police said.",
    "The standoff began two hours after the robbery.",
    "He worked a 12-hour shift before the standoff.",
])
def test_other_hours_near_a_standoff_are_not_its_length(text):
    assert all(k is None for k in _keys(text).values())


@pytest.mark.parametrize(("a", "b"), [
    ("The standoff at the Ferris Street house lasted nine hours before the man surrendered, police said.",
     "The man surrendered after a 12-hour standoff at the Ferris Street house, police said."),
    ("The siege of the Corvin Street bank lasted for six hours, police said.",
     "Police said the bank siege on Corvin Street ended after eight hours."),
])
def test_a_standoff_s_length_told_two_ways_conflicts(a, b):
    assert len(_conflicts(a, b)) == 1


def test_another_n_people_injured_after_a_toll_is_the_count_of_the_hurt():
    later = ("The death toll from a bus crash near Greystone rose to 14 on Monday, officials said. "
             "Another 27 people were injured, eight of them seriously.")
    keys = _keys(later)
    assert keys["27 people"] == ("person", "hurt")
    early = "At least nine people were killed and 31 injured when a bus plunged into a ravine near Greystone."
    assert [27, 31] in _conflicts(early, later)


def test_another_n_who_died_after_a_toll_adds_to_it():
    keys = _keys("Nine people were killed on Monday. Another two people died in hospital on Tuesday.")
    assert keys["two people"] is None
