"""The minute of a goal, keyed by its scorer (:mod:`reader.analysis.match_minutes`).
Every text here is made up for the tests."""

from __future__ import annotations

from reader.analysis.conflicts import find_conflicts
from reader.analysis.figure_uses import figure_uses
from reader.library.model import Article
from reader.text.tokens import word_count


def _art(id_: str, body: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body))


def _keys(body: str) -> dict[str, tuple | None]:
    uses, keys = figure_uses([_art("a", body)], None)
    return {u.figure.text: k for u, k in zip(uses, keys, strict=True)}


def test_the_minute_of_a_goal_is_keyed_by_its_scorer():
    keys = _keys("Tomas Vale's 64th-minute header won it. Ada Reed was sent off in the 70th minute. "
                 "Vale scored in the 12th minute too, and Quinn's low shot in the 88th minute hit the post.")
    assert keys["64th-minute"] == ("goal minute:vale", None)
    assert keys["in the 70th minute"] is None
    assert keys["in the 12th minute"] == ("goal minute:vale", None)
    assert keys["in the 88th minute"] == ("goal minute:quinn", None)
    assert _keys("He scored from close range in the 54th minute.")["in the 54th minute"] is None


def test_two_reports_give_one_goal_two_minutes():
    a = _art("wire", "Tomas Vale's 64th-minute header gave Lydford a 1-0 win over Barrow Town on Saturday.")
    b = _art("paper", "Barrow Town were beaten at Lydford, where Tomas Vale's header in the 61st minute decided it.")
    c = _art("club", "Lydford beat Barrow Town thanks to Tomas Vale's header in the 64th minute.")
    [conflict] = find_conflicts([a, b, c])
    assert conflict.quantity == "minute of Vale's goal"
    assert {v.display: v.articles for v in conflict.values} == {"64th minute": ["wire", "club"],
                                                                 "61st minute": ["paper"]}


def test_a_scorers_two_goals_are_no_conflict():
    a = _art("wire", "Tomas Vale scored in the 12th minute for Lydford against Barrow Town. Vale's header in the "
                     "64th minute sealed the win for Lydford.")
    b = _art("paper", "Tomas Vale's header in the 64th minute sealed Lydford's win over Barrow Town.")
    assert find_conflicts([a, b]) == []
