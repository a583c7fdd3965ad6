"""Round 21, money: a sum told as a rate with hyphens ("a £1.2 million-a-year contract") is
the sum with a yearly span, not a count of "a"; "a year", "per year", "-a-year" and "annual"
are one span; a sum is keyed by the contract it pays for whether the noun follows it ("a
$3 million contract") or comes before it in an appositive ("The cleaning contract, worth
$2.4 million a year,"). Every text here is made up."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets, keys_of

from reader.analysis.figures import extract_figures
from reader.analysis.rates import rate_of


@pytest.mark.parametrize(("text", "shown", "unit", "span"), [
    ("Dollin Foods holds a £1.2 million-a-year contract.", "£1.2 million", "GBP", "year"),
    ("The job pays $40-an-hour.", "$40", "USD", "hour"),
    ("It is a €300,000-a-month deal.", "€300,000", "EUR", "month"),
    ("The board approved a $3 million annual budget.", "$3 million", "USD", "year"),
    ("The contract, worth £950,000 a year, ends in May.", "£950,000", "GBP", "year"),
    ("It costs $12 per year.", "$12", "USD", "year"),
])
def test_a_rate_written_with_hyphens_is_a_sum_over_a_span(text, shown, unit, span):
    f = extract_figures(text)[0]
    assert (f.text, f.unit, rate_of(text, f)) == (shown, unit, span)


@pytest.mark.parametrize("text", [
    "Dollin Foods holds a £1.2 million-a-year contract with the council.",
    "The cleaning contract, worth $2.4 million a year, went to Brassel Ltd.",
    "The paving contract, valued at €800,000, was signed on Monday.",
    "Orvin won a $3 million contract to repaint the bridge.",
])
def test_a_contract_sum_is_keyed_by_the_contract(text):
    assert [k[0] for k in keys_of(text).values() if k] == ["money:contract"]


@pytest.mark.parametrize(("first", "second", "values"), [
    ("The catering contract, worth £950,000 a year, is held by Dollin Foods Ltd.",
     "Dollin Foods holds a £1.2 million-a-year contract with the county.", {950000.0, 1200000.0}),
    ("The cleaning contract, worth $2.4 million a year, went to Brassel Services.",
     "Brassel Services won a $3 million-a-year contract to clean the wards.", {2400000.0, 3000000.0}),
    ("Harlow Bus holds the route contract, worth €700,000 per year, the council said.",
     "Harlow Bus runs the route under a €900,000-a-year contract, the council said.", {700000.0, 900000.0}),
])
def test_two_yearly_values_of_one_contract_conflict(first, second, values):
    assert values in conflict_sets(first, second)


@pytest.mark.parametrize(("first", "second"), [
    # a yearly sum and a total over years are two quantities
    ("Dollin Foods holds a £1.2 million-a-year contract with the county.",
     "Dollin Foods holds a contract worth £1.4 million over its life, the county said."),
    # a contract and a grant are two sums
    ("The catering contract, worth £950,000 a year, is held by Dollin Foods Ltd.",
     "Dollin Foods Ltd received a £1.1 million grant a year ago."),
])
def test_other_sums_stay_apart(first, second):
    assert conflict_sets(first, second) == []
