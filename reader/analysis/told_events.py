"""Events a clock time's own clause does not name, read from the words around it:
:func:`reader.analysis.time_events.clause_event` asks here when the clause before a time
holds no event word.

- A road's closure, keyed by the road: "Interstate 47 was closed in both directions
  between Exit 112 and Exit 138 at 5:30 p.m." is ``closure:I-47``; "The closure began
  around 4 p.m." is the closure of the one road the article named before it (none, or two
  roads named: no event). Storms close many roads at many times, so two closures are
  only compared when they are one road's.
- An event told in a when-clause right after the time: "The boy was walking home shortly
  after 6 p.m. Friday when the dogs attacked him" times the attack, as "At 6 p.m. the
  dogs attacked him" would; a when-clause that tells two events ("when the dogs got out of
  a yard and attacked him") times both, and is not read.
- For an elapsed time only (:mod:`reader.analysis.elapsed_times`), an arrest: "officers took
  the suspect into custody about 11 minutes later", "was arrested roughly 20 minutes after
  the first shots". The time from the attack to *the* arrest is one quantity; an arrest's
  clock time is not compared (a story tells many arrests), nor a second arrest ("another",
  "a second suspect").
- The subject of a time's clause cut off by an apposition: "The hole, now nearly 50 feet
  deep, first opened around 10 p.m." is the hole's opening (the words "The hole" are read
  with "first opened").

Each reading abstains when it is not sure (a negation, a conjunction between the verb and
the time, an unnamed road with two candidates). Hand-written, as the rest of event
reading: the forms are few, and a wrong event makes a wrong conflict.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Found = list[tuple[int, int, str]]

_NUMBERED = r"(?:(?:Interstate|I-|Route|Highway|Hwy\.?|US|U\.S\.|State\s+Route|SR)\s?-?\d{1,4}|[MA]\d{1,4}(?![\w-]))"
_NAMED = (r"(?:[A-Z][\w'’-]+\s+){1,3}(?:Bridge|Tunnel|Road|Street|Avenue|Boulevard|Expressway|Parkway|Turnpike"
          r"|Freeway|Motorway|Highway)")
_ROAD = re.compile(rf"\b(?P<road>{_NUMBERED}|{_NAMED})\b")
# "Interstate 47 was closed … at", "the bridge had been shut down at": the road, its verb, then no
# other clause before the time
_CLOSED = re.compile(rf"\b(?P<road>{_NUMBERED}|{_NAMED})\s+(?:was|were|had\s+been|has\s+been)\s+"
                     r"(?:(?:fully|completely|partially|temporarily)\s+)?(?:closed|shut(?:\s+down)?)\b"
                     r"(?P<gap>[^,;:.!?]{0,90})$")
_GAP_STOP = re.compile(r"\b(?:after|before|when|while|until|because|since|as|but|which|who|reopen\w*)\b",
                       re.IGNORECASE)
# the closure as a noun that began: "The closure began around", "the closures started at"
_CLOSURE_BEGAN = re.compile(r"\b[Cc]losures?\s+(?:began|started|took\s+effect|went\s+into\s+effect)\s+$")
_NOT = re.compile(r"\b(?:not|never|no|due|scheduled|expected|will|would|could|might|may)\b|n['’]t\b",
                  re.IGNORECASE)


def road_key(name: str) -> str:
    """One name per road: "Interstate 47", "I-47", "I 47" → "I-47"; "Route 9" → "Route 9"."""
    w = " ".join(name.split())
    number = re.fullmatch(r"(?:Interstate|I)\s?-?\s?(\d+)", w)
    return f"I-{number[1]}" if number else w


def closure_event(text: str, s0: int, start: int) -> str | None:
    """``closure:<road>`` for a time that ends a road's closing ("Interstate 47 was closed …
    at"), or a time after "the closure began" in an article that named one road before it;
    else None (module doc)."""
    head = text[s0:start]
    closed = _CLOSED.search(head)
    if closed and not _GAP_STOP.search(closed["gap"]) and not _NOT.search(head[:closed.end("road")]):
        return "closure:" + road_key(closed["road"])
    if _CLOSURE_BEGAN.search(head):
        roads = {road_key(m["road"]) for m in _ROAD.finditer(text, 0, start)}
        if len(roads) == 1:
            return "closure:" + roads.pop()
    return None


# the time's tail before a when-clause: a day or a part of the day at most ("shortly after 6 p.m.
# Friday when", "at 9 p.m. on Sunday when")
_WHEN = re.compile(r"(?:\s+(?:on\s+|last\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                   r"|today|yesterday)(?:\s+(?:morning|afternoon|evening|night))?)?\s+when\s+")
_CLAUSE_END = re.compile(r"[,;:()\[\]—–\"“”]|\s-\s|\b(?:but|while|although|because|after|before|until)\b")
WHEN_WORDS = 15
# a when-clause that tells an event under way, or a time of people arriving: not the event's start
_ONGOING = re.compile(r"\b(?:already|still|over|ended|finished|under\s*way|in\s+progress|raging|continuing|had)\b",
                      re.IGNORECASE)
_ARRIVED = re.compile(r"\b(?:arriv\w*|reached|got\s+there|responded|turned\s+up|showed\s+up)\b[^.;]*$",
                      re.IGNORECASE)


def when_event(text: str, start: int, end: int, s1: int, find: Callable[[str], Found]) -> tuple[str, int] | None:
    """The event of a when-clause right after the time at ``start``..``end`` (module doc),
    and where its words start; None when there is none, two, or the clause is negated, tells
    an event under way or a repeat, or the time is people's arrival ("crews arrived at 6:20
    p.m. when …")."""
    when = _WHEN.match(text, end, s1)
    if when is None:
        return None
    stop = _CLAUSE_END.search(text, when.end(), s1)
    hi = stop.start() if stop else s1
    words = list(re.finditer(r"\S+", text[when.end():hi]))[:WHEN_WORDS]
    if not words:
        return None
    clause = text[when.end():when.end() + words[-1].end()]
    if _NOT.search(clause) or _ONGOING.search(clause) or _REPEAT.search(clause) or _ARRIVED.search(
            text, max(0, start - 120), start):
        return None     # ("crews arrived at 6:20 p.m. when the fire was already raging": not its start)
    found = find(clause)
    if len({kind for *_, kind in found}) != 1:
        return None         # (none, or two: "when the dogs got out of a yard and attacked him" times both)
    return found[0][2], when.end() + found[0][0]


