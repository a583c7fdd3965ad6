"""Counts that leave their noun to the clause before them: a relative partitive ("Eleven
people were hurt, six of whom were taken to hospital", "40 homes were hit, a dozen of
which were destroyed") and a number standing as its clause's subject ("Eleven people
reported injuries; four were taken to hospital", "Nine cars were damaged, and three were
towed away").

A number word with no noun after it was no figure at all (a word such as "four" counts
only with a cue beside it), and a bare number in digits had no noun, so a source's "four
were taken to hospital" met nothing where another's "five people were taken to hospital"
disagreed. Here such a number is a figure, and its noun is the count before it in its
sentence (:mod:`reader.analysis.figures`). Such a count is a part of the count it takes its
noun from, so when its own verb tells no event ("Six climbers set out; two have been found")
it is not keyed as that count (:func:`reader.analysis.figure_uses.figure_uses`).

A subject count is a number that starts a clause inside its sentence (after a semicolon, a
comma, "and", "but", "while"; a hedge such as "only" may come between) and is followed by a
passive or perfect verb, an adverb between: "were taken", "had been treated", "were later
released". Not "the two were friends" (a determiner before it: the number names known
people), nor "two were sentenced" told with no count before it (no noun to take). A number
opening its sentence so is a subject count too (:func:`opens_sentence`), and takes its noun from
the count that opens the sentence before ("About 90 people were rescued, many of them pulled from
the water. Nine were found on a sandbar late on Sunday."), unless its verb tells people by their event
("Three were hurt in crashes": people); with no count there it is no figure.

Hand-written: these are two fixed clause forms of English, read by two regular expressions.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.analysis.event_counts import counted_by_event
from reader.analysis.figure_units import MEASURES

# "six of whom", "three of which": the part of the count before it
_RELATIVE_OF = re.compile(r"\s+of\s+(?:whom|which)\b", re.IGNORECASE)
# where a clause starts before the number (a hedge between: "; only two have been found"), inside
# its sentence: a semicolon, a comma or a
# conjunction (not a determiner or a preposition: "the two were", "of the four were")
_CLAUSE_BEFORE = re.compile(r"(?:[;,:—–]|\b(?:and|but|while|whereas))\s*(?:(?:only|just|at\s+least|at\s+most|"
                            r"about|around|nearly|almost|some|more\s+than|fewer\s+than|another)\s+)?$", re.IGNORECASE)
# a passive or perfect verb after the subject number, an adverb between: "were taken", "had been
# treated", "were later released"
_VERB_AFTER = re.compile(r"\s+(?:were|was|are|have\s+been|had\s+been|remain|remained|remain\s+in)\s+"
                         r"(?:[a-z]+\s+)?(?!(?:not|never|also|still|all|both|\w+ing)\b)"
                         r"[a-z]+(?:ed|en|wn|ht|lt|nt|nd|ld|rt|ft|pt|ck|ne|ot|ung|un)\b")


# the start of a sentence before the number (a hedge between): "… on Sunday. Nine were", "\n\nOnly two have been"
_OPENING_BEFORE = re.compile(r"(?:^|[.!?][\"”’)]?\s+|\n\s*)(?:(?:only|just|another|about|around|nearly|almost|"
                             r"some|at\s+least)\s+)?$", re.IGNORECASE)


def opens_sentence(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` opens its sentence as its subject, a passive or perfect
    verb after it ("Nine were taken to hospital."), with no noun of its own."""
    return (_VERB_AFTER.match(text, end) is not None
            and _OPENING_BEFORE.search(text, max(0, start - 30), start) is not None)


def relative_part(text: str, end: int) -> int | None:
    """Where "of whom"/"of which" right after a number ending at ``end`` ends, else None."""
    m = _RELATIVE_OF.match(text, end)
    return m.end() if m else None


def subject_count(text: str, start: int, end: int, floor: int = 0, opening: bool = False) -> bool:
    """Whether the number at ``text[start:end]`` is its clause's subject with no noun of
    its own ("; four were taken to hospital"), nothing before ``floor`` read; with ``opening``,
    one opening its sentence so too (:func:`opens_sentence`: "Nine were taken to hospital.")."""
    clause = _CLAUSE_BEFORE.search(text, max(floor, start - 30), start) is not None
    return (opening and opens_sentence(text, start, end)) or (clause and _VERB_AFTER.match(text, end) is not None)


def elliptic(text: str, start: int, end: int, opening: bool = False) -> bool:
    """Whether the number at ``text[start:end]`` counts the noun of a count before it
    (module doc): a relative partitive or a clause's subject (with ``opening``, or its sentence's:
    a number with a noun or a unit of its own, "About $18,200 was taken", takes none)."""
    return relative_part(text, end) is not None or subject_count(text, start, end, opening=opening)


def plain_count(f: dict | None) -> dict | None:
    """The raw figure ``f`` when it is a plain count with a noun (no measure), else None."""
    return f if f is not None and f["counts"] and not f["hunit"] and f["unit"] not in MEASURES else None


def noun_source(text: str, f: dict, own: dict | None, before: Callable[[], dict | None]) -> dict | None:
    """The count an elliptic count ``f`` (a raw figure) takes its noun from: ``own``, the count before it in
    its sentence, or for one opening its sentence the count ``before()`` finds in the sentence before (not
    for one its verb tells people by their event: "Three were hurt in crashes" counts people, whatever the
    sentence before counted)."""
    start, end = f["n_start"], f["n_end"]
    opening = opens_sentence(text, start, end) and counted_by_event(text, start, end) is None
    return plain_count(own or (before() if opening else None))


def nounless(text: str, f: dict) -> bool:
    """Whether the raw figure ``f`` is a number word read only as an elliptic count that
    found no count before it to take its noun from: no figure ("The two left; four were
    taken away")."""
    return (bool(f.get("elliptic")) and f["unit"] is None and text[f["n_start"]].isalpha()
            and counted_by_event(text, f["n_start"], f["n_end"]) is None)
