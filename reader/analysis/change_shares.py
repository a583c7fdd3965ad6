"""A percentage that is how much a thing rose or fell, keyed by the thing: "Bookings at the
lodge were up 30% on last winter", "ferry bookings rose 38 percent", "bookings were 38%
higher than a year ago" are all the rise in bookings.

:mod:`reader.analysis.change_subjects` keys the change of a public charge (rates, fares,
fees) and :mod:`reader.analysis.price_changes` a firm's price; any other thing's change
named no key, and a comparative ("38% higher") was read as how much one named thing is above
another (:func:`reader.analysis.shares.share_key`), so two reports of one rise were never
compared. A change is told in four fixed shapes: a change noun after the figure with the
thing after "in" ("a 22% rise in ferry bookings"), the thing as the subject of "up"/"down"
after a copula ("were up 30%"), of a verb of rising or falling ("rose 30%", "lost 1.2
percent") or of one in the passive ("have been cut by 60 percent"), or of a copula with a
comparative after the figure set against an earlier time ("were 38% higher than a year ago"; set
against another place, "higher than in Dorn", or
against nothing, "where rents are a third lower", it is no change). The key is the direction
and the head of the subject (the word before its first preposition: "bookings for the
festival" → "bookings"), with no event (``("percent:rise in bookings", None)``): a soft key,
so two such changes are compared only when their sentences share words, and never when one
article states both. A rise and a fall are two quantities; percentage points are no
percentage of the thing and are left out, and so is a subject that is a pronoun or a
determiner alone, or a clause with an auxiliary before the verb ("are expected to rise 5%": a
forecast), and a change told with its own time ("rose 3% last year", "in 2024": any year's; "on
last year", "than a year ago" are what it is measured against). A charge or a price is left to
the modules above.

Hand-written: the copula, "up"/"down", comparatives and the verbs of rising and falling are a
short closed set of English.
"""

from __future__ import annotations

import re

from reader.analysis.change_subjects import CHARGE_HEADS
from reader.analysis.figures import Figure

UNIT = "percent"
_QUAL = (r"(?:(?:about|around|roughly|nearly|almost|some|just\s+over|just\s+under|more\s+than|less\s+than|over|"
         r"an\s+estimated)\s+)?")
_COPULA = r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)"
_RISE = r"rose|risen|rises|rise|climbed|climbs|jumped|jumps|gained|gains|grew|grows|increased|increases|soared|surged"
_FALL = (r"fell|fallen|falls|fall|dropped|drops|lost|loses|declined|declines|decreased|decreases|shrank|slid|"
         r"slipped|tumbled|plunged|weakened|weakens")
# a change done to the thing, told in the passive: "allocations have been cut by 60 percent", "were raised by 4%"
_RAISED = r"raised|increased|boosted|hiked"
_CUT = r"cut|reduced|slashed|lowered|trimmed|decreased"
# the verb of change right before the figure: "were up 30%", "rose 38 percent", "lost 1.2 percent"
_CHANGE_BEFORE = re.compile(rf"\s(?:{_COPULA}\s+(?P<adv>up|down)|(?:has\s+|have\s+|had\s+)?(?P<verb>{_RISE}|{_FALL})"
                            rf"|{_COPULA}\s+(?P<done>{_RAISED}|{_CUT}))\s+(?:by\s+)?{_QUAL}$", re.IGNORECASE)
_COPULA_BEFORE = re.compile(rf"\s{_COPULA}\s+{_QUAL}$", re.IGNORECASE)
_COMPARATIVE = re.compile(r"\s+(?P<dir>higher|lower|up|down)\b(?P<rest>[^,;:.]{0,80})", re.IGNORECASE)
_EARLIER = re.compile(r"^\s*(?:on|from|than)\s+(?:in\s+)?(?:a\s+year|last|the\s+same|a\s+week|a\s+month|the\s+previous|"
                      r"\w+\s+ago|(?:19|20)\d\d)\b", re.IGNORECASE)
CLAUSE_REACH = 300      # characters before a figure read for its clause's subject
VERB_REACH = 80         # ... and for the verb of change right before it (a long sentence read whole for
#                         each of its figures made the work grow as its square)
_OF_AFTER = re.compile(r"\s+of\b")
# a span of the change told right after it ("rose 3% over the past decade", "since 2012"; a year's change, "last
# year", "in 2024", is keyed, and its year kept apart by its frame: reader.analysis.other_events)
_WHEN_AFTER = re.compile(r"\s+(?:(?:in\s+the\s+past|over\s+the\s+(?:past|last))\s+"
                         r"(?:\w+\s+)?(?:year|years|month|months|week|weeks|quarter|decade)|since|during)\b",
                         re.IGNORECASE)
# the span itself, kept in the key ("since 2022", "since fall 2019", "over the past decade"); a span
# "during" an event, or one with no year or length, is not read
_SPAN = re.compile(r"\s+(?P<span>since\s+(?:[a-z]+\s+){0,2}?(?:19|20)\d\d"
                   r"|(?:in\s+the\s+past|over\s+the\s+(?:past|last))\s+(?:\w+\s+)?(?:years?|months?|weeks?|"
                   r"quarter|decade))\b", re.IGNORECASE)
