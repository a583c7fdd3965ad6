"""A conflict lists every source that gives one of its values to the same name: a player's
points are counted per player (the noun alone names no single quantity), but a third
report giving Ortiz the 33 points another report gave Ortiz states that value too.
Every text here is made up for the tests."""

from __future__ import annotations

from reader.analysis.conflicts import find_conflicts
from reader.library.model import Article
from reader.text.tokens import word_count


def _art(id_: str, body: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body))


WIRE = _art("wire", "Nia Ortiz scored 31 points as Ashby beat Colt on Friday. Tam Reyes had 12 points.")
PAPER = _art("paper", "Nia Ortiz scored 33 points as Ashby beat Colt on Friday. Tam Reyes had 12 points.")
CLUB = _art("club", "Ortiz was superb again, pouring in 33 points. She is averaging 28 points. Reyes added 12 "
                    "points, Cole Mays had eight points and Colt trailed by 14 points at the half.")


def test_a_value_given_to_the_same_name_in_other_words_joins_the_conflict():
    [conflict] = find_conflicts([WIRE, PAPER, CLUB])
    assert {v.value: v.articles for v in conflict.values} == {31: ["wire"], 33: ["paper", "club"]}


def test_the_same_value_given_to_another_name_stays_out():
    other = _art("club", "Mays was superb again, pouring in 33 points. She is averaging 28 points. Reyes added "
                         "12 points, Ortiz had eight points and Colt trailed by 14 points at the half.")
    [conflict] = find_conflicts([WIRE, PAPER, other])
    assert {v.value: v.articles for v in conflict.values} == {31: ["wire"], 33: ["paper"]}
