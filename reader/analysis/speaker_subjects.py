"""Two readings of a pronoun by the subject of a sentence, for
:func:`reader.analysis.speaker_resolve._pronoun`, which otherwise takes the most recent
person of a fitting gender:

* :func:`after_subject`: ``Paul Hirsch … said the chronology showed Calder took months.
  “…,” he said``: a one-word name of no known gender told inside what the sentence's
  subject said is passed over for that subject, when the subject is of the pronoun's gender.
* :func:`described_lead`: ``The director said …, and she promised: “…”``: a pronoun opening
  a clause joined by "and" to a sentence whose subject is a described person stands for
  that person (the registry then resolves the description).

Hand-written, like the rest of the speaker rules: the words of the one sentence decide.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from reader.analysis.offsets import span_index
from reader.analysis.speaker_lexicon import ROLE_NOUNS

_AND_BEFORE_RE = re.compile(r",?\s+and\s+(?:then\s+|later\s+|also\s+)?$")
# a sentence opening with a described person and a verb of saying: "The director said", "The airport's director told"
_DESCRIBED_SUBJECT_RE = re.compile(r"[Tt]he\s+(?:[A-Za-z’'-]+\s+){0,2}?(?P<head>[a-z]+)\s+(?:also\s+|later\s+)?"
                                   r"(?:said|says|told|added|explained|announced)\b")


class Gendered(Protocol):
    gender: str | None


def after_subject(text: str, sentences: list[tuple[int, int]], rest: Sequence[tuple[int, Gendered]], at: int,
                  gender: str) -> bool:
    """Whether the next candidate (``rest[0]``: its last salient mention, the person), of
    the pronoun's ``gender``, opens the sentence of the mention at ``at`` (its surname after
    at most a title and given names)."""
    if not rest or rest[0][1].gender != gender or rest[0][0] < 0:
        return False
    k = span_index(sentences, at)
    if k < 0 or not sentences[k][0] <= rest[0][0] < at:
        return False
    lead = text[sentences[k][0]:rest[0][0]].split()              # (a title and given names)
    return len(lead) <= 3 and all(w[:1].isupper() for w in lead)


def described_lead(text: str, sentences: list[tuple[int, int]], pos: int) -> tuple[str, int, int] | None:
    """(head noun, start, end) of the described subject opening the sentence of the pronoun
    at ``pos`` when the pronoun opens a clause joined to it by "and"; None otherwise."""
    k = span_index(sentences, pos)
    if k < 0 or not _AND_BEFORE_RE.search(text, max(sentences[k][0], pos - 16), pos):
        return None
    m = _DESCRIBED_SUBJECT_RE.match(text, sentences[k][0], pos)
    if m is None or m.group("head").lower() not in ROLE_NOUNS:
        return None
    return m.group("head"), m.start("head"), m.end("head")