_CHARGE_HEAD = re.compile(rf"{CHARGE_HEADS}|prices?")
_POINTS = re.compile(r"[\s-]*(?:percentage\s+)?points?\b", re.IGNORECASE)
_CLAUSE_START = re.compile(r"(?:^|[,;:—(]\s*|\bthat\s+)(?=\S)")
_PREPOSITION = re.compile(r"\b(?:of|for|in|at|from|on|among|with|to|across|by|under|over)\b")
# a change noun after the figure with what changed after "in": "a 22% rise in ferry bookings"
_NOUN_AFTER = re.compile(r"[\s-]+(?P<dir>rise|increase|jump|gain|growth|surge|fall|drop|decline|decrease|slide)\s+in\s+"
                         r"(?:the\s+|its\s+|their\s+)?(?P<thing>(?:[A-Za-z][\w’'-]*\s+){0,3}?[a-z][\w’'-]*)"
                         r"(?=\s+(?:of|for|in|at|from|on|among|with|to|across|by|since|over|after|this|last)\b|\s*[,.;:)—]|$)",
                         re.IGNORECASE)
_AUX = frozenset({"is", "are", "was", "were", "be", "been", "being", "will", "would", "could", "should", "may",
                  "might", "can", "must", "do", "does", "did", "has", "have", "had", "to"})
_NOT_HEAD = frozenset({"it", "they", "this", "that", "these", "those", "which", "who", "the", "a", "an", "its",
                       "their", "there", "he", "she", "we", "all", "both", "each", "some", "figure", "number",
                       "total", "share", "percentage", "rate", "price", "prices"})


def change_share(text: str, f: Figure) -> tuple[str, None] | None:
    """``("percent:rise in <thing>", None)`` or ``("percent:fall in <thing>", None)`` for a
    percentage ``f`` told as the change of its clause's subject (module doc), else None."""
    if f.unit != UNIT or f.high is not None or _POINTS.match(text, f.end, f.sentence_end):
        return None
    if _WHEN_AFTER.match(text, f.end, f.sentence_end) is None:
        return _change_key(text, f)
    told = _SPAN.match(text, f.end, f.sentence_end)
    key = _change_key(text, f) if told is not None else None
    return None if key is None or told is None else (f"{key[0]} ({' '.join(told['span'].lower().split())})", None)


def _change_key(text: str, f: Figure) -> tuple[str, None] | None:
    """The key of :func:`change_share`, for a change told with no span of its own."""
    noun = _NOUN_AFTER.match(text, f.end, f.sentence_end)
    if noun is not None:
        head = noun["thing"].split()[-1].lower()
        up = noun["dir"].lower() in ("rise", "increase", "jump", "gain", "growth", "surge")
        return (f"percent:{'rise' if up else 'fall'} in {head}", None) if _thing(head) else None
    before = text[max(f.sentence_start, f.start - CLAUSE_REACH):f.start]
    verb = _CHANGE_BEFORE.search(before, max(0, len(before) - VERB_REACH))
    if verb is not None:
        if _OF_AFTER.match(text, f.end, f.sentence_end):
            return None     # ("lost 5% of its seats": a share of a whole)
        word = (verb["adv"] or verb["verb"] or verb["done"]).lower()
        up = word == "up" or re.fullmatch(_RISE, word) is not None or re.fullmatch(_RAISED, word) is not None
    else:
        verb = _COPULA_BEFORE.search(before, max(0, len(before) - VERB_REACH))
        after = _COMPARATIVE.match(text, f.end, f.sentence_end)
        if verb is None or after is None or not _EARLIER.match(after["rest"]):
            return None
        up = after["dir"].lower() in ("higher", "up")
    head = _head(before[:verb.start()])
    return (f"percent:{'rise' if up else 'fall'} in {head}", None) if head else None


def _head(clause_before: str) -> str | None:
    """The head of the subject ending ``clause_before``: the word before its first preposition."""
    starts = [m.end() for m in _CLAUSE_START.finditer(clause_before)]
    subject = clause_before[starts[-1]:] if starts else clause_before
    cut = _PREPOSITION.search(subject)
    words = (subject[:cut.start()] if cut else subject).split()
    if not words or len(words) > 6 or any(w.lower() in _AUX for w in words):
        return None     # ("bookings are expected to rise 5%": a forecast, not the change told)
    head = words[-1].lower().removesuffix("'s").removesuffix("’s")
    return head if _thing(head) else None


def _thing(head: str) -> bool:
    """Whether ``head`` names a thing this module keys: a word, no pronoun or determiner, and no
    charge or price (:mod:`reader.analysis.change_subjects`, :mod:`reader.analysis.price_changes`)."""
    return head.isalpha() and head not in _NOT_HEAD and not _CHARGE_HEAD.fullmatch(head)
