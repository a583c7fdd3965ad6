"""An age set off by commas after "at" in a sentence told of "she" or "he": "Neighbours say
she fed their cats and, at 72, still climbed the stairs", "At 72, he still ran the shop".

News brings a person in by name and goes on with a pronoun; an age written "at 72" between
commas is that person's age then, and it was a bare number, compared with nothing, while
another report's "Rosa Lind, 71," was keyed by her name. Here the number is read as an age
(:func:`pronoun_age`) when it stands alone between "at" and a comma, its sentence has one
subject pronoun ("she" or "he", never both, never "they"), and the sentence before it (in
its paragraph) opens with one person's full name whose given name signals that pronoun's
sex (:mod:`reader.analysis.first_names`); that name is its owner (:func:`pronoun_owner`).
Anything else (no name, a name of the other or of no known sex, a second person named in
the sentence) abstains.

Hand-written: one fixed form of news copy, read by regular expressions and checked by tests
on invented texts.
"""

from __future__ import annotations

import re

from reader.analysis.ages import AGE_NOUN, MAX_AGE
from reader.analysis.anaphor_ages import previous_opening_name
from reader.analysis.figures import Figure
from reader.analysis.first_names import first_name_gender

# "and, at 72," or "At 72," opening its sentence: the number between "at" and a comma
_AT_BEFORE = re.compile(r"(?:,\s+|\band\s+)at\s+$")
_AT_OPENING = re.compile(r"\s*At\s+")
_COMMA_AFTER = re.compile(r",\s+[a-z]")
_SHE = re.compile(r"\b[Ss]he\b")
_HE = re.compile(r"\b[Hh]e\b")
_OTHERS = re.compile(r"\b(?:[Tt]hey|[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+)\b")


def pronoun_age(text: str, f: Figure) -> bool:
    """Whether the bare number ``f`` is an age told "at N," of the person a pronoun names
    (module doc)."""
    if f.unit is not None or f.counts is not None or f.qualifier or f.high is not None:
        return False
    if not (isinstance(f.value, int) and 0 < f.value <= MAX_AGE) or f.number_end != f.end:
        return False
    return text[f.number_start:f.number_end].isdigit() and _owner(text, f) is not None


def pronoun_owner(text: str, f: Figure) -> str | None:
    """The full name whose age ``f`` (read as an age by :func:`pronoun_age`) is, else None."""
    return _owner(text, f) if f.counts == AGE_NOUN and f.number_end == f.end else None


def _owner(text: str, f: Figure) -> str | None:
    if not _COMMA_AFTER.match(text, f.end) or not (_AT_BEFORE.search(text, max(f.sentence_start, f.start - 8), f.start)
                                                   or _AT_OPENING.fullmatch(text, f.sentence_start, f.start)):
        return None
    sentence = text[f.sentence_start:f.sentence_end]
    she, he = _SHE.search(sentence) is not None, _HE.search(sentence) is not None
    if she == he or _OTHERS.search(sentence):
        return None
    name = previous_opening_name(text, f.sentence_start)
    if name is None or first_name_gender(name) != ("f" if she else "m"):
        return None
    return name
