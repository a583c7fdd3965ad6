"""A quotation filling its paragraph, credited by the next line: a dash and a name
(reader.analysis.quote_paragraphs.credit_line). The name must be one the article identifies
(quote_attribution.identified: a full or titled name, or one it knows) and a person's: a
wire's credit ("- Reuters.") names no speaker. All texts invented."""

from __future__ import annotations

from reader.analysis.quotes import extract_quotes

_LEAD = "Voters in the valley were asked what they thought of the new bridge plan.\n\n"


def _credited(credit: str, quote: str = "“It will cut my drive to work in half, and I cannot wait for it.”") -> tuple:
    quotes = extract_quotes(_LEAD + quote + "\n\n" + credit + "\n")
    assert len(quotes) == 1
    return quotes[0].speaker, quotes[0].how


def test_a_full_name_after_a_dash_is_the_speaker():
    assert _credited("- Ann Lee, Philadelphia.") == ("Ann Lee", "credit")
    assert _credited("— Dana Roe") == ("Dana Roe", "credit")


def test_a_titled_name_is_the_speaker():
    assert _credited("- Mayor Lee, speaking after the vote.")[0] == "Lee"


def test_a_wire_or_an_unknown_single_word_is_nobody():
    assert _credited("- Reuters.")[0] is None
    assert _credited("- Philadelphia.")[0] is None


def test_a_quotation_not_filling_its_paragraph_is_not_credited():
    assert _credited("- Ann Lee, Philadelphia.", "One voter said “it will cut my drive in half” on Monday.")[0] is None
