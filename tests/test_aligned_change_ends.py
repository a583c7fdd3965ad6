"""Aligned text: a value held in one copy ("The weekly pass, now $31,") against the ends of a
change in the other ("will climb from $31 to $38") is no replaced number, while a number an
editor replaced still is. Every text here is made up for the tests."""

from __future__ import annotations

from reader.analysis.story import analyse_story
from reader.library.model import Article
from reader.text.tokens import word_count

BEFORE = ("The board of the Pellston Area Transit Authority voted on Wednesday night to raise the base fare, "
          "its first increase in nine years. Riders filled the hearing room and many said they could not "
          "afford to pay more for the buses they take to work and to the clinic. ")
AFTER = (" The authority's director said the new fares would take effect in the summer and that service on "
         "the busiest routes would not be cut this year. Board members said they would review the fares again "
         "next spring after a study of ridership.")


def _conflicts(a: str, b: str) -> list[set[str]]:
    arts = [Article(id=i, body=BEFORE + s + AFTER, title=i, words=word_count(BEFORE + s + AFTER))
            for i, s in (("a", a), ("b", b))]
    return [{v.display for v in c.values} for c in analyse_story(arts).conflicts]


def test_a_value_held_against_the_ends_of_a_change_is_no_conflict() -> None:
    assert _conflicts("The weekly pass, now $31, will go up as well, and student fares will rise by a quarter.",
                      "The weekly pass will climb from $31 to $38, and student fares will rise by a quarter.") == []


def test_a_replaced_number_in_aligned_text_still_conflicts() -> None:
    found = _conflicts("The weekly pass, now $31, will go up as well, and student fares will rise by a quarter.",
                       "The weekly pass, now $34, will go up as well, and student fares will rise by a quarter.")
    assert found == [{"$31", "$34"}]
