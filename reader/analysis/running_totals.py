"""A running total told smaller at a later time of the same day: "had pushed into 46 homes by Sunday
afternoon" against "Floodwater had reached 41 homes … by Sunday evening"; "By Saturday morning, water
board workers had collected 2,600 dead fish" against "had gathered up 1,450 dead fish by Saturday
evening".

:mod:`reader.analysis.as_of_times` keeps two counts told as of two times apart: two stages of one
progress. But a total that has been reached ("had collected", "had reached", "have been destroyed",
"had gone 52 hours without") only grows: told smaller at a later time, the two cannot both hold, and
that is a conflict of the two reports, whichever is wrong. Only what orders surely is read: two parts
of one named day ("Sunday afternoon" before "Sunday evening"; "early Saturday" before "Saturday
morning"), each told in a perfect tense (a state, "were still missing", may shrink; a count of
people sheltered may fall overnight, and is told in another tense). "By Wednesday" alone names no part:
it may mean the whole day.

Hand-written: two word lists over the times :mod:`reader.analysis.as_of_times` reads.
"""

from __future__ import annotations

import re

from reader.analysis.dates import WEEKDAYS
from reader.analysis.figure_uses import FigureUse
from reader.analysis.quantities import compatible

# the parts of a day in their order ("early" before its morning; "late" after its evening)
_PARTS = {"early": 0, "dawn": 0, "morning": 1, "noon": 2, "midday": 2, "afternoon": 3, "dusk": 4, "evening": 4,
          "night": 5, "tonight": 5, "late": 5}
_DAYS = frozenset(d.lower() for d in WEEKDAYS) | {"today", "yesterday"}
# a total reached: a perfect tense ("had collected", "have been destroyed", "had gone", "had swept through")
_PERFECT_RE = re.compile(r"\b(?:had|have|has)\s+(?:now\s+|already\s+|since\s+)?(?:been\s+)?"
                         r"[a-z]+(?:ed|en|ne|wn|ght|ung|ept|elt|ilt|ent)\b", re.IGNORECASE)


def moment(when: str) -> tuple[str, int] | None:
    """A time a count is told as of (:func:`reader.analysis.as_of_times.as_of`: "sunday afternoon",
    "early saturday") as its day and the rank of its part of that day, or None where it names no day
    or no part, or more than one of either."""
    words = when.split()
    days = [w for w in words if w in _DAYS]
    parts = {_PARTS[w] for w in words if w in _PARTS}
    if len(days) != 1 or len(parts) != 1:
        return None
    return days[0], parts.pop()


def shrinks(a: FigureUse, when_a: str, b: FigureUse, when_b: str) -> bool:
    """Whether ``a`` and ``b``, each a total reached (a perfect tense) told as of ``when_a`` and
    ``when_b``, are told of two parts of one day and the later one is smaller than the earlier can be."""
    first, second = moment(when_a), moment(when_b)
    if first is None or second is None or first[0] != second[0] or first[1] == second[1]:
        return False
    if not (_PERFECT_RE.search(a.sentence) and _PERFECT_RE.search(b.sentence)):
        return False
    earlier, later = (a, b) if first[1] < second[1] else (b, a)
    return later.figure.value < earlier.figure.value and not compatible(later.figure, earlier.figure)
