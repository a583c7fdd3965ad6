"""A currency word after a number with a scale word is a sum, as a noun or as an adjective
("a 1.4 billion pound contract", "the 1.6 billion euro deal", "500 million dollars"); "pounds
of" after it is a weight ("2 million pounds of beef"), and a pound with no scale word stays a
weight ("a 300-pound man"). Every text here is made up."""

from __future__ import annotations

import pytest

from reader.analysis.figures import extract_figures


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Harlow won a 1.4 billion pound contract for the frigates.", 1.4e9, "GBP"),
    ("The contract is worth 1.4 billion pounds over a decade.", 1.4e9, "GBP"),
    ("The yard signed the 1.6 billion euro deal on Monday.", 1.6e9, "EUR"),
    ("Ministers approved a 500 million dollar loan.", 5e8, "USD"),
    ("The fund holds 3 trillion dollars.", 3e12, "USD"),
    ("Brannock recalled 2 million pounds of beef.", 2e6, "pound"),
])
def test_a_currency_after_a_scale_word(text: str, value: float, unit: str) -> None:
    [f] = extract_figures(text)
    assert (f.value, f.unit) == (value, unit)


def test_a_pound_with_no_scale_word_is_a_weight() -> None:
    [f] = extract_figures("A 300-pound beam fell on the road.")
    assert f.unit == "pound"


def test_a_sum_and_its_conversion_in_brackets_conflict_with_another_sum() -> None:
    from tests.test_conflicts_support import conflicts_of

    lead = "Kelmouth Marine won a naval contract on Monday, the ministry said.\n\n"
    found = conflicts_of(lead + "The yard won a 1.4 billion pound ($1.8 billion) contract to build four frigates.",
                         lead + "The yard's £1.9bn contract to build four frigates was signed on Monday.")
    assert [1.4e9, 1.9e9] in found
