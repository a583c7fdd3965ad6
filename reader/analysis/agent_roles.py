"""The role of the agent of a role verb: "The tram, driven by a 57-year-old who had worked
there for 22 years" tells the age of the tram's driver, "a crop duster flown by a
61-year-old man" the pilot's, without the role noun anywhere near the age.

:mod:`reader.analysis.age_roles` reads an age told of a role noun ("the tram's driver, a
58-year-old man", "the 58-year-old driver"); an age told of the agent of "driven by",
"piloted by", "flown by", "captained by", "skippered by" or "operated by" was a bare age
of no one, never compared with the role's age in another report. Here the verb stands for
its role noun (:func:`agent_role`), and the thing the verb is told of ("The tram, driven
by", "a van driven by") is one whose role holder the story speaks of
(:func:`agent_things`), so that a story with "the van's driver" beside "the tram, driven
by" has two drivers and compares neither's age.

Hand-written: a handful of verbs whose agent holds a role, in the passive form of news copy.
"""

from __future__ import annotations

import re

from reader.text.word_gate import gated_finditer

# each role verb's past participle → the role its agent holds
AGENT_ROLES = {"driven": "driver", "piloted": "pilot", "flown": "pilot", "captained": "captain",
               "skippered": "skipper", "operated": "operator"}
_VERBS = "|".join(AGENT_ROLES)
_BY_BEFORE = re.compile(rf"\b(?P<verb>{_VERBS})\s+by\s+an?\s+$", re.IGNORECASE)
_REACH = 30
# the thing a role verb is told of: "The tram, driven by", "a van driven by" (not "was driven by")
_THING = re.compile(rf"\b(?P<thing>[a-z]+),?\s+(?P<verb>{_VERBS})\s+by\b", re.IGNORECASE)
_NOT_THINGS = frozenset({"was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "not", "and", "or",
                         "also", "then", "later", "once", "often", "usually", "reportedly", "allegedly"})


def agent_role(text: str, start: int) -> str | None:
    """The role of the agent an age starting at ``start`` is told of ("driven by a
    57-year-old": the driver), else None."""
    m = _BY_BEFORE.search(text, max(0, start - _REACH), start)
    return AGENT_ROLES[m["verb"].lower()] if m else None


def agent_things(body: str, role: str) -> set[str]:
    """The things ``body`` tells of by a verb of ``role`` ("The tram, driven by": the
    tram), each one whose holder of the role the story speaks of."""
    return {m["thing"].lower() for m in gated_finditer(_THING, body, AGENT_ROLES)
            if AGENT_ROLES[m["verb"].lower()] == role and m["thing"].lower() not in _NOT_THINGS}
