"""The size of one price change told as a percentage: "will raise the list price of its
inhaler by 30 percent", "Dorvane price jumps 35%", "its price would climb 30 percent", "a
25% price hike", "a 25 percent increase in the price".

:mod:`reader.analysis.change_subjects` keys the change of a public charge (a rate, a tax,
a fare); a firm's price rise was left unkeyed, so "by 30 percent" in one source and
"jumps 35%" in another were never compared. A price is told in three fixed shapes: a verb
of raising or cutting with the price as its object and "by N%" after it, the price as the
subject of a verb of change right before the figure, and a change noun after the figure
with "price" before or after it. Both directions are keyed apart (``percent:rise in price``,
``percent:cut in price``), with the product's or maker's name when one is written
before "price" or after "price of" (``percent:rise in dorvane price``): a price told with no
name ("its price would climb") meets the one named price of the story
(:func:`reader.analysis.change_subjects.one_charge`), and two named prices never meet.
The key names no event, so :mod:`reader.analysis.conflicts` links two of them only when
their sentences share words besides the price (the product's name, its maker's) and no
source states both values. Prices of markets and indexes (shares, oil, homes, food, consumer prices) are
not a firm's price and are left out, and so is a change told beside a year ("rose 5% last
year", "since 2019"): a past change, not the one the story reports.

Hand-written: a newsroom's words for a price change are a short closed list a regular
expression reads exactly.
"""

from __future__ import annotations

import re

_QUALIFIER = (r"(?:(?:about|around|roughly|nearly|almost|some|approximately|just\s+over|just\s+under|more\s+than|"
              r"less\s+than|over|up\s+to|an\s+average\s+of)\s+)?")
_MODS = r"(?P<mods>(?:(?!(?:the|a|an|its|their|this|his|her|our|that|of|as|to|in|by)\b)[\w.'’-]+\s+){0,3}?)"
_UP = {"raise", "raises", "raised", "raising", "hike", "hikes", "hiked", "hiking", "increase", "increases",
       "increased", "increasing", "rise", "rises", "rose", "jump", "jumps", "jumped", "climb", "climbs",
       "climbed", "soar", "soars", "soared", "go up", "goes up", "went up", "boost", "boosts", "boosted"}
# "will raise the U.S. list price of its drug Dorvane by 30 percent", "cutting prices by 10%"
_VERB_PRICE_BY = re.compile(
    r"\b(?P<dir>raise|raises|raised|raising|hike|hikes|hiked|hiking|increase|increases|increased|increasing|"
    r"boost|boosts|boosted|cut|cuts|cutting|lower|lowers|lowered|lowering|reduce|reduces|reduced|reducing)\s+"
    rf"(?:the\s+|its\s+|their\s+|his\s+|her\s+)?{_MODS}prices?\s+(?:of\s+(?P<of>(?:[\w.'’-]+\s+){{1,5}}?))?"
    rf"by\s+{_QUALIFIER}$", re.IGNORECASE)
# "Dorvane price jumps 35%", "its price would climb 30 percent", "prices will go up by 8 percent"
_PRICE_VERB = re.compile(
    rf"\b(?:the\s+|its\s+|their\s+)?{_MODS}prices?\s+(?:will\s+|would\s+|could\s+|is\s+set\s+to\s+|is\s+to\s+)?"
    r"(?P<dir>rise|rises|rose|jump|jumps|jumped|climb|climbs|climbed|soar|soars|soared|increase|increases|"
    r"increased|go\s+up|goes\s+up|went\s+up|fall|falls|fell|drop|drops|dropped|decrease|decreases|decreased|"
    rf"go\s+down|goes\s+down|went\s+down)\s+(?:by\s+)?{_QUALIFIER}$", re.IGNORECASE)
# "a 25% price hike", "a 25 percent increase in the price of the inhaler"
_NOUN_AFTER = re.compile(r"\s*(?:-\s*)?(?:(?P<pre>price)\s+)?(?P<dir>rise|increase|hike|jump|cut|decrease|reduction|"
                         r"drop)\b(?P<post>\s+in\s+(?:the\s+|its\s+|their\s+)?prices?\b)?", re.IGNORECASE)
# prices of markets and indexes, not of one firm's product
_MARKETS = {"share", "stock", "oil", "crude", "gas", "gasoline", "petrol", "diesel", "fuel", "energy",
            "electricity", "house", "home", "housing", "food", "consumer", "producer", "import", "export",
            "commodity", "bond", "asking", "sale", "sales", "wholesale", "retail", "grocery", "average", "market"}
_PAST = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b|\b(?:last|this|a|per|each|every)\s+year\b|\bannual(?:ly)?\b|"
                   r"\bsince\b|\bover\s+the\s+past\b", re.IGNORECASE)
REACH = 120


def price_change(text: str, start: int, end: int, before: int, sentence: str) -> str | None:
    """``percent:rise in price`` or ``percent:cut in price`` for the percentage at
    ``text[start:end]`` told as one price change (module doc); its words start at
    ``before``; ``sentence`` is its sentence."""
    if _PAST.search(sentence):
        return None
    window = text[max(before, start - REACH):start]
    m = _VERB_PRICE_BY.search(window) or _PRICE_VERB.search(window)
    owner = None
    if m is not None:
        if any(w.lower().strip(".") in _MARKETS for w in m["mods"].split()):
            return None
        direction = m["dir"].lower()
        owner = _owner(m["mods"] + " " + (m.groupdict().get("of") or ""))
    else:
        after = _NOUN_AFTER.match(text, end)
        if after is None or not (after["pre"] or after["post"]):
            return None
        direction = after["dir"].lower()
    sense = "rise" if " ".join(direction.split()) in _UP else "cut"
    return f"percent:{sense} in {owner} price" if owner else f"percent:{sense} in price"


_NAME = re.compile(r"\b[A-Z][a-z][\w'’-]*")


def _owner(words: str) -> str | None:
    """The name of the product or maker whose price it is: the last capitalised word
    before "price" or after "price of" ("the Dorvane price", "the price of its inhaler
    Dorvane"), lower-cased; None when none is written ("its price")."""
    found = _NAME.findall(words)
    return found[-1].lower().rstrip("'’s").rstrip("'’") if found else None
