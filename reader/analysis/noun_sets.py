"""One quantity told under two keys that name one set: a qualifier on one side only
(:mod:`reader.analysis.one_sided_keys`), the people present by different nouns
(:mod:`reader.analysis.present_people`), vehicles and their one kind
(:mod:`reader.analysis.vehicle_kinds`), a road's traffic in vehicles and in cars
(:mod:`reader.analysis.traffic_rates`), people counted with no noun and by the story's one noun
(:mod:`reader.analysis.unnamed_counts`), damage and loss (:mod:`reader.analysis.damage_sums`).

Read by :func:`reader.analysis.conflicts.find_conflicts`, which links each pair as one
quantity; kept apart from it so the conflict finder stays one call away from these rules.
Hand-written: a dispatcher over the rules above.
"""

from __future__ import annotations

import itertools
from collections.abc import Container, Iterator, Sequence

from reader.analysis.damage_sums import damage_pairs
from reader.analysis.figure_context import HeldValues
from reader.analysis.figure_uses import FigureUse, Key
from reader.analysis.one_sided_keys import one_sided_pairs
from reader.analysis.present_people import present_pairs
from reader.analysis.traffic_rates import traffic_pairs
from reader.analysis.unnamed_counts import unnamed_pairs
from reader.analysis.vehicle_kinds import vehicle_pairs


def noun_set_pairs(uses: Sequence[FigureUse], keys: Sequence[Key], raw: Sequence[Key], held: HeldValues,
                   off: Container[str], frames: Sequence[tuple[str | None, ...]]) -> Iterator[tuple[int, int]]:
    """Pairs of figures to link as one quantity by the rules above; ``off``: articles kept off
    the story; ``frames``: what each figure is told of (a figure of another time or a rate,
    any frame set, is no count of the event)."""
    others = {i for i, frame in enumerate(frames) if any(frame)}
    return itertools.chain(one_sided_pairs(uses, keys, held),     # "nine halls were cleared", "the 12-hall arena"
                           present_pairs(uses, keys, raw, held, off, others),   # "96 travellers", "130 commuters"
                           vehicle_pairs(uses, keys, raw, held, off, others),   # "two vehicles", "three cars"
                           damage_pairs(uses, keys, held, off, others),         # "damage put at", "the loss at"
                           traffic_pairs(uses, frames, held, off),     # "35,000 vehicles a day", "31,000 cars a day"
                           unnamed_pairs(uses, keys, raw, held, off, others))   # "Three were hurt", "two firefighters"
