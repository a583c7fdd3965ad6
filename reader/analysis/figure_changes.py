"""Figures at one end of a change, not a value the quantity held: "from 127 km/h to 48
km/h", "up from four", "descended from an altitude of 30,000 feet to 10,000 feet".

:mod:`reader.analysis.figure_uses` marks them (``FigureUse.change``): such a figure joins
no conflict by its value and makes no article "state" it. Hand-written: the words of a
change are a short, closed list a regular expression reads exactly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.figures import Figure

# "from 127 km/h", "from an altitude of 30,000 feet", "from a peak of 4,000"
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:an?|the|its|their)\s+[a-z]+\s+of\s+)?$", re.IGNORECASE)
_TO_AFTER = re.compile(r"\s+to\s+$", re.IGNORECASE)


def changes(text: str, figures: Sequence[Figure]) -> set[int]:
    """Indexes of figures stating a change rather than a value: "from 127 km/h to 48
    km/h", "up from four", "descended from an altitude of 30,000 feet to 10,000 feet"
    (both ends of a "from ... to")."""
    out: set[int] = set()
    for n, f in enumerate(figures):
        after_from = n - 1 in out and figures[n - 1].sentence_start == f.sentence_start and bool(
            _TO_AFTER.fullmatch(text, figures[n - 1].end, f.start))
        if after_from or _change_from(text, figures, n) or _from_one(text, f):
            out.add(n)
    return out


# words that make "from N" the start of a change: "up from four", "fell from 30,000 feet"
_CHANGE_WORDS_RE = re.compile(
    r"\b(?:up|down|rose|risen|rises|rising|fell|fallen|falls|falling|drop(?:s|ped|ping)?|declin\w*|increas\w*|"
    r"decreas\w*|grew|grown|grows|climb\w*|jump\w*|slip\w*|slid|slides|cut|cuts|reduc\w*|rais\w*|lower\w*|"
    r"chang\w*|revis\w*|moved|went|descend\w*|ascend\w*|plung\w*|soar\w*|surg\w*|slump\w*|tumbl\w*|edged|"
    r"expand\w*|shr[ai]nk\w*|narrow\w*|widen\w*|lift\w*|trimm\w*|boost\w*|upgrad\w*|downgrad\w*)"
    r"(?:\s+\S+){0,3}\s+$", re.IGNORECASE)


# "rose from one to two": the start a word that is no figure ("one" counts nothing alone)
_FROM_ONE_TO = re.compile(r"\bfrom\s+(?:one|a\s+single)\s+to\s+$", re.IGNORECASE)


def _from_one(text: str, f: Figure) -> bool:
    """Whether ``f`` ends a change from one ("The state's death toll rose from one to two")."""
    found = _FROM_ONE_TO.search(text, max(f.sentence_start, f.start - 20), f.start)
    return found is not None and bool(_CHANGE_WORDS_RE.search(text, max(f.sentence_start, found.start() - 60),
                                                               found.start()))


def _change_from(text: str, figures: Sequence[Figure], n: int) -> bool:
    """"from N" that starts a change: a change word a few words before "from" ("up from
    four", "descended from an altitude of"), or "to M" after it ("from 127 km/h to 48
    km/h", "from 40 to 50 points" read as one range); not "claims from about 4,000
    residents", "statements from 156 women"."""
    f = figures[n]
    found = _FROM_BEFORE.search(text, max(0, f.start - 40), f.start)
    if found is None:
        return False
    if f.high is not None:       # "from 40 to 50 percentage points", read as one range
        return True
    nxt = figures[n + 1] if n + 1 < len(figures) else None
    if nxt is not None and nxt.sentence_start == f.sentence_start and _TO_AFTER.fullmatch(text, f.end, nxt.start):
        return True
    return bool(_CHANGE_WORDS_RE.search(text, max(f.sentence_start, found.start() - 60), found.start()))
