"""The whole a share is of when no verb tells what was done to it: "That is roughly 15 per
cent of the school's 420 pupils", "about a fifth of our fleet", "Almost one in five pupils at
the school was affected", "about 40 percent of the taps sampled".

:func:`reader.analysis.shares.share_key` keys a share by its whole and the verb that tells what
happened to it ("of the taps tested were contaminated"), or by the subject that holds it; a
share told with a copula ("That is …"), an adjective ("were positive"), after a preposition
("short of nearly 25 percent of its fleet", "found in about 40 percent of the taps") or as
the subject of a clause of its own had no key, and a fraction in words or a ratio with no
key is no figure at all, so "about a fifth of our fleet" never met "nearly 25 percent of
its fleet". Here such a share is keyed by its whole's head noun alone, with no event
(``("percent:share of pupils", None)``): a soft key, so two shares of one whole are compared
only on the evidence a noun with no event needs (words in common, or the story's own count
told two ways: :mod:`reader.analysis.conflicts`), and an article stating both is no
conflict. When the story keys one share of that whole by a verb, and one only, the share
of the whole with none is read as that one (:func:`one_predicate`: "A quarter of the taps
tested were contaminated" beside "Two in five of the taps tested were positive"), as
:func:`reader.analysis.measure_events.one_gauge` reads a crest told with no gauge.

A share a verb of keeping takes as its object ("would run about one in ten of its services")
is keyed by that verb ("percent:share of services run", :mod:`reader.analysis.share_complements`,
which reads it as the complement of a share stopped); the object of any other verb is not read,
unless the share is the subject of a small clause of its own inside it ("left about a third of the
sheds needing new roofs", "leaving two-thirds of its buses without drivers"): what is said of the
share is then that predicate, and the share is read as one with no verb (and so meets the story's
one share of that whole keyed by a verb: :func:`one_predicate`).

Not read: "half" (half of a game, of a year, of a team: too many things are halved to read
the noun as a share's whole), a whole that is a span of time ("a third of the year"), and
a singular whole with no determiner ("a fifth of fleet" is no English; "a fifth of our fleet",
"a quarter of the budget" are read).

Hand-written: the "of" form of a share and a ratio's noun are fixed English; the whole's
noun is read by :func:`reader.analysis.figure_nouns.noun_phrase`, as a count's noun is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.figure_nouns import noun_phrase
from reader.analysis.figures import Figure
from reader.analysis.share_complements import KEPT_BEFORE, SHARE, kept_word

UNIT = "percent"
PREFIX = "percent:share of "
# "of the school's 420 pupils", "of our fleet", "of all the taps"
_OF = re.compile(r"\s+of\s+(?P<det>(?:all\s+)?(?:the|its|their|our|his|her|this|that|these|those)\s+)?"
                 r"(?:[A-Za-z][\w-]*['’]s\s+)?(?:\d[\d,]*\s+)?")
_RATIO = re.compile(r"\w+(?:\s+\w+)?\s+(?:in|out\s+of)\s+\w+(?:\s+\w+)?", re.IGNORECASE)
_NOT_WHOLE = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
                        "time", "times", "way", "vote", "votes", "total", "amount", "number", "rest", "cent",
                        "percent", "season", "century", "decade", "game", "match", "half", "period"})
_QUOTES = "“”\"‘’'"
# what may come right before a share that names no event of its own: a copula ("That is roughly
# 15 per cent of …") or a preposition ("short of nearly 25 percent of its fleet", "found in about
# 40 percent of the taps"), or the start of its clause, when it is the clause's subject; not a
# verb whose object it is ("would run about one in ten of its services": ran, not cancelled,
# whatever the other report says), nor "by" (the agent of a passive: "was backed by 45 percent of voters")
_OPEN_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been|being|of|in|from|for|with|at|on|among|across|than)\s*$",
                          re.IGNORECASE)
_CLAUSE_OPEN = re.compile(r"(?:^|[,;:—(“\"]|\b(?:that|and|or|but|said|says|say|while|where|when|after))\s*$",
                          re.IGNORECASE)
# a share that is its clause's subject is read when what is said of it is a state or a passive ("Two in
# five of the taps tested were positive", "one in five pupils at the school was affected") or nothing
# (a clause of its own); an active verb with an object ("Six in 10 voters backed the plan", "a third
# of voters backed Marlow") makes it one of several shares of the whole, one a choice
_STATE_AFTER = re.compile(r"(?:\s+(?:at|in|on|of|from|across)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?"
                          r"[\w'’-]+)?(?:\s+[a-z]+)?\s+(?:was|were|is|are|had\s+been|have\s+been|has\s+been|"
                          r"will\s+be|would\s+be|became|become|remain|remained)\b|\s*(?:[.,;:!?)—]|$)")

# a share that is the subject of a predicate of its own inside a verb's object, a small clause
# ("left about a third of the sheds in Orrin needing new roofs", "leaving half of its buses
# without drivers"): what is said of the share is that predicate, not the verb's; an -ing
# preposition ("including", "during") is no predicate
_SMALL_CLAUSE = re.compile(r"(?:\s+(?:in|at|on|across|along)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?"
                           r"\s+(?:without\b|(?!(?:including|according|following|during|regarding|concerning|"
                           r"excluding|considering|pending|notwithstanding)\b)[a-z]{3,}ing\b)")


def whole_share(text: str, f: Figure, kept_only: bool = False) -> tuple[str, str | None] | None:
    """``("percent:share of <whole>", None)`` for a share ``f`` of a whole told after "of" (or,
    for a ratio, right after it: "one in five pupils"), ``("percent:share of <whole> run",
    "share")`` for one a verb of keeping takes as its object
    (:mod:`reader.analysis.share_complements`; that one alone when ``kept_only``), else None
    (module doc)."""
    if f.unit != UNIT or f.high is not None:
        return None
    words = text[f.number_start:f.number_end].lower().split()
    if not words or words[-1] == "half":
        return None
    before = text[max(f.sentence_start, f.start - 40):f.start]
    opens = f.start - f.sentence_start <= 1 or _CLAUSE_OPEN.search(before) is not None
    kept = KEPT_BEFORE.search(before) if not opens else None
    if kept_only and kept is None:
        return None
    of = _OF.match(text, f.end, f.sentence_end)
    if of is None and not _RATIO.fullmatch(" ".join(words)):
        return None
    phrase, end, plural = noun_phrase(text, of.end() if of else f.end, whole=True)
    if phrase is None or end > f.sentence_end:
        return None
    if not opens and not _OPEN_BEFORE.search(before) and kept is None and not (
            _SMALL_CLAUSE.match(text, end, f.sentence_end)):
        return None     # (the object of a verb: that verb's share)
    head = phrase.split()[-1].lower().strip(_QUOTES)
    if not head.isalpha() or head in _NOT_WHOLE:
        return None
    if not plural and (of is None or not of["det"] or " " in phrase):
        return None
    if opens and not _STATE_AFTER.match(text, end, f.sentence_end):
        return None     # (the subject of an active verb)
    word = kept_word(kept["verb"]) if kept is not None else None
    return (PREFIX + head + " " + word, SHARE) if word else (PREFIX + head, None)


def one_predicate(keys: Sequence[tuple[str, str | None] | None]) -> list[tuple[str, str | None] | None]:
    """``keys`` with a share of a whole keyed by no verb read as the story's one share of that
    whole keyed by a verb ("percent:share of taps" → "percent:share of taps contaminated"),
    when it has exactly one; as they are otherwise."""
    told: dict[str, set[tuple[str, str | None]]] = {}
    for key in keys:
        if key is not None and key[1] == "share" and key[0].startswith(PREFIX):
            rest = key[0][len(PREFIX):].split()
            if len(rest) == 2:
                told.setdefault(PREFIX + rest[0], set()).add(key)
    return [next(iter(told[key[0]])) if key is not None and key[1] is None and len(told.get(key[0], ())) == 1
            else key for key in keys]
