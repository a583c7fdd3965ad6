"""Lengths of time a story's sources may disagree on: how long a study followed its people
and how long a jury deliberated. Every text here is made up for the tests."""

from __future__ import annotations

import pytest

from reader.analysis.conflicts import find_conflicts
from reader.analysis.figure_uses import figure_uses
from reader.library.model import Article
from reader.text.tokens import word_count


def _art(id_: str, body: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body))


def _keys(body: str) -> dict[str, tuple | None]:
    uses, keys = figure_uses([_art("a", body)], None)
    return {u.figure.text: k for u, k in zip(uses, keys, strict=True)}


@pytest.mark.parametrize(("body", "text", "key"), [
    ("The study followed 900 children aged 5 and over for six years.", "six years", "duration:follow-up"),
    ("The patients were then tracked for 10 years.", "10 years", "duration:follow-up"),
    ("The jury deliberated for two days before convicting him.", "two days", "duration:deliberation"),
    ("It took jurors about five hours to reach a verdict.", "about five hours", "duration:deliberation"),
    ("The verdict came after 11 hours of deliberations.", "11 hours", "duration:deliberation"),
])
def test_how_long_a_study_followed_or_a_jury_deliberated(body: str, text: str, key: str):
    assert _keys(body)[text] == (key, None)


@pytest.mark.parametrize("body", ["He spent two days on the stand.", "The family has lived there for six years.",
                                  "Post-trial motions are due within 14 days."])
def test_other_lengths_of_time_stay_unkeyed(body: str):
    assert set(_keys(body).values()) == {None}


def test_how_long_a_jury_deliberated_two_reports_disagree():
    a = _art("wire", "Dana Pruitt was found guilty of fraud after the jury deliberated for three days in Leek.")
    b = _art("paper", "It took jurors about two days to decide that Dana Pruitt had lied to her clients.")
    [conflict] = find_conflicts([a, b])
    assert sorted(v.value for v in conflict.values) == [2, 3]
