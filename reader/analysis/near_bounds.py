"""How far below its number a figure told short of may be: "nearly 700 workers", "almost 200
feet".

A count is known to its teller to the unit (a payroll, a passenger list): a writer who says
"nearly 700" of it has a figure in the high 600s, since 610 is told "about 600" or "more than
600". So a count told short of allows ``COUNT_SLACK`` below its number: "employs 610 people"
and "employs nearly 700 people" disagree, "680" and "nearly 700" agree. A measure or a sum
(a length, a weight, a share, money) is often an estimate by eye or a conversion, and
allows the wider ``MEASURE_SLACK`` ("almost 200 feet long" of a 174-foot span).

Hand-written: two fixed fractions; the units that are measures are those of
:data:`reader.analysis.figure_units.MEASURES`.
"""

from __future__ import annotations

from reader.analysis.figure_units import CURRENCY, MEASURES
from reader.analysis.figures import Figure

MEASURE_SLACK = 0.15
COUNT_SLACK = 0.08
_SUMS = frozenset(CURRENCY.values()) | {"percent"}


def nearly_slack(f: Figure) -> float:
    """The share of its number a figure told short of may be below it (module doc)."""
    return MEASURE_SLACK if f.unit in MEASURES or f.unit in _SUMS else COUNT_SLACK
