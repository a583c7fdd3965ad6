"""Counts joined by "and" before one verb share its event: "Nineteen pupils and two staff
members were taken to hospitals", "Six adults, two children and three teachers were killed".

The event of a count is read beside it (:func:`reader.analysis.quantities.quantity_key`),
so only the count next to the verb got it: "two staff members" was counted as taken to
hospital, "Nineteen pupils" as pupils of no event, and then listed as a rival of "47
pupils were sickened" (people hospitalised are a part of those sickened, not another
count of them). This pass keys the counts of such a list, joined only by "and" or a comma,
the earlier with no event of its own, as parts of the event of the last, each by its group
("part:pupil", "part:staff" taken to hospital, as :mod:`reader.analysis.casualty_parts` keys
"including four children"): a part is compared with the same group told in another source,
never with the whole ("Three miners and two rescuers died" is no toll of three). Bare people
("five people and two dogs") are no group: left as they are.

Only counts of people (a noun of people or an agent noun: "miners", "rescuers"; not "two
crashes and three minor injuries") and events of people (killed, hurt, taken to hospital,
missing, arrested, evacuated); an earlier count told as an increment or a part ("another
five", "three of the") keeps its key. Hand-written: a joining word between two figures of one sentence, read exactly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.casualty_parts import PART, part_group
from reader.analysis.figure_units import one_spelling
from reader.analysis.figure_uses import FigureUse, Key
from reader.analysis.figures import Figure
from reader.analysis.quantities import PERSON
from reader.analysis.unkeyed_counts import is_total

PEOPLE_EVENTS = frozenset({"died", "hurt", "hurt-serious", "hospital", "missing", "arrested", "evacuated",
                           "displaced"})
# what lies between two counts of one list: "and", a comma, or both
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)$")


def conjunct_events(uses: Sequence[FigureUse], keys: Sequence[Key]) -> list[Key]:
    """``keys`` with the counts of a list (module doc) keyed as parts of the event of the
    last ("part:pupil", taken to hospital), read from the end of the list back."""
    out = list(keys)
    for n in range(len(uses) - 2, -1, -1):
        u, v = uses[n], uses[n + 1]
        later = out[n + 1]
        if later is None or later[1] not in PEOPLE_EVENTS or not _joined(u, v):
            continue
        key = out[n]
        if (key is None and not is_total(u)) or (key is not None and key[1] is not None):
            continue
        first, last = part_group(u.figure), part_group(v.figure)
        if first is None or last is None or not (people(u.figure) and people(v.figure)):
            continue
        out[n] = (first, later[1])
        if not later[0].startswith(PART):
            out[n + 1] = (last, later[1])
    return out


# agent nouns name people ("miners", "rescuers", "tourists", "residents", "students"): a
# count of crashes or injuries is no group of the casualties
_AGENT = re.compile(r"(?:er|or|ist|ant|ent|ian|man|men|ee)$")
_PEOPLE = PERSON | {"staff", "crew", "member", "child", "pupil", "teacher", "adult", "baby", "newborn", "infant",
                    "minor", "kid", "guest", "inmate", "hostage", "soldier", "pilgrim", "refugee", "migrant"}
_THINGS = frozenset({"container", "computer", "trailer", "tanker", "boulder", "number", "center", "centre",
                     "shelter", "carrier", "helicopter", "tractor", "generator", "monitor", "cylinder"})


def people(f: Figure) -> bool:
    """Whether ``f`` counts people by its noun: one of :data:`reader.analysis.quantities.PERSON`,
    a group of them, or an agent noun (module doc)."""
    noun = one_spelling(f.unit or "")
    return noun in _PEOPLE or (bool(_AGENT.search(noun)) and noun not in _THINGS)


def _joined(u: FigureUse, v: FigureUse) -> bool:
    """Whether two figures of one article and sentence are two counts of one list."""
    f, g = u.figure, v.figure
    if u.article != v.article or f.sentence_start != g.sentence_start or g.start < f.end:
        return False
    if f.unit is None or g.unit is None or u.change or v.change:
        return False
    gap = u.sentence[f.end - f.sentence_start:g.start - f.sentence_start]
    return len(gap) <= 8 and _JOIN.fullmatch(gap) is not None
