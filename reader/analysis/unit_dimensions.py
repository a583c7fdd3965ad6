"""A measure in the first unit of its dimension: "about two hours" as 120 minutes, "6 nautical
miles" as 11,112 metres, "400 feet" as 121.9 metres, with the step its writer rounded to in
that unit ("two hours": an hour, 60 minutes).

Read where two figures of one sentence told twice are compared whatever their units
(:mod:`reader.analysis.aligned_figures`: an edited copy that turned "about 90 minutes" into
"about two hours"): a figure's unit family keys each unit apart (minutes never meet hours
there), so the two were never set side by side. Lengths, masses, volumes and speeds take
the factors of :mod:`reader.analysis.length_units`; lengths of time are in minutes, from a
second to a week (a month and a year are no fixed number of days).

Hand-written: the factors between units are fixed numbers.
"""

from __future__ import annotations

from reader.analysis.figure_units import MEASURES, digit_step, one_spelling
from reader.analysis.figures import Figure
from reader.analysis.length_units import SCALES, dimension, rounded_span
from reader.analysis.quantities import compatible, near

DIMENSION = "dimension:"       # a family of figures by their dimension, not their unit
MINUTES = {"second": 1 / 60, "minute": 1.0, "hour": 60.0, "day": 1440.0, "week": 10080.0}
TIME = "time"
CONVERTED = 0.03        # of the larger value: what converting a rounded value into another unit may add


def in_base(f: Figure) -> tuple[str, float, float] | None:
    """``f``'s dimension, its value in the dimension's first unit and its rounding step there
    (module doc); None for a figure of no such unit or told as a range."""
    if f.high is not None or f.unit is None:
        return None
    unit = str(f.unit)
    if unit in MINUTES:
        factor, kind = MINUTES[unit], TIME
    elif unit in MEASURES and (key := "measure:" + one_spelling(unit)) in SCALES:
        low, high = SCALES[key]
        factor, kind = (low + high) / 2, dimension(key)
    else:
        return None
    value = float(f.value)
    return kind, value * factor, digit_step(value) * factor


def near_in_base(f: Figure, g: Figure, ratio: float) -> bool:
    """:func:`reader.analysis.quantities.near` of two figures, in one unit when they are measures of
    one dimension in two."""
    a, b = _both(f, g)
    if a is None or b is None:
        return near(f, g, ratio)
    lo, hi = sorted((abs(a[1]), abs(b[1])))
    return lo > 0 and hi / lo <= ratio


def compatible_in_base(f: Figure, g: Figure) -> bool:
    """:func:`reader.analysis.quantities.compatible` of two figures, and for measures of one dimension in
    two units, whether the values each allows, widened by a converting writer's rounding
    (:func:`reader.analysis.length_units.rounded_span`) and, but for lengths of time, by
    ``CONVERTED`` of the larger (a writer converts a rounded value: "81.1 mph" and "129 km/h", the
    conversion of 80 mph), meet ("6 miles" and "10 km" do)."""
    a, b = _both(f, g)
    if a is None or b is None:
        return compatible(f, g)
    x, y = rounded_span(f, a[1] / float(f.value)), rounded_span(g, b[1] / float(g.value))
    if x is None or y is None:
        return True
    slack = 0.0 if a[0] == TIME else CONVERTED * max(abs(a[1]), abs(b[1]))    # (a conversion of a rounding)
    return not (x[1] + slack < y[0] or y[1] + slack < x[0])


def one_dimension(f: Figure, g: Figure) -> bool:
    """Whether two figures are measures of one dimension (module doc)."""
    a, b = in_base(f), in_base(g)
    return a is not None and b is not None and a[0] == b[0]


def _both(f: Figure, g: Figure) -> tuple[tuple[str, float, float] | None, tuple[str, float, float] | None]:
    """Both figures in their dimension's first unit, when they are measures of one dimension in two
    units with values (else two Nones)."""
    if f.unit == g.unit or not f.value or not g.value or not one_dimension(f, g):
        return None, None
    return in_base(f), in_base(g)
