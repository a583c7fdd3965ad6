"""The named person an event did something to: "Dana Roe, 45, of Harrowgate, has been booked
on charges of …", "Ivo Tarn, 71, was found dead in his home", "identified the woman who died
as Rosa Lind, 71".

:mod:`reader.analysis.event_role_ages` reads an age told by what happened to an unnamed
person ("A 39-year-old man is in custody", "killed a 71-year-old woman") as the age of the
story's one person arrested or killed; a report that names that person gave the age to the
name, and the two were never compared: "a 39-year-old man is in custody" and "Dana Roe, 45,
has been booked" agreed. Here a name is tied to the event by the same clause structure: the
name (with its age in apposition) is the subject of the arrest or death predicate, or the
object of "identified the man/woman who died as". The role then has the name
(:func:`reader.analysis.age_roles.role_people`) only when the story ties exactly one name to
it and never counts two or more people in it (:func:`several_in_event`: "two men were
arrested", "three people died", "among the dead").

Hand-written: the few clause shapes English uses to tie a named person to an arrest or a
death, read by regular expressions and checked by tests on invented texts.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from reader.analysis.event_role_ages import ARRESTED, KILLED

_NAME = r"(?P<name>[A-Z][a-z'’-]+\s+(?:[A-Z]\.\s+)?(?:Mc|Mac|O['’])?[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)?)"
_DIED = r"(?:killed|found\s+dead|pronounced\s+dead|fatally\s+(?:injured|wounded|hurt|struck|shot))"
_HELD = r"(?:arrested|detained|booked|charged|taken\s+into\s+custody|in\s+custody)"
# "Dana Roe, 45, of Harrowgate, has been booked", "Ivo Tarn, aged 71, died": the name with its age, then
# the predicate (a place or a short apposition between)
_SUBJECT = re.compile(rf"\b{_NAME},\s+(?:aged\s+)?\d{{1,3}},(?:\s+(?:of|from)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,)?"
                      rf"\s+(?:(?:was|is|has\s+been|had\s+been)\s+(?:(?!not\b|never\b|also\b)[a-z]+\s+)?"
                      rf"(?:(?P<d>{_DIED})|(?P<h>{_HELD}))|(?P<d2>died)\b)")
# "identified the woman who died as Rosa Lind", "named the man arrested as Dana Roe"
_IDENTIFIED = re.compile(rf"\b(?:identified|named)\s+the\s+(?:man|woman|person|victim|suspect)\s+(?:who\s+)?"
                         rf"(?:(?P<d>died|was\s+killed|killed)|(?P<h>was\s+arrested|arrested|detained))\s+as\s+{_NAME}")
_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|dozens?|several|\d+)"
_SEVERAL = {
    KILLED: re.compile(rf"\b{_COUNT}\s+(?:[a-z]+\s+){{0,2}}(?:(?:were|have\s+been)\s+)?(?:killed|dead|died)\b"
                       r"|\b(?:among|one\s+of)\s+(?:the\s+|those\s+)?(?:dead|killed)\b|\bdeath\s+toll\b",
                       re.IGNORECASE),
    ARRESTED: re.compile(rf"\b{_COUNT}\s+(?:[a-z]+\s+){{0,2}}(?:(?:were|have\s+been)\s+)?"
                         r"(?:arrested|detained|charged)\b"
                         rf"|\b(?:arrested|detained|charged)\s+{_COUNT}\b|\bsuspects\b", re.IGNORECASE),
}


def event_ties(body: str, roles: Collection[str]) -> list[tuple[str, str]]:
    """Each (event role, name as written) ``body`` ties together, for the event roles in
    ``roles`` (module doc)."""
    wanted = [r for r in (KILLED, ARRESTED) if r in roles]
    if not wanted:
        return []
    out: list[tuple[str, str]] = []
    for pattern in (_SUBJECT, _IDENTIFIED):
        for m in pattern.finditer(body):
            role = ARRESTED if m["h"] else KILLED
            if role in wanted:
                out.append((role, m["name"]))
    return out


def several_in_event(bodies: Sequence[str], role: str) -> bool:
    """Whether the story counts two or more people in the event ``role`` (module doc)."""
    pattern = _SEVERAL.get(role)
    return pattern is not None and any(pattern.search(body) for body in bodies)
