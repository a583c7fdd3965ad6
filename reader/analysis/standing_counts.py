"""Counts that tell what a place or a firm *is*, not what happened: a venue's capacity
("The stadium, which seats 18,500", "the 18,500-seat stadium", "Harmon Field, which holds
19,000 fans", "a capacity of 52,000") and a firm's workforce ("The mill employs 610
people", "the 5,600 people employed at our yard", "its roughly 6,000 staff", "a workforce of
3,000"); and the strikers a strike is counted by, told as those absent from work ("About
2,900 of the staff did not report for work", "1,900 nurses did not report for their
shifts", "had not turned up").

Each of these is one quantity of the story, told in several frames of English that share no
verb and often no noun: "seats 18,500" counts no noun at all, "holds 19,000 fans" reads as a
crowd, "of its roughly 6,000 staff" is the whole of a partitive (which
:func:`reader.analysis.quantities.quantity_key` leaves unkeyed), and "did not report for
work" is the other side's way of counting those who "walked out". So two sources' values
met nothing. Keyed here by what they are:

- ``CAPACITY``, the key of "the 2,400-seat hall" and "with 2,300 seats" (``("seat",
  None)``): a venue's seats or the people it is built to hold, told in the present
  ("seats", "holds", "can hold", "built to hold", "capacity of", "N-seat"). Never what it
  held on a day ("held 1,120 inmates on Friday") or a crowd, which stay attendance.
- ``WORKFORCE``, the key of "about 4,000 employees" (``("employee", None)``): people
  employed ("employs N", "N people employed at", "a workforce of N", "a staff of N") or
  staff told as the firm's own with a possessive ("its 6,000 staff", "our 400
  employees"). Not staff told by a place or a shift ("85 overnight workers", "46 staff on
  site"), which stay counts of their own.
- The strikers (``(noun, TOOK_PART)``, the key of "4,200 members walked out"; people,
  members and staff are the ``"employee"`` of :func:`reader.analysis.noun_events.job_thing`):
  people told as absent from work in an article that tells a strike, a walkout or a
  stoppage.

A key of no event is compared where the two sentences share words
(:mod:`reader.analysis.conflicts`), as any count of seats or employees is.

Hand-written: each frame is a fixed form of English (a verb of holding or employing right
before the number, a participle right after its noun, a possessive before it); a parser
would read the same frames with a model download the project avoids.
"""

from __future__ import annotations

import re

from reader.analysis.figures import Figure
from reader.analysis.noun_events import TOOK_PART, job_thing
from reader.analysis.quantities import counted_thing

Key = tuple[str, str | None] | None
CAPACITY = ("seat", None)      # (the key of "the 18,500-seat stadium" and "with 2,300 seats")
WORKFORCE = ("employee", None)  # (the key of "about 4,000 employees")
_REACH = 48
# the people a venue holds or a firm employs ("19,000 fans", "6,000 staff", "610 people"; no noun: "seats 18,500")
_PEOPLE = frozenset({None, "person", "fan", "spectator", "seat", "visitor", "guest", "inmate", "patient", "bed",
                     "student", "pupil", "passenger"})
_STAFF = frozenset({None, "person", "employee", "worker", "staff", "staffer", "member", "nurse", "miner", "driver"})
# "which seats 18,500", "can hold 19,000", "built to hold 850", "a capacity of 52,000", "seating for 900"
_HOLDS_BEFORE = re.compile(r"\b(?:(?:which|that|it)\s+(?:now\s+)?(?:seats|holds|accommodates)|"
                           r"(?:can|could|will|would)\s+(?:seat|hold|accommodate)|"
                           r"(?:built|designed|able|licensed)\s+to\s+(?:seat|hold|accommodate)|"
                           r"(?<!crowd\s)(?<!full\s)capacity\s+(?:of|is|was|is\s+about)|seating\s+for)\s+$",
                           re.IGNORECASE)
