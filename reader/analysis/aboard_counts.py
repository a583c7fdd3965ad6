"""People aboard a craft: "a single-engine plane with four people aboard", "Five people
were on board", "About 250 people were on the train", "a small plane carrying five people",
"As many as 120 people may have been crammed aboard" (a passive or progressive verb phrase:
modal, "have", "be", one participle; never one of being moved aboard, "were pulled aboard",
which tells the rescued).

Early reports of a crash or a sinking often disagree on how many were aboard, and the
count has no event word of its own, so it went unkeyed and was never compared. It is read
as the event ``aboard`` only when no other event is told of the figure, and only for
people (passengers and crew are keyed by their nouns, aboard or not, as reports count
them): "killing all five people aboard" is the toll (``died``, found first by the
caller).

Hand-written: two short patterns for the words that say a count was aboard.
"""

from __future__ import annotations

import re

ABOARD = "aboard"
_CRAFT = (r"(?:plane|jet|aircraft|helicopter|boat|ship|ferry|vessel|bus|coach|train|van|minibus|flight|dinghy|"
          r"raft|canoe|yacht|trawler)")
# "aboard", "on board" within the three words after the count ("five people aboard", "were on board"),
# or "were on the train" (the caller's words after the figure are without articles: "were on train")
_ABOARD_AFTER = re.compile(rf"(?:\S+\s+){{0,2}}(?:aboard|on\s+board|onboard|(?:were|was)\s+on\s+(?:the\s+)?{_CRAFT})\b",
                           re.IGNORECASE)
# verbs of moving people onto a craft: the moved are the rescued ("were pulled aboard"), not those aboard
_MOVED = (r"(?:rescued|saved|pulled|lifted|hauled|dragged|carried|brought|taken|plucked|winched|hoisted|helped|"
          r"airlifted|transferred|evacuated)")
_MOVED_ABOARD_AFTER = re.compile(rf"(?:\S+\s+){{0,3}}{_MOVED}\s+(?:aboard|on\s+board|onboard)\b", re.IGNORECASE)
# the count as the subject of a passive or progressive verb phrase ending aboard: a modal, "have"
# and "be" (closed classes), an adverb, one participle ("may have been crammed aboard", "were
# reportedly packed on board", "had been travelling aboard")
_VERB_ABOARD_AFTER = re.compile(r"(?:(?:may|might|could|would|must|should|will|can)\s+)?(?:(?:have|has|had)\s+)?"
                                r"(?:been|were|was|are|is|be)\s+(?:\w+ly\s+|still\s+|all\s+)?"
                                rf"(?!{_MOVED}\b)[a-z]+(?:ed|en|ing)\s+(?:aboard|on\s+board|onboard)\b", re.IGNORECASE)
# a craft carrying the count, right before it
_CARRYING_BEFORE = re.compile(rf"\b{_CRAFT}s?\s+(?:carrying|that\s+carried|which\s+carried)\s*$", re.IGNORECASE)


def aboard(own: str, after: str, prior: str) -> str | None:
    """``"aboard"`` when the words right after the figure say so, or a craft carries it,
    else None; ``after`` and ``prior`` are the words the caller read after and before the
    figure, within its clause (``own`` is the figure's text: "four people")."""
    if _MOVED_ABOARD_AFTER.match(after):
        return None     # "were pulled aboard the lifeboat": the rescued, not those the craft carried
    if (_ABOARD_AFTER.match(after) or _VERB_ABOARD_AFTER.match(after) or _ABOARD_AFTER.search(own)
            or _CARRYING_BEFORE.search(prior)):
        return ABOARD
    return None
