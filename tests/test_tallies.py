"""Vote tallies and match scores (every text here is made up for these tests)."""

from __future__ import annotations

import pytest

from reader.analysis.sentences import sentence_spans
from reader.analysis.story import analyse_story
from reader.analysis.tallies import display, label, tallies
from reader.library.model import Article
from reader.text.tokens import word_count


@pytest.mark.parametrize(("text", "found"), [
    ("The Senate passed the health bill 52-48 on Thursday.", ["52-48"]),
    ("The House approved it by a 218-214 vote last month.", ["218-214"]),
    ("Harbor FC beat Rose City United 2-1 on Saturday.", ["2-1"]),
    ("Harbor outshot Rose City 19-8.", ["19-8"]),
    ("It was a 3\u20132 victory for the visitors.", ["3\u20132"]),
    ("Rose City United (6-3-2) took the lead.", []),          # a season record, three numbers
    ("The clinic is open 9-5 on weekdays.", []),
    ("Children ages 4-17 can take the tablet.", []),
    ("Call 555-0142 for tickets.", []),
])
def test_tallies_are_found_where_a_word_makes_one(text, found):
    got = tallies(text, sentence_spans(text))
    assert [f.text for f in got] == found
    assert [display(f) for f in got] == [t.replace("\u2013", "-") for t in found]


def test_a_tally_is_a_vote_or_a_score():
    assert label(["The Senate voted 52-48 on Thursday."]) == "vote"
    assert label(["Harbor FC beat Rose City United 2-1."]) == "score"


LEAD = ("WASHINGTON (AP) \u2014 The Senate narrowly passed a sweeping overhaul of the health insurance market on "
        "Thursday, voting {tally} to send the bill to President Caroline Ashford, who has said she will sign it.")
REST = ("The bill would let insurers sell cheaper plans with fewer required benefits. Democrats said it would "
        "raise costs for older and sicker people. The House passed its version in March.")


def _art(id_: str, body: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body))


def test_an_edited_copy_that_changes_a_tally_conflicts():
    story = analyse_story([_art("ap", LEAD.format(tally="52-48") + "\n\n" + REST),
                           _art("gazette", LEAD.replace("(AP) ", "").format(tally="53-47") + "\n\n" + REST)])
    (conflict,) = [c for c in story.conflicts if c.quantity == "vote"]
    assert {v.display for v in conflict.values} == {"52-48", "53-47"}


def test_two_games_of_a_digest_are_no_conflict():
    """Sentences of one template align word for word, but name two different games."""
    one = "Ukraine beat Northern Ireland 1-0 (halftime 0-0) in a World Cup qualifier on Saturday."
    two = "Sweden beat Latvia 2-0 (halftime 0-0) in a World Cup qualifier on Saturday."
    same = " Attendance figures were not given. The next round is played in October."
    story = analyse_story([_art("a", one + same), _art("b", two + same)])
    assert not [c for c in story.conflicts if c.quantity in ("score", "vote")]


def test_tallies_in_unaligned_sentences_are_not_compared():
    story = analyse_story([_art("a", "The council voted 7-2 on Monday to close the pool. " + REST),
                           _art("b", "Members approved the closure 6-3 after a long debate about the budget.")])
    assert not [c for c in story.conflicts if c.quantity in ("score", "vote")]
