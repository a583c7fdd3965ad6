"""Two clause forms that tie a clock time to an event its own clause does not name: the
return of what an incident cut ("Mains power was restored at 4:05 a.m.", "power did not
come back fully until about 6am", "water service came back on around noon"), and a
when-clause right after the time ("were ordered out shortly after 9pm when thick smoke
began pouring from the roof": the smoke's time, not the order's).

A restoration is one event of a story, told with "restored", "reconnected", "back on" or
"came back" and the thing that came back as its subject (or object: "crews restored
power at 4 a.m."); :func:`restoration` names it ``"restoration of <thing>"`` so two
articles' times of power's return are compared and a road's reopening or water's return
are kept apart. A time after "until" is a limit ("closed until noon") except after a
negated verb, where it is when the thing happened ("did not come back until 6am",
:func:`negated_until`).

A when-clause after the time is read as the clause of the time (:func:`when_clause`): the
main clause then tells a step that followed (an order, a response) and the when-clause the
incident itself, as "At 9 p.m. thick smoke began pouring from the roof" would.

Hand-written: the words of a return are few, the clause forms fixed, and each is checked by
tests on invented texts.
"""

from __future__ import annotations

import re

from reader.analysis.time_events import ABSTAIN

RESTORATION = "restoration of "
_BACK = r"(?:restored|reconnected|switched\s+back\s+on|turned\s+back\s+on|back\s+on(?:line)?)"
# the subject of a return: "Mains power was restored", "Power did not come back fully", "service came back on"
_SUBJECT = re.compile(
    r"\b(?P<noun>[a-z]{4,})\s+(?:supply\s+|service\s+)?"
    r"(?:(?:was|were|wasn['’]t|weren['’]t|had\s+been|has\s+been|have\s+been|is|got)\s+(?:(?:fully|finally|partly|partially|largely|not"
    rf"|only)\s+)*{_BACK}"
    r"|(?:(?:did\s+not|didn['’]t|only|finally)\s+)?(?:came|come|comes)\s+back(?:\s+on(?:line)?)?)\b",
    re.IGNORECASE)
# the object of a return: "crews restored power at 4 a.m."
_OBJECT = re.compile(r"\b(?:restored|reconnected)\s+(?:the\s+)?(?P<noun>[a-z]{4,})\b", re.IGNORECASE)
_NOT_NOUNS = frozenset({"that", "which", "this", "there", "they", "have", "been", "when", "until", "fully", "order",
                        "calm", "peace"})
_SAME_THING = {"electricity": "power", "electric": "power"}
# a negated verb before "until": "did not come back fully until", "was not restored until"
_NEGATED_UNTIL = re.compile(r"(?:\b(?:not|never)\b|n['’]t\b)[^,;.]{0,60}\b(?:until|till)\s+$", re.IGNORECASE)
# a when-clause right after a time: "shortly after 9pm on Saturday when thick smoke began pouring"
_WHEN = re.compile(r"(?:\s+(?:on\s+|last\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                   r"|today|yesterday)(?:\s+(?:morning|afternoon|evening|night))?)?\s+when\s+")
_WHEN_END = re.compile(r"[,;:()\[\]—–\"“”]|\s-\s|\b(?:and|but|while|although|because|after|before|until)\b")
WHEN_WORDS = 12
# a return to a part only: "restored to 3,000 homes", "partly restored", "most customers"
_PART = re.compile(r"\b(?:partial\w*|partly|first|some|most|many|half|remaining|all\s+but|\d[\d,]*)\b", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:not|never)\b|n['’]t\b", re.IGNORECASE)


def restoration(clause: str) -> str | None:
    """``"restoration of <thing>"`` for a clause that tells a thing came back (module doc),
    else None."""
    for pattern in (_SUBJECT, _OBJECT):
        m = pattern.search(clause)
        if m is not None and m["noun"].lower() not in _NOT_NOUNS:
            noun = _SAME_THING.get(m["noun"].lower(), m["noun"].lower())
            return RESTORATION + (noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun)
    return None


def negated_until(text: str, lo: int, start: int) -> bool:
    """Whether the time at ``start`` follows "until" after a negated verb (``lo``: the
    sentence's start): when a thing happened, not a limit."""
    return _NEGATED_UNTIL.search(text, max(lo, start - 80), start) is not None


def when_clause(text: str, end: int, s1: int) -> str | None:
    """The words of a when-clause right after a time that ends at ``end`` (up to its break,
    ``WHEN_WORDS`` at most; ``s1``: the sentence's end), else None."""
    when = _WHEN.match(text, end, s1)
    if when is None:
        return None
    stop = _WHEN_END.search(text, when.end(), s1)
    words = text[when.end():stop.start() if stop else s1].split()[:WHEN_WORDS]
    return " ".join(words) or None


def restored_until(text: str, lo: int, start: int) -> bool:
    """Whether the time at ``start`` follows "until" after a negated verb of a return ("power
    did not come back fully until"), ``lo`` the sentence's start: when the thing came back."""
    return negated_until(text, lo, start) and restoration(text[max(lo, start - 100):start]) is not None


def restored_kind(text: str, start: int, lo: int, clause: str) -> str | None:
    """The restoration the clause of a time at ``start`` tells (:func:`restoration`), unless
    the clause is a plan, a repeat or a part ("power was restored to 3,000 homes", "partly
    restored"): a negation before "until" is no abstention (``lo``: the sentence's start)."""
    back = restoration(clause)
    if back is None or _PART.search(clause):
        return None
    plain = _NEGATION.sub(" ", clause) if negated_until(text, lo, start) else clause
    return None if ABSTAIN.search(plain) else back
