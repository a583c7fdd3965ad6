"""A figure of another time is compared through aligned text: one sentence two sources
print with only the number changed tells the same past quantity two ways (texts written
for this project)."""

from __future__ import annotations

from reader.analysis.story import analyse_story
from reader.library.model import Article
from reader.text.tokens import word_count

OPEN = ("The council of Brenmoor voted on Tuesday to close the Millrace footbridge over the Tarrow "
        "until its supports are rebuilt, a job officials expect to take most of next year. ")
SURVEY = "Engineers counted {n} homes in the flood plain {when}, the council's report said. "
CLOSE = ("Residents will cross by a temporary ferry that leaves the old quay every half hour from six "
         "in the morning. The council said the repairs would be paid for from its reserves.")


def _art(id_: str, body: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body))


def _values(arts: list[Article]) -> list[list[float]]:
    return [sorted(v.value for v in c.values) for c in analyse_story(arts).conflicts]


def test_a_past_count_changed_in_a_copy_is_a_conflict() -> None:
    arts = [_art("post", OPEN + SURVEY.format(n=320, when="last spring") + CLOSE),
            _art("gazette", OPEN + SURVEY.format(n=340, when="last spring") + CLOSE)]
    assert _values(arts) == [[320, 340]]


def test_a_past_count_against_one_of_another_time_stays_quiet() -> None:
    arts = [_art("post", OPEN + SURVEY.format(n=320, when="last spring") + CLOSE),
            _art("gazette", OPEN + SURVEY.format(n=340, when="in 2019") + CLOSE)]
    assert _values(arts) == []


def test_the_same_past_count_stays_quiet() -> None:
    arts = [_art("post", OPEN + SURVEY.format(n=320, when="last spring") + CLOSE),
            _art("gazette", OPEN + SURVEY.format(n=320, when="last spring") + CLOSE)]
    assert _values(arts) == []
