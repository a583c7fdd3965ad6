"""How long responders took to reach an incident: "Police arrived within four minutes" against
"Officers got to the scene about a quarter of an hour after the alarm sounded"; "his crews were on
scene within four minutes of the first 911 call" against "Firefighters took nine minutes to arrive".

A response time names no counted noun, and the lengths of time :mod:`reader.analysis.duration_subjects`
keys are what an event lasted; so two reports of one response never met. Here a length of minutes or
hours told as the time to arrive ("arrived within", "arrived in", "got to the scene", "reached the
scene", "were on scene within", "took … to arrive", "to respond", "to reach the scene") is keyed
``"duration:response (<who>)"`` (then ``("duration:response", <who>)``, :func:`response_key`: one
incident's response by one kind of responder is one quantity), by the responders its clause names
before the verb: police
(police, officers, deputies, troopers), fire (firefighters, fire crews, crews, the fire department),
medics (paramedics, ambulances, EMS) or a hazardous materials team; with none named it is not keyed, as
a story's responders arrive at many times.

Hand-written: a handful of English verb phrases of arriving and a closed table of responders.
"""

from __future__ import annotations

import re

_UNITS = {"minute", "hour"}
_QUALIFIER = (r"(?:(?:about|around|nearly|almost|more\s+than|less\s+than|over|under|at\s+least|roughly|some|"
              r"just|only)\s+)?")
# the verb of arriving right before the length: "arrived within", "got to the scene", "were on scene within"
_ARRIVED_BEFORE = re.compile(r"\b(?:arrived|arriving|got\s+(?:there|to\s+the\s+(?:scene|site|building|house|home))"
                             r"|reached\s+the\s+(?:scene|site|building|house|home)|(?:were|was)\s+on\s+(?:the\s+)?scene)"
                             r"\s+(?:(?:within|in|after)\s+)?" + _QUALIFIER + r"$", re.IGNORECASE)
# "took nine minutes to arrive", "took crews 12 minutes to reach the scene"
_TOOK_BEFORE = re.compile(r"\btook\s+(?:[a-z]+\s+){0,2}?" + _QUALIFIER + r"$", re.IGNORECASE)
_TO_ARRIVE_AFTER = re.compile(r"\s+(?:for\s+[\w\s]{1,30}?\s+)?to\s+(?:arrive|respond|get\s+there|reach\s+the\s+"
                              r"(?:scene|site|building|house|home))\b", re.IGNORECASE)
_RESPONDERS = (("police", r"police|officers?|deputies|deputy|troopers?|sheriff['’]s\s+(?:office|deputies)"),
               ("hazmat", r"hazardous\s+materials|hazmat|haz-mat"),
               ("medics", r"paramedics?|ambulances?|EMS|medics?|emergency\s+medical"),
               ("fire", r"firefighters?|fire\s+(?:crews?|department|engines?|trucks?|companies)|crews|engines?"))
_RESPONDER = re.compile("|".join(rf"\b(?P<{kind}>{words})\b" for kind, words in _RESPONDERS), re.IGNORECASE)
_REACH = 160
_KEY = re.compile(r"duration:response \((?P<who>[a-z]+)\)")
RESPONSE = "duration:response"
# each kind's words in a conflict's label, "time for police to arrive" (read by reader.analysis.conflict_labels)
RESPONDER_WORDS = {"police": "police", "fire": "firefighters", "medics": "paramedics",
                   "hazmat": "the hazardous materials team"}


def response_time(text: str, unit: str | None, start: int, end: int, sentence_start: int) -> str | None:
    """``"duration:response (<who>)"`` for a length of time at ``text[start:end]`` told as responders'
    time to arrive (module doc), else None."""
    if unit not in _UNITS:
        return None
    lo = max(sentence_start, start - _REACH)
    verb = _ARRIVED_BEFORE.search(text, lo, start)
    if verb is None:
        took = _TOOK_BEFORE.search(text, lo, start)
        verb = took if took is not None and _TO_ARRIVE_AFTER.match(text, end) else None
    if verb is None:
        return None
    found = list(_RESPONDER.finditer(text, lo, end if verb.re is _TOOK_BEFORE else verb.start()))
    if verb.re is _TOOK_BEFORE:
        found += list(_RESPONDER.finditer(text, end, min(len(text), end + 40)))
    kinds = {m.lastgroup for m in found}
    return f"{RESPONSE} ({kinds.pop()})" if len(kinds) == 1 else None


def response_key(key: tuple[str, str | None] | None) -> tuple[str, str | None] | None:
    """``key`` with a response time's responders as its event (``("duration:response", "police")``): one
    incident's response by one kind of responder is one quantity, whatever words its sentences share."""
    m = _KEY.fullmatch(key[0]) if key is not None and key[1] is None else None
    return (RESPONSE, m["who"]) if m else key
