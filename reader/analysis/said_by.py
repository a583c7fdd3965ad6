"""A sentence's own clause, without the attribution that closes it: who said it is not what it tells.

Two sentences "name two subjects" (:func:`reader.analysis.name_clash.clash`) when both name
something and neither's names are among the other's: "Ann Reed was fined $5,000" and "Tom Hale
was fined $8,000" are two fines. But a closing attribution names the source, not the subject:
"The shop gets a $25,000 bonus, said manager Ivo Brandt" tells the same bonus as "The Corner
Mart will receive a $50,000 bonus", and Ivo Brandt is no second store. The attribution is read
by its grammar alone: the last clause of the sentence, after a comma, opened by a reporting verb
("said manager Ivo Brandt", "according to Ivo Brandt") or closed by one ("Ivo Brandt said",
"the manager added on Monday"); reporting verbs are a closed class.

Hand-written: one pattern over the sentence's last clause.
"""

from __future__ import annotations

import re

_SAY = r"(?:said|says|told\s+\w+|added|adds|noted|explained|stated|according\s+to)"
MAX_WORDS = 8        # words of a closing attribution at most ("said the county's chief fire officer, Ann Reed")
_TAIL = r"(?:\s+(?:on|late|early)?\s*(?:\w+day|\w+day\s+night|\w+day\s+morning))?"
# ", said manager Ivo Brandt." / ", Ivo Brandt said on Monday." / ", according to the lottery."
_CLOSING_RE = re.compile(
    rf",\s*(?:{_SAY}\s+(?:[\w'’.-]+\s*){{1,{MAX_WORDS}}}|(?:[\w'’.-]+\s+){{1,{MAX_WORDS}}}{_SAY}{_TAIL})"
    r"\s*[.!?]?[\"”’]?\s*$", re.IGNORECASE)


def own_clause(sentence: str) -> str:
    """``sentence`` less the attribution that closes it, if any (module doc)."""
    m = _CLOSING_RE.search(sentence)
    return sentence[:m.start()] if m else sentence
