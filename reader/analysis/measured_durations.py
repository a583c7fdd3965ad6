"""A length of time keyed by the word it measures, read from the sentence's structure rather
than from a list of phrases: what a length is "of" ("about 10 days of flushing", "three days
of talks", "three hours of public comment", "24 months of free credit monitoring": years too
in this form only), what "takes" or "needs" it (its clause's subject: "flushing and chlorinating the
pipes would take at least three weeks"), and what happened a length "before" or "earlier"
(the nearest action before it: "passed an inspection 11 days before the fair opened", "had
been inspected two weeks earlier").

:mod:`reader.analysis.duration_subjects` keys a length by a closed list of phrases and nouns
that lasted; any other length had no key, and two sources that time one thing in other words
and other units ("would take at least three weeks" / "would need about 10 days of flushing",
"11 days before" / "two weeks earlier") were never compared. Here the measured word is found by
where it stands, whatever it is, and reduced to a stem ("flushing" and "flush", "inspection"
and "inspected" are one), so the key names what is measured: ``"duration:flush"``,
``"duration:since inspect"``. Such a key tells no event of its own (a length may measure
anything), so it is a soft key: two figures of it are compared only when their sentences
share words besides the unit (:func:`reader.analysis.noun_events.soft_event`), and a length
"ago" (an earlier incident's) or "later" (an aftermath's) is not read.

Hand-written: three fixed sentence forms of English (a partitive "of", the subject of "take",
an action before "before"), read by regular expressions; the stem is a suffix cut.
"""

from __future__ import annotations

import re

from reader.text.tokens import STOPWORDS

_UNITS = frozenset({"minute", "hour", "day", "week", "month"})
SINCE = "since "
# "10 days of flushing", "three days of talks": what the length is of (a gerund or a noun of action)
# (up to two modifiers before it: "three hours of public comment", "24 months of free credit monitoring"; and
# the nouns of a hearing's speech that have no such ending: "comment", "testimony", "debate", "talks")
OF_AFTER = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?P<mods>(?:[a-z]+\s+){0,2}?)"
                       r"(?P<word>[a-z]+(?:ing|ion|ions|ment|ments|als?)|comments?|testimony|debate|talks)\b(?!['’-])")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
# "would take at least three weeks", "needed about 10 days", "will require nearly a month"
_TAKE_BEFORE = re.compile(r"\b(?:would|will|could|may|might|should|to|can|did|does)?\s*(?:take|takes|took|taking|"
                          r"need|needs|needed|require|requires|required)\s+(?:(?:about|around|nearly|almost|roughly|"
                          r"some|approximately|at\s+least|more\s+than|up\s+to|as\s+long\s+as|as\s+much\s+as|"
                          r"less\s+than|under|over|just)\s+)*$", re.IGNORECASE)
# where the clause of a subject starts: the sentence, a saying verb, a comma, "that" (not "and":
# "flushing and chlorinating the pipes" is one subject)
_CLAUSE_START = re.compile(r"(?:^|[,;:—–]\s*|\b(?:said|says|say|told|that|because|while|when)\s+)", re.IGNORECASE)
# "took six hours to repaint the hall": a doer's time to do something, not how long a thing took
_TO_DO = re.compile(r"\s+(?:for\s+\w+\s+)?to\s+[a-z]")
_SUBJECT = re.compile(r"(?:(?:the|a|an|its|their|his|her|all|any|such)\s+)?(?P<word>[a-z]+(?:ing|ion|ions|ment|ments|"
                      r"als?|ure|ures|s))\b")
# "N days before", "two weeks earlier", "a month prior": a time before something
_BEFORE_AFTER = re.compile(r"\s+(?:before|earlier|prior)\b", re.IGNORECASE)
# "for about 14 hours before the pumps restarted": how long a thing went on, not a time before it
_FOR_BEFORE = re.compile(r"\b(?:for|over|lasting|lasted)\s+(?:(?:about|around|nearly|almost|roughly|some|more\s+than|"
                         r"over|at\s+least|less\s+than|just)\s+)*$", re.IGNORECASE)
# the nearest action before the length in its clause: an -ion noun or a past participle
_ACTION = re.compile(r"\b(?P<word>[a-z]{3,}(?:ion|ed))\b")
_NOT_ACTIONS = frozenset({"said", "reported", "added", "noted", "stated", "claimed", "confirmed", "opened", "used",
                          "needed", "required", "scheduled", "planned", "expected", "started", "began", "nation",
                          "station", "region", "million", "billion", "position", "condition"})
REACH = 80


def stem(word: str) -> str:
    """``word`` less its inflection and action suffix ("inspection", "inspected" → "inspect";
    "flushing" → "flush")."""
    w = word.lower()
    for suffix in ("ations", "ation", "ions", "ion", "ments", "ment", "ings", "ing", "ed", "es", "s", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[:-len(suffix)]
    return w


def of_activity(text: str, end: int) -> str | None:
    """The activity a length ending at ``end`` is "of" (``OF_AFTER``): "three hours of public
    comment" → "comment"; None when there is none, or when a word after modifiers goes on
    into a noun ("three years of free legal advice": "legal" is no activity)."""
    of = OF_AFTER.match(text, end)
    if of is None:
        return None
    after = _NEXT_WORD.match(text, of.end())
    if of["mods"] and after is not None and after[1] not in STOPWORDS:
        return None
    return of["word"]


def measured_duration(text: str, unit: str | None, start: int, end: int, floor: int) -> str | None:
    """``"duration:<stem>"`` or ``"duration:since <stem>"`` for the length of time at
    ``text[start:end]`` (module doc), else None; nothing before ``floor`` is read."""
    if (word := of_activity(text, end)) is not None and (unit in _UNITS or unit == "year"):
        return "duration:" + stem(word)      # (years too: "one year of free credit monitoring")
    lo = max(floor, start - REACH)
    take = _TAKE_BEFORE.search(text, lo, start) if unit in _UNITS or unit == "year" else None
    if unit not in _UNITS and take is None:
        return None         # (years only for what takes them: "Construction is expected to take nearly four years")
    if take is not None:
        if _TO_DO.match(text, end):
            return None
        head = text[floor:take.start()]
        cuts = [m.end() for m in _CLAUSE_START.finditer(head)]
        at = cuts[-1] if cuts else 0
        # (a capital only where the sentence starts: "Draining the tanks would take", not a name)
        subject = _SUBJECT.match(head[at:].lower() if at == 0 else head[at:])
        return "duration:" + stem(subject["word"]) if subject is not None else None
    if _BEFORE_AFTER.match(text, end) and not _FOR_BEFORE.search(text, lo, start):
        actions = [m["word"] for m in _ACTION.finditer(text, lo, start) if m["word"].lower() not in _NOT_ACTIONS]
        return "duration:" + SINCE + stem(actions[-1]) if actions else None
    return None
