"""A length of time keyed by the event of its clause, when the closed phrase lists of
:mod:`reader.analysis.duration_subjects` and the sentence forms of
:mod:`reader.analysis.measured_durations` leave it unkeyed.

News tells one event's length in many forms: as what the clause's verb did for it ("will
strike for two days", "walk off the job for 48 hours", "the turbines would stay off for at
least six weeks"), as the noun the length modifies ("at the start of a 72-hour strike", "a
three-day stoppage"), as what a subject "could last" ("the shutdown could last up to three
weeks"), or in an elliptic part after a comma whose verb is the clause's before it ("2,000
homes lost power, some of them for more than five hours"). The head event of that clause is
found where it stands (the clause of the length, read back to its last break; the noun after
a compound "N-hour"; the subject before "last") and named by the kind of event it is: a
strike (a strike, a walkout, a stoppage, walking off the job or out) or an outage (a shutdown,
a closure, power lost, a thing shut, off or offline), so two sources that tell one strike's
length with two verbs are compared. Any other head names no kind and is not keyed here.

A strike's length is compared only in a story of a strike: when at least half of the
articles' openings (two at least) tell one (:func:`story_kind_lengths`); a story of a
two-hour strike in one city and a four-hour one in another, told beside some other event,
tells two strikes.

A length of an earlier event of the same kind is not the story's: a clause that names a
year, or tells the event as the "last" or a "previous" one ("the drivers last struck in 2009,
for nine days"), is not keyed; nor is a time to do something ("took six hours to ...") or a
length that is a part of an event's time ("two days into the strike"). But a length from a
loss to a return told in one clause is the outage's ("power did not come back until 6am, some
seven hours after it went out": :func:`reader.analysis.clock_clauses.restoration`).

Hand-written: the kinds are two short closed families of English words, and the clause is
read by regular expressions; every form is checked by tests on invented texts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.clock_clauses import restoration

Key = tuple[str, str | None] | None
_UNITS = frozenset({"minute", "hour", "day", "week", "month"})
_KINDS: tuple[tuple[str, str], ...] = (
    ("duration:strike", r"(?:strik(?:e|es|ing)|struck|strikers|walk(?:s|ed|ing)?\s+(?:out|off\s+the\s+job)|walk-?outs?"
                        r"|stoppages?|industrial\s+action|go(?:es|ing)?\s+on\s+strike)"),
    ("duration:outage", r"(?:shut(?:downs?)?|shut\s+down|clos(?:ed|ures?)|offline|blackouts?|outages?"
                        r"|lost\s+(?:power|electricity)|without\s+(?:power|electricity)"
                        r"|(?:stay|stays|stayed|staying|remain|remains|remained|be|been|was|were|is|are|went|go)"
                        r"\s+(?:off|out|dark|offline|shut|closed)|out\s+of\s+(?:service|action))"),
)
_KIND_WORDS = tuple((kind, re.compile(r"\b" + words + r"\b", re.IGNORECASE)) for kind, words in _KINDS)
_QUALIFIER = (r"(?:(?:about|around|nearly|almost|roughly|some|approximately|at\s+least|more\s+than|up\s+to"
              r"|as\s+long\s+as|as\s+much\s+as|less\s+than|under|over|just|only|another|a\s+further)\s+)*")
# the length a clause's verb went on for: "... for about two days"
_FOR = re.compile(r"\bfor\s+" + _QUALIFIER + r"$", re.IGNORECASE)
# the length a subject lasts: "the shutdown could last up to three weeks", "the walkout is expected to run"
_LAST = re.compile(r"\b(?:(?:could|would|will|may|might|should|can|to)\s+)?(?:last|lasts|lasted|run|continue)\s+"
                   r"(?:for\s+)?" + _QUALIFIER + r"$", re.IGNORECASE)
# the elliptic part after a comma, its verb the clause's before the comma
_ELIDED = re.compile(r",\s+(?:some|most|many|several|all|others|a\s+few|one|(?:\w+\s+)?of\s+them)(?:\s+of\s+them)?"
                     r"\s+for\s+" + _QUALIFIER + r"$", re.IGNORECASE)
# a compound: "a 72-hour strike", "the three-day stoppage", "a 48-hour walkout"
_COMPOUND = re.compile(r"\w-(?:hour|minute|day|week)s?[\s-]+(?:long\s+)?(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)",
                       re.IGNORECASE)
# where a clause starts, read back from the length (a comma, a clause word, the sentence)
_BREAK = re.compile(r"[,;:()—–\"“”]|\s-\s|\b(?:and|but|which|who|that|when|while|after|before|because|as|if|since"
                    r"|until|where|said|says|told)\b", re.IGNORECASE)
# an earlier event of the kind: a year, "last", "previous", "ago", "in the past"
_EARLIER = re.compile(r"\b(?:(?:19|20)\d\d|last|previous|prior|ago|past|earlier|former|once)\b", re.IGNORECASE)
# a time to do something, a point within an event, a time after or before one
_NOT_LENGTH_AFTER = re.compile(r"\s+(?:to\s+[a-z]|into|(?P<cause>after|before)|later|earlier|ago|from\s+now"
                               r"|of\s+(?:the|its)\b)", re.IGNORECASE)
# a length from a loss to a return told in its clause: "… some seven hours after it went out"
_AFTER_LOSS = re.compile(r"\s+(?:after|since)\s+(?:it|they|the\s+[a-z]+|power|electricity)\s+(?:went\s+(?:out|down|off"
                         r"|dark|offline)|(?:was|were)\s+(?:cut|lost|knocked\s+out|switched\s+off)|failed|cut\s+out)\b",
                         re.IGNORECASE)
OUTAGE = "duration:outage"
_REACH = 120
STRIKE = "duration:strike"
OPENING_WORDS = 40      # words of an article's opening read for the story's event


def clause_duration(text: str, unit: str | None, start: int, end: int, floor: int) -> str | None:
    """``"duration:strike"`` or ``"duration:outage"`` for the length of time at
    ``text[start:end]`` by the event its clause tells (module doc), else None; nothing
    before ``floor`` (the sentence's start) is read."""
    if unit not in _UNITS:
        return None
    lo = max(floor, start - _REACH)
    if (compound := _COMPOUND.search(text, start, end + 20)) is not None and (kind := _kind_of(compound["noun"])):
        return None if _EARLIER.search(text, lo, start) else kind
    if _AFTER_LOSS.match(text, end) and restoration(text[floor:start]) is not None:
        return OUTAGE       # ("power did not come back until 6am, some seven hours after it went out")
    after = _NOT_LENGTH_AFTER.match(text, end)
    if after and not (after["cause"] and _FOR.search(text, lo, start)):
        return None     # (but "closed for two months after a flood": a length, then its cause)
    if (elided := _ELIDED.search(text, lo, start)) is not None:
        clause = _clause_before(text, lo, elided.start())
    elif (held := _FOR.search(text, lo, start)) is not None or (held := _LAST.search(text, lo, start)) is not None:
        clause = _clause_before(text, lo, held.start())
    else:
        return None
    if _EARLIER.search(clause):
        return None
    return _kind_of(clause)


def _clause_before(text: str, lo: int, at: int) -> str:
    """The words of the clause that ends at ``at``, read back to its last break (a comma, a
    clause word, a saying verb: "said the shutdown could"), ``lo`` at the earliest."""
    head = text[lo:at]
    cuts = [m.end() for m in _BREAK.finditer(head)]
    return head[cuts[-1]:] if cuts else head


def _kind_of(words: str) -> str | None:
    """The kind of event ``words`` tell (the last named, nearest the length), else None."""
    found = [(m.start(), kind) for kind, pattern in _KIND_WORDS for m in pattern.finditer(words)]
    return max(found)[1] if found else None


def story_kind_lengths(bodies: Sequence[str], keys: list[Key]) -> list[Key]:
    """``keys`` (a story's; ``bodies``: its articles' texts) with a strike's length unkeyed
    unless at least half of the articles' openings, two at least, tell a strike (module doc)."""
    if not any(k is not None and k[0] == STRIKE for k in keys):
        return keys
    pattern = dict(_KIND_WORDS)[STRIKE]
    told = sum(1 for body in bodies if pattern.search(" ".join(body.split()[:OPENING_WORDS])))
    if told >= max(2, (len(bodies) + 1) // 2):
        return keys
    return [None if k is not None and k[0] == STRIKE else k for k in keys]
