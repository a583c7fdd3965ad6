"""What a sum is the cost of, when a report names it by one of the few works or events news
prices: "Cleanup could cost $14 million" and "put the expected cost of cleanup and monitoring at
$9.5 million" are one sum; "The recall will cost Calder about $95 million" and "has put the direct
cost of the withdrawal at £900,000" another; "The agreement will cost the trust about $61 million"
is the deal's cost ("the cost of the deal", which :mod:`reader.analysis.money_keys` joins to a
deal's sum).

:mod:`reader.analysis.amount_subjects` keys a sum by a closed list of subject nouns (a fine, the
damage, a deal) and leaves a bare "cost" unkeyed, because "cost" alone names too many things to
compare. A cost that names what it is the cost of is no longer bare. A sum is read as a cost when,
in its clause, it follows a cost word with nothing between them but:

* a payer and a hedge, after the verb: "will cost the family-founded business about £1.5 million",
  "cost the municipality and the police about 350,000 kroner";
* a few verbs and adverbs that put a value on it: "total cleanup costs are expected to reach
  $1.2 million", "the cleanup bill is already around $950,000", "Project cost is now put at",
  "A replacement had been budgeted at $27 million";
* an "of" phrase and such verbs: "the cost of repairing the bridge is likely to be around
  £900,000", "put the total cost of the repair and the associated disruption at £1.4 million".

Its kind is the nearest word of :data:`KINDS` in the "of" phrase, else before the cost word in its
clause ("Replacing it now will cost", "put the direct repair cost at"). A sum with no such word
stays a bare cost: the stadium's cost and a project's cost may be one or two sums.

Hand-written: the cost words, the verbs between and the kinds are a short, fixed vocabulary of news
English (repairs, clean-ups, recalls, searches, strikes); no parser is needed to read a clause
this short, and a tagger would not tell a cost's kind from any other noun of the clause.
"""

from __future__ import annotations

import re

from reader.analysis.sentences import CLAUSE_BREAK

COST_OF = "money:cost of "
# what a cost is of, as the subject its words name (repairs are the damage's sum, a deal a deal's)
KINDS = {
    "repair": "money:repairs", "repairs": "money:repairs", "repairing": "money:repairs",
    "cleanup": "money:cost of cleanup", "clean-up": "money:cost of cleanup", "cleaning": "money:cost of cleanup",
    "recall": "money:cost of recall", "withdrawal": "money:cost of recall",
    "search": "money:cost of search", "hunt": "money:cost of search",
    "replacement": "money:cost of replacement", "replacing": "money:cost of replacement",
    "rebuild": "money:cost of rebuilding", "rebuilding": "money:cost of rebuilding",
    "reconstruction": "money:cost of rebuilding",
    "strike": "money:cost of strike", "stoppage": "money:cost of strike", "walkout": "money:cost of strike",
    "rescue": "money:cost of rescue", "evacuation": "money:cost of evacuation",
    "demolition": "money:cost of demolition", "removal": "money:cost of removal",
    "firefighting": "money:cost of firefighting", "fighting": "money:cost of firefighting",
    "agreement": "money:cost of deal", "deal": "money:cost of deal", "contract": "money:cost of deal",
}
# a cost word; "budgeted" only with "at" after it ("had been budgeted at $27 million")
_COST_WORD = re.compile(r"\b(?:costs?|costing|bill|tab|price\s+tag|budgeted(?=\s+at\b))\b", re.IGNORECASE)
_VERB_FORM = re.compile(r"cost(?:s|ing)?$", re.IGNORECASE)
_HEDGE = (r"(?:an?\s+(?:estimated|reported)\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|"
          r"more\s+than\s+|over\s+|up\s+to\s+|as\s+much\s+as\s+|as\s+high\s+as\s+|at\s+least\s+)?")
# the verb, then its payer (no preposition: "cost of", "costs at" are no payer), then the sum
_PAYER = re.compile(r"\s+(?:(?!(?:of|at|to|for|in|per|on|by|from|with)\s)[\w'’-]+\s+){0,6}?" + _HEDGE + r"$",
                    re.IGNORECASE)
_GLUE = frozenset({
    "is", "are", "was", "were", "be", "been", "being", "will", "would", "could", "can", "may", "might", "should",
    "has", "have", "had", "now", "already", "so", "far", "expected", "likely", "estimated", "projected", "put",
    "set", "pegged", "placed", "to", "reach", "reached", "reaches", "top", "topped", "exceed", "exceeded", "run",
    "runs", "ran", "hit", "hits", "total", "totals", "totalled", "totaled", "stand", "stands", "stood", "at",
    "come", "comes", "came", "climb", "climbed", "rise", "rose", "risen", "grow", "grown", "of"
})
_HEDGE_WORDS = frozenset({
    "an", "a", "estimated", "reported", "about", "around", "nearly", "almost", "roughly", "some", "more", "than",
    "over", "up", "as", "much", "high", "least"
})
_OF_AT = re.compile(r"\s+of\s+(?P<what>[^;:!?]{1,80}?)\s+(?:at|is|are|was|were|has|have|had|will|would|could|"
                    r"may|might|to\s+be)\s", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_BACK = 120             # characters read back from the sum for its cost word, and from that for its kind
KIND_WORDS = 12         # words before the cost word read for its kind


def cost_kind(text: str, start: int, before: int) -> str | None:
    """The subject of the sum at ``text[start:…]`` when it is told as a cost of a kind in
    :data:`KINDS` (module doc): ``"money:cost of cleanup"``, ``"money:repairs"``; else None.
    ``before``: where the sum's own words may begin (its sentence's start, or the figure before)."""
    words = list(_COST_WORD.finditer(text, max(before, start - _BACK), start))
    if not words:
        return None
    cost = words[-1]
    between = text[cost.end():start]
    what = _between_ok(cost.group(), between)
    if what is None:
        return None
    lo = _clause_start(text, max(before, cost.start() - _BACK), cost.start())
    kind = _kind_in(what) or _kind_in(_words_before(text, lo, cost.start()))
    return None if kind is None else KINDS[kind]


def _clause_start(text: str, lo: int, start: int) -> int:
    cuts = list(CLAUSE_BREAK.finditer(text, lo, start))
    return cuts[-1].end() if cuts else lo


def _between_ok(word: str, between: str) -> str | None:
    """The "of" phrase's words ("" when none) when ``between`` a cost word and its sum holds only
    a payer, a hedge, verbs that value it or an "of" phrase (module doc); else None."""
    if _VERB_FORM.match(word) and not CLAUSE_BREAK.search(between) and _PAYER.match(between):
        return ""
    if not CLAUSE_BREAK.search(between) and _valuing(between):
        return ""
    m = _OF_AT.match(between)
    return m["what"] if m is not None and _valuing(between[m.end("what"):]) else None


def _valuing(words: str) -> bool:
    """Whether ``words`` are only verbs that put a value on a cost and hedges (module doc)."""
    return all(w in _GLUE or w in _HEDGE_WORDS for w in _WORD.findall(words.lower()))


def _words_before(text: str, lo: int, end: int) -> str:
    return " ".join(w.group() for w in list(_WORD.finditer(text, lo, end))[-KIND_WORDS:])


def _kind_in(words: str) -> str | None:
    """The last word of :data:`KINDS` in ``words``, or None."""
    found = [w for w in _WORD.findall(words.lower()) if w in KINDS]
    return found[-1] if found else None
