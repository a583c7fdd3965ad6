"""Counts of a group of an event's casualties, told as a part of them: "eight children were
among the dead", "among the injured were three firefighters", "At least 31 people drowned,
including seven children", "the bodies of 31 persons, among them seven minors"; and a group told after its verb, "Of
the 131 dead, 27 were children" (:mod:`reader.analysis.predicate_groups`).

Such a count is no toll: keyed like one (people killed), it conflicted with every source's
toll (31 dead against "nine children were among the dead"). It is the count of its own group
among the casualties, keyed ``("part:child", "died")``: compared with the same group told
as a part in another source (seven children against nine), never with the whole. Children
and minors are one group; other nouns are each their own ("part:firefighter"). A part
counted as bare people ("including five people from Varn") is no group reader can name:
its key is None (compared by sentence context only). A part set off by commas before its
whole's verb takes the event of that verb: "At least 12 people, including four children, were
killed" and "Fourteen people, three of them children, died" are both children among the dead.

Hand-written: the part is told by a few fixed words around the count ("among the dead",
"including", "among them"), which a regular expression reads exactly.
"""

from __future__ import annotations

import re

from reader.analysis.currencies import MONEY_UNITS
from reader.analysis.figure_units import one_spelling
from reader.analysis.figures import Figure
from reader.analysis.predicate_groups import CASUALTY_EVENTS, group_event, predicate_group

PART = "part:"
Key = tuple[str, str | None] | None
# the casualties a part is told among, and the event they count
_AMONG = CASUALTY_EVENTS
_WHO = "|".join(_AMONG)
# "eight children were among the dead", "two are among the seriously injured"
_AMONG_AFTER = re.compile(r"\s+(?:were|was|are|is)\s+(?:also\s+)?(?:listed\s+)?among\s+(?:the\s+)?"
                          r"(?:(?:those|people)\s+(?:who\s+)?(?:were\s+)?)?(?:\w+ly\s+)?(?P<who>" + _WHO + r")\b",
                          re.IGNORECASE)
# "among the dead were eight children", "Among the injured are three firefighters"
_AMONG_BEFORE = re.compile(r"\bamong\s+(?:the\s+)?(?:\w+ly\s+)?(?P<who>" + _WHO + r")\s+(?:were|was|are|is)\s+"
                           r"(?:(?:at\s+least|about|some|an\s+estimated)\s+)?$", re.IGNORECASE)
# "…, including seven children", "…, among them seven minors", "of whom four were children" is not read
_INCLUDING_BEFORE = re.compile(r"\b(?:including|among\s+them|among\s+whom)\s+(?:(?:at\s+least|about|some)\s+)?$",
                               re.IGNORECASE)
REACH = 50
# people counted as a whole, no group of them: the toll's own nouns
_BARE = {"person", "people", "individual", "other", "victim", "casualty", "fatality", "death", "life", "dead"}
_SAME_GROUP = {"minor": "child", "kid": "child"}
# the events a count of people is part of
CASUALTIES = frozenset({"died", "hurt", "hospital", "missing"})


def part_key(text: str, f: Figure, whole: Key, own: Key = None) -> tuple[bool, Key]:
    """Whether ``f`` (keyed ``own`` by what it counts) counts a part of an event's casualties
    (module doc), and then its key; ``whole`` is the key of the figure before it in its
    sentence (the casualties "including" follows). A part told with an event of its own is
    a count of that event ("More than 70 people were treated, including 10 with serious
    injuries": the seriously hurt)."""
    if f.unit is None or f.unit in (*MONEY_UNITS, "percent"):
        return False, None
    event = _among(text, f)
    if event is None and predicate_group(text, f.number_start, f.number_end) is not None:  # ("Seven were children")
        event = group_event(text, f.sentence_start, f.sentence_end)
    if event is None and whole is not None and whole[1] in CASUALTIES and (
            own is None or own[1] in (None, whole[1])) and _INCLUDING_BEFORE.search(
            text, max(f.sentence_start, f.start - REACH), f.start):
        event = whole[1]
    if event is None and (whole is None or whole[1] is None) and _set_off(text, f):
        event = _apposition_event(text, f)
    if event is None:
        return False, None
    group = part_group(f)
    return True, None if group is None else (group, event)


def part_group(f: Figure) -> str | None:
    """The key's noun of a part counted by ``f`` ("part:child" for "four children" or "two
    minors"), None for bare people ("five people": no group reader can name)."""
    noun = one_spelling(f.unit or "")
    return None if not noun or noun in _BARE else PART + _SAME_GROUP.get(noun, noun)


def _among(text: str, f: Figure) -> str | None:
    """The event of the casualties ``f`` is told among ("were among the dead"), or None."""
    after = _AMONG_AFTER.match(text, f.end, min(f.sentence_end, f.end + REACH))
    found = after or _AMONG_BEFORE.search(text, max(f.sentence_start, f.start - REACH), f.start)
    return _AMONG[found.group("who").lower()] if found else None


# a part set off by commas before its whole's verb: "At least 12 people, including four children,
# were killed", "Fourteen people, three of them children, died"
_OF_THEM = re.compile(r"[\w.,-]+\s+of\s+(?:them|whom)\s+", re.IGNORECASE)
_SET_OFF_BEFORE = re.compile(r",\s*(?:(?:including|among\s+them|among\s+whom)\s+(?:(?:at\s+least|about|some)\s+)?)?$",
                             re.IGNORECASE)
_APPOSITION_END = re.compile(r"[^,.;:!?]{0,30},\s*(?:(?:were|was|are|have\s+been|had\s+been)\s+)?(?:\w+ly\s+)?"
                             r"(?P<verb>killed|died|dead|injured|hurt|wounded|hospitali[sz]ed|missing)\b",
                             re.IGNORECASE)
_VERB_EVENT = {"killed": "died", "died": "died", "dead": "died", "injured": "hurt", "hurt": "hurt", "wounded": "hurt",
               "hospitalised": "hospital", "hospitalized": "hospital", "missing": "missing"}



def told_of_them(text: str, f: Figure, key: Key) -> Key:
    """``key`` of a count told as a part of the count before it by "of them" ("23 riders, 11 of them
    elementary pupils") read as that part's group with its event: the 11 are no count of pupils the
    story's other pupils can be set against, only the same part told elsewhere; else ``key``."""
    if key is None or key[0].startswith(PART) or not _OF_THEM.match(text, f.start, f.end):
        return key
    group = part_group(f)
    return None if group is None else (group, key[1])


def casualty_event(word: str) -> str | None:
    """The event a casualty word tells (``injured``, ``hurt``, ``wounded``: ``hurt``;
    ``killed``, ``died``, ``dead``: ``died``), or None for any other word."""
    return _VERB_EVENT.get(word.lower())

def _set_off(text: str, f: Figure) -> bool:
    """Whether ``f`` is a part told between commas after its whole ("12 people, including
    four children, …"; "14 people, three of them children, …")."""
    floor = max(f.sentence_start, f.start - REACH)
    if _OF_THEM.match(text, f.start, f.end):
        return text[floor:f.start].rstrip().endswith(",")
    found = _SET_OFF_BEFORE.search(text, floor, f.start)
    return found is not None and found.group().strip() != ","


def _apposition_event(text: str, f: Figure) -> str | None:
    """The casualties' event told by the verb after the part's closing comma ("…, were
    killed"), or None."""
    found = _APPOSITION_END.match(text, f.end, min(f.sentence_end, f.end + REACH + 30))
    return _VERB_EVENT[found.group("verb").lower()] if found else None
