"""Someone the text brings in as a speaker without a name: "a nurse who has worked at the
hospice for 15 years said", "One resident told the meeting", "A council spokeswoman said".

A pronoun after such a sentence ("'We held bake sales,' she said") stands for that person,
not for the last person the article named (the judge of the paragraph before): resolving
it to the named one gives the words to the wrong person, so the speaker is left unnamed.
Hand-written: a pattern of an indefinite role noun as the subject of a speech verb, which
no library of this project reads.
"""

from __future__ import annotations

import functools
import re

from reader.analysis.speaker_lexicon import GENDERED, ROLE_NOUNS

# the words before "a nurse" that make it an object or a predicate, not a subject
_NOT_SUBJECT = frozenset({"told", "asked", "to", "by", "with", "from", "for", "of", "about", "is", "was", "as", "be",
                          "been", "like", "and", "or", "than", "that", "called", "named", "became", "becomes"})
_SPEECH = r"(?:said|says|told|added|explained|recalled|wrote|posted)"


@functools.cache
def _unnamed_re() -> re.Pattern[str]:
    roles = "|".join(sorted((re.escape(r) for r in ROLE_NOUNS), key=len, reverse=True))
    return re.compile(rf"(?:(\S+)\s+)?\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+){{0,3}}?(?:{roles})\b(?![’'])"
                      rf"([^.!?\n“”\"]{{0,100}}?)\b{_SPEECH}\b")


# "told him", "told her": the person told, an object pronoun of the gender asked
_TOLD_OBJECT_RE = re.compile(r"(?<=told)\s+(him|her)\b")
_OBJECT_OF = {"m": "him", "f": "her"}


def _told_the_other(text: str, end: int, gender: str) -> bool:
    """Whether the speech verb ending at ``end`` is "told" with an object pronoun of
    ``gender``: the unnamed speaker told the person the later pronoun stands for."""
    told = _TOLD_OBJECT_RE.match(text, end)
    return told is not None and told.group(1) == _OBJECT_OF.get(gender)


_PRONOUN_RE = re.compile(r"\b(?:he|she|they|I|we|it|you)\b", re.IGNORECASE)
_ROLE_WORD_RE = re.compile(r"\b(\w+)\s*$")


def unnamed_speaker_between(text: str, start: int, end: int, gender: str | None) -> bool:
    """Whether ``text[start:end]`` brings in an unnamed speaker as the subject of a speech
    verb ("a nurse … said", "One resident, who asked not to be named, said"), of a gender
    that fits ``gender`` ("a spokesman" is no "she"); not an appositive ("Jimmy Lee, 39, a
    Lebanese man visiting Nice, told"), an object ("told a reporter"), a possessive ("a
    student's income …, he said"), a clause of its own ("a voter … they said") nor one who
    told the pronoun's own gender ("a deputy told him …. “…,” he said": the one told)."""
    for m in _unnamed_re().finditer(text, start, end):
        before, between = m.group(1) or "", m.group(2)
        if before.strip(",;:").lower() in _NOT_SUBJECT or _PRONOUN_RE.search(between):
            continue
        if before.endswith(",") and ("," in between or before[:1].isupper()):
            continue                            # "Ann Lee, a lawyer for the city, said": an appositive
        if gender is not None and _told_the_other(text, m.end(), gender):
            continue                            # "until a deputy told him …": "he" is the one told
        role = _ROLE_WORD_RE.search(text, m.start(), m.start(2))
        role_gender = GENDERED.get(role.group(1).lower()) if role else None
        if gender is None or role_gender in (None, gender):
            return True
    return False
