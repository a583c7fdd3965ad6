"""The side of a vote a count of people is told of: "Nine council members voted yes", "one of
four members who voted no", "Seven board members voted in favor".

A count of members with no event is keyed by its noun alone (``("member", None)``), so
"Nine council members voted yes" in one report and "one of four members who voted no" in
another read as one count told as 9 and 4: a false conflict between the two sides of one
vote. Here a count of people followed, in its clause, by a verb of voting and its side is
keyed by the side as its event (``("member", "vote:for")``, ``("member", "vote:against")``,
``("member", "vote:abstained")``), so the ayes are compared with the ayes and the noes with
the noes. A tally ("voted 9-4") is read by :mod:`reader.analysis.tallies`, not here.

Hand-written: the verbs and sides of a vote are a short closed set of English.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.figure_uses import FigureUse, Key

EVENT = "vote:"
# the count's clause up to its verb of voting: "members who voted no", "council members voted in favor of",
# "members present voted against", "members abstained"
_SIDE_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:(?:who|that|had|have|has|present|then|all|also|ultimately|eventually)\s+){0,2}"
    r"(?:(?:voted|vote|votes|voting|cast\s+(?:their\s+)?votes?)\s+(?P<side>yes|no|aye|nay|for|against|"
    r"in\s+favou?r|to\s+(?:approve|adopt|pass|reject|deny|block))|(?P<abstained>abstained|abstain))\b",
    re.IGNORECASE)
_FOR = frozenset({"yes", "aye", "for", "approve", "adopt", "pass", "favor", "favour"})


def side_after(sentence: str, end: int) -> str | None:
    """``"for"``, ``"against"`` or ``"abstained"`` for a count ending at ``end`` (an offset
    into ``sentence``) that its clause says voted so, else None."""
    m = _SIDE_AFTER.match(sentence, end)
    if m is None:
        return None
    if m["abstained"]:
        return "abstained"
    side = m["side"].lower().split()[-1]
    return "for" if side in _FOR else "against"


def vote_sides(uses: Sequence[FigureUse], keys: list[Key]) -> list[Key]:
    """``keys`` with each count of people told voting on one side keyed by that side (module
    doc); a key with an event of its own, or no key, is left as it is."""
    out = list(keys)
    for n, (u, key) in enumerate(zip(uses, keys, strict=True)):
        if key is None or key[1] is not None or u.change:
            continue
        side = side_after(u.sentence, u.figure.end - u.figure.sentence_start)
        if side is not None:
            out[n] = (key[0], EVENT + side)
    return out
