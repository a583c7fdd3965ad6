"""A share told by what was kept against one told by what was stopped: "Corvane would run
about one in ten of its usual services" against "roughly 80 percent of services will be
cancelled". One report counts the services that run, the other those cancelled; of one
whole, the two shares add up to all of it, so "one in ten run" is "nine in ten cancelled",
and the two reports disagree (90 against 80 percent).

Only predicates that are each other's opposites by their meaning are read, from a closed
table (:data:`FAMILIES`: run or operate against cancelled, suspended, axed; open against
closed or shut), and only when the story keys exactly one share of that whole by an opposite
verb: a share kept is otherwise its own quantity ("share of services run", compared only with
other shares run). Any other pair of verbs is not read as opposites, whatever they mean: a
wrong complement would make a conflict no report made.

:func:`reader.analysis.share_wholes.whole_share` keys the share a verb of keeping takes as its
object ("run about one in ten of its services": ``("percent:share of services run", "share")``);
:func:`complements` reads it as the complement when the story tells the opposite: its value
100 minus its own, its hedge turned ("nearly 10 percent run" is "more than 90 percent
cancelled"), shown as a percentage (not as the fraction written, which is the kept share's).

Hand-written: the opposites are a few fixed verbs of news English about services and sites.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.analysis.figures import Figure

PREFIX = "percent:share of "
SHARE = "share"
# each family: the word a kept share is keyed by, the verbs that keep, the verbs that stop
FAMILIES = (
    ("run", frozenset({"run", "runs", "ran", "running", "operate", "operates", "operated", "operating"}),
     frozenset({"cancelled", "canceled", "suspended", "axed", "scrapped", "halted", "withdrawn"})),
    ("open", frozenset({"open", "opens", "opened", "reopen", "reopens", "reopened", "kept open", "keep open"}),
     frozenset({"closed", "shut"})),
)
_KEEPING = sorted({v for _, keep, _ in FAMILIES for v in keep}, key=len, reverse=True)
KEPT_BEFORE = re.compile(r"\b(?P<verb>" + "|".join(v.replace(" ", r"\s+") for v in _KEEPING) + r")\s+$",
                         re.IGNORECASE)
# a hedge as the complement's: "nearly 10 percent run" is "more than 90 percent cancelled"
_TURNED = {"about": "about", "around": "about", "roughly": "about", "some": "about", "approximately": "about",
           "nearly": "more than", "almost": "more than", "more than": "less than", "over": "less than",
           "less than": "more than", "under": "more than"}


def kept_word(verb: str) -> str | None:
    """The key word ("run", "open") of a verb of keeping, or None."""
    low = " ".join(verb.lower().split())
    return next((word for word, keep, _ in FAMILIES if low in keep), None)


def complements(figures: Sequence[Figure], keys: Sequence[tuple[str, str | None] | None]
                ) -> tuple[list[Figure], list[tuple[str, str | None] | None]]:
    """``figures`` and ``keys`` with each share kept read as the complement of the story's one
    share of its whole keyed by an opposite verb (module doc); the others as they are."""
    stopped: dict[tuple[str, str], set[tuple[str, str | None]]] = {}
    for key in keys:
        if key is None or key[1] != SHARE or not key[0].startswith(PREFIX):
            continue
        rest = key[0][len(PREFIX):].split()
        for word, _, stop in FAMILIES:
            if len(rest) == 2 and rest[1] in stop:
                stopped.setdefault((rest[0], word), set()).add(key)
    out_f, out_k = list(figures), list(keys)
    for n, (f, key) in enumerate(zip(figures, keys, strict=True)):
        rest = key[0][len(PREFIX):].split() if key is not None and key[1] == SHARE and key[0].startswith(
            PREFIX) else []
        told = stopped.get((rest[0], rest[1]), set()) if len(rest) == 2 else set()
        hedge = " ".join(f.qualifier.lower().split()) if f.qualifier else None
        if len(told) == 1 and (hedge is None or hedge in _TURNED):
            out_f[n] = replace(f, value=round(100 - float(f.value), 2), number_start=f.end, number_end=f.end,
                               qualifier=_TURNED[hedge] if hedge else None)
            out_k[n] = next(iter(told))
    return out_f, out_k
