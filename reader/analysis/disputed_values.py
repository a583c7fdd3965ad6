"""Two values of one quantity an article gives as two parties' words: "The council said the
levy rose 9%. The traders' guild said it rose 11%."

:class:`reader.analysis.figure_context.HeldValues` takes an article that states two values of
one key (one that names no event) for two quantities, and keeps them from being one quantity
told two ways by two sources. An article that sets one party's figure against another's is the
opposite case: it reports the disagreement, so it is no evidence that the values are two
things, and a source that gives one party's figure alone still disagrees with one that gives
the other's. Here a figure is *disputed* when its article states another value of its key in
another sentence, and each of the two sentences names who says it (the subject of a verb of
saying, or "according to" someone) and the two sayers differ; a sentence naming no sayer is
the writer's own, and two values the writer states stay two quantities.

Hand-written: the verbs of saying a report attributes a figure with are a short closed class.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from reader.analysis.figure_uses import FigureUse, Key

_SAY = r"(?:said|says|say|told|claims|claimed|insists|insisted|maintains|maintained)"
_WHO = r"(?P<who>(?:[\w’'-]+\s+){0,3}?[A-Za-z][\w’'-]*)"
# "The council said …", "Union officials say …" (the sentence's opening words), "…, the guild said."
_OPENING = re.compile(rf"^(?:[A-Z][^,;:]{{0,40}}?\s)??{_WHO}\s+{_SAY}\b")
_CLOSING = re.compile(rf",\s+{_WHO}\s+{_SAY}(?:\s+\w+){{0,2}}[.!?]?[”\"]?\s*$")
_ACCORDING = re.compile(rf"\baccording\s+to\s+(?:the\s+)?{_WHO}(?=[,.;]|\s*$)")
_OWN_COUNT = re.compile(r"\b(?:by\s+my\s+count|I\s+(?:count|counted|estimate))\b", re.IGNORECASE)
_NOT_SAYER = frozenset({"it", "he", "she", "they", "who", "which", "that", "officials", "official", "people",
                        "spokesman", "spokeswoman", "spokesperson"})


def sayer(sentence: str) -> str | None:
    """Who a sentence's figure is attributed to: the last word of the phrase naming its sayer,
    lower case ("the hospital said" → "hospital"), "i" for the writer's own count, else None."""
    if _OWN_COUNT.search(sentence):
        return "i"
    for pattern in (_CLOSING, _ACCORDING, _OPENING):
        m = pattern.search(sentence.strip())
        if m is not None:
            word = m["who"].split()[-1].lower().removesuffix("'s").removesuffix("’s")
            return None if word in _NOT_SAYER else word
    return None


def disputed(uses: Sequence[FigureUse], keys: Sequence[Key]) -> frozenset[int]:
    """The figures of ``uses`` an article sets against another value of their key told by
    another sayer (module doc)."""
    told: dict[tuple[str, tuple[str, str | None]], list[int]] = defaultdict(list)
    for n, (u, key) in enumerate(zip(uses, keys, strict=True)):
        if key is not None and not u.change:
            told[(u.article, key)].append(n)
    out: set[int] = set()
    for figures in told.values():
        if len({uses[n].figure.value for n in figures}) < 2:
            continue
        who = {n: sayer(uses[n].sentence) for n in figures}
        for n in figures:
            if who[n] is not None and all(
                    who[m] is not None and who[m] != who[n] for m in figures
                    if uses[m].figure.value != uses[n].figure.value):
                out.add(n)
    return frozenset(out)
