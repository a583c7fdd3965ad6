"""Which of an article's clock times is its incident's, when its opening tells the aftermath: "When
the mantrip carrying Ronnie Skeen rolled out of the portal just before 9 a.m. Wednesday, the crowd
did not cheer" opens a report whose incident came two days earlier ("The roof came down at about
10:40 p.m. Monday").

:mod:`reader.analysis.incident_clocks` takes an article's first time of day as its incident's, as
news tells the incident before what followed; a feature's lede breaks that order. A story's
incident comes before its aftermath, so when an article's later candidate time names a weekday
that lies further back from the article's date than the first one's weekday, the incident is the
earliest day's first time. Only weekdays both times name are read (a time with no weekday keeps
the text's order), counted back from the article's date, at most ``MOST_BACK`` days (a weekday
further back may be the coming one: "a public session on Friday at 7 p.m." in Thursday's paper);
an undated article keeps its first time.

Hand-written: a weekday's distance back from a date is arithmetic.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from reader.analysis.dates import WEEKDAYS
from reader.analysis.figures import Figure

_DAYS = [d.lower() for d in WEEKDAYS]
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
REACH = 30      # characters read on each side of a time for its weekday ("at about 10:40 p.m. Monday")
# days back from the article's date a weekday is read as, at most: a weekday further back is as often
# the next one ("a public session on Friday at 7 p.m." in Thursday's paper)
MOST_BACK = 4


def weekday_near(text: str, f: Figure) -> int | None:
    """The weekday (0 for Monday) named within ``REACH`` characters of the time ``f`` in its
    sentence, when there is exactly one, else None."""
    window = text[max(f.sentence_start, f.start - REACH):min(f.sentence_end, f.end + REACH)]
    days = {_DAYS.index(m.lower()) for m in _WEEKDAY.findall(window)}
    return days.pop() if len(days) == 1 else None


def earliest(text: str, times: Sequence[Figure], published: str | None) -> int:
    """The index in ``times`` (an article's candidate incident times, in text order) of the
    incident's time (module doc): 0, or a later one of an earlier weekday."""
    try:
        date = datetime.date.fromisoformat(published or "")
    except ValueError:
        return 0
    back = [_days_back(date, weekday_near(text, f)) for f in times]
    if back[0] is None:
        return 0
    return max((n for n, b in enumerate(back) if b is not None), key=lambda n: (back[n], -n))


def _days_back(date: datetime.date, weekday: int | None) -> int | None:
    """How many days before ``date`` its last ``weekday`` fell, when at most ``MOST_BACK``; else None."""
    if weekday is None:
        return None
    back = (date.weekday() - weekday) % 7
    return back if back <= MOST_BACK else None
