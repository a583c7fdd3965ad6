"""An age told by a definite "the N-year-old" that opens its sentence, of the person the
sentence before it opens with: "Harold Vance has flown out of Marlow airfield for 41 years.
On Saturday, the 68-year-old retired dentist needed every one of them."

News brings a person in by name and goes on with "the 68-year-old …" in place of the name;
:func:`reader.analysis.ages.age_owner` reads a name in apposition or right after the age,
so the age of such an anaphor had no owner and was compared with nothing, while another
report's "Harold Vance, 67," was. Here the anaphor is read by its structure: "the
N-year-old" (after an opening phrase and its comma at most) opening a sentence, whose
paragraph's sentence before it opens (after a dateline) with one person's full name as its
subject: a given name news uses for one gender (:mod:`reader.analysis.first_names`) and a
surname, then a verb in lower case. A person noun after the age ("the 47-year-old woman")
must agree with that given name's gender. Anything else (a sentence that opens with a
title, a place, two names, a name of either gender) gives the age no owner: abstain.

Hand-written: the anaphor is one fixed form of news copy, read by regular expressions and
checked by tests on invented texts.
"""

from __future__ import annotations

import re

from reader.analysis.figures import Figure
from reader.analysis.first_names import first_name_gender
from reader.analysis.sentence_anaphors import person_noun_after, same_sentence_name, surname_alone

_SURNAME = r"(?:Mc|Mac|O['’]|De|Di|Da|La|Le|Van|Von)?[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)?"
# the sentence up to the age: "The ", "On Saturday, the ", "By then the " (a short opening phrase)
_HEAD = re.compile(r"\s*(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3},?\s+)?[Tt]he\s+")
_YEAR_OLD = re.compile(r"\d{1,3}-year-old\b")
# a dateline before a lead's first words: "BENNING — ", "PELLHAM, Ore. (AP) — "
_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]+(?:,[^—–\n]{1,40})?\s*[—–-]+\s*")
# a sentence that opens with a full name, then a verb: "Harold Vance has flown", "Mara Dunne, who ..." not
_OPENING_NAME = re.compile(rf"^(?P<name>[A-Z][a-z'’-]+\s+(?:[A-Z]\.\s+)?{_SURNAME})\s+(?=[a-z]+\b)")
_PERSON_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?P<noun>man|woman|boy|girl|father|mother|son|daughter|husband"
                           r"|wife|grandfather|grandmother)\b")
_GENDERS = {"man": "m", "boy": "m", "father": "m", "son": "m", "husband": "m", "grandfather": "m",
            "woman": "f", "girl": "f", "mother": "f", "daughter": "f", "wife": "f", "grandmother": "f"}
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+")
REACH = 400       # characters read back for the sentence before


def anaphor_owner(text: str, f: Figure) -> str | None:
    """The full name of the person an opening "the N-year-old" goes on telling of (module
    doc), or of the person a later "the N-year-old" in the sentence that opens with their
    name tells of (:func:`reader.analysis.sentence_anaphors.same_sentence_name`), else None."""
    year_old = _YEAR_OLD.match(text, f.number_start)
    if year_old is None:
        return None
    if _HEAD.fullmatch(text, f.sentence_start, f.start):
        name = previous_opening_name(text, f.sentence_start)
    else:
        name = same_sentence_name(text, f.sentence_start, f.start)
    if name is None:
        return None
    person = _PERSON_AFTER.match(text, year_old.end())
    gender = first_name_gender(name)
    if gender is None:      # (a given name of no known gender: a person told again by surname, no sexed noun)
        return name if person is None and person_noun_after(text, year_old.end()) and surname_alone(text, name) \
            else None
    if person is not None and _GENDERS[person["noun"]] != gender:
        return None
    return name


def previous_opening_name(text: str, start: int) -> str | None:
    """The full name the sentence before ``start`` (in its paragraph) opens with, else None."""
    lo = max(0, start - REACH)
    before = text[lo:start]
    line = before.rfind("\n")
    if line >= 0 and not before[line + 1:].strip():
        return None         # (a new paragraph: the sentence before is another paragraph's)
    before = before[line + 1:] if line >= 0 else before
    before = before.rstrip()            # (the sentence before, to its full stop)
    ends = list(_SENTENCE_END.finditer(before))
    sentence = before[ends[-1].end():] if ends else before
    sentence = _DATELINE.sub("", sentence.lstrip(), count=1)
    m = _OPENING_NAME.match(sentence)
    return m["name"] if m else None
