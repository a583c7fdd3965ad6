"""A part and its whole are two quantities: "seven of the nine charges" and "7 of 9
charges" agree, whether or not a determiner stands before the whole. Every text here is
made up for the tests."""

from __future__ import annotations

from reader.analysis.conflicts import find_conflicts
from reader.analysis.figure_uses import figure_uses
from reader.library.model import Article
from reader.text.tokens import word_count


def _art(id_: str, body: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body))


def test_a_part_and_its_whole_written_two_ways_agree():
    story = [
        _art("wire", "A jury in Dunmore found the former treasurer guilty on five of the eight charges he faced "
                     "on Monday. He was cleared on three charges of forgery."),
        _art("paper", "The former treasurer was convicted on Monday of 5 of 8 charges at Dunmore crown court."),
    ]
    assert find_conflicts(story) == []


def test_the_whole_without_a_determiner_is_not_keyed():
    story = [_art("paper", "The council won 12 of 15 appeals and lost 3 of our 20 grants.")]
    uses, keys = figure_uses(story, None)
    by_text = {u.figure.text: k for u, k in zip(uses, keys, strict=True)}
    assert by_text["15 appeals"] is None
    assert by_text["12"] == ("appeal", None)        # the part takes the whole's noun


def test_two_parts_of_one_whole_still_disagree():
    story = [
        _art("wire", "The jury convicted the treasurer on five of the eight charges against him in Dunmore."),
        _art("paper", "The jury convicted the treasurer on six of the eight charges against him in Dunmore."),
    ]
    [conflict] = find_conflicts(story)
    assert {v.value for v in conflict.values} == {5, 6}
