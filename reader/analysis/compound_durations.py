"""Lengths of time told in two units: "3 hours and 20 minutes", "two days and six hours",
"1 hour 40 minutes", read as one length in the smaller unit (200 minutes).

The figure reader reads each number with its unit, so "the road was closed for 3 hours and
20 minutes" gave "3 hours" and "20 minutes": the first was then compared as the closure's
length, and a report of "three and a half hours" or "about 3 hours 20 minutes" met a
closure of 3 hours, a disagreement shown with a value no source wrote.
:func:`joined_durations` puts the two back together (a larger unit, then the next smaller
one, with at most "and" or a comma between them), with the first one's qualifier, shown as
written (:func:`reader.analysis.conflict_values.as_written`).

Hand-written: a closed list of units of time and their sizes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.figures import Figure

# each unit of time → (the next smaller unit, how many of it make one)
_NEXT = {"day": ("hour", 24), "hour": ("minute", 60), "minute": ("second", 60), "week": ("day", 7)}
_BETWEEN = re.compile(r"(?:\s*,)?\s+(?:and\s+)?$")


def joined_durations(body: str, figures: Sequence[Figure]) -> list[Figure]:
    """``figures`` with each length in a larger unit that the next smaller unit's length
    follows ("3 hours and 20 minutes") made one figure in the smaller unit."""
    out: list[Figure] = []
    k = 0
    while k < len(figures):
        f = figures[k]
        if k + 1 < len(figures) and _follows(body, f, figures[k + 1]):
            out.append(_joined(body, f, figures[k + 1]))
            k += 2
        else:
            out.append(f)
            k += 1
    return out


def _follows(body: str, f: Figure, g: Figure) -> bool:
    """Whether ``g`` is the next smaller unit's length right after ``f``, in one sentence,
    each a plain number (no range, no qualifier on the second)."""
    nxt = _NEXT.get(f.unit or "")
    if nxt is None or g.unit != nxt[0] or f.high is not None or g.high is not None or g.qualifier is not None:
        return False
    if f.sentence_start != g.sentence_start or g.value >= nxt[1]:
        return False
    return _BETWEEN.fullmatch(body, f.end, g.start) is not None


def _joined(body: str, f: Figure, g: Figure) -> Figure:
    value = f.value * _NEXT[str(f.unit)][1] + g.value
    return Figure(f.start, g.end, body[f.start:g.end], f.number_start, g.end, value, f.qualifier, g.unit, g.counts,
                  False, None, f.sentence_start, f.sentence_end)
