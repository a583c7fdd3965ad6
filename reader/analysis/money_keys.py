"""One sum of money keyed alike however a report words it: by what it pays for or measures,
not by the event verbs around it nor by which of a few words for one sum the report picks.

:mod:`reader.analysis.amount_subjects` names a sum by its subject noun ("a reward of up to
$10,000": ``money:reward``), and :func:`reader.analysis.quantities.quantity_key` then adds the
event a nearby verb tells. For a sum that verb is no part of what it is: "a reward of up to $5,000
for information leading to an arrest" is the same reward as "a reward of up to $10,000", not an
arrest's count, and "damage was estimated at $2.5 million" names the damage with or without it.
So a sum keeps one event only, that of the damage an incident did (:data:`DAMAGE`: its damage
and the repairs it needs are one sum; the loss it caused is joined to them only by
:mod:`reader.analysis.damage_sums`, where no report tells both), and is otherwise keyed by its
subject alone (:func:`money_event`).

A sum is also told as the object of a verb of demanding ("the hackers demanded $4.5 million",
"are asking for $3 million"): the sum a side demands (:func:`demanded`), and a "cost" with its
payer between verb and sum ("will cost the region about $210 million a day"), the cost.

Last, a story's reports may name one sum by two subject words of one family (:data:`FAMILIES`:
"brought in $1.9 billion in sales last year" and "earned the company $2.3 billion last year";
"demanding $3 million" and "a ransom of $4.5 million"). :func:`one_family` keys them as one when
no report of the story names two of the family's words (an earnings report that gives revenue and
profit keeps them apart), so they are compared (:mod:`reader.analysis.named_sums` compares two
values of one named sum told by separate reports).

Hand-written: the verbs and the families are a few fixed words of news English; they are read
from the sentence's structure (the verb the sum is the object of), not from any story's nouns.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.currencies import MONEY_UNITS

DAMAGE = "damaged"
MONEY = "money:"
# subjects that name what an incident cost in harm done (amount_subjects' "damage", "repairs", "loss")
_DAMAGE_SUBJECTS = {"money:damage", "money:repairs"}
# the sums of a story that one thing may be told by (one family's words, told by different reports)
FAMILIES = ({"money:revenue", "money:profit"}, {"money:ransom", "money:demand"}, {"money:deal", "money:cost of deal"})

# a sum as the object of a verb of demanding, right before it (and its hedge)
_HEDGE = (r"(?:an?\s+(?:estimated|reported)\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|"
          r"more\s+than\s+|over\s+|up\s+to\s+|as\s+much\s+as\s+|at\s+least\s+)?")
_DEMAND_BEFORE = re.compile(r"\b(?:demand(?:s|ed|ing)?|ask(?:s|ed|ing)?\s+for|seek(?:s|ing)?|sought)\s+"
                            + _HEDGE + r"$", re.IGNORECASE)
# "will cost the region about $210 million", "cost the city $4 million": the verb, its payer, the sum
_COST_PAYER_BEFORE = re.compile(r"\bcost(?:s|ing)?\s+(?:the\s+|its\s+|their\s+)?(?:[a-z][\w'’-]*\s+){1,2}"
                                + _HEDGE + r"$")
_NOT_PAYER = {"of", "to", "at", "for", "in", "about", "around", "nearly", "almost", "roughly", "up", "more",
              "an", "a", "estimated", "over", "as"}
REACH = 60


def demanded(text: str, unit: str | None, start: int, before: int) -> str | None:
    """``"money:demand"`` for a sum demanded or asked for, ``"money:cost"`` for one a verb
    "cost" charges to a payer named between them (module doc); else None (and for any unit
    but money's)."""
    if unit not in MONEY_UNITS:
        return None
    lo = max(before, start - REACH)
    if _DEMAND_BEFORE.search(text, lo, start):
        return "money:demand"
    m = _COST_PAYER_BEFORE.search(text, lo, start)
    if m and not set(m.group().lower().split()[1:3]) & _NOT_PAYER:
        return "money:cost"
    return None


def money_event(text: str, start: int, before: int, thing: str, event: str | None) -> tuple[str, str | None]:
    """The key of a sum of subject ``thing`` (module doc): the damage an incident did, told as
    its damage or its repairs, is ``("money:damage", "damaged")``; any other sum, a loss
    too, is keyed by its subject alone (a loss is the damage only where the story allows no
    other reading: :mod:`reader.analysis.damage_sums`; "$3 million in damage" and "insured
    losses reached $5 million" in one report are two sums)."""
    if thing in _DAMAGE_SUBJECTS:
        return "money:damage", DAMAGE
    return thing, None


def one_family(tellers: Sequence[str], keys: Sequence[tuple[str, str | None] | None]
               ) -> list[tuple[str, str | None] | None]:
    """``keys`` with each family of :data:`FAMILIES` told as one subject (its first, by name)
    when the story names two of its words and no report names two (module doc)."""
    out = list(keys)
    for family in FAMILIES:
        said: dict[str, set[str]] = {}
        for who, key in zip(tellers, keys, strict=True):
            if key is not None and key[0] in family:
                said.setdefault(who, set()).add(key[0])
        if len({s for words in said.values() for s in words}) < 2 or any(len(w) > 1 for w in said.values()):
            continue
        name = min(family)
        out = [(name, k[1]) if k is not None and k[0] in family else k for k in out]
    return out
