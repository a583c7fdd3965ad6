"""A count whose group is told after its verb: "Eleven of the dead were children", "Of the 131
dead, 27 were children", "Four were children, according to a list of the dead", "Of the 27
confirmed dead, most were women bringing goods back from the market. Seven were children."

A number word with no noun after it was no figure (:mod:`reader.analysis.figures` reads one only
with a cue), and a number in digits had no noun, so a source's "27 were children" met nothing
where another's "Among the dead were 19 children" disagreed. Here the noun of a group of people
told by "were" right after the number (past "of the dead" or "of them") is the count's noun
(:func:`predicate_group`), and the casualties it is a part of are read from the words "the dead",
"the injured" (or "the 27 confirmed dead") in its sentence or the sentence before
(:func:`group_event`), so :mod:`reader.analysis.casualty_parts` keys it as that group among them
(``("part:child", "died")``). With no casualties named there it keeps no event (a part of nothing
the story counts: "Most of the passengers were women; 40 were children" is no toll's part).

Hand-written: a closed class of group nouns and two fixed clause forms of English.
"""

from __future__ import annotations

import re

# groups of people a count of casualties is told to be: "were children", "were women", "were foreigners"
_GROUPS = {"children": "child", "minors": "child", "kids": "child", "women": "woman", "students": "student",
           "pupils": "student", "foreigners": "foreigner", "tourists": "tourist", "firefighters": "firefighter",
           "soldiers": "soldier", "teenagers": "teenager", "babies": "baby", "infants": "baby"}
_GROUP_AFTER = re.compile(r"\s+(?:of\s+(?:the|them|those|these)(?:\s+[\w-]+){0,2}?\s+)?(?:were|was|are)\s+(?:also\s+)?"
                          r"(?:(?:young\s+)?(?P<group>" + "|".join(_GROUPS) + r"))\b", re.IGNORECASE)
# the casualties named before the group, in its sentence or the one before: "of the dead", "Of the 131 dead",
# "the 27 confirmed dead", "a list of the dead"; their event
_CASUALTIES = re.compile(r"\bthe\s+(?:[\d,]+\s+)?(?:(?:confirmed|reported|known)\s+)?"
                         r"(?P<who>dead|killed|victims|injured|wounded|hurt|missing)\b", re.IGNORECASE)
# casualties by the word that names them, and the event they count (victims may be the dead or the hurt:
# compared only with victims); read here and by reader.analysis.casualty_parts ("were among the dead")
CASUALTY_EVENTS = {"dead": "died", "killed": "died", "fatalities": "died", "deceased": "died", "victims": "victims",
                   "injured": "hurt", "wounded": "hurt", "hurt": "hurt", "missing": "missing",
                   "hospitalised": "hospital", "hospitalized": "hospital", "died": "died"}
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z\"“])")
REACH = 300         # characters of the sentence before read, at most


def predicate_group(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The group a number at ``text[start:end]`` counts when it is told after the verb as a part of
    the casualties ("27 were children", "Eleven of the dead were children"): its noun in the singular
    and as written; None when no group follows or no casualties are named in its sentence or the one
    before ("Two were students at the college" is no part of anything the story counts)."""
    m = _GROUP_AFTER.match(text, end)
    if m is None or _casualties(text, *_sentence(text, start, end)) is None:
        return None
    return _GROUPS[m["group"].lower()], m["group"].lower()


def group_event(text: str, sentence_start: int, sentence_end: int) -> str | None:
    """The event of the casualties a group count of the sentence ``sentence_start``-``sentence_end``
    is a part of (module doc), or None."""
    found = _casualties(text, sentence_start, sentence_end)
    return CASUALTY_EVENTS[found["who"].lower()] if found else None


def _casualties(text: str, sentence_start: int, sentence_end: int) -> re.Match[str] | None:
    """The first casualties named in the sentence (to its end: "…, according to a list of the dead") or,
    with none there, the last named in the sentence before."""
    found = _CASUALTIES.search(text, sentence_start, sentence_end)
    if found is None:
        before = text[max(0, sentence_start - REACH):sentence_start]
        starts = [m.end() for m in _SENTENCE_END.finditer(before.rstrip())]
        previous = before[starts[-1] if starts else 0:]
        found = next(reversed(list(_CASUALTIES.finditer(previous))), None)
    return found


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around ``text[start:end]``, by its full stops, within ``REACH``."""
    before = text[max(0, start - REACH):start]
    starts = [m.end() for m in _SENTENCE_END.finditer(before)]
    after = _SENTENCE_END.search(text, end, end + REACH)
    return (max(0, start - REACH) + starts[-1] if starts else max(0, start - REACH),
            after.start() + 1 if after else min(len(text), end + REACH))
