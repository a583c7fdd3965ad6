"""A past season dated by the article's date: "fined last spring" in May is last year's, as
"fined last year" is (:func:`reader.analysis.other_events.told_when`). Every text here is made
up for these tests."""

from __future__ import annotations

import pytest

from reader.analysis.conflicts import find_conflicts
from reader.analysis.figures import extract_figures
from reader.analysis.other_events import told_when
from reader.library.model import Article
from reader.text.tokens import word_count


def _dated(id_: str, body: str, published: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body), published=published)


def _when(text: str, published: str) -> str | None:
    a = _dated("a", text, published)
    (f,) = [f for f in extract_figures(a) if f.unit == "USD"]
    return told_when(text, f, int(published[:4]), int(published[5:7]))


@pytest.mark.parametrize(("text", "published", "when"), [
    ("The firm paid a $30,000 penalty last spring, state records show.", "2026-04-14", "2025"),
    ("Orlov Roofing, cited for a fall at another site, was fined $30,000 last summer.", "2026-07-02", "2025"),
    ("The contractor settled for $30,000 last autumn, the board said.", "2026-10-30", "2025"),
    ("The firm paid a $30,000 penalty last spring, state records show.", "2026-11-20", "another event"),
    ("The firm paid a $30,000 penalty last winter, state records show.", "2026-01-10", "another event"),
])
def test_a_past_season_is_last_years_while_this_years_has_not_ended(text, published, when):
    assert _when(text, published) == when


@pytest.mark.parametrize("later", [
    "Keswick Lifts paid a $61,000 penalty last spring, according to state records.",
    "Cited for unsafe rigging at another site, Keswick Lifts settled a $61,000 penalty last spring.",
])
def test_a_fine_of_last_spring_meets_one_of_last_year(later):
    earlier = "The crane operator, Keswick Lifts, was fined $55,000 last year for unsafe rigging on a bridge job."
    got = [sorted(v.value for v in c.values)
           for c in find_conflicts([_dated("a", earlier, "2026-05-12"), _dated("b", later, "2026-05-13")])]
    assert [55000, 61000] in got


def test_a_fine_of_last_spring_stays_apart_from_this_events_own():
    earlier = "Keswick Lifts was fined $55,000 on Monday over the collapse of the crane."
    later = "Keswick Lifts paid a $61,000 penalty last spring, according to state records."
    assert find_conflicts([_dated("a", earlier, "2026-05-12"), _dated("b", later, "2026-05-13")]) == []
