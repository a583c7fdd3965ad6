"""What one unit of a thing costs, before and after a price change, and what a thing
costs a year: "The price of a 50 ml bottle will rise to $64 from $48", "A bottle will
cost about $70, up from $48", "its price would jump 30 percent, from $45 a bottle";
"putting the yearly cost at about $9,000", "costs more than $12,000 a year".

:mod:`reader.analysis.amount_subjects` keys a cost only as ``money:cost`` when a cost
verb stands right before the sum, and the price of a unit not at all ("cost", "price"
name too many things). A unit's price is told in a few fixed shapes that name the unit:
"the price of a/an/one/each (words) NOUN" earlier in the sentence, "a/an/each NOUN
(will) cost(s)" right before the sum, or "$N a/per/each NOUN" right after it. Keyed by
its noun (``money:price of bottle``), the sum told after "from" in a sentence of a price
change is the old price (``money:old price of bottle``), so the price before a rise and
the price after it are never one quantity, and the price of a bottle never meets the
price of a box. A price told beside a year ("in 2019") may be any year's and stays
unkeyed. A sum told as a yearly cost ("cost(s) … a year", "annual cost at") is
``money:yearly cost``, apart from a one-off cost and a monthly payment.

Hand-written: these are a newsroom's fixed phrasings of prices, a short closed list a
regular expression reads exactly; anything else is left to the other rules.
"""

from __future__ import annotations

import re

from reader.analysis.currencies import MONEY_UNITS
from reader.analysis.figures import Figure

_MONEY = MONEY_UNITS
_HEDGE = (r"(?:an?\s+(?:estimated|reported)\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|"
          r"more\s+than\s+|less\s+than\s+|over\s+|under\s+|up\s+to\s+|approximately\s+|just\s+over\s+|"
          r"just\s+under\s+)?")
# periods: "$40 a month" is a rate of payment, not the price of a unit
_PERIODS = {"year", "month", "week", "day", "hour", "night", "minute", "quarter", "decade", "season", "semester",
            "term", "share"}
_NOUN = r"(?P<noun>[a-z]+)"
# "$45 a bottle", "$3 per litre", "$12 each box" (a single noun, then no other noun)
_PER_AFTER = re.compile(rf"\s+(?:a|an|per|each)\s+{_NOUN}\b(?!\s*[-']?\s*[a-z]+\s+(?:of|for)\b)", re.IGNORECASE)
# "the price of a 50 ml bottle", "the list price of each box" (up to three words before the noun)
_PRICE_OF = re.compile(rf"\bprice\s+of\s+(?:a|an|one|each|every)\s+(?:[\w.-]+\s+){{0,3}}?{_NOUN}\s+"
                       r"(?:will|would|is|was|has|had|rose|rises|jumped|jumps|fell|falls|went|goes|climbed|"
                       r"increased|decreased|dropped|to|at|of|from|be|now|soared)\b", re.IGNORECASE)
# "A bottle will cost about $70", "each box costs $12"
_UNIT_COSTS = re.compile(rf"\b(?:a|an|one|each|every)\s+{_NOUN}\s+(?:(?:will|would|now|could|is\s+to)\s+)?"
                         rf"(?:cost|costs|sells\s+for|sell\s+for|retails\s+for|retail\s+for)\s+{_HEDGE}$",
                         re.IGNORECASE)
_UNIT_COSTS_IN = re.compile(rf"\b(?:a|an|one|each|every)\s+{_NOUN}\s+(?:(?:will|would|now|could|is\s+to)\s+)?"
                            r"(?:cost|costs)\s+" + _HEDGE + r"(?:[$€£¥]|US\$)[\d,.]+(?:\s+(?:million|billion))?"
                            r"(?:\s*,)?\s+(?:up|down)\s+from\s+" + _HEDGE + "$", re.IGNORECASE)
# the sum a price changed from: "rise to $64 from $48", "up from $48", "jump 30 percent, from $45"
_FROM_BEFORE = re.compile(rf"\bfrom\s+{_HEDGE}$", re.IGNORECASE)
_CHANGE = re.compile(r"\b(?:rise|rises|rising|rose|risen|raise|raises|raising|raised|jump|jumps|jumped|jumping|"
                     r"increase|increases|increased|increasing|climb|climbs|climbed|soar|soars|soared|hike|hikes|"
                     r"hiked|go\s+up|goes\s+up|went\s+up|up|cut|cuts|cutting|fall|falls|fell|drop|drops|dropped|"
                     r"lower|lowers|lowered|lowering|reduce|reduces|reduced|down)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b|\blast\s+year\b|\ba\s+year\s+ago\b|\bin\s+the\s+past\b", re.IGNORECASE)
