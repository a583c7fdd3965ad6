"""Kinds of one named amount are different quantities: an operating and a net profit, a
forecast and the result, a share price's move during trading and at the close. Every
text here is made up for the tests."""

from __future__ import annotations

from reader.analysis.amount_subjects import amount_subject
from reader.analysis.conflicts import find_conflicts
from reader.analysis.figure_uses import figure_uses
from reader.library.model import Article
from reader.text.tokens import word_count


def _art(id_: str, body: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body))


def _keys(body: str) -> dict[str, tuple | None]:
    uses, keys = figure_uses([_art("a", body)], None)
    return {u.figure.text: k for u, k in zip(uses, keys, strict=True)}


RESULTS = _art("release", "Marlow Brewing said group sales rose 4% to €2.6 billion in the first half. Operating "
                          "profit increased 11% to €418 million, and net profit attributable to shareholders was "
                          "€265 million.")
WIRE = _art("wire", "Marlow Brewing's operating profit rose to €418 million in the half, while sales increased 4% "
                    "to €2.6 billion. Analysts had expected operating profit of €401 million.")
PAPER = _art("paper", "Net profit at Marlow Brewing came to €256 million in the first half, and sales reached 2.6 "
                      "billion euros. Operating profit was 11 per cent higher at €418m.")


def test_operating_and_net_profit_are_two_quantities():
    keys = _keys(RESULTS.body)
    assert keys["€418 million"] == ("money:operating profit", None)
    assert keys["€265 million"] == ("money:profit", None)
    assert keys["€2.6 billion"] == ("money:revenue", None)


def test_a_net_profit_two_sources_give_differently_is_a_conflict_and_the_rest_agree():
    [conflict] = find_conflicts([RESULTS, WIRE, PAPER])
    assert {v.display: v.articles for v in conflict.values} == {"€265 million": ["release"],
                                                                 "€256 million": ["paper"]}


def test_an_expected_amount_is_not_the_result():
    assert _keys(WIRE.body)["€401 million"] == ("money:forecast operating profit", None)


def test_a_sum_ending_its_sentence_takes_no_subject_from_the_next():
    text = "Sales climbed to 3.1 billion euros. Operating profit was flat."
    at = text.index("3.1")
    assert amount_subject(text, "EUR", at, text.index("."), 0) != "money:operating profit"
    assert _keys(PAPER.body)["2.6 billion euros"] == ("money:revenue", None)


def test_a_loss_far_after_an_expectation_is_no_forecast():
    body = "The chairman said he expected results to be similar to the $34.6 million loss posted a year ago."
    assert _keys(body)["$34.6 million"] == ("money:loss", None)


def test_income_is_a_subject_only_with_its_kind():
    assert _keys("Net income was $52 million in the quarter.")["$52 million"] == ("money:profit", None)
    assert _keys("Median household income was $52,000 last year.")["$52,000"] is None


def test_a_share_move_during_trading_and_at_the_close_are_two_quantities():
    early = _art("wire", "Marlow Brewing's results sent its shares up more than 5% in early trading in Dublin.")
    late = _art("paper", "Marlow Brewing's shares closed 4.6% higher in Dublin after the results.")
    unmarked = _art("blog", "The results sent Marlow Brewing's shares up more than 5% in Dublin.")
    assert find_conflicts([early, late, unmarked]) == []
    assert _keys(late.body)["4.6%"] == ("percent:share price at close", None)


def test_two_closing_moves_still_disagree():
    one = _art("wire", "Marlow Brewing's shares closed 4.6% higher in Dublin after the results.")
    two = _art("paper", "Marlow Brewing's shares closed 3.9% higher in Dublin on the results.")
    [conflict] = find_conflicts([one, two])
    assert {v.value for v in conflict.values} == {4.6, 3.9}
