"""A place named inside a clause, read as one word: "fought the blaze at Haldane Lumber on
Route 14 for about six hours" is "fought the blaze there there for about six hours".

Phrases that tie a length to what it measures (:mod:`reader.analysis.duration_subjects`:
"battled the blaze for", "were stuck for") allow a few words between the verb and its "for",
so that an object or a short adjunct may stand there ("were stuck in the cabin for"). A
place told by its proper name takes words of its own ("at Haldane Lumber on Route 14", "on
the Harlan Valley Line", "near Exit 12"), and a clause that names where it happened lost its
length's key though it tells the same thing as one that does not. Read as one word each,
those names count for what they are: one adjunct of place.

Hand-written: a place adjunct is a preposition of place and a run of capitalised words or
numbers, a fixed form of English that needs no list of places.
"""

from __future__ import annotations

import re

_NAMED = r"(?:[A-Z][\w'’.-]*|\d+[A-Za-z]?)"
# "at Haldane Lumber", "on Route 14", "near Exit 12", "on the Harlan Valley Line", "in St. Ives"
_PLACE = re.compile(rf"\b(?:at|on|in|near|outside|off|along|across|inside)\s+(?:the\s+)?{_NAMED}"
                    rf"(?:\s+(?:of\s+)?{_NAMED})*")


def without_places(clause: str) -> str:
    """``clause`` with each adjunct of a named place read as the one word "there" (module doc)."""
    return _PLACE.sub("there", clause)
