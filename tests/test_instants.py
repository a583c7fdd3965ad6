"""Published times with a UTC offset sort by the instant, not by the string."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from reader.analysis.timeline import article_order
from reader.library.model import Article
from reader.text.instants import earlier, instant


def test_an_offset_is_moved_to_utc():
    assert instant("2026-01-01T10:00:00+14:00") == "2025-12-31T20:00:00Z"
    assert instant("2026-01-01T09:00:00Z") == "2026-01-01T09:00:00Z"
    assert instant("2026-01-01") == "2026-01-01"
    assert instant("2026-01-01T09:00:00") == "2026-01-01T09:00:00"      # no zone: as written
    assert instant(None) is None and instant("") == ""


def test_earlier_needs_both_and_reads_the_instant():
    assert earlier("2026-01-01T10:00:00+14:00", "2026-01-01T09:00:00Z")
    assert not earlier("2026-01-01T09:00:00Z", "2026-01-01T10:00:00+14:00")
    assert not earlier(None, "2026-01-01")


def test_the_timeline_orders_by_the_instant():
    late = Article(id="late", body="x", title="late", published="2026-01-01T09:00:00Z")
    early = Article(id="early", body="x", title="early", published="2026-01-01T10:00:00+14:00")
    order = article_order([late, early])
    assert [e.article for e in order] == [1, 0]


_WHEN = st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.timezones())


@given(_WHEN, _WHEN)
def test_instant_order_is_time_order(a, b):
    ka, kb = instant(a.replace(microsecond=0).isoformat()), instant(b.replace(microsecond=0).isoformat())
    assert (ka < kb) == (a.replace(microsecond=0) < b.replace(microsecond=0))
