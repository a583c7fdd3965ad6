"""People a flood, a landslide or a snowfall cut off from the outside: "cutting off some 600
people in the villages", "isolating some 600 villagers", "More than 700 people in the two
villages are now cut off", "The 620 residents can reach the valley only by a detour".

Such a count named no event :func:`reader.analysis.quantities.quantity_key` reads (killed,
hurt, evacuated …), so it was keyed by its noun or its place alone, and one source's
"villagers" never met another's "people". Cut off is one event of its own: the people who
stay where they live, their road gone. Every noun of them is the people of the place
(people, residents, villagers, inhabitants), keyed ``("person", CUT_OFF)``.

The marks are a verb of cutting off or isolating right before the count ("cutting off",
"isolating", "stranding"), or, after the count and what places it ("in Vallina"), a
predicate of being cut off ("are now cut off", "remain isolated", "have been marooned"), or
of reaching the outside only one way ("can reach the valley only by a detour").

Hand-written: a few fixed verbs of isolation, read around the count; a count of people
trapped in a building or stranded on a lift is a rescue's and stays with its own rules.
"""

from __future__ import annotations

import re

from reader.analysis.figures import Figure
from reader.analysis.quantities import PERSON, counted_thing

Key = tuple[str, str | None] | None
CUT_OFF = "cut off"
_DWELLERS = PERSON | frozenset({"villager", "inhabitant", "islander", "householder", "local"})
_BEFORE = re.compile(r"\b(?:cutting|cuts|cut|leaving|left)\s+off\s+$|\b(?:isolating|isolated|isolates|marooning|"
                     r"marooned)\s+$", re.IGNORECASE)
# what places the count, up to the predicate: "in Vallina and Cerreto", "of the two villages"
_PLACED = r"(?:\s+(?:in|of|at|on|across|along)\s+[\w'’-]+(?:\s+[\w'’-]+){0,5}?)?"
_AFTER = re.compile(_PLACED + r"\s+(?:(?:are|were|is|was|have\s+been|had\s+been|remain|remained|remains|"
                    r"still|now|left)\s+){1,3}(?:cut\s+off|isolated|marooned|snowed\s+in)\b"
                    r"|" + _PLACED + r"\s+(?:can|could)\s+(?:now\s+)?(?:only\s+)?(?:reach|get\s+to|leave|get\s+out)"
                    r"\b[^.;]{0,40}?\bonly\b", re.IGNORECASE)
_REACH = 90


def cut_off_key(text: str, f: Figure, key: Key) -> Key:
    """``("person", CUT_OFF)`` for a count of people told as cut off (module doc), else
    ``key``; a key of another event is kept."""
    if key is not None and key[1] is not None and not key[1].startswith("in "):
        return key
    thing = counted_thing(f)
    if thing not in _DWELLERS or f.high is not None:
        return key
    if _BEFORE.search(text, max(f.sentence_start, f.start - 24), f.start) or _AFTER.match(
            text, f.end, min(f.sentence_end, f.end + _REACH)):
        return "person", CUT_OFF
    return key
