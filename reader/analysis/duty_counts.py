"""Staff told as on duty when an event happened: "Eight dispatchers were on the floor when the screens went
dark" against "When the system failed, 12 were on duty"; "about 120 stewards were on duty at the match"
against "only 90 safety staff were working the match"; "Only four detention officers were on duty" against
"Six guards were working the overnight shift".

:func:`reader.analysis.quantities.quantity_key` keys a count by its noun, with no event for being at
work, and a bare "12 were on duty" by nothing, so two reports of one shift's staff never met
(:mod:`reader.analysis.standing_counts` keeps a firm's workforce apart from staff told by a shift). Here a
count of people told as on duty is keyed ``("on duty:<kind>", "on duty")``: told so after it ("were on
duty", "on shift", "on site", "on the floor", "working the match", "working that night", "working at the
plant"), or as at the place when it happened ("were inside when the first explosion went off", "were at
the elevator when it exploded", "was in the section at the time"). Its kind is read from its noun by a
closed table (stewards and security staff are security; guards, detention officers and jailers are
guards; dispatchers; nurses; employees and workers, and people :mod:`reader.analysis.people_roles` reads
as staff); a "staff" or a bare count has no kind. :func:`one_duty_kind` then reads a count with no kind
as the story's one kind on duty, when it has one and no article tells both; with two kinds ("four nurses
and two guards were on duty") it stays apart.

Hand-written: a handful of English phrases for being at work and a small table of staff nouns.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.figure_nouns import singular
from reader.analysis.figures import Figure
from reader.analysis.one_kind import one_kind

Key = tuple[str, str | None] | None
EVENT = "on duty"
_PREFIX = "on duty:"
_ON_DUTY_AFTER = re.compile(r"(?:\s+members)?\s+(?:(?:were|was|had\s+been|remained|are|is)\s+)?(?:on\s+duty|"
                            r"on\s+(?:the\s+)?(?:[a-z]+\s+)?shift|on\s+site|on\s+the\s+floor|on\s+the\s+(?:property|premises)\b|"
                            r"working\s+(?:the|that|during|at|in|inside)\b)"
                            # staff at the place when it happened: "were inside the building when it went up",
                            # "were at the elevator when it exploded"
                            r"|\s+(?:were|was)\s+(?:inside|at|in)\b(?:\s+(?:the\s+)?[a-z]+)?\s+(?:when|at\s+the\s+time)\b",
                            re.IGNORECASE)
# the staff noun's kind (the noun's modifier first: "security guards", "detention officers", "safety staff")
_MODIFIER_KINDS = {"security": "security", "safety": "security", "detention": "guard", "jail": "guard",
                   "corrections": "guard", "correctional": "guard"}
_NOUN_KINDS = {"steward": "security", "marshal": "security", "guard": "guard", "jailer": "guard",
               "dispatcher": "dispatcher", "call-taker": "dispatcher", "nurse": "nurse", "doctor": "doctor",
               "lifeguard": "lifeguard", "employee": "employee", "worker": "employee", "staffer": "employee",
               "officer": "officer", "deputy": "officer", "staff": "", "member": "", "personnel": ""}


def duty_key(text: str, f: Figure, key: Key) -> Key:
    """``("on duty:<kind>", "on duty")`` for a count of staff told as on duty (module doc), else ``key``."""
    if f.high is not None or not isinstance(f.value, int) or not _ON_DUTY_AFTER.match(text, f.end, f.sentence_end):
        return key
    if f.unit is None and f.counts is None:
        return _PREFIX, EVENT       # ("12 were on duty")
    words = (f.counts or "").lower().split()
    if not words:
        return key
    kind = next((_MODIFIER_KINDS[w] for w in words[:-1] if w in _MODIFIER_KINDS), None)
    if kind is None:
        kind = _NOUN_KINDS.get(singular(words[-1]))
    if kind is None and key == ("employee", None):
        kind = "employee"       # ("About 30 people were working at the plant": staff, reader.analysis.people_roles)
    return key if kind is None else (_PREFIX + kind, EVENT)


def one_duty_kind(articles: Sequence[str], keys: Sequence[Key]) -> list[Key]:
    """``keys`` with each count on duty of no kind read as the story's one kind on duty (module doc)."""
    kinds = {k for k in keys if k is not None and k[1] == EVENT and k[0] != _PREFIX}
    return one_kind(articles, keys, (_PREFIX, EVENT), kinds)