# a yearly cost: "costs more than $12,000 a year", "putting the annual cost at about $9,000"
_COST_BEFORE = re.compile(rf"\b(?:cost|costs|costing)\s+{_HEDGE}$", re.IGNORECASE)
_YEARLY_AFTER = re.compile(r"\s+(?:a|per|each|every)\s+year\b|\s+annually\b|\s+yearly\b", re.IGNORECASE)
_ANNUAL_COST_BEFORE = re.compile(rf"\b(?:annual|yearly)\s+(?:[a-z]+\s+)?cost\s+(?:at|of|is|was|will\s+be|would\s+be)\s+"
                                 rf"{_HEDGE}$", re.IGNORECASE)
REACH = 60
# a fine told per breach ("can be fined up to $10,000 per violation"): the fine, no price (amount_subjects)
_FINE_BEFORE = re.compile(r"\b(?:fined?|fines|fining|penalt(?:y|ies)|penali[sz]ed)\b", re.IGNORECASE)
_BREAK = re.compile(r"[.!?;:](?=\s|$)")


def unit_price(text: str, f: Figure) -> str | None:
    """``money:price of NOUN``, ``money:old price of NOUN`` or ``money:yearly cost`` for
    the sum ``f`` told in one of the module's shapes; else None."""
    if f.unit not in _MONEY:
        return None
    start, end = f.start, f.end
    floor = max(f.sentence_start, start - 160)
    sentence = text[f.sentence_start:f.sentence_end]
    if _yearly_cost(text, f, floor):
        return "money:yearly cost"
    if _YEAR.search(sentence) or _FINE_BEFORE.search(text, max(floor, start - REACH), start):
        return None
    old = bool(_FROM_BEFORE.search(text, max(floor, start - 30), start) and _CHANGE.search(sentence))
    noun = _priced_noun(text, start, end, floor)
    if noun is None and old:
        # "A bottle will cost about $70, up from $48": the old price of the unit priced before it
        unit = [m for m in _UNIT_COSTS_IN.finditer(text, floor, start) if m.group("noun").lower() not in _NOT_UNITS]
        noun = _singular(unit[-1].group("noun").lower()) if unit else None
    if noun is None:
        return None
    return f"money:old price of {noun}" if old else f"money:price of {noun}"


def old_prices(text: str, figures: list[Figure], moving: set[int]) -> set[int]:
    """The indexes in ``moving`` (figures at one end of a change,
    :func:`reader.analysis.figure_changes.changes`) of sums told as a unit's old price:
    keyed apart from its new price, they are a value the story states."""
    return {n for n in moving if (unit_price(text, figures[n]) or "").startswith("money:old price of ")}


def _yearly_cost(text: str, f: Figure, floor: int) -> bool:
    """Whether the sum ``f`` is told as what something costs a year."""
    near = max(floor, f.start - REACH)
    if _ANNUAL_COST_BEFORE.search(text, near, f.start):
        return True
    return bool(_COST_BEFORE.search(text, near, f.start) and _YEARLY_AFTER.match(text, f.end))


def _priced_noun(text: str, start: int, end: int, floor: int) -> str | None:
    """The unit whose price the sum at ``text[start:end]`` is (module doc), singular."""
    after = _PER_AFTER.match(text, end)
    if after is not None:
        noun = after.group("noun").lower()
        return None if _singular(noun) in _PERIODS or noun in _NOT_UNITS else _singular(noun)
    costs = _UNIT_COSTS.search(text, max(floor, start - REACH), start)
    if costs is not None and costs.group("noun").lower() not in _NOT_UNITS:
        return _singular(costs.group("noun").lower())
    cut = max((m.end() for m in _BREAK.finditer(text, floor, start)), default=floor)
    found = [m for m in _PRICE_OF.finditer(text, cut, start)]
    if found and found[-1].group("noun").lower() not in _NOT_UNITS:
        return _singular(found[-1].group("noun").lower())
    return None


# words after "a"/"each" that name no unit bought ("$50 a head" is a rate; "a year", "a person")
_NOT_UNITS = {"lot", "little", "bit", "total", "person", "head", "piece", "time", "few", "couple", "record", "new",
              "further", "single", "mere", "whopping", "staggering", "reported", "estimated", "half", "third",
              "quarter", "fifth", "tenth", "number", "result", "deal", "share", "pop", "go"}


def _singular(noun: str) -> str:
    """``noun`` without a plain plural -s ("bottles" -> "bottle")."""
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") and len(noun) > 3 else noun
