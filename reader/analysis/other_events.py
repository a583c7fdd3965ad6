"""Figures told of another event or another time: background, not the story's own facts.

News copy steps back to earlier events and other years in a few set ways, and the numbers
it gives there are not the event's: "In 2019, another bus crash on the same road left 14
people injured"; "the deadliest since 2011, when a van rolled over and killed nine
people"; "Last year, the plant employed 5,000"; "the chain had 3,500 stores in 2012".
Compared with the event's own counts they made false conflicts (a toll of 5 against the
2011 crash's nine), so :mod:`reader.analysis.conflicts` compares a figure only with figures
told of the same time: the event's own with the event's own, a year's with that year's
("Harlow lost $1.2 billion last year" and "a net loss of $1.5 billion in 2025" still
disagree), and a figure of another event it cannot date ("another bus crash") with none:
a wrong claim is worse than a missed one.

Hand-written patterns, as :mod:`reader.analysis.not_figures` is: each is a frame of news
copy, and a statistical parser would not tell a background clause from the lead. A year is
"another time" only when it is not the article's own (its date's year, or when it has no
date, the latest year its text names), so "killed five people in 2026" in a 2026 report
stays the event's.
"""

from __future__ import annotations

import re

from reader.analysis.figures import Figure
from reader.analysis.update_notes import CORRECTION_RE

_YEAR = r"(?:1[89]|20)\d\d"
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_YEAR_RE = re.compile(rf"\b{_YEAR}\b")
_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10}
# years back from the article's own: "last year", "a year earlier", "two years ago"
_BACK = (r"(?P<back>last\s+year|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?"
         r"\s+(?:earlier|ago|before))\b")
_IN_YEAR = rf"in\s+(?:(?:early|late|mid-?)\s*)?(?:{_MONTH}\s+)?(?P<year>{_YEAR})\b(?!\s*[-–]\d)"
# a frame opening the sentence: the whole sentence (to a ";") is of that time
_OPENING_RE = re.compile(
    rf"^\W*(?:(?:back\s+)?{_IN_YEAR}|{_BACK}"
    r"|(?:by\s+)?last\s+(?:summer|winter|spring|fall|autumn|decade)\b"
    r"|earlier\s+this\s+(?:year|decade)\b"
    r"|an?\s+decade\s+(?:earlier|ago|before)\b|several\s+years\s+(?:earlier|ago|before)\b"
    r"|in\s+(?:a|an)\s+(?:separate|similar|earlier|previous|unrelated)\s+(?:\w+\s+)?(?:incident|case|crash"
    r"|accident|attack)\b)",
    re.IGNORECASE)
# a past event named mid-sentence: "since 2011, when", "in 2019 that killed"; the clause after it
_WHEN_RE = re.compile(rf"\b(?:since|in)\s+(?:{_MONTH}\s+)?(?P<year>{_YEAR}),?\s+(?:when|in\s+which|that|after)\b",
                      re.IGNORECASE)
_EVENT_NOUNS = (r"crash|collision|accident|attack|shooting|fire|blaze|explosion|blast|quake|earthquake|storm"
                r"|hurricane|typhoon|cyclone|flood|derailment|incident|outbreak|bombing|disaster|tragedy|spill"
                r"|collapse|riot|breach|recall|landslide|mudslide|eruption|stampede|crush|wreck|sinking")
# "another bus crash", "a similar attack", "the previous fire": the clause after it
_OTHER_EVENT_RE = re.compile(
    r"\b(?:another|a\s+similar|a\s+previous|an\s+earlier|a\s+separate|the\s+previous|the\s+last|an\s+unrelated"
    r"|a\s+prior|the\s+prior)\s+(?:[a-z-]+\s+){0,2}?(?:" + _EVENT_NOUNS + r")(?:es|s)?\b",
    re.IGNORECASE)
# a time right after the figure: "3,500 stores in 2012", "5,000 last year", "a year earlier"
# (not a change measured against it: "up 12% from a year earlier" is now)
_AFTER_RE = re.compile(
    r"\s*(?:(?!(?:from|over|than|compared|versus|vs|on|since)\b)[a-z-]+\s+){0,3}?"
    rf"(?:in\s+(?:(?:a|an|the)\s+)?(?:{_MONTH}\s+)?(?P<year>{_YEAR})\b(?!\s*[-–]\d)|{_BACK})",
    re.IGNORECASE)
_CLAUSE_END_RE = re.compile(r";|\b(?:now|today|currently|this\s+year)\b", re.IGNORECASE)


def reference_year(body: str, published: str | None) -> int | None:
    """The article's own year: its date's, or the latest year its text names."""
    if published and published[:4].isdigit():
        return int(published[:4])
    years = [int(y) for y in _YEAR_RE.findall(body)]
    return max(years) if years else None


OTHER = "another event"     # a time :func:`told_when` cannot name: "another crash", "earlier this year"


def _when(m: re.Match, year: int | None) -> str | None:
    """The time a frame's match names: None for the article's own year, else the year (as
    said, "2 years back", in an article of no year), or ``OTHER`` when it names none that
    can be worked out."""
    groups = m.groupdict()
    said, back = groups.get("year"), groups.get("back")
    if said:
        return None if year is not None and int(said) == year else said
    if back:
        first = back.split()[0].lower()
        years = 1 if first == "last" else _COUNT_WORDS.get(first) or int(first)
        return str(year - years) if year is not None else f"{years} years back"    # undated: as said
    return OTHER


def told_when(body: str, f: Figure, year: int | None) -> str | None:
    """When figure ``f`` of ``body`` is told of: None for the story's own event, a year
    ("2019") for another year, ``OTHER`` for another event of no year it names, or for the
    figure a correction takes back ("An earlier version of this article said 62 …"; see the
    module doc); ``year`` is the article's own (:func:`reference_year`)."""
    if CORRECTION_RE.search(body, f.sentence_start, f.sentence_end):
        return OTHER
    sentence = body[f.sentence_start:f.number_start]
    opening = _OPENING_RE.match(sentence)
    if opening and not _CLAUSE_END_RE.search(sentence, opening.end()):
        when = _when(opening, year)
        if when is not None:
            return when
    for pattern in (_WHEN_RE, _OTHER_EVENT_RE):
        for m in pattern.finditer(sentence):
            if not _ends_between(sentence, m.end()):
                when = _when(m, year)
                if when is not None:
                    return when
    after = _AFTER_RE.match(body, f.end, f.sentence_end)
    return _when(after, year) if after else None
def _ends_between(sentence: str, start: int) -> bool:
    """A clause ends between ``start`` and the figure (the end of ``sentence``)."""
    return bool(_CLAUSE_END_RE.search(sentence, start)) or ". " in sentence[start:]
