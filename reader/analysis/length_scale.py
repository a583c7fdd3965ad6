"""Every unit of length in one scale: its size in metres, by the key's thing
(``"measure:centimeter"``), so one length told in two units ("40 centimetres", "two feet";
"about 600 feet", "a quarter of a mile") is compared in one unit
(:mod:`reader.analysis.length_units`), and the modules that read what a length measures
(:mod:`reader.analysis.measure_events`, :mod:`reader.analysis.measure_kinds`,
:mod:`reader.analysis.length_events`) read every unit of length, not a few.

Hand-written: the factors between units are fixed numbers.
"""

from __future__ import annotations

METRES: dict[str, float] = {
    "measure:millimeter": 0.001, "measure:centimeter": 0.01, "measure:inch": 0.0254, "measure:foot": 0.3048,
    "measure:yard": 0.9144, "measure:meter": 1.0, "measure:kilometer": 1000.0, "measure:mile": 1609.344,
    "measure:nautical mile": 1852.0,
}
LENGTH_KEYS = frozenset(METRES)
# units a level or a depth is told in (a river's crest, water in a street, snow on a roof)
LEVEL_KEYS = frozenset({"measure:millimeter", "measure:centimeter", "measure:inch", "measure:foot",
                        "measure:yard", "measure:meter"})
