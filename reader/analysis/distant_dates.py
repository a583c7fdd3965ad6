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
no evidence, no change. :func:`other_times` names each such article, its date and the story's,
so the reports and the Story screen can say why its figures stand apart.

Hand-written: a median and a difference of dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reader.analysis.same_event import day

OTHER_TIME_DAYS = 30   # days from the story's median date past which an article tells another time
MIN_DATED = 3          # dated articles a story needs for a median to mean anything


@dataclass(frozen=True)
class OtherTime:
    """An article dated more than ``OTHER_TIME_DAYS`` from the story's median date: its id,
    its date, the story's, and the days between."""

    article: str
    published: date
    story_date: date
    days: int

    @property
    def reason(self) -> str:
        when = "before" if self.published < self.story_date else "after"
        return (f"is dated {self.published.isoformat()}, {self.days} days {when} the story's median date "
                f"({self.story_date.isoformat()}): told of another time, so its figures are not compared "
                "with those of articles dated far from it")

    def to_json(self) -> dict:
        return {"article": self.article, "published": self.published.isoformat(),
                "story_date": self.story_date.isoformat(), "days": self.days, "reason": self.reason}


def other_times(dates: dict[str, str | None]) -> list[OtherTime]:
    """The articles (by ``dates``, id → published) dated far from the story's median date,
    in the order given (see the module)."""
    days = _days(dates)
    if len(days) < MIN_DATED:
        return []
    median = sorted(days.values())[len(days) // 2]
    return [OtherTime(a, d, median, abs((d - median).days)) for a, d in days.items() if _apart(d, median)]


def distant_pairs(dates: dict[str, str | None]) -> frozenset[frozenset[str]]:
    """Pairs of article ids (by ``dates``, id → published) of which one is dated far from
    the story's median date and the other far from it (see the module)."""
    days = _days(dates)
    far = [t.article for t in other_times(dates)]
    return frozenset(frozenset((a, b)) for a in far for b, d in days.items() if b != a and _apart(days[a], d))


def _days(dates: dict[str, str | None]) -> dict[str, date]:
    return {a: d for a, p in dates.items() if (d := day(p)) is not None}


def _apart(a: date, b: date) -> bool:
    return abs((a - b).days) > OTHER_TIME_DAYS
