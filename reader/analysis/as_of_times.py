"""The time a running count is told "by" or "as of": "Rescuers had cleared about 25 feet of
the fall by Tuesday evening", "By early Wednesday, crews had cleared about 45 feet", "as of
noon Friday, 312 people had registered", and a state told on a weekday ("14 runs remained closed
Saturday").

A count told as of a time is how far something had got then; two reports that give it as
of two different times in their own words tell two stages of one progress, not two values of
one quantity, so :class:`reader.analysis.figure_links.Links` links them only as aligned text:
two versions of one wire sentence with the number and its time updated ("As of Tuesday
afternoon, 23 patients had been transferred" → "By Wednesday morning, 41 …") are still an
update shown as a conflict of text the sources share. A count told as of no time, or two told
as of the same one, are compared as before.

Hand-written: "by" or "as of" before a day, a date, a clock time or a part of a day is one
fixed form of English news, read by one regular expression.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.clock_times import DAY
from reader.analysis.clock_times import UNIT as CLOCK
from reader.analysis.dates import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from reader.analysis.figure_uses import FigureUse
from reader.analysis.running_totals import shrinks

_DAY = (rf"(?:{'|'.join(WEEKDAYS)}|today|tonight|yesterday|(?:{'|'.join(MONTH_ABBREVIATIONS)})[a-z]*\.?\s+\d{{1,2}}|"
        rf"(?:{'|'.join(MONTHS)})\s+\d{{1,2}})")
_CLOCK = r"(?:noon|midnight|midday|dawn|dusk|\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\.?)"
_PART = r"(?:morning|afternoon|evening|night)"
_AS_OF = re.compile(
    rf"\b(?:[Bb]y|[Aa]s\s+of)\s+(?P<when>(?:(?:early|late|mid)[\s-]+)?(?:{_CLOCK}\s+)?(?:{_DAY}|{_CLOCK}|"
    rf"(?:this|that|the\s+next)\s+{_PART})(?:\s+{_PART}|\s+{_CLOCK})?)\b")


# a state told on a weekday is told as of it: "14 runs remained closed Saturday", "were still at large Monday"
# (its weekday alone: "remained hospitalized Tuesday morning" and "still in the hospital on Tuesday" are one day's)
_STATE_ON = re.compile(rf"\b(?:remain(?:s|ed)?|stay(?:s|ed)?|(?:were|was|are|is)\s++still)\s++(?:[a-z]++\s++){{0,3}}?"
                       rf"(?:on\s++)?(?P<when>{'|'.join(WEEKDAYS)})\b")


def as_of(sentence: str, own: tuple[int, int] = (0, 0)) -> str | None:
    """The time ``sentence`` tells its count as of ("tuesday evening", "early wednesday"),
    lower-cased with one space between words; None when it tells none or two. A time that
    overlaps ``own`` (the figure's span in the sentence: "contained by 3 p.m.") is the figure
    itself, not the time it is told as of."""
    return _one(_times_in(sentence), own)


def _times_in(sentence: str) -> list[tuple[int, int, str]]:
    """Each time ``sentence`` tells a count as of: its span and its words, lower-cased."""
    return [(m.start("when"), m.end("when"), " ".join(m["when"].lower().replace("-", " ").split()))
            for rule in (_AS_OF, _STATE_ON) for m in rule.finditer(sentence)]


def _one(times: list[tuple[int, int, str]], own: tuple[int, int]) -> str | None:
    found = {when for start, end, when in times if not (start < own[1] and own[0] < end)}
    return found.pop() if len(found) == 1 else None


# a count told of an early stage of a running count or estimate, and one told of a later stage
_EARLY = re.compile(r"\b(?:first|initial|early|earlier|preliminary|original|election[- ]night)\s+(?:\w+\s+)?"
                    r"(?:counts?|tally|tallies|returns|results|estimates?|reports?|figures?|toll)\b", re.IGNORECASE)
_LATER = re.compile(r"\b(?:now|latest|final|updated|revised|so\s+far)\b", re.IGNORECASE)
NIGHT = 360         # minutes two times either side of midnight may lie apart and be told of one night
# the weekday a time of day is told on: "just before 9 a.m. Wednesday", "at 11:25 p.m. on Monday"
_WEEKDAY_AFTER = re.compile(rf"\s*+(?:,\s*+)?(?:on\s++)?(?P<day>{'|'.join(WEEKDAYS)})\b")


class AsOf:
    """The time each of ``uses`` is told as of (:func:`as_of`), the weekday each time of day is
    told on (two times of day on two weekdays are two events' however alike their words: "rolled
    out of the portal just before 9 a.m. Wednesday" and "the collapse happened around 11:25 p.m.
    Monday"), and the stage of a running count or estimate each is told of ("after the first count
    of 14,212 ballots" and "About 21,000 ballots have now been counted": two stages), for :meth:`apart`."""

    def __init__(self, uses: Sequence[FigureUse]) -> None:
        told: dict[tuple[str, int], list[tuple[int, int, str]]] = {}     # (each sentence read once)
        self.uses = uses
        self.times: list[str | None] = []
        self.days: list[str | None] = []
        self.stages: list[str | None] = []
        self.clocks: list[float] = []
        for u in uses:
            start = u.figure.sentence_start
            if (u.article, start) not in told:
                told[(u.article, start)] = _times_in(u.sentence)
            self.times.append(_one(told[(u.article, start)], (u.figure.start - start, u.figure.end - start)))
            day = _WEEKDAY_AFTER.match(u.sentence, u.figure.end - start) if u.figure.unit == CLOCK else None
            self.days.append(day["day"] if day else None)
            self.clocks.append(float(u.figure.value))
            self.stages.append("early" if _EARLY.search(u.sentence) else "later" if _LATER.search(u.sentence) else None)

    def _two_days(self, i: int, j: int) -> bool:
        """Whether times of day ``i`` and ``j`` are told on two weekdays, but for one night told either
        side of midnight ("shortly after 11 p.m. on Sunday" and "around 1 a.m. on Monday": one fire's,
        within ``NIGHT`` minutes)."""
        a, b = self.days[i], self.days[j]
        if a is None or b is None or a == b:
            return False
        after = (WEEKDAYS.index(b) - WEEKDAYS.index(a)) % 7
        if after == 1:
            return DAY - self.clocks[i] + self.clocks[j] > NIGHT
        if after == 6:
            return DAY - self.clocks[j] + self.clocks[i] > NIGHT
        return True

    def apart(self, i: int, j: int) -> bool:
        """Whether figures ``i`` and ``j`` are told as of two different times, on two weekdays or of two
        stages (an early count and a later one); not a total reached told smaller later the same day
        (:mod:`reader.analysis.running_totals`): that cannot hold."""
        if self._two_days(i, j):
            return True
        if self.stages[i] is not None and self.stages[j] is not None and self.stages[i] != self.stages[j]:
            return True
        a, b = self.times[i], self.times[j]     # (but a total reached that shrinks later that day: running_totals)
        return a is not None and b is not None and a != b and not shrinks(self.uses[i], a, self.uses[j], b)
