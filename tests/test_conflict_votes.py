"""Vote tallies of one body told two ways (every text here is made up for these tests)."""

from __future__ import annotations

from reader.analysis.sentences import sentence_spans
from reader.analysis.story import analyse_story
from reader.analysis.tallies import tallies, vote_key
from reader.library.model import Article
from reader.text.tokens import word_count


def _art(id_: str, body: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body))


def _votes(story) -> list:
    return [c for c in story.conflicts if c.quantity == "vote"]


def test_a_vote_is_keyed_by_the_votes_cast_and_a_score_is_not():
    text = "The school board voted 6-1 to close Elm Street. Later the Tigers beat the Hawks 6-1."
    vote, score = tallies(text, sentence_spans(text))
    assert vote_key(text, vote) == ("vote:7", None)
    assert vote_key(text, score) is None


def test_two_splits_of_one_vote_in_two_reports_conflict():
    story = analyse_story([
        _art("a", "The Lakeview school board voted 6-1 on Tuesday to close Elm Street Elementary next June."),
        _art("b", "In a 5-2 vote Tuesday night, the Lakeview school board agreed to close Elm Street Elementary.")])
    (conflict,) = _votes(story)
    assert {v.display for v in conflict.values} == {"6-1", "5-2"}


def test_votes_of_another_size_are_not_compared():
    story = analyse_story([
        _art("a", "The Lakeview school board voted 6-1 on Tuesday to close Elm Street Elementary next June."),
        _art("b", "The Lakeview school board voted 5-1 on Tuesday to close Elm Street Elementary next June.")])
    assert not _votes(story)


def test_two_votes_one_report_gives_both_are_no_conflict():
    story = analyse_story([
        _art("a", "The Lakeview school board voted 6-1 to close Elm Street Elementary and then voted 4-3 to sell "
                  "its land."),
        _art("b", "The Lakeview school board voted 4-3 on Tuesday to sell the Elm Street Elementary land.")])
    assert not _votes(story)


def test_two_games_scores_are_no_vote():
    story = analyse_story([
        _art("a", "The Lakeview Tigers beat the Hawks 6-1 on Tuesday at Elm Street Field."),
        _art("b", "The Lakeview Tigers beat the Hawks 5-2 on Tuesday at Elm Street Field, coaches said.")])
    assert not _votes(story)
