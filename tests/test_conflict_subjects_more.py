"""More named amounts a story's sources may disagree on: money taken from its owners,
money given for a plan, a pay offer. Every text here is made up for the tests."""

from __future__ import annotations

import pytest

from reader.analysis.conflicts import find_conflicts
from reader.analysis.figure_uses import figure_uses
from reader.library.model import Article
from reader.text.tokens import word_count


def _art(id_: str, body: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body))


def _key(body: str, text: str) -> tuple | None:
    uses, keys = figure_uses([_art("a", body)], None)
    return next(k for u, k in zip(uses, keys, strict=True) if u.figure.text == text)


@pytest.mark.parametrize(("body", "text", "key"), [
    ("A clerk who stole £96,000 from a church charity was jailed.", "£96,000", "money:taken"),
    ("He bled the parish trust of £96,000 over six years.", "£96,000", "money:taken"),
    ("The broker was convicted of defrauding clients out of $3.1 million.", "$3.1 million", "money:taken"),
    ("Prosecutors said the scheme cost investors $3.4 million.", "$3.4 million", "money:taken"),
    ("The minister announced £600m to repair school roofs.", "£600m", "money:financing"),
    ("Schools get a £750 million cash injection for repairs.", "£750 million", "money:financing"),
    ("The union rejected the board's offer of 3% a year.", "3%", "percent:offer"),
    ("Cabin crew walked out after rejecting a 3 per cent pay rise over two years.", "3 per cent", "percent:offer"),
    ("Nurses were offered a 4% wage increase.", "4%", "percent:offer"),
    ("The new roof would cost $3.4 million, the council said.", "$3.4 million", "money:cost"),
    # (a cost charged to a payer is the cost, not money taken from investors: money_keys)
    ("The project will cost taxpayers $3.4 million.", "$3.4 million", "money:cost"),
])
def test_what_an_amount_or_a_length_of_time_is_of(body: str, text: str, key: str):
    assert _key(body, text) == (key, None)


@pytest.mark.parametrize("body", [
    "A $160 billion plan announced on Monday would create the largest drug maker.",
    "The firm agreed to pay a 2 percent annual fee.",
])
def test_other_amounts_and_lengths_of_time_stay_unkeyed(body: str):
    uses, keys = figure_uses([_art("a", body)], None)
    assert keys == [None] * len(uses)


def test_a_theft_two_reports_give_differently_disagrees_and_alike_forms_agree():
    a = _art("wire", "A former treasurer who stole £96,000 from a church charity in Leek was jailed for four years.")
    b = _art("paper", "A church treasurer bled the Leek charity of £69,000 to pay off gambling debts.")
    c = _art("blog", "The Leek church charity's treasurer embezzled £96,000, the court heard.")
    [conflict] = find_conflicts([a, b, c])
    assert {v.value: v.articles for v in conflict.values} == {96_000: ["wire", "blog"], 69_000: ["paper"]}


def test_homes_lost_are_homes_destroyed_and_jobs_lost_are_jobs_cut():
    lost = "At least 41 homes were lost in the fire, officials said."
    assert _key(lost, "At least 41 homes") == ("home", "destroyed")
    assert _key("The fire destroyed 37 homes.", "37 homes") == ("home", "destroyed")
    assert _key("About 1,200 jobs were lost when the plant closed.", "About 1,200 jobs") == ("job", "cut")
    conflicts = find_conflicts([_art("a", "The fire destroyed 37 homes in Mirrabook, the CFA said on Sunday."),
                                _art("b", "At least 41 homes were lost in the Mirrabook fire, officials said.")])
    assert [sorted(v.display for v in c.values) for c in conflicts] == [["37", "41"]]


def test_units_written_against_the_number_are_figures_in_their_own_case():
    from reader.analysis.figures import extract_figures

    found = {f.text: f.unit for f in extract_figures("It weighs 204g, has a 5,200mAh cell, 256GB and a 30cm strap.")}
    assert found == {"204g": "gram", "5,200mAh": "mAh", "256GB": "gigabyte", "30cm": "centimeter"}
    assert [f.unit for f in extract_figures("He scored 12 in total on 5G networks.")] == [None]   # no inches, no 5 g
    conflicts = find_conflicts([_art("a", "The Halden phone weighs 204g, the company said on Tuesday."),
                                _art("b", "The Halden phone weighs 198 grams, the company said on Tuesday.")])
    assert [sorted(v.display for v in c.values) for c in conflicts] == [["198", "204"]]
