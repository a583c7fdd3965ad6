"""A thing's size told as a modifier in one report and as a plain length in another:
"residents within a two-mile radius" (``("measure:mile", "size")``) against "residents
within three miles of the plant" (``("measure:mile", None)``); and a modifier before its
conversion in brackets, "the 92-metre (302-foot) Tesby Star", read as a size by
:mod:`reader.analysis.measure_events` as "the 95-metre ferry" is.

:mod:`reader.analysis.measure_events` keys a length written as a modifier by the event
``size``, a soft event, so a ferry's length never meets a distance told plainly in another
report's sentence. But a report that gives the story's length in a unit plainly, and no
length of that unit as a modifier, tells the same thing in other words as often as another
thing; the size key's soft rule (the two sentences must share words besides the number:
:func:`reader.analysis.figure_context.share_context`) tells which. So such a report's one
plain length of that unit is read as a size too (:func:`one_size`) when it is told as a
zone's reach ("within three miles of the plant") and another report's size of that unit is
told as one ("within a two-mile radius"); a distance told otherwise ("stopped 70 metres from
the shore", "searched 70 metres of the channel") is no size, and a thing's extent told in
a clause ("The mast, which stood 90 feet tall") meets a modifier by its noun already
(:mod:`reader.analysis.one_sided_keys`). An article stating two plain lengths of
the unit, or a size of it already, is left as it is: pairing its lengths would be a guess,
and two sizes of one article would make the key one of several quantities.

A join, not a split: no key that met another before stops meeting it.

Hand-written: a rule about this project's keys.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from reader.analysis.figure_uses import FigureUse
from reader.analysis.measure_events import FROM_PLACE, SIZE, one_gauge, one_place

Key = tuple[str, str | None] | None
MEASURE = "measure:"
_WITHIN = re.compile(r"\bwithin\s+(?:a\s+|an\s+|the\s+)?$", re.IGNORECASE)
__all__ = ["FROM_PLACE", "SIZE", "one_size", "story_lengths"]


def story_lengths(uses: Sequence[FigureUse], keys: list[Key]) -> list[Key]:
    """``keys`` with the story's lengths read across its reports: a crest at the one gauge, a
    distance from the one place of a kind (:mod:`reader.analysis.measure_events`) and a plain
    length as the size another report gives (:func:`one_size`)."""
    return one_size(uses, one_place(one_gauge(keys)))


def one_size(uses: Sequence[FigureUse], keys: list[Key]) -> list[Key]:
    """``keys`` with each article's one plain length of a unit read as a size (module doc)."""
    sized: dict[str, set[str]] = defaultdict(set)          # unit key -> articles sizing it
    plain: dict[tuple[str, str], list[int]] = defaultdict(list)     # (unit key, article) -> plain lengths
    for n, (u, key) in enumerate(zip(uses, keys, strict=True)):
        if key is None or not key[0].startswith(MEASURE) or u.change:
            continue
        if key[1] == SIZE:
            sized[key[0]].add(u.article)
        elif key[1] is None:
            plain[(key[0], u.article)].append(n)
    out = list(keys)
    for (unit, article), members in plain.items():
        others = sized.get(unit, set()) - {article}
        values = {(uses[n].figure.value, uses[n].figure.high) for n in members}
        if not others or article in sized.get(unit, set()) or len(values) != 1:
            continue
        zones = {u.article for u, k in zip(uses, keys, strict=True) if k == (unit, SIZE) and _zone(u)}
        if zones - {article} and all(_zone(uses[n]) for n in members):
            for n in members:
                out[n] = (unit, SIZE)
    return out


def _zone(u: FigureUse) -> bool:
    """A length told as a zone's reach: "within three miles of", "within a 2-mile radius"."""
    f = u.figure
    return _WITHIN.search(u.sentence, 0, f.start - f.sentence_start) is not None
