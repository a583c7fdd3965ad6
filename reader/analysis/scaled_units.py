"""One quantity told in two sizes of one unit: "its 1.1-gigawatt Red Hollow coal station" and "the
1,320-megawatt plant"; "a 1.1-gigawatt combined-cycle block" and "its 850-megawatt second unit".

A figure counted in a unit is keyed by the unit's name (``("megawatt", None)``:
:mod:`reader.analysis.quantities`), so a value in gigawatts and one in megawatts never met. Here a
story's figures keyed by units of one family (watts, watt-hours, bytes) in two sizes or more are
restated in the largest of them and keyed by its name, so their values are compared as one
quantity's, as in one unit they would be, and labelled by it ("gigawatts": 1.1 and 1.32); the
key's event, the figure's text and every other reading stay the source's. A story that tells one
size only is left as it is.

Hand-written: the factors are the metric prefixes, a table of a dozen units; no library reads a
prefix from a unit's name more simply.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reader.analysis.figure_uses import FigureUse, Key, with_figures

# each family's units by their size in its smallest unit
FAMILIES = (
    {"watt": 1, "kilowatt": 10 ** 3, "megawatt": 10 ** 6, "gigawatt": 10 ** 9, "terawatt": 10 ** 12},
    {"watt-hour": 1, "kilowatt-hour": 10 ** 3, "megawatt-hour": 10 ** 6, "gigawatt-hour": 10 ** 9,
     "terawatt-hour": 10 ** 12},
    {"byte": 1, "kilobyte": 10 ** 3, "megabyte": 10 ** 6, "gigabyte": 10 ** 9, "terabyte": 10 ** 12,
     "petabyte": 10 ** 15},
)
_FAMILY = {unit: family for family in FAMILIES for unit in family}


def scaled_units(uses: Sequence[FigureUse], keys: Sequence[Key]) -> tuple[list[FigureUse], list[Key]]:
    """``uses`` and ``keys`` with the figures of a family's units told in two sizes restated in the
    largest (module doc)."""
    wheres = [_where(u, key) for u, key in zip(uses, keys, strict=True)]
    used: dict[tuple[int, str | None], set[str]] = {}
    for u, where in zip(uses, wheres, strict=True):
        if where is not None:
            used.setdefault(where, set()).add(u.figure.unit or "")
    figures, out = [u.figure for u in uses], list(keys)
    for n, (u, where) in enumerate(zip(uses, wheres, strict=True)):
        if where is None or len(units := used[where]) < 2:
            continue
        family = _FAMILY[u.figure.unit or ""]
        target = max(units, key=family.__getitem__)
        figures[n] = replace(u.figure.in_unit(family[u.figure.unit or ""] / family[target], target),
                             counts=target + "s")
        out[n] = (target, where[1])
    if out == list(keys):
        return list(uses), out
    return with_figures(list(uses), figures), out


def _where(u: FigureUse, key: Key) -> tuple[int, str | None] | None:
    """The family and event a figure counted in a unit of a family is told of, else None."""
    unit = u.figure.unit
    if key is None or unit is None or key[0] != unit or unit not in _FAMILY:
        return None
    return id(_FAMILY[unit]), key[1]
