"""Round thirty-five: a sum told as the cost of a kind of work or event ("Cleanup could cost
$4 million", "put the cost of the recall at £2 million") is keyed by that kind, so two reports'
costs of one clean-up are compared however each words it. Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.analysis.cost_kinds import KINDS, cost_kind
from tests.test_conflicts_support import found, keys_of


@pytest.mark.parametrize(("text", "kind"), [
    ("Clean-up could cost $4 million, the water board said.", "money:cost of cleanup"),
    ("The board put the expected cost of cleanup and testing at $6.1 million.", "money:cost of cleanup"),
    ("Total cleanup costs are expected to reach $700,000, according to the insurer.", "money:cost of cleanup"),
    ("The cleanup bill is already around $640,000.", "money:cost of cleanup"),
    ("The recall will cost Brannock about $40 million, the firm said.", "money:cost of recall"),
    ("Brannock has put the direct cost of the withdrawal at £3 million.", "money:cost of recall"),
    ("The manhunt cost the county and the state police about $90,000 in overtime.", None),
    ("The hunt cost the county and the state police about $90,000 in overtime.", "money:cost of search"),
    ("Replacing the roof now will cost an estimated $210,000.", "money:cost of replacement"),
    ("She put the cost of a replacement pump, pipework and controls at $185,000, and said more was needed.",
     "money:cost of replacement"),
    ("A replacement had been budgeted at $12 million before the storm.", "money:cost of replacement"),
    ("The cost of repairing the pier is likely to be around £300,000.", "money:damage"),
    ("Analysts put the cost of the strike at roughly €20 million a day.", "money:cost of strike"),
])
def test_a_cost_is_keyed_by_its_kind(text: str, kind: str | None) -> None:
    keys = [k for k in keys_of(text).values() if k is not None]
    assert (keys[0][0] if keys else None) == kind


@pytest.mark.parametrize("text", [
    "The stadium will cost $300 million in total.",                        # no kind: a bare cost
    "The council spent $2 million, most of it on the clean-up of the beach.",  # spent, no cost word
    "Cleanup crews worked for days, and the mayor said the fair had cost $5 million.",  # cost word of another clause
    "The cost of cleanup rose, and the council approved $3 million for new buses.",
])
def test_no_kind_is_read_without_its_cost_words(text: str) -> None:
    assert all(k is None or not k[0].startswith("money:cost of") for k in keys_of(text).values())


def test_two_reports_of_one_cleanup_cost_conflict() -> None:
    values = [v for _, v in found("Cleanup at the quarry could cost $4 million, the water board said on Monday.",
                                  "The water board put the expected cost of cleanup and testing at $6.1 million.")]
    assert values == [["$4 million", "$6.1 million"]]


def test_a_recall_and_a_withdrawal_are_one_cost() -> None:
    values = [v for _, v in found("The recall will cost Brannock about $40 million, the firm said in its filing.",
                                  "Brannock has put the direct cost of the withdrawal at $28 million.")]
    assert values == [["$28 million", "$40 million"]]


def test_costs_of_two_kinds_are_not_compared() -> None:
    assert found("Cleanup at the quarry could cost $4 million, the water board said.",
                 "The board put the cost of the recall of the filters at $6.1 million.") == []


def test_one_report_giving_both_costs_keeps_them_apart() -> None:
    assert found("Cleanup could cost $4 million. A second cleanup, at the river mouth, will cost $6 million.",
                 "Cleanup could cost $4 million, the board said.") == []


@given(st.text(alphabet="abc cost of at $1,.", max_size=60), st.integers(0, 60))
def test_cost_kind_never_fails_on_any_text(text: str, at: int) -> None:
    kind = cost_kind(text, min(at, len(text)), 0)
    assert kind is None or kind in set(KINDS.values())
