"""Published dates and times as keys that sort in time order.

Articles give ``published`` as written: a date ("2026-01-01"), a time with no zone, or a
time with a UTC offset ("2026-01-01T10:00:00+14:00"). Compared as strings, the last is
taken for later than "2026-01-01T09:00:00Z" though it is eleven hours earlier. ``instant``
moves a time with an offset to UTC and leaves the rest as written, so string order is
time order wherever the zone is known. The text as written stays what is shown.
"""

from __future__ import annotations

import datetime as _dt


def instant(published: str | None) -> str | None:
    """``published`` as a key that sorts in time order (module doc); None stays None."""
    if not published or "T" not in published:
        return published
    try:
        when = _dt.datetime.fromisoformat(published.replace("Z", "+00:00"))
    except ValueError:
        return published
    if when.tzinfo is None:
        return published
    return when.astimezone(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def earlier(a: str | None, b: str | None) -> bool:
    """Whether both are given and ``a`` is before ``b`` in time. A day with no time of day
    against a time is compared by the days as written: "2026-05-12" is not before
    "2026-05-12T09:00:00Z" (it may be any time of that day; as strings it sorted first,
    and a blog dated by its day alone was taken for the source of the paper it copied),
    and "2026-05-11" is. A time with no zone against one with a zone is ordered only when
    they lie further apart than any zone could shift it (:func:`_apart`)."""
    ka, kb = instant(a), instant(b)
    if not (a and b and ka and kb):
        return False
    if ("T" in a) != ("T" in b):
        return a[:10] < b[:10]
    if _zoned(ka) != _zoned(kb):
        return _apart(ka, kb)
    return ka < kb


# how far a clock time written with no zone may lie from the same clock time in UTC
# (zones run from UTC-12 to UTC+14)
ZONES_APART = _dt.timedelta(hours=14)


def _zoned(key: str) -> bool:
    return key.endswith("Z")


def _apart(a: str, b: str) -> bool:
    """``a`` is before ``b`` by more than any zone could shift a time written with no zone
    ("2026-05-12T09:00:00" may be 08:00 UTC or 20:00 UTC): a time with a zone against one
    without is ordered only then."""
    try:
        ta = _dt.datetime.fromisoformat(a.rstrip("Z"))
        tb = _dt.datetime.fromisoformat(b.rstrip("Z"))
    except ValueError:
        return a < b
    return tb - ta > ZONES_APART
