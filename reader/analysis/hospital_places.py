"""A hospital that is only where the counted people are, or a building they leave: "nine
nurses at a Harlow hospital tested positive", "40 patients were wheeled out of the
hospital's north wing".

The word "hospital" near a count makes it a count of the hospitalised (:mod:`reader.analysis.quantities`:
"taken to hospital", "in hospital", "died at a hospital"). Two structures use the word
for something else, and keyed so the count never met another source's telling of the
same people ("nine nurses caught the virus"; "we moved 40 patients out of the north
wing"):

- a place phrase right after the counted noun: "patients at an Ohio hospital have
  contracted …" names which patients, as "workers at the plant" does; with a verb before
  it ("were treated at a hospital", "spent time in a hospital") it stays the event;
- a hospital left or a part of it: "moved out of the hospital", "evacuated from the
  hospital's east tower": the building is the place of a move, not a stay in hospital
  ("released from hospital" without the building's part stays as it was).

:func:`hospital_as_place` takes such phrases out of the words an event is read from
(:func:`reader.analysis.event_places.without_places`).

Hand-written: prepositions and the possessive are a closed set; the place must follow the
counted noun at once (a figure ends with its noun), so no verb can stand between.
"""

from __future__ import annotations

import re

# a determiner and up to three words of the hospital's name or kind: "an Ohio", "the city's main"
_HOSPITAL = r"(?:an?|the|its|their)\s+(?:[\w'’.-]+\s+){0,3}?hospitals?\b"
# the part of the building after its owner: "the hospital's east tower"
_PART = r"['’]s(?:\s+(?!(?:on|in|at|this|last|for|after|and)\b)[a-z-]+){1,2}"
# the counted noun's own place: the text after the figure (which ends with its noun, "Twelve
# patients") opens with "at"/"in" a hospital; any word between ("guests spent time in a hospital",
# "were treated at") is a verb's, whose place is its event
_NOUN_PLACE_RE = re.compile(rf"^\s*(?:at|in)\s+{_HOSPITAL}(?:{_PART})?", re.IGNORECASE)
# out of a hospital, or from a part of one: the building of a move
_LEFT_RE = re.compile(rf"\b(?:out\s+of\s+{_HOSPITAL}(?:{_PART})?|from\s+{_HOSPITAL}{_PART})", re.IGNORECASE)


def hospital_as_place(words: str) -> str:
    """``words`` (the text after a figure, or before it) without a hospital named as the
    counted people's place or as a building they leave (module doc)."""
    return _NOUN_PLACE_RE.sub(" ", _LEFT_RE.sub(" ", words), count=1)
