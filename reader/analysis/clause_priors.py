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

A bare count that opens a clause of its own after a total ("Five dock staff were hurt;
three were treated at the quay", "18 trains were cancelled and 35 were held",
:func:`reader.analysis.elliptic_counts.subject_count`) takes its noun from the total but
never its event: nothing before it is its words (``clause_floor``), so it is keyed by its
own verb, or left unkeyed as a part of the total (:mod:`reader.analysis.elliptic_counts`)
(so too a count with its noun opening its own clause: "18 trains were cancelled and 35
trains were held" reads no cancelling before "35 trains"),
and an article telling a total and its breakdown no longer gives the total's key two values.
Such a count whose own verb tells the total's event again ("Five dock staff were injured; three
were treated at the quay") is a part of the total, smaller than it, not a rival value of
it: it is left unkeyed (``breakdown_part``), as is a count of the same key a list word ties
to the total right before it ("Police held 40 people, including 12 who were held at the
gates").

Hand-written: a conjunction and the shape of the next word, read from the words the caller
already cut; no parser of this project reads clauses across "and".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.analysis.elliptic_counts import elliptic, subject_count
from reader.analysis.sent_home import without_sender

if TYPE_CHECKING:
    from reader.analysis.figures import Figure

Key = tuple[str, str | None] | None

_CONJUNCTION_END = re.compile(r"\b(?:and|but|while|whereas)\s*$", re.IGNORECASE)
# words that do not open a predicate: the count's noun goes on, or shares the verb before
_NOT_VERB_WORDS = """of in on at from to for with by into onto across near after before during inside outside
within including aboard as than plus each apiece respectively more other others who that which whom whose and or
but nor so the a an this these those its their his her our your my every all both some any"""
_NOT_VERBS = frozenset(_NOT_VERB_WORDS.split())
_WORD = re.compile(r"[A-Za-z'’-]+")
# a list of the total's parts right after it: "arrested 40 people, including 12 who …", "among them"
# (the total's own predicate between, a few words, no number: "40 people were arrested, including 12")
_INCLUDING_GAP = re.compile(r"(?:\s+[A-Za-z'’]+){0,6},?\s+(?:including|among\s+(?:them|whom|those))\s+")


def own_prior(prior: str, after: str) -> str:
    """``prior`` (the words before a count, without a hospital that sent it home:
    :func:`reader.analysis.sent_home.without_sender`), or nothing when the count is the
    subject of its own clause after a conjunction (module doc)."""
    if _CONJUNCTION_END.search(prior):
        first = _WORD.match(after.lstrip())
        if first is not None and first.group().islower() and first.group() not in _NOT_VERBS:
            return ""
    return without_sender(prior, after)


def clause_floor(text: str, span: tuple[int, int], number_start: int, number_end: int, sentence_start: int,
                 before: int) -> int:
    """Where the words of the count at ``text[start:]`` may start: ``before``, or the count's
    own start when it is a bare count, or a count with its noun, opening its own clause
    (module doc); ``span`` is the count's."""
    start, end = span
    if number_start == start and subject_count(text, number_start, number_end, sentence_start):
        return start
    if start > before and not own_prior(text[max(before, start - 24):start], text[end:end + 40]):
        return start        # (a count with its noun opening its own clause: "and 35 trains were held")
    return before


def breakdown_part(text: str, whole: Figure | None, part: Figure, whole_key: Key, key: Key) -> bool:
    """Whether the count ``part`` tells the key of the count ``whole`` right before it in its
    sentence with a smaller value as a part of it: a bare count that took its noun from it,
    or a count the list word "including" or "among them" ties to it (module doc)."""
    if whole is None or key is None or whole_key is None or not part.value < whole.value:
        return False
    if _INCLUDING_GAP.fullmatch(text, whole.end, part.start) and (key == whole_key or (
            key[0] == whole_key[0] and key[1] is None)):
        return True             # (the part keeps the whole's event: "close 212 stores, including about 40 Ohio stores")
    if key != whole_key:
        return False
    return (part.counts_inferred and whole.counts == part.counts and not whole.counts_inferred
            and part.number_start == part.start and elliptic(text, part.number_start, part.number_end))
