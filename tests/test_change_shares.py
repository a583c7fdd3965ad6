"""A percentage change keyed by what changed (change_shares). Every text here is made up for the
tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts
from test_conflicts_support import keys_in as _keys


# 3. a percentage change keyed by what changed
@pytest.mark.parametrize(("body", "text", "key"), [
    ("Ferry bookings for the festival were up 22% on last year, the port said.", "22%", "percent:rise in bookings"),
    ("At the Tarn lodge, bookings were 27% higher than a year ago.", "27%", "percent:rise in bookings"),
    ("The florin slid 0.6% against the euro.", "0.6%", "percent:fall in florin"),
    ("Exports of wool fell 9 percent in March.", "9 percent", "percent:fall in exports"),
    ("The port reported a 22% rise in ferry bookings for the festival.", "22%", "percent:rise in bookings"),
    ("Officials noted an 8 percent drop in visitors, the council said.", "8 percent", "percent:fall in visitors"),
])
def test_a_change_is_keyed_by_its_subject(body: str, text: str, key: str) -> None:
    assert _keys(body)[text] == (key, None)


@pytest.mark.parametrize(("body", "text"), [
    ("Support for the levy rose 4 percentage points.", "4 percentage points"),
    ("Rents in Dorn are 30% higher than in Tarn.", "30%"),       # set against a place: no change
    ("He moved the mill to Dorn, where rents are about 30% lower.", "about 30%"),     # against nothing
    ("It rose 5% on Monday.", "5%"),                             # a pronoun names no thing
    ("Bookings are expected to rise 5% next year.", "5%"),       # a forecast
    ("The Green party lost 12% of its seats.", "12%"),            # a share of a whole
    ("Wool sales fell 9 percent during the strike.", "9 percent"),    # a span of an event
])
def test_no_change_key_without_a_thing_and_a_change(body: str, text: str) -> None:
    key = next((k for t, k in _keys(body).items() if t.startswith(text)), None)
    assert key is None or not key[0].startswith(("percent:rise in", "percent:fall in"))


@pytest.mark.parametrize(("body", "text", "key"), [
    # (round thirty-five: a change over a span is keyed with its span: it meets only the same span's change)
    ("Wool exports fell 9 percent over the past decade.", "9 percent",
     "percent:fall in exports (over the past decade)"),
    ("Visitor numbers rose 4% since 2012.", "4%", "percent:rise in numbers (since 2012)"),
    ("Enrolments have fallen 14 per cent since 2022.", "14 per cent", "percent:fall in enrolments (since 2022)"),
    ("Enrolments are down 19% since fall 2022.", "19%", "percent:fall in enrolments (since fall 2022)"),
])
def test_a_change_over_a_span_keeps_its_span(body: str, text: str, key: str) -> None:
    assert _keys(body)[text] == (key, None)


def test_two_reports_of_one_rise_conflict_and_a_rise_never_meets_a_fall() -> None:
    a = "Ferry bookings for the festival were up 22% on last year, the port of Skelby said."
    b = "At Skelby, ferry bookings for the festival were 27% higher than a year ago."
    c = "Ferry bookings for the festival fell 27% at Skelby, the port said."
    assert {22.0, 27.0} in _conflicts(a, b)
    assert not _conflicts(a, c)


def test_a_years_change_is_compared_with_the_same_years_only() -> None:
    a = "Bank robberies in the state fell 18 percent last year, the FBI said."
    assert {18.0, 25.0} in _conflicts(a, "Bank robberies in Iowa dropped 25 percent last year.")
    assert not _conflicts(a, "Bank robberies in Iowa dropped 25 percent this year.")
    assert not _conflicts(a, "Bank robberies in Iowa dropped 25 percent in 2019.")


def test_a_long_sentence_of_changes_takes_linear_time(tmp_path, monkeypatch):
    # each figure's clause is read from a bounded reach before it, not from its sentence's start
    # (a sentence with no full stop and 2,000 changes took 24 s; timed against a quarter of it)
    from test_timing_support import growth

    from reader.analysis.story import analyse_story
    from reader.library.model import Article

    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))
    other = Article(id="b", title="b", body="Bookings rose 12% this winter, the lodge said.\n")

    def run(n: int) -> None:
        body = "It began " + ", ".join(f"bookings rose {i % 40 + 2}% and rents were down {i % 9 + 1} percent"
                                       for i in range(n)) + ".\n"
        analyse_story([Article(id="a", title="a", body=body), other])

    assert growth(run, 250, limit=8) < 8
