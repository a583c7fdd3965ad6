"""The year a thing opened, was built or founded (reader.analysis.event_years). Every text
here is made up for the tests."""

from __future__ import annotations

from reader.analysis.conflicts import find_conflicts
from tests.test_conflicts_support import undated, value_sets


def test_years_of_one_opening_told_differently_conflict():
    from reader.analysis.event_years import event_years
    from reader.analysis.sentences import sentence_spans
    body = "Kessel Pier, which was built in 1931, reopened in 2005. The Lantern Hall opened in May 2012."
    found = [(f.value, k) for f, k in event_years(body, sentence_spans(body))]
    assert found == [(1931, ("year:built", None)), (2012, ("year:opened", None))]
    a = undated("wire", "The Corran Viaduct opened in 1964 and carries 9,000 vehicles a day.")
    b = undated("local", "The Corran Viaduct opened in 1967, a decade after work began.")
    c = undated("radio", "Built for the mills, the Corran Viaduct opened in 1964.")
    [conflict] = find_conflicts([a, b, c])
    assert conflict.quantity == "year opened"
    assert value_sets([conflict]) == [{1964.0, 1967.0}]


def test_years_of_two_things_one_report_tells_both_stay_apart():
    a = undated("wire", "The old terminal opened in 1962 and the east terminal opened in 2004.")
    b = undated("local", "Crews closed the old terminal at Dunmore, which opened in 1962.")
    assert find_conflicts([a, b]) == []
