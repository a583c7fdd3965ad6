"""People who attended: "Approximately 45,000 people attended the concert", "after about
60,000 people had packed the arena", "the 250 people who attended".

A count of people names no event, so it had no key and was compared with nothing but a
near-equal value in a like sentence, while the same crowd counted as fans ("some 45,000
fans", :func:`reader.analysis.quantities.quantity_key`: attendance) was keyed. People told
with a verb of attending, packing or filling a venue, or of gathering for or at it ("Some
50,000 people had gathered for the final night"), are that attendance too. The key
names no event, so, as for fans, two sentences must still share words besides the noun
to be compared (:mod:`reader.analysis.conflicts`): a vigil's and a funeral's mourners in
one story stay apart unless told alike.

A crowd told as a crowd ("before a crowd of 40,112", "in front of 38,500 fans") is read here
too, whatever noun the figure was given from its context ("Fourteen people, three of them
children, died when a crowd of nearly 80,000 pressed …": the crowd's, not the children's;
:func:`crowd_attendance`, for :func:`reader.analysis.quantities.quantity_key` and
:mod:`reader.analysis.people_roles`).

Hand-written: a few verbs right after the count, a few words right before it.
"""

from __future__ import annotations

import re

from reader.analysis.figures import Figure

ATTENDANCE = ("attendance", None)
# the rest of a list of nouns the count's noun opens: ", teachers and students"
_LISTED_AFTER = re.compile(r"(?:,\s+[a-z]+){0,3},?\s+and\s+[a-z]+")
_PEOPLE = frozenset({"person", "people", "spectator", "concertgoer", "concert-goer", "attendee"})
_ATTENDED_AFTER = re.compile(r"\s+(?:who\s+)?(?:had\s+|have\s+|has\s+)?(?:attended|packed|filled|jammed|crammed\s+into|"
                             r"(?:gathered|assembled)\s+(?:for|at|in|on|outside|to)\b|"
                             r"turned\s+out\s+(?:for|at|to))\b", re.IGNORECASE)


def attendance_key(text: str, f: Figure) -> tuple[str, None] | None:
    """The attendance key for a count of people told with a verb of attending ("45,000
    people attended the concert"), else None; not a speech's audience (:func:`audience`)."""
    if f.unit not in _PEOPLE or f.qualifier in ("up to", "as many as") or f.high is not None:
        return None
    if audience(text, f, f.sentence_start):
        return None
    return ATTENDANCE if _ATTENDED_AFTER.match(text, f.end, f.sentence_end) else None


def listed_attendance(text: str, f: Figure) -> tuple[str, None] | None:
    """The attendance key for a count of a list of kinds of people told with a verb of attending
    ("More than 600 parents, teachers and students filled the high school auditorium"): a crowd of
    mixed people, whatever the first noun; else None."""
    if f.unit is None or f.qualifier in ("up to", "as many as") or f.high is not None:
        return None
    listed = _LISTED_AFTER.match(text, f.end, f.sentence_end)
    if listed is None or audience(text, f, f.sentence_start):
        return None
    return ATTENDANCE if _ATTENDED_AFTER.match(text, listed.end(), f.sentence_end) else None


def audience(text: str, f: Figure, before: int) -> bool:
    """Whether ``f`` counts the people a speaker addressed ("he told 2,267 people gathered at
    Purdue University", "told a crowd of 1,300 here"): a story of a campaign tells many
    speeches, each to its own audience, so no such count is the story's one attendance."""
    return _SPEECH_BEFORE.search(text[max(before, f.start - 60):f.start]) is not None


def crowd_attendance(text: str, f: Figure, before: int) -> str | None:
    """"before a crowd of 40,112", "in front of 38,500 fans": a match's attendance (a
    bare "before 38,500" from a thousand up; "before 10" is no crowd)."""
    if f.unit not in (None, "fan", "spectator") and f.counts != "people" and not f.counts_inferred:
        return None
    prior = text[max(before, f.start - 40):f.start]
    if audience(text, f, before):
        return None
    if _CROWD_BEFORE.search(prior) or (f.value >= 1000 and _BARE_BEFORE.search(prior)):
        return "attendance"
    return None


def public_speakers(text: str, f: Figure) -> str | None:
    """"More than 60 people spoke during public comment": a meeting's speakers, as "about 35
    speakers" another source counts them (``"speaker"``), else None."""
    return "speaker" if f.unit in _SPEAKING and _SPOKE_AFTER.match(text, f.end) else None


_SPEAKING = frozenset({"person", "resident", "parent", "citizen", "member"})
_SPOKE_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:spoke|testified|took\s+(?:to\s+)?the\s+(?:microphone|podium|lectern)|"
                          r"addressed\s+(?:the\s+)?(?:council|board|commission|committee|meeting))\b", re.IGNORECASE)
_CROWD_BEFORE = re.compile(r"\b(?:crowd|attendance|audience|gate)\s+(?:(?:of|was|totaled|totalled|reached)\s+)?$"
                           r"|\bin\s+front\s+of\s+$", re.IGNORECASE)
_BARE_BEFORE = re.compile(r"\bbefore\s+$", re.IGNORECASE)
# a speech verb whose listeners the count is, with "a crowd of" and a hedge between
_SPEECH_BEFORE = re.compile(r"\b(?:told|tells|telling|addressed|addresses|addressing|"
                            r"(?:spoke|speaks|speaking|said)\s+to)\s+(?:(?:a|an|the)\s+(?:\w+\s+)?(?:crowd|audience|rally|gathering)\s+of\s+)?"
                            r"(?:(?:some|about|around|roughly|nearly|almost|more\s+than|over)\s+)?$", re.IGNORECASE)