_SEAT_MODIFIER = re.compile(r"[\w.,]+-seat(?:er)?\b", re.IGNORECASE)
# "employs 610 people", "a workforce of 3,000", "a staff of 400", "employing about 7,400"
_EMPLOYS_BEFORE = re.compile(r"\b(?:employs|employing|employ|(?:work)?force\s+of|staff\s+of|payroll\s+of)\s+$",
                             re.IGNORECASE)
# "the 5,600 people employed at our yard", "4,000 workers employed by the firm"
_EMPLOYED_AFTER = re.compile(r"\s+(?:(?:who\s+)?(?:are|were)\s+)?(?:employed|on\s+the\s+payroll)\b", re.IGNORECASE)
# "its roughly 6,000 staff", "our 400 employees", "the company's 1,200 workers" (not a place's: "Halden's")
_OWN_BEFORE = re.compile(r"\b(?:its|our|their|(?:the\s+)?(?:company|firm|group|employer|plant|yard|mill|"
                         r"factory|hospital|carrier|airline|operator)['’]s?)\s+$", re.IGNORECASE)
_OWN_STAFF = frozenset({"employee", "worker", "staff", "staffer"})
# told by a place or a shift, not the whole staff: "staff on site", "workers at the time", "on the night shift"
_ON_SITE_AFTER = re.compile(r"\s+(?:on\s+(?:site|duty|shift|the\s+\w+\s+shift)|at\s+the\s+time|inside|present)\b",
                            re.IGNORECASE)
# absent from work: "did not report for work", "had not turned up", "stayed away", "failed to report for duty"
_ABSENT_AFTER = re.compile(r"^(?:\s+of(?:\s+[\w'’,-]+){1,10}?)?\s+(?:(?:did|have|had|has)\s+not|didn['’]t|"
                           r"haven['’]t|hadn['’]t|failed\s+to)\s+(?:report(?:ed)?\s+(?:for|to)\s+(?:work|duty|their"
                           r"|the)|turn(?:ed)?\s+up|show(?:n|ed)?\s+up|come\s+(?:in|to\s+work))"
                           r"|^(?:\s+of(?:\s+[\w'’,-]+){1,10}?)?\s+stayed\s+(?:away|off\s+work|home)\b", re.IGNORECASE)
_STOPPAGE = re.compile(r"\b(?:strikes?|striking|walkouts?|walk-outs?|walked\s+(?:out|off)|stoppages?|"
                       r"industrial\s+action|picket(?:s|ing)?)\b", re.IGNORECASE)
_ABSENT_REACH = 160


def standing_key(text: str, f: Figure) -> Key:
    """``CAPACITY``, ``WORKFORCE`` or the strikers' key for ``f`` when one of the module's
    frames tells it, else None."""
    if f.high is not None or f.qualifier in ("up to", "as many as") or f.value < 2:
        return None
    floor = max(f.sentence_start, f.start - _REACH)
    if f.unit in _PEOPLE and (_HOLDS_BEFORE.search(text, floor, f.start)
                              or (f.unit == "seat" and _SEAT_MODIFIER.match(f.text))):
        return CAPACITY
    if f.unit in _STAFF and (_EMPLOYS_BEFORE.search(text, floor, f.start)
                             or (f.unit is not None and _EMPLOYED_AFTER.match(text, f.end, f.sentence_end))):
        return WORKFORCE
    if f.unit in _OWN_STAFF and _OWN_BEFORE.search(text, floor, f.start) and not _ON_SITE_AFTER.match(
            text, f.end, f.sentence_end):
        return WORKFORCE
    thing = counted_thing(f)
    if thing is not None and ":" not in thing and _absent(text, f):
        return ("employee" if thing == "person" else job_thing(thing, TOOK_PART)), TOOK_PART
    return None


def _absent(text: str, f: Figure) -> bool:
    """Whether ``f`` counts people told as absent from work in an article telling a stoppage."""
    return bool(_ABSENT_AFTER.match(text[f.end:min(f.sentence_end, f.end + _ABSENT_REACH)])
                and _STOPPAGE.search(text))
