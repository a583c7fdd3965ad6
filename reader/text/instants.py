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
    """Whether both are given and ``a`` is before ``b`` in time."""
    ka, kb = instant(a), instant(b)
    return bool(ka and kb and ka < kb)
