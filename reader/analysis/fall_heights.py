"""The height a body fell, told by the verb of falling that governs the length: "the coach
fell about 30 metres", "the car dropped some 35 feet onto the track", "plunged 40 feet".

:mod:`reader.analysis.measure_kinds` reads a length right after a verb of rising or falling
as a change of a level ("the river fell two feet") and keeps it no key; a fall to a place
("fell 20 feet to the ground") was kept as a plain length with no event, a soft key that
pairs only through shared words. So one source's "fell about 30 metres" and another's "fell
some 50 metres into the gorge" were never compared, though both tell the one height of the
one fall. What decides between a level's change and a body's fall is the clause's subject,
not the verb: a level, a river, water, a price or a temperature changes; a vehicle, a car of
a ride, a person falls. Here a length governed by a verb of falling (any tense, a hedge
between: "fell approximately", "had dropped some") whose sentence names no level before the
verb (nor a pronoun, which may stand for one), and is not one end of a change ("by", "to 12
feet", "from 20 feet") is the height of the fall, keyed with the event ``fell``: the
measure's key names what it measures, as a duration's names what lasted
(:mod:`reader.analysis.duration_subjects`).

Hand-written: the verbs of falling and the nouns of levels are short closed word classes of
English, read by regular expressions; a parser would not tell a level from a body either.
"""

from __future__ import annotations

import re

from reader.analysis.figures import Figure

FELL = "fell"
_HEIGHTS = frozenset({"measure:foot", "measure:meter"})
REACH = 40
# the verb of falling right before the length, a hedge between (not "by": "fell by 2 metres" is a change)
_FALL_BEFORE = re.compile(r"\b(?P<verb>fell|fallen|falls|falling|fall|dropped|drops|dropping|plunged|plunging|plunges|"
                          r"plummeted|plummeting|tumbled|tumbling|toppled)\s+(?:(?:about|around|nearly|almost|roughly|"
                          r"some|approximately|an\s+estimated|more\s+than|over|at\s+least|up\s+to|close\s+to|"
                          r"just\s+over|just\s+under|perhaps|possibly)\s+)?$", re.IGNORECASE)
# what rises and falls as a level: the clause's subject is one of them
_LEVELS = re.compile(r"\b(?:levels?|rivers?|water|waters|lakes?|reservoirs?|tides?|seas?|creeks?|streams?|"
                     r"floodwaters?|gauges?|crests?|prices?|rates?|temperatures?|mercury|index|shares?|stocks?|"
                     r"value|snowpack|aquifer|table|pressure|it|they|this|that)\b", re.IGNORECASE)
# one end of a change after the length: "to 12 feet", "from 20 metres", "below flood stage"
_CHANGE_END_AFTER = re.compile(r"\s*(?:,\s*)?(?:to|from)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+)?"
                               r"[\d.,]+|\s+(?:below|above|under|overnight|in\s+\w+\s+hours?|a\s+day|per)\b",
                               re.IGNORECASE)


def fall_height(text: str, f: Figure, thing: str) -> bool:
    """Whether the length ``f`` keyed ``thing`` is the height a body fell (module doc)."""
    if thing not in _HEIGHTS:
        return False
    fall = _FALL_BEFORE.search(text, max(f.sentence_start, f.start - REACH), f.start)
    if fall is None or _CHANGE_END_AFTER.match(text, f.end):
        return False
    return _LEVELS.search(text, f.sentence_start, fall.start()) is None


# the height a body fell from, told after the verb: "plunged from around 25 metres", "fell from
# some 40 feet" (not the start of a level's change: "fell from 20 feet to 12 feet")
_FALL_FROM_BEFORE = re.compile(r"\b(?:fell|fallen|falling|dropped|dropping|plunged|plunging|plummeted|plummeting|"
                               r"tumbled|tumbling|toppled|crashed)\s+(?:down\s+)?from\s+(?:a\s+height\s+of\s+)?"
                               r"(?:(?:about|around|nearly|almost|roughly|some|approximately|more\s+than|over|"
                               r"at\s+least|close\s+to|an\s+estimated)\s+)?$", re.IGNORECASE)
_TO_AFTER = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*)?to\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+)?"
                       r"[\d.,]", re.IGNORECASE)


def fall_from_height(text: str, f: Figure, thing: str) -> bool:
    """Whether the length ``f`` keyed ``thing`` is the height a body fell from ("the basket
    plunged from around 25 metres"): a fall's height as :func:`fall_height` reads one told
    after the verb, but for its "from"."""
    if thing not in _HEIGHTS:
        return False
    fall = _FALL_FROM_BEFORE.search(text, max(f.sentence_start, f.start - REACH - 20), f.start)
    if fall is None or _TO_AFTER.match(text, f.end):
        return False
    return _LEVELS.search(text, f.sentence_start, fall.start()) is None
