"""The world's currencies as news writes them (reader.analysis.currencies): a dollar named by its
country, a code before the number, a word after it, lakhs and crores; one currency however written,
two never compared. Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.analysis.currencies import MONEY_UNITS, money_display
from reader.analysis.entities import extract_entities
from reader.analysis.figure_units import display_number
from reader.analysis.figures import extract_figures
from tests.test_conflicts_support import conflict_sets


@pytest.mark.parametrize(("text", "unit", "value", "shown"), [
    ("installing new nets at 8 million francs", "CHF", 8_000_000, "CHF 8 million"),
    ("put the repair cost at CHF 5.5 million", "CHF", 5_500_000, "CHF 5.5 million"),
    ("It cost NZ$4 million.", "NZD", 4_000_000, "NZ$4 million"),
    ("a A$5 million grant", "AUD", 5_000_000, "A$5 million"),
    ("It cost US$2 billion.", "USD", 2_000_000_000, "$2 billion"),
    ("promised Rs 800,000 to each family", "INR", 800_000, "Rs 800,000"),
    ("would pay 1 million rupees to the family", "INR", 1_000_000, "Rs 1 million"),
    ("a fine of Rs 5 lakh", "INR", 500_000, "Rs 500,000"),
    ("a ₹80 crore upgrade", "INR", 800_000_000, "Rs 800 million"),
    ("put the damage at 35 million pesos", "MXN", 35_000_000, "35 million pesos"),
    ("a charge of 20 kronor a day", "SEK", 20, "20 kronor"),
    ("approved 1.2 billion rand", "ZAR", 1_200_000_000, "1.2 billion rand"),
    ("a loss of 50 billion won", "KRW", 50_000_000_000, "₩50 billion"),
    ("gave 50,000 yen to each", "JPY", 50_000, "¥50,000"),
    ("approved R850-million for dams", "ZAR", 850_000_000, "850 million rand"),
    ("set aside R1.2bn for pipes", "ZAR", 1_200_000_000, "1.2 billion rand"),
    ("a $850-million plan", "USD", 850_000_000, "$850 million"),
])
def test_a_sum_in_any_currency_is_read_and_shown_as_news_shows_it(text: str, unit: str, value: int,
                                                                  shown: str) -> None:
    (figure,) = extract_figures(text)
    assert (figure.unit, figure.value, display_number(figure.value, figure.unit)) == (unit, value, shown)


@pytest.mark.parametrize("text", [
    "The Tigers won 3 games in a row.",      # "won" is a currency only after a scale word
    "The site runs on PHP 8 servers.",       # a code that is also a word
    "The CEOS$5 code was printed on it.",    # letters glued to "$" that name no dollar
    "Take the R24 to Ermelo.",               # "R" before a number with no scale: a road
])
def test_a_word_or_code_that_is_no_currency_makes_no_sum(text: str) -> None:
    assert all(f.unit not in MONEY_UNITS for f in extract_figures(text))


def test_lakhs_count_anything() -> None:
    (figure,) = extract_figures("The recall covers about 18 lakh tablets.")
    assert (figure.value, figure.unit) == (1_800_000, "tablet")


def test_one_currency_written_two_ways_is_compared() -> None:
    a = "The canton put the repair cost for the nets at 8 million francs, officials said."
    b = "Engineers put the repair cost for the nets at CHF 5.5 million, officials said."
    assert conflict_sets(a, b) == [{8_000_000.0, 5_500_000.0}]


def test_two_currencies_are_never_compared() -> None:
    a = "The canton put the repair cost for the nets at 8 million francs, officials said."
    b = "Engineers put the repair cost for the nets at €7.5 million, officials said."
    assert conflict_sets(a, b) == []


@given(st.sampled_from(MONEY_UNITS), st.integers(1, 10**12))
def test_every_currency_is_shown_with_its_number(code: str, value: int) -> None:
    shown = display_number(value, code)
    assert shown == money_display(code, display_number(value))
    assert display_number(value) in shown


def test_a_currency_s_code_is_no_organisation() -> None:
    text = "Engineers in Geneva put the repair cost at CHF 5.5 million, and the NOK figure was lower."
    names = {e.name for e in extract_entities(text)}
    assert "CHF" not in names and "NOK" not in names and "Geneva" in names
