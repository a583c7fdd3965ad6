"""Every unit of volume a news figure is keyed in, as its size in litres, so one spill told in
two units ("about 4 liters of nitric acid", "roughly five gallons of nitric acid") is compared in
one unit by :func:`reader.analysis.length_units.cross_unit_pairs`, as a length told in feet and
in metres is.

A "gallon" is the US gallon (3.785 l) in American copy and the imperial gallon (4.546 l) in
British use; both are allowed (a factor's low and high end), so a volume that either reading fits
is no conflict. A "barrel" is the oil barrel of 42 US gallons (158.99 l).

Hand-written: the factors between units are fixed numbers.
"""

from __future__ import annotations

US_GALLON, IMPERIAL_GALLON = 3.785411784, 4.54609
OIL_BARREL = 42 * US_GALLON
# each unit's size in litres, as the least and the greatest it may stand for
LITRES: dict[str, tuple[float, float]] = {
    "measure:liter": (1.0, 1.0), "measure:gallon": (US_GALLON, IMPERIAL_GALLON),
    "measure:barrel": (OIL_BARREL, OIL_BARREL),
    # ("around 800 cubic metres of raw sewage" and "an estimated 1.2 million litres of untreated sewage")
    "measure:cubic meter": (1000.0, 1000.0), "measure:cubic foot": (28.316846592, 28.316846592),
}
VOLUME_KEYS = frozenset(LITRES)