# a sentence's subject cut off from its verb by an apposition: "The hole, now nearly 50 feet deep, "
_APPOSED = re.compile(r"^\s*(?:The|A|An|Its|Their)\s+(?P<np>(?:[\w'’-]+\s+){0,5}[\w'’-]+)\s*,[^,;:.]{1,80},\s*$")


def apposed_subject_event(text: str, s0: int, lo: int, head: str,
                          find: Callable[[str], Found]) -> tuple[str, int] | None:
    """The event that the sentence's subject and the verb after its apposition tell ("The
    hole, now nearly 50 feet deep, first opened around"), read as "The hole first opened";
    None when the clause before the time is not the sentence's first after an apposition."""
    subject = _APPOSED.match(text[s0:lo])
    if subject is None:
        return None
    np = subject["np"]
    found = find(np + " " + head)
    if not found or found[0][0] >= len(np):
        return None          # (the event must start at the subject: "The hole … opened", not the verb alone)
    return found[0][2], s0 + subject.start("np")


# an arrest right before an elapsed time's amount, a few words between at most ("was arrested by officers
# roughly 20 minutes after", "took the suspect into custody about 11 minutes later")
_ARREST = re.compile(r"\b(?:arrested|detained|apprehended|(?:took|taken|tak(?:es|ing))\s+(?:[\w'’-]+\s+){0,3}?"
                     r"into\s+custody)(?P<gap>(?:\s+[\w'’-]+){0,3})\s*$", re.IGNORECASE)
_REPEAT = re.compile(r"\b(?:another|second|third|other|more|again|also|two|three|several)\b", re.IGNORECASE)
_ARREST_CLAUSE = re.compile(r"[,;:()\[\]—–\"“”]")
ARREST = "arrest"


def arrest_event(text: str, s0: int, start: int) -> tuple[str, int] | None:
    """(``"arrest"``, where its words start) when the clause before ``start`` (an elapsed
    time) ends with an arrest (module doc); None otherwise, or for a repeat or a negation."""
    lo = max(s0, start - 120)
    cuts = list(_ARREST_CLAUSE.finditer(text, lo, start))
    lo = cuts[-1].end() if cuts else lo
    found = _ARREST.search(text, lo, start)
    if found is None or _NOT.search(text, lo, start) or _REPEAT.search(text, lo, start):
        return None
    if re.search(r"\b(?:for|to|with|of)\b", found["gap"], re.IGNORECASE):
        return None     # ("arrested for assault two days after", "detained with two others")
    return ARREST, found.start()
