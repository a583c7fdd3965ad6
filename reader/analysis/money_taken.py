"""A sum told as what a theft took, in the words of a getaway or a passive: "escaped with
$18,200", "made off with nearly $25,000", "got away with $31,000 in cash", "$18,200 was
taken", "$18,200 in cash was stolen from the vault".

:mod:`reader.analysis.amount_subjects` reads a theft from its verb before the sum ("stole
$18,200"); these other ways of telling the one sum left it unkeyed, so two sources giving
$18,200 and nearly $25,000 for one robbery were never compared. Both are keyed as
``"money:taken"`` here.

Hand-written: a getaway's few verbs before "with", and a passive's after the sum, are fixed
words a regular expression reads exactly.
"""

from __future__ import annotations

import re

# "escaped with", "made off with", "got away with", "fled with" right before the sum (and its hedge)
_WITH_BEFORE = re.compile(r"\b(?:escaped|escaping|made\s+off|making\s+off|got\s+away|getting\s+away|fled|fleeing|"
                          r"ran\s+off|drove\s+off)\s+with\s+(?:an?\s+(?:estimated|reported)\s+|about\s+|"
                          r"around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|more\s+than\s+|over\s+|"
                          r"approximately\s+|up\s+to\s+)?$", re.IGNORECASE)
# "$18,200 was taken", "$18,200 in cash had been stolen"
_PASSIVE_AFTER = re.compile(r"\s+(?:in\s+(?:cash|banknotes|notes|bills|coins)\s+)?(?:was|were|had\s+been|has\s+been|"
                            r"have\s+been)\s+(?:taken|stolen|grabbed|looted|snatched)\b", re.IGNORECASE)
REACH = 60


def money_taken(text: str, start: int, end: int, before: int) -> bool:
    """Whether the sum at ``text[start:end]`` is what a theft took (module doc); nothing
    before ``before`` is read."""
    return bool(_WITH_BEFORE.search(text, max(before, start - REACH), start)
                or _PASSIVE_AFTER.match(text, end, end + REACH))
