"""A span of a group's ages ("range in age from 31 to 88") is two ages, the youngest's and
the oldest's, each compared on its own (age_spans.py). Every text here is made up."""

from __future__ import annotations

from reader.analysis.age_spans import OLDEST, YOUNGEST, age_spans
from reader.analysis.conflicts import find_conflicts
from reader.analysis.figure_uses import figure_uses
from reader.library.model import Article
from reader.text.tokens import word_count


def _art(id_: str, body: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body), published="2026-04-02")


def _spans(body: str) -> list[tuple[str, float, str | None]]:
    uses, keys = age_spans(*figure_uses([_art("a", body)], None))
    return [(u.figure.text, u.figure.value, k[1] if k else None) for u, k in zip(uses, keys, strict=True)]


def test_each_wording_of_a_span_gives_two_ages() -> None:
    for body in ("The sick range in age from 4 to 77 years.", "Patients ranged in age from 4 to 77, the board said.",
                 "Their ages ranged from 4 to 77.", "The passengers' ages ranged from 4 to 77 years."):
        assert (("4", 4, YOUNGEST) in _spans(body) and ("77", 77, OLDEST) in _spans(body)), body


def test_other_ranges_stay_one_figure() -> None:
    for body in ("Between 4 and 77 people were hurt.", "Rents rose from 400 to 770 pounds.",
                 "The storm dropped 4 to 7 inches of rain.", "Waits ranged from 40 to 770 minutes.",
                 "Children aged 5 to 11 can now get the shot.", "Adults ages 18 to 64 pay the full fare."):
        assert not any(k in (YOUNGEST, OLDEST) for _, _, k in _spans(body)), body


def test_two_reports_of_one_groups_ages_disagree_at_both_ends() -> None:
    arts = [_art("board", "Forty people fell ill at the Quarry Inn. Those sick range in age from 4 to 77 years."),
            _art("wire", "Forty people fell ill after a meal at the Quarry Inn. They ranged in age from 4 to 77."),
            _art("paper", "The Quarry Inn outbreak sickened dozens. The sick ranged in age from 6 to 81.")]
    found = [{v.value for v in c.values} for c in find_conflicts(arts)]
    assert {4, 6} in found and {77, 81} in found


def test_one_span_told_alike_is_no_conflict() -> None:
    arts = [_art("board", "Those sick range in age from 4 to 77 years, the Quarry Inn board said."),
            _art("wire", "The sick ranged in age from 4 to 77, the board of the Quarry Inn said.")]
    assert find_conflicts(arts) == []
