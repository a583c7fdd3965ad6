"""What part of a quantity a count covers, where its sentence says so: the count of a named
holder (:mod:`reader.analysis.count_holders`), a holder's whole size ("Alder Creek, which
has 1,600 students"), a part of a whole ("1,550 of the students were sent home"), or an
increment to a count told before ("Vessen said it would cut another 1,050 jobs", "one has died and
eight others are ill"), or the size of a thing written as a modifier of its noun ("two-lane highways").

Two counts of different scopes are not one quantity told two ways, however alike their
sentences and values: a part is not its whole (1,550 of the school's students against the
school's 1,600), and an increment is not a total (another firm's "another 1,050 jobs"
against the story's 1,100 jobs cut). :mod:`reader.analysis.conflicts` links no two
figures :meth:`CountScopes.apart` tells apart. An increment a quantity key reads as a
count of its own ("Another 27 people were injured" after a toll) is keyed by its event
and is no increment here.

Hand-written: the part and the increment are each told by a few words right at the count
("of the", "another"), which a regular expression reads exactly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.ages import is_age
from reader.analysis.as_of_times import AsOf
from reader.analysis.count_holders import CountHolders
from reader.analysis.event_words import ILL
from reader.analysis.figure_nouns import singular
from reader.analysis.figure_units import MEASURES
from reader.analysis.figure_uses import FigureUse, Key
from reader.analysis.noun_events import PLACED
from reader.analysis.same_things import SAME_THING
from reader.analysis.thing_ages import THINGS

# a part of a whole right after a bare count: "1,550 of the students", "eight of them", "7 of 9"
_PART_AFTER = re.compile(r"\s+of\s+(?:the|its|their|those|these|them|all|our|his|her|\d)", re.IGNORECASE)
# an increment before a count: "another 1,050 jobs", "an additional 300", "a further 12"
_INCREMENT_BEFORE = re.compile(r"\b(?:another|an\s+additional|additional|a\s+further|further)\s+$", re.IGNORECASE)
# ... or a count of the others after one told before: "One patient has died and eight others have
# been sickened" (nine in all, not eight), "two other workers"
_OTHERS_AFTER = re.compile(r"\s+others?\b", re.IGNORECASE)
REACH = 24


class CountScopes:
    """The scope of every figure of ``uses`` (module doc), with its quantity key ``keys``:
    an increment word before a figure keyed by an event was read as a count of its own."""

    def __init__(self, bodies: dict[str, str], uses: Sequence[FigureUse], keys: Sequence[Key]) -> None:
        self.holders = CountHolders(bodies, uses)
        self.parts: list[bool] = []
        self.sizes: list[bool] = []
        self.increments: list[bool] = []
        self.modified = [_modified(u) for u in uses]
        self.times = AsOf(uses)         # a running count's "by Tuesday evening", apart unless aligned
        for k, (u, key) in enumerate(zip(uses, keys, strict=True)):
            f, body = u.figure, bodies[u.article]
            bare = f.unit is None or f.counts_inferred
            part = bare and _PART_AFTER.match(body, f.number_end) is not None
            self.parts.append(part)
            self.sizes.append(not part and self.holders.sizes[k])
            # (not the sick: "One patient has died and eight others have been sickened" are nine sickened)
            own = key is not None and key[1] is not None and not key[1].startswith(PLACED) and key[1] != ILL
            self.increments.append(not own and (_INCREMENT_BEFORE.search(
                body, max(f.sentence_start, f.start - REACH), f.start) is not None
                or _OTHERS_AFTER.match(body, f.number_end) is not None))

    def apart(self, i: int, j: int) -> bool:
        """Whether figures ``i`` and ``j`` are of two scopes: two holders, a part and a
        holder's size, an increment and a count that is none, or the sizes of two things each
        written as a modifier of its noun."""
        if self.increments[i] != self.increments[j]:
            return True
        if (self.parts[i] and self.sizes[j]) or (self.parts[j] and self.sizes[i]):
            return True
        if self.modified[i] and self.modified[j] and self.modified[i] != self.modified[j]:
            return True         # ("widening two-lane highways", "the one-lane span": lanes of two things)
        return self.holders.apart(i, j)


_GENERIC = frozenset({"building", "structure", "one", "thing", "unit"})


def _modified(u: FigureUse) -> str | None:
    """The thing a count written as a compound modifier sizes, by its group ("the one-lane span": a
    bridge, :data:`reader.analysis.thing_ages.THINGS`), None for any other figure or a general noun
    ("the six-storey building" may be the tower another source sizes)."""
    if not u.figure.modifies or is_age(u.figure) or u.figure.unit in MEASURES:
        return None     # (an age or a measure: "a 52-year-old operator" and "a 58-year-old worker" may be one man)
    word = singular(u.figure.modifies.split()[-1].lower())
    return None if word in _GENERIC else THINGS.get(word) or SAME_THING.get(word, word)
