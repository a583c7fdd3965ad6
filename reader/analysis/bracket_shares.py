"""A percentage told beside the count it is worked from: "212 of 1,840 riders (11.5%)",
"11.5 percent (212 of 1,840 riders)", "212 out of 1,840 riders, or 11.5 percent".

A case table, a health agency's notice or a data desk writes a share as a part of a counted
whole with the percentage beside it; the percentage names no noun of its own, so
:func:`reader.analysis.shares.share_key` left it unkeyed and a report's "nearly one in eight
riders" (keyed ``percent:share of riders`` by :mod:`reader.analysis.share_wholes`) never met
it. Here such a percentage is keyed by the ratio's whole, ``("percent:share of riders", None)``
(a soft key, as a share with no verb is), when the ratio is written right beside it, in
brackets or after "or", *and* its part over its whole gives the percentage (within
``SLACK`` points): the arithmetic, not the wording, says the figure is that ratio's share.
A percentage beside a ratio it is not the share of ("12 of 40 seats (up 5%)") is left alone.

Hand-written: "N of M" and "N out of M" are the two fixed English forms of a part of a whole.
"""

from __future__ import annotations

import re

from reader.analysis.figures import Figure

UNIT = "percent"
PREFIX = "percent:share of "
SLACK = 0.6        # percentage points a rounded share may be off its ratio
_NUM = r"\d[\d,]*(?:\.\d+)?"
# the ratio: "312 of 2,874 passengers", "41 out of the 1,130 crew members" (a word or two before the head)
_RATIO = (rf"(?P<part>{_NUM})\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?(?P<whole>{_NUM})\s+"
          r"(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z]{3,}s)\b")
# the ratio before the share: "… passengers (10.9%)", "… passengers, or 10.9 percent"
_BEFORE = re.compile(rf"{_RATIO}\s*(?:\(|,\s*or\s+|—\s*|-\s+)(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?$")
# the ratio after the share: "10.9% (312 of 2,874 passengers)", "10.9 percent, or 312 of 2,874 passengers"
_AFTER = re.compile(rf"\s*(?:\(|,\s*or\s+|—\s*)(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?{_RATIO}")
_REACH = 90


def bracket_share(text: str, f: Figure) -> tuple[str, None] | None:
    """``("percent:share of <noun>", None)`` for a percentage ``f`` written beside a ratio it
    is the share of (module doc), else None."""
    if f.unit != UNIT or f.high is not None:
        return None
    before = _BEFORE.search(text, max(f.sentence_start, f.start - _REACH), f.start)
    ratio = before if before is not None and before.end() == f.start else _AFTER.match(text, f.end, f.sentence_end)
    if ratio is None:
        return None
    part, whole = (float(ratio[g].replace(",", "")) for g in ("part", "whole"))
    if not 0 < part <= whole or abs(100 * part / whole - float(f.value)) > SLACK:
        return None
    return PREFIX + ratio["noun"].lower(), None
