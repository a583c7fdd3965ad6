"""Figures told as a limit of a quantity, not as its value: "nearly five times the state's
threshold of 8 micrograms per litre", "well above the 40 km/h limit", "capped at 500 guests".

A story that tells a measured level beside the limit it broke states two quantities in one
unit. Keyed alike (``("microgram", None)``), the two made the key *distributive*
(:func:`reader.analysis.quantity_senses.distributive_keys`: one article with two values of
it), so the level was compared with no other outlet's level; or, keyed alike in two
articles, a limit could be read as another outlet's level. A limit is keyed by the thing
it bounds with the soft event ``LIMIT`` (:data:`reader.analysis.noun_events.SOFT_EVENTS`):
compared with another source's limit when their sentences share context, never with a
level.

Hand-written: the nouns that name a bound (limit, threshold, cap, ceiling, maximum,
minimum, standard, guideline, quota, capacity) are a closed class of English, read by a
regular expression right before the number ("the limit of", "a threshold of about") or
right after its unit ("the 40 km/h speed limit"), and "capped at", "limited to"; and a
count told as what is needed ("the 1,237 delegates needed to win", "60 votes required to
pass"): a threshold too, never the count someone reached; but a count told in the past with no
article, "Three tugs were needed to bring the ship in", is the count that did it.
"""

from __future__ import annotations

import re

from reader.analysis.figures import Figure
from reader.analysis.noun_events import LIMIT

Key = tuple[str, str | None] | None
# (a railway's "track speed" or "line speed" is its limit: "below the 60 mph track speed for that subdivision")
_BOUND = (r"(?:limits?|thresholds?|caps?|ceilings?|maximums?|minimums?|standards?|guidelines?|quotas?|capacity"
          r"|(?:track|line|posted|permitted)\s+speeds?)")
_HEDGE = r"(?:(?:about|around|roughly|some|just|nearly|almost|approximately)\s+)?"
# "the threshold of 8", "a limit of about 25", "the cap, set at 500", "capped at 500", "limited to 40", a bridge
# "posted for 80,000 pounds" or "rated for 40 tons", what a thing can hold or be made to ("It can place up to 4
# tonnes into orbit", "could be expanded to 72,000 seats")
# (an adverb or what it bounds between: "The posted limit there is 55 mph", "The speed limit for trams through
# the junction is 15 km/h")
_BEFORE = re.compile(r"(?:\b" + _BOUND + r"(?:(?:\s+(?:there|here|now)|\s+(?:for|on|through|in|at)\s+[^,;.:\d]{1,40}?)?"
                     r"\s+(?:of|at|is|was|set\s+at|stands\s+at)"
                     r"|,\s+set\s+at|:)"
                     r"|\b(?:capped|limited|restricted)\s+(?:at|to)|\b(?:posted|rated)\s+for"
                     r"|\b(?:can|could|able\s+to)\s+(?:be\s+(?:expanded|enlarged|increased)\s+to|carry|hold|lift|place"
                     r"|seat|take|accommodate|handle)(?:\s+up\s+to)?)\s+" + _HEDGE + r"$",
                     re.IGNORECASE)
# "the 40 km/h limit", "a 25 mph speed limit", "the 8-microgram threshold" (up to two words between)
_MODIFIED = re.compile(r"^(?:\S+\s+)?" + _BOUND + r"\b", re.IGNORECASE)     # ("8-microgram threshold")
_AFTER = re.compile(r"^(?:[\s-]+(?!(?:the|a|an|its|their|this|that|of)\b)[a-z/]+){0,2}?[\s-]+" + _BOUND + r"\b",
                    re.IGNORECASE)
# "the 1,237 delegates needed to seal the deal", "60 votes required for passage"
_NEEDED = re.compile(r"\s+(?:(?:that\s+)?(?:are|were|is|was)\s+)?(?:needed|required|necessary)\s+(?:to|for)\b",
                     re.IGNORECASE)
REACH = 60
_PAST_AUX = re.compile(r"\s+(?:was|were)\s+", re.IGNORECASE)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|its|their|those|these)\s+$", re.IGNORECASE)


def limit_key(text: str, f: Figure, key: Key) -> Key:
    """``key`` of the thing ``f`` counts or measures with the event ``LIMIT`` when ``f`` is
    told as a limit of it (module doc), else ``key``."""
    if key is None:
        return None
    if _BEFORE.search(text, max(f.sentence_start, f.start - REACH), f.start) or _AFTER.match(
            text[f.end:min(f.sentence_end, f.end + REACH)]) or _MODIFIED.match(f.modifies or "") or _needed(text, f):
        return key[0], LIMIT
    return key


def _needed(text: str, f: Figure) -> bool:
    """Whether ``f`` is told as what is needed ("the 1,237 delegates needed to win", "60 votes
    are required to pass"); not the count that did a thing in the past, told with no article
    ("Three tugs were needed to bring the ship in": the tugs that brought it)."""
    needed = _NEEDED.match(text, f.end, min(f.sentence_end, f.end + REACH))
    if needed is None:
        return False
    return not (_PAST_AUX.match(needed.group()) and not _DEFINITE_BEFORE.search(text, max(0, f.start - 8), f.start))
