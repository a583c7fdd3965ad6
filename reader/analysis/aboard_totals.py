"""People aboard against passengers and crew: "The train was carrying 212 passengers and
five crew" in one report and "About 250 people were on the train" in another.

People aboard a craft (:mod:`reader.analysis.aboard_counts`) and its passengers are two
keys, and rightly: the people aboard are the passengers and the crew, so "180 passengers"
and "186 people aboard" agree. A report that counts both the passengers and the crew in
one sentence states the people aboard too (their sum), so against a count of people
aboard that fits neither the sum nor the passengers alone, the passengers figure is a
count of the people aboard that disagrees: 212 passengers and five crew (217 aboard) and
about 250 people on the train cannot both hold. Nothing is read when any count of people
aboard agrees with the sum or with the passengers alone, nor from a count of people still
or left aboard (a part of them, later), nor when no report gives the crew: "212
passengers" and "about 250 people aboard" may differ by a crew of any size.

Hand-written: one rule over the quantity keys already read, with the one pattern of a
crew count joined to the passengers.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from reader.analysis.aboard_counts import ABOARD
from reader.analysis.figure_uses import FigureUse, Key
from reader.analysis.figures import Figure
from reader.analysis.quantities import compatible

_PEOPLE_ABOARD = ("person", ABOARD)
_CREW = frozenset({"crew", "crewman", "crewmember", "crew member", "staff"})
_JOINED = re.compile(r"^\s*(?:,\s*)?(?:and|plus|as\s+well\s+as)\s+$", re.IGNORECASE)
# a count of people aboard that is a part of them, at a later time
_PART = re.compile(r"\b(?:still|remain(?:s|ed|ing)?|trapped|stranded|stuck)\b|\bleft\s+(?:aboard|on\s+board|behind)\b",
                   re.IGNORECASE)


def passengers_aboard(uses: Sequence[FigureUse], keys: list[Key]) -> list[Key]:
    """``keys`` with each passengers figure told beside the crew ("212 passengers and five
    crew") keyed as people aboard, when every count of people aboard in the story fits
    neither the passengers nor their sum with the crew (module doc)."""
    aboard = [u.figure for u, k in zip(uses, keys, strict=True) if k == _PEOPLE_ABOARD and not _PART.search(u.sentence)]
    if not aboard or any(k == _PEOPLE_ABOARD and _PART.search(u.sentence) for u, k in zip(uses, keys, strict=True)):
        return keys
    out = list(keys)
    for n, total in _with_crew(uses, keys):
        passengers = uses[n].figure
        if not any(compatible(m, total) or compatible(m, passengers) for m in aboard):
            out[n] = _PEOPLE_ABOARD
    return out


def _with_crew(uses: Sequence[FigureUse], keys: list[Key]) -> list[tuple[int, Figure]]:
    """Each passengers figure (no event but being aboard) followed in its sentence by a
    count of the crew ("212 passengers and five crew"), with a figure of their sum."""
    found = []
    for n in range(len(uses) - 1):
        u, v, k, c = uses[n], uses[n + 1], keys[n], keys[n + 1]
        if k is None or c is None or k[0] != "passenger" or k[1] not in (None, ABOARD) or c[0] not in _CREW:
            continue
        f, g = u.figure, v.figure
        if u.article != v.article or f.sentence_start != g.sentence_start or f.high is not None or g.high is not None:
            continue
        gap = u.sentence[f.end - f.sentence_start:g.start - f.sentence_start]
        if g.qualifier or u.sentence.startswith("…") or not _JOINED.match(gap):
            continue
        found.append((n, dataclasses.replace(f, value=f.value + g.value)))
    return found
