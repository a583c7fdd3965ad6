"""Counts of a whole group that :func:`reader.analysis.quantities.quantity_key` leaves with
no key because they are the whole a part is told of: an owner's count ("roughly 15 per cent
of the school's 420 pupils", "30 of the club's 240 members") and the group none of whom an
event struck ("None of the three crew members was hurt").

Such a count is no count of the part's event (the pupils taken ill, the crew hurt), so it
gets no event; but it is the story's count of the group, which another source gives in its
own form: the owner's size as a compound ("the 450-pupil school", keyed ``("pupil", "size of
school")`` by :mod:`reader.analysis.modifier_counts`), the group by its noun ("a crew of
four", "The three crew were unhurt"). Left unkeyed, one source's 420 met nothing and
another's 450 agreed with it.

- An owner's count, after a common noun's possessive ("the school's", "its owner's"; a
  name's possessive is a holder's, :mod:`reader.analysis.count_holders`), is keyed as the
  owner's size, ``(thing, "size of <owner>")``.
- A group after "none of" is keyed by its noun with no event, ``("crew", None)``: a noun
  with no event, compared only where sentences share words or the story's sources tell it
  two ways (:mod:`reader.analysis.conflicts`). People counted as "people" are not keyed (a
  person with no event is no quantity of the story).

Hand-written: the possessive and "none of" are fixed frames of English.
"""

from __future__ import annotations

import re

from reader.analysis.figure_nouns import singular
from reader.analysis.figures import Figure
from reader.analysis.measure_events import SIZE
from reader.analysis.quantities import PERSON, counted_thing

Key = tuple[str, str | None] | None
_TIMES = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})
# the owner of a count, a common noun's possessive right before it: "the school's 420 pupils"
_OWNER_BEFORE = re.compile(r"\b(?:the|its|their|this|that)\s+(?P<noun>[a-z]+)['’]s?\s+$")
# the people none of whom an event struck: "None of the three crew members was hurt"
_NONE_OF_BEFORE = re.compile(r"\b(?:none|neither|nobody|no\s+one)\s+of\s+(?:the\s+|its\s+|their\s+)?$",
                             re.IGNORECASE)


def whole_key(text: str, f: Figure) -> Key:
    """The key of a count of a whole group that has no key (module doc), else None."""
    if f.unit is None or f.unit in _TIMES or f.value <= 1:
        return None
    thing = counted_thing(f)
    if thing is None or ":" in thing:
        return None
    floor = max(f.sentence_start, f.start - 40)
    owner = _OWNER_BEFORE.search(text, floor, f.start)
    if owner is not None and owner["noun"] not in _TIMES:
        return thing, f"{SIZE} of {singular(owner['noun'])}"
    if _NONE_OF_BEFORE.search(text, floor, f.start) and thing not in PERSON and not f.qualifier:
        return thing, None
    return None
