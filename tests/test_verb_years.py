"""A year that dates the past verb whose object a figure is dates the figure: "was fined
$52,500 by the county board in 2023" (every text here is made up for these tests)."""

from __future__ import annotations

import pytest

from reader.analysis.conflicts import find_conflicts
from reader.analysis.figures import extract_figures
from reader.analysis.other_events import told_when
from reader.library.model import Article
from reader.text.tokens import word_count


def _art(id_: str, body: str, published: str | None = "2027-03-02") -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body), published=published)


def _when(sentence: str, year: int | None = 2027) -> str | None:
    return told_when(sentence, extract_figures(sentence)[0], year)


@pytest.mark.parametrize(("sentence", "when"), [
    ("The mill was fined $52,500 by the county environmental board in 2023 over its runoff.", "2023"),
    ("Tarnow Freight paid 41,000 euros to the port regulator of Vessmark in early 2025.", "2025"),
    ("The carrier lost $3.1 million on its Brisca route in March 2024.", "2024"),
    ("The agency recorded 1,240 complaints about the Olvern bridge tolls in 2022.", "2022"),
    ("The cooperative was ordered to pay $7,800 by a Merrow County judge in 2027.", None),   # the article's year
])
def test_a_year_ending_the_verbs_clause_dates_its_object(sentence, when):
    assert _when(sentence) == when


@pytest.mark.parametrize("sentence", [
    "The $14.2 million footbridge was to open in 2021.",                 # a noun phrase's figure: its cost
    "The firm was fined $6,500 over runoff that reached the Aske river in 2019.",     # another verb
    "The depot handled 8,200 containers, up from 6,900 in 2023.",        # a change measured against a year
    "Crews removed 3,400 tonnes of debris, and the road reopened in 2024.",   # another clause
    "The council approved $2,300 for the Quell Street lights which were installed in 2020.",
])
def test_no_year_for_a_figure_outside_the_verbs_clause(sentence):
    assert _when(sentence) is None


def test_one_past_fine_dated_alike_conflicts_across_reports():
    a = _art("a", "A blaze hit the Korvan Dyes works on Tuesday.\n\n"
                  "The works was fined $52,500 by the state labour inspectorate in 2025 over solvent storage.")
    b = _art("b", "Fire crews fought a blaze at Korvan Dyes on Tuesday.\n\n"
                  "Korvan Dyes paid a $25,500 state fine in 2025 for storing solvents badly.")
    conflicts = find_conflicts([a, b])
    assert [sorted(v.value for v in c.values) for c in conflicts] == [[25_500, 52_500]]


def test_a_dated_past_fine_is_no_rival_of_the_storys_own():
    a = _art("a", "The Korvan Dyes works was fined $52,500 by the state labour inspectorate in 2024 over solvents.")
    b = _art("b", "On Tuesday the state fined Korvan Dyes $30,000 over the blaze.")
    assert find_conflicts([a, b]) == []
