"""Every unit of area a news figure is keyed in, as its size in square metres, so one area told in two
units ("about 400 square metres of storage space", "nearly 2,500 square feet of storage space"; hectares
and acres) is compared in one unit by :func:`reader.analysis.length_units.cross_unit_pairs`, as a length
told in feet and in metres is.

Hand-written: the factors between units are fixed numbers.
"""

from __future__ import annotations

ACRE = 4046.8564224
# each unit's size in square metres, as the least and the greatest it may stand for (one size each)
SQUARE_METRES: dict[str, tuple[float, float]] = {
    key: (size, size) for key, size in {
        "measure:square meter": 1.0, "measure:square foot": 0.09290304, "measure:square yard": 0.83612736,
        "measure:square kilometer": 1e6, "measure:square mile": 2589988.110336, "measure:acre": ACRE,
        "measure:hectare": 10000.0}.items()}
