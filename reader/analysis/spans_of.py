"""Spans of time counted as a quantity of a thing: "nine days of class", "11 days of
class", "three weeks of talks", "six hours of deliberation".

A span of days, weeks or hours names no counted noun, so it had no quantity key
(:func:`reader.analysis.quantities.quantity_key`: too many different things last days),
and two reports of one strike's lost "nine days of class" and "11 days of class" were
compared with nothing. The noun after "of" says what the span is of as plainly as a
noun before it says what a count counts: the span is keyed ``("duration:<noun>", None)``,
a key with no event, so two values still need words in common or the story's one count
told two ways to be compared (:mod:`reader.analysis.conflicts`).

Not read: a span told as a point in time ("within three days of the crash", "after two
weeks of talks", "before"), a selection ("the first two days of the trial"), an age ("45 years
of age"), and a span of a span ("two days of the week").

Hand-written: the "N <unit> of <noun>" form is fixed English.
"""

from __future__ import annotations

import re

from reader.analysis.figures import Figure
from reader.text.tokens import STOPWORDS

UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})
# "nine days of class", "six hours of deliberations", "two years of free credit monitoring": up to
# three lower-case words after "of", the head the last before a stop word
_OF_PHRASE = re.compile(r"\s+of\s+(?:the\s+|their\s+|its\s+)?(?P<phrase>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\b")
_PREPOSITIONS = frozenset({"like", "about", "across", "along", "during", "despite", "without", "within", "near",
                           "over", "under", "through", "per", "after", "before", "since", "until", "ahead"})
_UNIT_WORDS = re.compile(r"\s+(?:minutes?|hours?|days?|weeks?|months?|years?)")
_NOT_NOUN = frozenset({"age", "the", "a", "an", "his", "her", "their", "its", "our", "time", "each", "every",
                       "week", "weeks", "day", "days", "month", "months", "year", "years", "hour", "hours",
                       "it", "them", "this", "that", "these", "those", "which", "whom", "what"})
# a span that ends before something ("within three days of the crash"), a selection ("the first two
# days of the trial"), a span told as a part ("two of the nine days")
_NOT_SPAN_BEFORE = re.compile(r"\b(?:within|before|after|of|first|last|final|next|past|previous|those|these|"
                              r"another|additional|more|extra|further)\s+(?:the\s+)?$", re.IGNORECASE)


def span_key(text: str, f: Figure) -> tuple[str, None] | None:
    """``("duration:<noun>", None)`` for a span of time told as "N <unit> of <noun>"
    (module doc), else None."""
    if f.unit not in UNITS or f.high is not None:
        return None
    if not _UNIT_WORDS.fullmatch(text, f.number_end, f.end):
        return None     # ("nine school days", "a 10-day tour": a noun of its own, read by no rule here)
    found = _OF_PHRASE.match(text, f.end, f.sentence_end)
    words = found["phrase"].split() if found else []
    cut = next((n for n, w in enumerate(words) if w in STOPWORDS or w in _PREPOSITIONS), len(words))
    if not cut or words[0] in _NOT_NOUN or words[cut - 1] in _NOT_NOUN:
        return None
    if _NOT_SPAN_BEFORE.search(text, max(f.sentence_start, f.start - 20), f.start):
        return None
    return "duration:" + words[cut - 1], None
