"""A person's age as news writes it: "a 73-year-old man", "Walter Briggs, 73, of Alfalfa",
"Dennis Farrow, 52.".

An age in apposition is a bare number between a name and a comma or a full stop: it has no
unit of its own, so without this reading it would be compared with nothing, and two reports
that give one man's age as 51 and 52 would agree. :func:`apposition_age` finds one;
:func:`as_age` gives the figure its unit ("year") and :func:`is_age` tells an age from other
counts of years ("a five-year sentence").

Hand-written: the form is one of punctuation around a capitalised word, which one regular
expression reads.
"""

from __future__ import annotations

import dataclasses
import re

from reader.analysis.figures import Figure

AGE_NOUN = "years of age"        # the counted noun an age in apposition is given
AGE_KEY = "age"                  # the quantity key of an age with its owner: ("age", surname)
MAX_AGE = 120
# a capitalised name word, a comma, then the number (its figure), then a comma or a full stop
# a surname, with the prefixes written with a capital inside ("MacLeod", "McDonald", "O'Brien", "DeSantis")
_SURNAME = r"(?:Mc|Mac|O['’]|D['’]|De|Di|Da|La|Le|Van|Von)?[A-Z][a-z'’-]+"
_NAME_BEFORE = re.compile(rf"\b{_SURNAME},\s*$")
_END_AFTER = re.compile(r"\s*(?:,|\.(?!\d))")
_YEAR_OLD = re.compile(r"-year-old\b", re.IGNORECASE)


def apposition_age(text: str, f: Figure) -> bool:
    """Whether the bare number ``f`` stands as an age after a name ("Farrow, 52,")."""
    if ((f.unit is not None or f.counts) and not f.counts_inferred) or f.qualifier or f.high is not None:
        return False      # (a noun borrowed from a figure nearby does not make it a count)
    if not (isinstance(f.value, int) and 0 < f.value <= MAX_AGE) or f.number_end != f.end:
        return False
    if not text[f.number_start:f.number_end].isdigit():
        return False
    return bool(_NAME_BEFORE.search(text, max(0, f.start - 40), f.start)) and bool(_END_AFTER.match(text, f.end))


def as_age(f: Figure) -> Figure:
    """``f`` read as an age in years."""
    return dataclasses.replace(f, unit="year", counts=AGE_NOUN, counts_inferred=True)


def is_age(f: Figure) -> bool:
    """An age: "a 73-year-old man", or a number in apposition read by :func:`as_age`."""
    return f.unit == "year" and (f.counts == AGE_NOUN or bool(_YEAR_OLD.search(f.text)))


# the name right after "24-year-old" ("24-year-old Tyler Monroe"): up to three capitalised words
_NAME_AFTER = re.compile(rf"\s+((?:{_SURNAME}\s+){{0,2}}{_SURNAME})\b")


def age_owner(text: str, f: Figure) -> str | None:
    """Whose age ``f`` is, by the surname the text gives it: the name before an age in
    apposition ("Gregory Pallister, 57," → "Pallister") or the name right after "N-year-old"
    ("24-year-old Tyler Monroe" → "Monroe"); None for "a 72-year-old man". Two reports
    giving one person two ages disagree whatever else their sentences say."""
    if not is_age(f):
        return None
    if f.counts == AGE_NOUN:
        m = _NAME_BEFORE.search(text, max(0, f.start - 40), f.start)
        return m.group(0).rstrip().rstrip(",") if m else None
    m = _NAME_AFTER.match(text, f.end)
    if m is None or not _YEAR_OLD.search(text, f.start, f.end):
        return None
    return m.group(1).split()[-1]
