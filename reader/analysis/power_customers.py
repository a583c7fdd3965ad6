"""Homes and businesses without power are a utility's customers.

Outage reports count one thing two ways: the utility's "468,000 customers without power"
and the wire's "more than 410,000 homes and businesses" (a customer is a metered home or
business). Keyed by their nouns they never meet. A figure of "homes and businesses" (or
"homes and business customers") that the outage is told of, right before ("cut power to")
or right after ("… were without power", "in the dark"), is read as customers, and so are
homes alone (or households) told so: "about 60,000 homes lost electricity" counts the metered
homes the utility's "38,000 customers" count; not homes damaged or flooded, even in a
sentence that also tells of power.

Hand-written: two short patterns, for the paraphrases outage copy uses.
"""

from __future__ import annotations

import re

from reader.analysis.figures import Figure

_AND_BUSINESSES = re.compile(r"\s+and\s+business(?:es|\s+customers)\b", re.IGNORECASE)
# the outage told right before the count ("cut power to", "knocked out electricity for") or
# right after it ("… were without power", "lost electricity", "remain in the dark")
_POWER_BEFORE = re.compile(r"\b(?:power|electricity|service)\s+(?:to|for|at)\s+$", re.IGNORECASE)
_POWER_AFTER = re.compile(r"(?:\s+[\w,]+){0,6}?\s+(?:without|lost|lose|losing|had\s+no|have\s+no)\s+"
                          r"(?:power|electricity)\b|(?:\s+[\w,]+){0,6}?\s+in\s+the\s+dark\b", re.IGNORECASE)


def power_customers(text: str, f: Figure, thing: str | None) -> str | None:
    """``"customer"`` for homes and businesses the outage is told of; ``thing`` for any
    other figure."""
    if thing not in ("home", "member"):         # (a co-op's members without power are its customers)
        return thing
    tail = _AND_BUSINESSES.match(text, f.end)
    out = (_POWER_BEFORE.search(text, max(f.sentence_start, f.start - 30), f.start)
           or _POWER_AFTER.match(text, tail.end() if tail else f.end, f.sentence_end))
    return "customer" if out else thing
