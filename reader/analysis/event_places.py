"""Words beside a count that are no event of the count: a place its sentence names ("About
60 ambulances lined up outside the hospital's main entrance" counts no one taken to
hospital) and an adjective beside a verb's event ("about 400 new vehicles were damaged"
counts vehicles damaged, not vehicles added).

:func:`reader.analysis.quantities.quantity_key` reads a count's event from the words
around it ("were taken to hospital", "were injured"); a word of an event there was read as
the count's event wherever it stood, so a hospital named as where the ambulances waited
made them a count of the hospitalised, and one source's ambulances never met another's.
Here the words of a locative phrase ("outside the hospital", "near the school's gates",
"in front of the clinic's doors") are taken out
of the words an event is read from. A place a count was taken *to*, or is *in* or *at*
("taken to hospital", "in hospital", "died at a hospital"), stays: that is the event (not the
counted noun's own place, "patients at a hospital", nor a hospital left: :mod:`reader.analysis.hospital_places`); a
hospital told by its name alone ("taken to Dunford General") is read as "hospital"
(:mod:`reader.analysis.hospital_names`).

A noun's own event (:func:`reader.analysis.noun_events.noun_event`) is read before the
verb's for vehicles and for a thing destroyed; its "added" is an adjective's ("new",
"extra"), so beside a verb's event the verb's is kept (:func:`over_verb`): one source's
"400 new vehicles were damaged" and another's "650 vehicles were damaged" count one thing.

Hand-written: English locative prepositions and the possessive are a closed set.
"""

from __future__ import annotations

import re

from reader.analysis.hospital_names import as_hospital
from reader.analysis.hospital_places import hospital_as_place

# a locative preposition and the place it governs (and the participle of living there: "people living
# closest to the plant were told to leave"): a name ("near Harrel"), or a determiner and
# one noun ("outside the station"), or an owner and up to two words of its thing ("outside the
# hospital's main entrance"); never the words after it ("The crash near Harrel killed all five")
_PLACE = re.compile(r"\b(?:(?:living|residing)\s+)?(?i:outside|near|beside|behind|opposite|in\s+front\s+of|"
                    r"across\s+from|next\s+to|close\s+to|clos(?:er|est)\s+to|nearest(?:\s+to)?|alongside)\s+(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
                    r"|(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+['’]s(?:\s+[a-z-]+){1,2}|[a-z-]+))")


def without_places(words: str) -> str:
    """``words`` with their locative phrases taken out (module doc)."""
    return _PLACE.sub(" ", hospital_as_place(as_hospital(words)))


def over_verb(found: str | None, event: str | None) -> str | None:
    """The event of a count whose noun gives ``found`` and whose verb gives ``event``: the
    noun's, except an adjective's "added" beside a verb's event (module doc)."""
    return event if found == "added" and event is not None else (found or event)
