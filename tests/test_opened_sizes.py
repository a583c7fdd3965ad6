"""A size written as a compound modifier before the year the thing opened is told of the
story's time, not of that year (:func:`reader.analysis.other_events.told_when`). Every text
here is made up for the tests."""

from __future__ import annotations

import pytest

from reader.analysis.conflicts import find_conflicts
from reader.analysis.figures import extract_figures
from reader.analysis.other_events import told_when
from reader.library.model import Article
from reader.text.tokens import word_count


def _art(id_: str, body: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body))


def _conflicts(*bodies: str) -> list[set[float]]:
    arts = [_art(f"a{n}", body) for n, body in enumerate(bodies)]
    return [{v.value for v in c.values} for c in find_conflicts(arts)]


@pytest.mark.parametrize("body", [
    "The 220,000-square-foot depot opened in 2012 and employs 90 people.",
    "The 14-storey hotel was opened in 1998 by the mayor.",
    "The 35-metre footbridge, erected in 2016, links the two banks.",
    "The 600-seat theatre, dedicated in 1979, closed on Monday.",
])
def test_a_size_before_the_year_its_thing_opened_is_the_storys(body: str) -> None:
    f = extract_figures(body)[0]
    assert told_when(body, f, 2027, 1) is None


@pytest.mark.parametrize("body", [
    "Some 200 shops opened in 2019 along the quay.",        # a count of that year, no size of a thing
    "In 2015, the 9-storey annex housed 300 staff.",         # an opening frame still dates the figure
])
def test_a_year_that_dates_the_figure_still_does(body: str) -> None:
    f = extract_figures(body)[0]
    assert told_when(body, f, 2027, 1) is not None


def test_sizes_of_one_building_conflict_across_its_opening_year() -> None:
    two = "The 260,000-square-foot Hollin depot opened in 2012 and stores furniture, Sarby police said."
    for one in ("Crews fought the fire at the 220,000-square-foot Hollin depot near Sarby on Tuesday.",
                "Smoke rose from the roof of the 220,000-square-foot Hollin depot at Sarby."):
        assert {220_000, 260_000} in _conflicts(one, two)
