"""Articles of a story dated far from the rest of it tell another time: an earlier fire in the
same hall two years before, a look back a year on. Their figures are no rivals of the story's.

Grouping and names put such an article in the story: it names the town, the university and
the paper the story names, and its figures look like the story's (the time the fire
department was called, the students moved out). But a figure of another time that differs
is not a disagreement: it is another fire's figure, or the same quantity later (a toll a
month on is an update, not a conflict). So an article dated more than ``OTHER_TIME_DAYS``
from the median date of the story's dated articles is told of another time, and no figure of
it is compared with one of an article dated more than ``OTHER_TIME_DAYS`` from it
(:func:`distant_pairs`: the pairs :class:`reader.analysis.figure_links.Links` keeps apart).
An undated article, or a story with fewer than ``MIN_DATED`` dated articles, keeps every pair:
no evidence, no change.

Hand-written: a median and a difference of dates.
"""

from __future__ import annotations

from datetime import date

from reader.analysis.same_event import day

OTHER_TIME_DAYS = 30   # days from the story's median date past which an article tells another time
MIN_DATED = 3          # dated articles a story needs for a median to mean anything


def distant_pairs(dates: dict[str, str | None]) -> frozenset[frozenset[str]]:
    """Pairs of article ids (by ``dates``, id → published) of which one is dated far from
    the story's median date and the other far from it (see the module)."""
    days = {a: d for a, p in dates.items() if (d := day(p)) is not None}
    if len(days) < MIN_DATED:
        return frozenset()
    median = sorted(days.values())[len(days) // 2]
    far = [a for a, d in days.items() if _apart(d, median)]
    return frozenset(frozenset((a, b)) for a in far for b, d in days.items() if b != a and _apart(days[a], d))


def _apart(a: date, b: date) -> bool:
    return abs((a - b).days) > OTHER_TIME_DAYS
