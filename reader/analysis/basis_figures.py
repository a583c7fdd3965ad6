"""Figures that set the terms of an example, not a fact of the story: "the figure applies to a
residential customer using 1,000 kilowatt-hours a month", "For customers who use 1,200
kilowatt-hours a month": a utility's or a tax's bill is told for a customer of some usage, and
two sources that pick two usages do not disagree. Such a figure counts nothing of the event, so
:func:`reader.analysis.quantities.quantity_key` gives it no key.

Hand-written: the one phrasing of a usage basis ("a customer using", "households that use"),
read by a regular expression just before the figure.
"""

from __future__ import annotations

import re

from reader.analysis.figures import Figure

_BASIS_BEFORE = re.compile(r"\b(?:customers?|households?|homes?|users?|famil(?:y|ies)|subscribers?|ratepayers?|"
                           r"consumers?)\s+(?:(?:who|that)\s+)?(?:us(?:e|es|ing)|consum(?:e|es|ing)|burn(?:s|ing)?)\s+"
                           r"(?:about\s+|around\s+|roughly\s+|an\s+average\s+of\s+)?$", re.IGNORECASE)


def is_basis(text: str, f: Figure) -> bool:
    """Whether ``f`` is the usage an example bill is told for (module doc)."""
    return _BASIS_BEFORE.search(text, max(f.sentence_start, f.start - 60), f.start) is not None
