"""Two parties' values of one quantity in one article are a dispute, not two quantities
(disputed_values). Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts

from reader.analysis.disputed_values import sayer


# 4. two parties' values in one article are a dispute, not two quantities
@pytest.mark.parametrize(("sentence", "who"), [
    ("The council said the levy would rise 9%.", "council"),
    ("The levy will rise 11%, the traders' guild said.", "guild"),
    ("The levy will rise 11%, according to the traders' guild.", "guild"),
    ("By my count the queue was 40 metres long.", "i"),
    ("The levy will rise 9% next year.", None),
])
def test_sayer(sentence: str, who: str | None) -> None:
    assert sayer(sentence) == who


def test_an_article_setting_two_parties_figures_apart_does_not_hold_both() -> None:
    a = "The depot said it offered drivers raises of 7% over two years. The drivers' union said the offer was 5%."
    b = "The depot's final offer to drivers included raises of 5 percent over two years, the union said."
    c = "The depot said its offer of raises of 7 percent over two years was generous."
    assert {5.0, 7.0} in _conflicts(a, b, c)


def test_an_article_stating_two_values_in_its_own_voice_still_holds_both() -> None:
    a = "The depot offered drivers raises of 7% over two years. Cleaners were offered raises of 5% over two years."
    b = "The depot's offer to drivers included raises of 5 percent over two years."
    c = "The depot's offer of raises of 7 percent over two years was called generous."
    assert {5.0, 7.0} not in _conflicts(a, b, c)
