"""Calendar expressions in news text: weekdays, months, days of months, years.

``find_dates(text)`` returns every date mention with its character span, a normalised
name ("Aug. 7" → "August 7") and an ISO-8601-style value that never invents what the
text does not say: a day without a year is ``--08-07``, a month alone ``--08``, a year
``2019``, a month of a year ``2024-01``, a weekday its name ("Friday"). What it finds:

- ``Friday``, ``Wednesday’s`` (weekdays, possessive left out of the span);
- ``June 27``, ``Aug. 7``, ``November 21, 2025``, ``27 June 2025``, ``June 27th``;
- ``January 2024``, ``in August``, ``between June and October`` (month names; "May" and
  "March" only next to a day, a year or a preposition, since they are also words);
- ``2019``, ``a 2022 settlement`` (years 1800–2099 standing alone), ``the 1990s``;
- ``early 2025``, ``mid-2025``, ``late June``, ``spring 2024`` (the modifier is kept);
- ``2025-11-21`` and ``11/21/2025``.

Relative expressions ("this year", "earlier this week", "for decades") are not dates
here: they need the publication date to mean anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_ABBR = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
         "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
_MONTH_NUMBER = {name: i + 1 for i, name in enumerate(MONTHS)} | _ABBR
MONTH_ABBREVIATIONS = tuple(_ABBR)        # "Jan", "Sept": as written, capitalised

# (a whole word: "Augusto", "Augusta" and "Juneau" name no month)
_MONTH = r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)" \
         r"(?![A-Za-z])|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# an abbreviation with no full stop before a day, as Reuters writes its datelines ("Aug 26 (Reuters) -")
_BARE_MONTH = rf"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?=[^\S\n]+{_DAY}\b)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_MOD = r"(?:early|mid|late|Early|Mid|Late)"
_SEASON = r"(?:spring|summer|fall|autumn|winter|Spring|Summer|Fall|Autumn|Winter)"
_QUOTE = "’'"

# The lookaheads name how a date can start (a digit; the capital of a month, weekday, season or
# Early/Mid/Late before a lower-case letter; a lower-case early/mid/late, season or "the"):
# most positions fail at the first, one set of characters, instead of trying each
# alternative (find_dates took 1.7 times as long with no lookahead, and 2.5 times with one
# that let in every position with the first letter of one of those words).
_DATE_RE = re.compile(
    rf"""
    (?=[0-9A-Zemlsfawt])(?=[0-9]|[JFMASONDTWEL][a-z]|early|mid|late|spring|summer|fall|autumn|winter|the)(?:
    (?P<iso>\b{_YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b)
  | (?P<us>\b(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/{_YEAR}\b)
  | (?:(?P<mod1>{_MOD})(?:-|[^\S\n]+(?:of[^\S\n]+)?))?
    (?:
        (?P<md>(?P<m1>{_MONTH}|{_BARE_MONTH})[^\S\n]+(?P<d1>{_DAY})\b(?:,?[^\S\n]+(?P<y1>{_YEAR})\b)?)
      | (?P<dm>(?P<d2>{_DAY})[^\S\n]+(?P<m2>{_MONTH})(?:,?[^\S\n]+(?P<y2>{_YEAR})\b)?)
      | (?P<my>(?P<m3>{_MONTH})(?:,?[^\S\n]+(?P<y3>{_YEAR})\b)?)
      | (?P<sy>(?P<season>{_SEASON})[^\S\n]+(?P<y4>{_YEAR})\b)
      | (?P<dec>\b(?:the[^\S\n]+)?(?P<y6>1[89]\d0|20\d0)s\b)
      | (?P<y>(?<!\d[,.])(?<![\d$€£/:])(?<!\d-)\b(?P<y5>{_YEAR})\b(?![\d/:%]|[.,]\d|-\d))
    )
  | (?P<wd>\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)
    )""",
    re.VERBOSE,
)
# A month that is also an English word needs a day, a year or a preposition beside it.
_WORDLIKE_MONTHS = {"May", "March"}
_MONTH_PREPS = {"in", "since", "until", "till", "by", "from", "through", "during", "before",
                "after", "between", "and", "or", "to", "last", "next", "this", "of", "early",
                "mid", "late", "each", "every"}
# A bare year followed by one of these counts something ("2019 people"): not a date.
_PLURAL_AFTER_RE = re.compile(r"\s+(?:[a-z]+ )?(?:people|[a-z]{2,}(?<!ss)(?<!us)(?<!is)s)\b(?!['’])")
_DATE_NOUNS = {"elections", "midterms", "olympics", "protests", "riots", "floods", "games", "levels"}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str       # the exact slice of the text
    name: str       # normalised: "August 7", "January 2024", "early 2025", "Friday"
    value: str      # ISO-8601 style: "--08-07", "2024-01", "2025", "Friday"
    modifier: str | None = None   # early / mid / late / a season


# Where a date's core starts: a run of digits, or a month's or a weekday's name as _DATE_RE
# spells it. Every match of _DATE_RE holds one (see _starts); this pattern opens with one
# character from a set of rare ones (digits, ten capitals), so the search skips the rest of
# the text in C, where _DATE_RE's own search enters its matcher at every character.
_CORE_RE = re.compile(
    r"[0-9JFMASONDTW](?:(?<=[0-9])[0-9]*|(?<=J)(?:anuary|une|uly|an\.|un\.|ul\.)|(?<=F)(?:ebruary|eb\.|riday)"
    r"|(?<=M)(?:arch|ay|ar\.|onday)|(?<=A)(?:pril|ugust|pr\.|ug\.)"
    r"|(?<=S)(?:eptember|ept\.|ep\.|aturday|unday)|(?<=O)(?:ctober|ct\.)|(?<=N)(?:ovember|ov\.)"
    r"|(?<=D)(?:ecember|ec\.)|(?<=T)(?:uesday|hursday)|(?<=W)ednesday"
    rf"|(?<=[JFMASOND])(?:an|eb|ar|pr|un|ul|ug|ept|ep|ct|ov|ec)(?=[^\S\n]+{_DAY}\b))")
# The words a date can open with before its core, read backwards from the core (in the text
# reversed): "the " (the 1990s), a season and " " (spring 2024), and before either or the
# core "early", "mid" or "late" and "-", " " or " of " (mid-2025, late June, early of 2025).
_SPACE = r"[^\S\n]+"
_BEFORE_CORE_RE = re.compile(
    rf"(?P<word>{_SPACE}(?:eht|gnirps|remmus|llaf|nmutua|retniw|gnirpS|remmuS|llaF|nmutuA|retniW))?"
    rf"(?P<mod>(?:-|{_SPACE}(?:fo{_SPACE})?)(?:ylrae|dim|etal|ylraE|diM|etaL))?")


def find_dates(text: str) -> list[DateMention]:
    """Every calendar expression in ``text``, in order, with exact spans."""
    found: list[DateMention] = []
    match, at = _DATE_RE.match, 0
    for start in _starts(text):
        if start >= at:
            m = match(text, start)
            if m is not None:
                at = m.end()
                mention = _mention(text, m)
                if mention is not None:
                    found.append(mention)
    return found


def _starts(text: str) -> list[int]:
    """Where a match of ``_DATE_RE`` can start, ascending (``_DATE_RE.finditer`` tried only
    there finds what it finds everywhere). Each match holds a core (``_CORE_RE``: a digit or
    a month's or weekday's name, which nothing before it in the match holds) and opens at
    its first core, or before it with the words ``_BEFORE_CORE_RE`` reads back from there,
    or, within a run of digits, at one of the run's last two (a day: "312 June" holds "12
    June")."""
    starts: list[int] = []
    add, back, n = starts.append, _BEFORE_CORE_RE.match, len(text)
    reverse = None
    for m in _CORE_RE.finditer(text):
        a, b = m.span()
        if a and (text[a - 1] == "-" or (text[a - 1].isspace() and text[a - 1] != "\n")):
            if reverse is None:
                reverse = text[::-1]
            w = back(reverse, n - a)
            if w is not None and w.end() > n - a:               # (the words, when any)
                if w.end("mod") >= 0:
                    add(n - w.end("mod"))
                if w.end("word") >= 0:
                    add(n - w.end("word"))
        add(a)
        if b - a > 1 and text[a] <= "9" and (b == n or text[b].isalnum() or text[b].isspace()):
            if b - a > 2:
                add(b - 2)
            add(b - 1)
    return sorted(starts)


def _mention(text: str, m: re.Match) -> DateMention | None:
    start, end = m.span()
    mod = m["mod1"]
    if m["iso"]:
        return DateMention(start, end, m["iso"], m["iso"], m["iso"])
    if m["us"]:
        month, day, year = (int(p) for p in m["us"].split("/"))
        value = f"{year:04d}-{month:02d}-{day:02d}"
        return DateMention(start, end, m["us"], value, value)
    if m["wd"]:
        return DateMention(start, end, m["wd"], m["wd"], m["wd"])
    if m["md"] or m["dm"]:
        month, day, year = (m["m1"], m["d1"], m["y1"]) if m["md"] else (m["m2"], m["d2"], m["y2"])
        number = _MONTH_NUMBER[month.rstrip(".")]
        d = int(day.rstrip("stndrh"))                            # "27th" → 27
        name = f"{MONTHS[number - 1]} {d}" + (f", {year}" if year else "")
        value = f"{year}-{number:02d}-{d:02d}" if year else f"--{number:02d}-{d:02d}"
        return _finish(text, start, end, name, value, mod)
    if m["my"]:
        month, year = m["m3"], m["y3"]
        if month in _WORDLIKE_MONTHS and not year and not mod:
            before = re.search(r"([A-Za-z]+)\W*$", text[max(0, start - 20):start])
            word = before.group(1).lower() if before else ""
            if word not in _MONTH_PREPS or (word in ("and", "or") and not re.search(
                    rf"\b(?:{'|'.join(MONTHS)})\b", text[max(0, start - 30):start])):
                return None
        number = _MONTH_NUMBER[month.rstrip(".")]
        name = MONTHS[number - 1] + (f" {year}" if year else "")
        value = f"{year}-{number:02d}" if year else f"--{number:02d}"
        return _finish(text, start, end, name, value, mod)
    if m["sy"]:
        season = m["season"].lower()
        return _finish(text, start, end, f"{season} {m['y4']}", m["y4"], mod, season)
    if m["dec"]:
        return _finish(text, start, end, f"the {m['y6']}s", f"{m['y6'][:3]}X", mod)
    year = m["y5"]
    after = _PLURAL_AFTER_RE.match(text, m.end("y5"))
    if after and after.group().split()[-1].lower() not in _DATE_NOUNS:
        return None
    return _finish(text, start, end, year, year, mod)


def _finish(text: str, start: int, end: int, name: str, value: str, mod: str | None,
            modifier: str | None = None) -> DateMention:
    while end > start and text[end - 1] in " ,":
        end -= 1
    if mod:
        modifier = mod.lower()
        name = f"{modifier} {name}" if modifier != "mid" else f"mid-{name}"
    return DateMention(start, end, text[start:end], name, value, modifier)
