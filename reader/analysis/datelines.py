"""Places named by a dateline, the line or lead-in that says where a story was filed.

Wires open a story with the place in capitals and the date ("BEIJING 1996-08-22", "LONDON,
Dec 6 (Reuters) -"), or a town and its state or country ("STUTTGART , Germany 1996-08-23",
"KIRKLAND , Wash ."); papers with the town in title case and an agency's mark ("Geneva,
March 3 (AP) —"). ``dateline_places(text)`` gives the spans of those places, each of which
is a place whatever else the words could be.

Hand-written: a dateline is a fixed form at the start of a line, which two regular
expressions read exactly.
"""

from __future__ import annotations

import re
from itertools import repeat

from reader.analysis.gazetteer import NOT_ENTITY_ACRONYMS

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_SP = r"[^\S\n]"
_CAPS = rf"[A-Z][A-Z'.-]+(?:{_SP}+[A-Z][A-Z'.-]+){{0,3}}"
_DATE = rf"(?:\d{{4}}-\d{{2}}-\d{{2}}\b|{_MONTH}{_SP}+\d{{1,2}}\b|\([A-Z][A-Za-z]+\){_SP}*[-–—])"
# "BEIJING 1996-08-22", "LONDON, Dec 6 (Reuters) -", "Geneva, March 3 (AP) —"
_DATELINE_RE = re.compile(
    rf"^{_SP}*({_CAPS})(?={_SP}*,?{_SP}+{_DATE})"
    rf"|^{_SP}*([A-Z][a-z]+(?:{_SP}+[A-Z][a-z]+){{0,2}})(?=,{_SP}+"
    rf"{_MONTH}{_SP}+\d{{1,2}}{_SP}+\([A-Z][A-Za-z]+\){_SP}*[-–—])", re.MULTILINE)
# "STUTTGART , Germany 1996-08-23", "KIRKLAND , Wash .", "AL-MUNTAR , West Bank 1996-08-26"
_REGION_RE = re.compile(
    rf"^{_SP}*({_CAPS}){_SP}*,{_SP}*([A-Z][A-Za-z'-]*(?:{_SP}+[A-Z][A-Za-z'-]*){{0,2}})"
    rf"(?={_SP}*\.?{_SP}*$|{_SP}*\.?{_SP}*,?{_SP}*{_DATE})", re.MULTILINE)


_NEWLINE_RE = re.compile(r"\n")


def dateline_places(text: str) -> set[tuple[int, int]]:
    """Spans of the places a dateline names (the town, and its state or country when given)."""
    out = set()
    # both patterns start a line and stay in it: tried at each line's start (a search of
    # the whole text tried them at every character)
    starts = [0] + [m.end() for m in _NEWLINE_RE.finditer(text)]
    for m in map(_DATELINE_RE.match, repeat(text), starts):
        if m is not None:
            g = 1 if m.group(1) else 2
            if m.group(g).strip(".'-") not in NOT_ENTITY_ACRONYMS:
                out.add(m.span(g))
    for m in map(_REGION_RE.match, repeat(text), starts):
        if m is not None and m.group(1).strip(".'-") not in NOT_ENTITY_ACRONYMS:
            out.add(m.span(1))
            out.add(m.span(2))
    return out
