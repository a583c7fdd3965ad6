"""Workers killed or hurt are the story's people killed or hurt when no source counts the
two apart (:func:`reader.analysis.quantity_senses.roles_as_people`). Every text here is
made up for the tests."""

from __future__ import annotations

from reader.analysis.conflicts import find_conflicts
from reader.library.model import Article
from reader.text.tokens import word_count


def _art(id_: str, body: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body))


def _values(conflicts) -> list[list[float]]:
    return [sorted(v.value for v in c.values) for c in conflicts]


def test_workers_hurt_and_people_hurt_disagree_when_no_source_tells_them_apart():
    a = _art("wire", "A blast tore through a paint works in Leek on Monday, injuring 9 workers, officials said.")
    b = _art("tv", "Twelve people were hurt when explosions ripped through the Leek paint works.")
    assert _values(find_conflicts([a, b])) == [[9, 12]]


def test_the_same_count_in_both_words_agrees():
    a = _art("wire", "A blast tore through a paint works in Leek on Monday, injuring 9 workers, officials said.")
    b = _art("tv", "Nine people were hurt when explosions ripped through the Leek paint works.")
    assert find_conflicts([a, b]) == []


def test_a_source_that_counts_workers_among_the_people_keeps_them_apart():
    a = _art("wire", "The blast in Leek killed five people, including two workers, officials said.")
    b = _art("tv", "Two workers were killed in the Leek blast, the company said.")
    c = _art("paper", "The Leek blast killed five people on Monday.")
    assert find_conflicts([a, b, c]) == []
