"""The words before a count that tell its event, read only when they are of its own clause:
"All 23 crew were evacuated and more than 80 firefighters fought the blaze" (the
firefighters were not evacuated), "five died and 40 were hurt".

A count's event is read from its own words, the words after it and the words before it
(:func:`reader.analysis.quantities.quantity_key`); the words before were read even when the
count opens a clause of its own after "and" or "but", so the verb of the clause before gave
it its event, and "more than 80 firefighters" evacuated never met "About 120 firefighters
were called". A count is the subject of its own clause when a coordinating conjunction
stands right before it and a verb right after it (a word that is no preposition, pronoun,
conjunction or determiner); its words before are then no event of its (``own_prior``).
A count that shares the verb before ("evacuated 300 residents and 40 patients from the
home") has a preposition or nothing after it, and keeps them.

Hand-written: a conjunction and the shape of the next word, read from the words the caller
already cut; no parser of this project reads clauses across "and".
"""

from __future__ import annotations

import re

from reader.analysis.sent_home import without_sender

_CONJUNCTION_END = re.compile(r"\b(?:and|but|while|whereas)\s*$", re.IGNORECASE)
# words that do not open a predicate: the count's noun goes on, or shares the verb before
_NOT_VERB_WORDS = """of in on at from to for with by into onto across near after before during inside outside
within including aboard as than plus each apiece respectively more other others who that which whom whose and or
but nor so the a an this these those its their his her our your my every all both some any"""
_NOT_VERBS = frozenset(_NOT_VERB_WORDS.split())
_WORD = re.compile(r"[A-Za-z'’-]+")


def own_prior(prior: str, after: str) -> str:
    """``prior`` (the words before a count, without a hospital that sent it home:
    :func:`reader.analysis.sent_home.without_sender`), or nothing when the count is the
    subject of its own clause after a conjunction (module doc)."""
    if _CONJUNCTION_END.search(prior):
        first = _WORD.match(after.lstrip())
        if first is not None and first.group().islower() and first.group() not in _NOT_VERBS:
            return ""
    return without_sender(prior, after)
