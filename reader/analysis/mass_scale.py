"""Every unit of mass a news figure is keyed in, as its size in kilograms, so one weight told
in two units ("about 71,000 pounds of cheese", "roughly 50 tons of cheese") is compared in
one unit by :func:`reader.analysis.length_units.cross_unit_pairs`, as a length told in feet
and in metres is.

A "ton" is the short ton (907 kg) in American copy and the long ton (1,016 kg) in older
British use; both are allowed (a factor's low and high end), so a weight that either reading
fits is no conflict. A "tonne" (or "metric ton") is 1,000 kg.

Hand-written: the factors between units are fixed numbers.
"""

from __future__ import annotations

SHORT_TON, LONG_TON = 907.18474, 1016.0469088
# each unit's size in kilograms, as the least and the greatest it may stand for
KILOGRAMS: dict[str, tuple[float, float]] = {
    "measure:pound": (0.45359237, 0.45359237), "measure:kilogram": (1.0, 1.0),
    "measure:tonne": (1000.0, 1000.0), "measure:ton": (SHORT_TON, LONG_TON),
}
MASS_KEYS = frozenset(KILOGRAMS)
