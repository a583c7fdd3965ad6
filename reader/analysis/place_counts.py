"""Counts told of a named place: "12 stores in Ohio", "11 in Pennsylvania", "12 confirmed
cases in Sandwell and five in Walsall", "Ten patients were brought to IU Health Ball
Memorial Hospital", "Eight of the injured were taken to IU Health Ball Memorial Hospital".

News breaks a total down by place, and lists drop the noun after its first item ("12 stores
in Ohio, 11 in Pennsylvania"); a report that gives another place's count gives it the same
way ("including 11 in Ohio"). The count of one place is a quantity of its own: keyed by the
place's name, it is compared with the count other sources give for that name, never with
the total or with another place's count (which the key of what is counted alone, "store",
would do). So where a story breaks a count down by place (:func:`by_place`), a count that
names no event is keyed by what it counts and the place, ``("store", "in Ohio")``; such a
key is compared as one that names no event: only when the two sentences share words
besides what they count and no article states both values (:mod:`reader.analysis.conflicts`).

The place is a capitalised name right after the count: "in", "at" or "across" it ("stores
in Ohio", "cases are in Birmingham"), or "to" it after a verb that moves people ("taken to",
"brought to", "flown to"). A count of an event ("killing five people in Texas") keeps its
event's key: a toll is the event's wherever it is told. A part of the hurt ("Eight of the
injured", "three of those hospitalised") is no count of the hurt: it is keyed by its place
or not at all; but a part taken to hospital with no named place, or to a place named as a
hospital ("Dunford General", :mod:`reader.analysis.hospital_names`), is the count taken to
hospital ("Four of the injured were flown to hospitals") unless the story breaks its count
down by hospital. A bare number after "including"
counts the plural noun before it ("shutting stores, including 11 in Ohio").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.analysis.dates import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from reader.analysis.figure_nouns import singular
from reader.analysis.figures import Figure
from reader.analysis.hospital_names import is_hospital_name
from reader.analysis.noun_events import PLACED
from reader.analysis.quantities import counted_thing
from reader.text.tokens import STOPWORDS

Key = tuple[str, str | None] | None

# the hurt a part is taken from: "Eight of the injured", "three of those hospitalized"
_OF_THE_HURT = re.compile(r"\s+of\s+(?:the|them|those|these)\s+(?:\w+\s+)?(?:injured|wounded|hurt|"
                          r"hospitali[sz]ed|casualties|victims|patients)\b", re.IGNORECASE)
_WORD = r"[A-Z](?:[\w&'’-]|\.(?=\w))*"
_NAME = rf"({_WORD}(?:[ \t]+(?:of[ \t]+)?{_WORD}){{0,5}})"
_BEING = r"(?:\s+(?:are|is|were|was|have\s+been|has\s+been|had\s+been|been|now|all))*"
_MOVED = r"\s+(?:taken|brought|flown|rushed|transported|airlifted|sent|moved|admitted|transferred)"
_PLACE_AFTER = re.compile(rf"{_BEING}(?:\s+(?:in|at|across)|{_MOVED}\s+to)\s+(?:the\s+)?{_NAME}")
# a list's item after the noun it counts: "shutting stores, including 11 in Ohio"
_INCLUDING_BEFORE = re.compile(r"\b([a-z]+s),?\s+(?:including|among\s+them)\s+$")
# the word a hospital's full name may drop ("Marl County Hospital" is "Marl County")
_HOSPITAL_WORD = re.compile(r"\s+hospital$")
# names that are times, not places ("in March", "on Tuesday")
_NOT_PLACES = frozenset(w.lower() for w in (*MONTHS, *WEEKDAYS, *MONTH_ABBREVIATIONS))


def place_key(text: str, f: Figure, key: Key) -> tuple[Key, tuple[str, str] | None]:
    """``key`` (None for a part of the hurt, "Eight of the injured") and, for a count that
    names no event and is told of a named place, what it counts and the place (module doc)."""
    part = _OF_THE_HURT.match(text, f.number_end)
    if part and key is not None and key[1] == "hospital":
        named = place_after(text, part.end())
        if named is None or is_hospital_name(named):     # "Four of the injured were flown to hospitals"
            return key, (("person", named) if named else None)  # (a named one kept if the story breaks down by it)
    if part:
        key = None
    elif key is not None and (key[1] is not None or ":" in key[0]):
        return key, None        # an event's count, a measure, a sum, a duration: not a place's count
    if (f.unit is not None or f.counts) and not part and not _counted(f):
        return key, None
    place = place_after(text, part.end() if part else f.end)
    if place is None:
        return key, None
    thing = "person" if part else key[0] if key is not None else _thing(text, f)
    return key, ((thing, place) if thing else None)


def by_place(articles: Sequence[str], keys: list[Key], places: Sequence[tuple[str, str] | None]) -> list[Key]:
    """``keys`` with each count told of a place keyed by the place too (``(thing, "in Ohio")``)
    where the story breaks what it counts down by place (an article gives it for two places
    or more) or where it had no key; a count told of one place only ("employs 3,200 workers
    in Ashby") keeps its key, so a report that names no place is still compared with it."""
    seen: dict[tuple[str, str], set[str]] = {}
    for article, place in zip(articles, places, strict=True):
        if place is not None:
            seen.setdefault((place[0], article), set()).add(place[1])
    broken = {thing for (thing, _), where in seen.items() if len(where) > 1} | _two_hospitals(keys, places)
    return [(place[0], PLACED + place[1]) if place is not None and (key is None or place[0] in broken) else key
            for key, place in zip(keys, places, strict=True)]


def _two_hospitals(keys: list[Key], places: Sequence[tuple[str, str] | None]) -> set[str]:
    """What counts taken to a named hospital count where the story names two hospitals for
    them ("Three of the injured were taken to Orvil General" in one report, "Five of the
    injured were taken to Marl County Hospital" in another: two hospitals' parts)."""
    named: dict[str, set[str]] = {}
    for key, place in zip(keys, places, strict=True):
        if place is not None and key is not None and key[1] == "hospital":
            named.setdefault(place[0], set()).add(_HOSPITAL_WORD.sub("", place[1].lower()))
    return {thing for thing, names in named.items() if len(names) > 1}


def place_after(text: str, at: int) -> str | None:
    """The place named right after ``at`` (module doc); None when there is none."""
    found = _PLACE_AFTER.match(text, at)
    if found is None:
        return None
    words = found.group(1).split()
    if words[0].lower() in _NOT_PLACES or words[0].lower() in STOPWORDS or any(c.isdigit() for c in words[0]):
        return None
    return " ".join(words)


def _counted(f: Figure) -> bool:
    """Whether ``f`` counts things (not a measure, a sum or a time)."""
    thing = counted_thing(f)
    return thing is not None and not thing.startswith("measure:")


def _thing(text: str, f: Figure) -> str | None:
    """What a count with no key counts: its unit's thing, or a bare number's plural noun
    before "including"."""
    if f.unit is not None or f.counts:
        return counted_thing(f)
    before = _INCLUDING_BEFORE.search(text, max(f.sentence_start, f.start - 40), f.start)
    return counted_thing(_with_unit(f, singular(before.group(1)))) if before else None


def _with_unit(f: Figure, unit: str) -> Figure:
    return replace(f, unit=unit)
