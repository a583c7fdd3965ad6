"""A share of one thing's extent: "covers about a third of the east stand roof", "40 percent
of the east stand roof had come down", "a bloom covering around 40% of Lake Tessaly", "spread
across roughly a quarter of the lake".

:func:`reader.analysis.shares.share_key` keys a share of a counted whole (a plural noun: "of
the homes were damaged") or of a whole its clause's subject holds; a share of one thing (a
roof, a lake, a floor, a forest) told with a verb of covering, or as the subject of what
befell it, had no key, and a fraction in words with no key is no figure at all, so "about a
third of the roof" never met "40 percent of the roof". Here such a share is keyed by the thing
it is a share of, ``("percent:share of roof", None)``, when the clause says the share covers
it (a verb or preposition of extent right before: "covers", "covering", "across", "over") or
the share is the subject of a verb after the thing ("had come down", "was flooded"). A thing
named as a place ("Lake Tessaly", "Mirrow Forest") is keyed by its kind's word ("lake",
"forest"), as "the lake" names it. The key names no event: a soft key, so two such shares
are compared only when their sentences share words besides the thing
(:mod:`reader.analysis.conflicts`), and one article stating two is no conflict.

Not read: a share of a span of time ("a third of the year"), of a plural (a counted whole:
:mod:`reader.analysis.shares`), or the object of any other verb ("won a third of the vote").

Hand-written: a few English words of extent and auxiliaries, read by regular expressions.
"""

from __future__ import annotations

import re

from reader.analysis.figure_nouns import noun_phrase
from reader.analysis.figures import Figure

Key = tuple[str, str | None] | None
UNIT = "percent"
PREFIX = "percent:share of "
# a verb or preposition of extent right before the share: "covers", "covering", "spread across"
_EXTENT_BEFORE = re.compile(r"\b(?:cover(?:s|ed|ing)?|span(?:s|ned|ning)?|across|over|through|blanket(?:s|ed|ing)?|"
                            r"engulf(?:s|ed|ing)?|affect(?:s|ed|ing)?|burn(?:ed|t)\s+through|destroy(?:s|ed|ing)?|"
                            r"damag(?:es|ed|ing))\s+$", re.IGNORECASE)
_CLAUSE_OPEN = re.compile(r"(?:^|[,;:—(“\"]|\b(?:that|and|but|said|says|while|where|when))\s*$", re.IGNORECASE)
# the thing: "of the east stand roof", "of its roof", "of the lake"; or a place named by its kind
_THE_THING = re.compile(r"\s+of\s+(?:the|its|their|this|that)\s+(?=[A-Za-z])")
_KINDS = r"Lake|Forest|Park|Island|Bay|Valley|Reservoir|Wood|Woods|Marsh|Moor|Field"
_NAMED_THING = re.compile(r"\s+of\s+(?:(?P<kind>" + _KINDS + r")\s+[A-Z][\w'’-]+|[A-Z][\w'’-]+\s+(?P<after>" + _KINDS
                          + r"))\b")
# what befell the share as a subject: "had come down", "was flooded", "is under water"
_BEFELL_AFTER = re.compile(r"\s*(?:had|has|have|was|were|is|are)\s+(?:(?:been|now|already|still)\s+)?[a-z]+",
                           re.IGNORECASE)
# the thing (one word, or a modifier and the word), its own modifiers (a participle, a place) and the verb
# of what befell the share: "of the grain kept in the silo was ruined", "of the grain in the silo spoiled"
_MODIFIED = re.compile(
    r"(?P<thing>[a-z]{3,}(?<!s)(?<!ed))(?:\s+[a-z]+(?:ed|pt|ld|en|wn|ught))?(?:\s+(?:in|at|on|of|inside|within|near|under"
    r"|from)\s+"
    r"(?:the|its|their|this|that|a|an)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?\s+(?:(?:had|has|have|was|were|is|are)\s+"
    r"(?:(?:been|now|already|still)\s+)?(?P<done>[a-z]+(?:ed|en|t|ost))|(?P<verb>[a-z]{3,}ed))\b(?!\s+(?:with|to)\b)")
_MODIFIER = re.compile(r"[a-z]+\s+(?=[a-z])")      # a word before the thing ("of the crude oil held …")
# verbs of a state, not of what befell a share ("40 percent of the grain contained mould")
_STATES = frozenset({"contained", "included", "used", "needed", "represented", "accounted", "owned", "related",
                     "based", "located", "remained", "required", "involved", "consisted", "exceeded", "reached"})
_NOT_THINGS = frozenset({"year", "month", "week", "day", "hour", "season", "term", "time", "century", "decade",
                         "vote", "budget", "total", "population", "cost", "price", "market", "way", "rest"})


def area_share(text: str, f: Figure) -> Key:
    """The key of a share ``f`` of one thing's extent (module doc), else None."""
    if f.unit != UNIT or f.high is not None:
        return None
    thing = _THE_THING.match(text, f.end, f.sentence_end)
    named = _NAMED_THING.match(text, f.end, f.sentence_end) if thing is None else None
    if thing is not None:
        phrase, end, plural = noun_phrase(text, thing.end(), whole=True)
        head = phrase.split()[-1].lower() if phrase else ""
        if plural or not head.isalpha() or len(head) < 3 or head in _NOT_THINGS or end > f.sentence_end:
            return None
    elif named is not None:
        head, end = (named["kind"] or named["after"]).lower(), named.end()
    else:
        return None
    before = text[max(f.sentence_start, f.start - 30):f.start]
    if _EXTENT_BEFORE.search(before):
        return PREFIX + head, None
    opens = f.start - f.sentence_start <= 1 or _CLAUSE_OPEN.search(before) is not None
    if opens and thing is not None and (modified := _modified_subject(text, thing.end(), f.sentence_end)):
        return PREFIX + modified, None
    return (PREFIX + head, None) if opens and _BEFELL_AFTER.match(text, end, f.sentence_end) else None


def _modified_subject(text: str, start: int, stop: int) -> str | None:
    """The thing of a share that is the subject of what befell it past the thing's own
    modifiers: "a quarter of the grain kept in the silo was ruined", "40 percent of the grain
    in the north silo spoiled" (a participle, a place, then the verb, with or without an
    auxiliary); the thing's word, or None."""
    m = _MODIFIED.match(text, start, stop) or _MODIFIER.match(text, start, stop)
    m = m if m is None or m.re is _MODIFIED else _MODIFIED.match(text, m.end(), stop)
    if m is None or (m["verb"] or m["done"]).lower() in _STATES or m["thing"].lower() in _NOT_THINGS:
        return None
    return m["thing"].lower()
