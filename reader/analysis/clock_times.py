"""Clock times tied to an event: "landed just before noon", "the bridge collapsed at
about 1:30 p.m.", "shortly after 2 p.m. EDT", "around three o'clock in the afternoon".

Two articles that time one event differently disagree ("made an emergency landing just
before noon" against "landed at roughly 11:20 a.m."). :func:`clock_times` finds clock
times as figures with ``unit`` ``"clock"`` and ``value`` the minutes after midnight,
each with its key ``("clock" or "clock:<zone>", <event>)``: the event the time's clause
tells (:mod:`reader.analysis.time_events`: a departure, a landing, the incident by
its kind; with none of them there is no figure) and the time zone as written ("EDT",
"GMT", "local time", "UK time"), so "10:20 a.m. CDT" and "11:20 a.m. EDT" (or
"11:20 a.m." with no zone) are never compared. Read as times:
"11:20 a.m.", "11:20am", "7.12am" (the British form), "2 p.m.", "14:35" (24-hour, hours 13-23 or a leading zero),
"11:20 in the morning", "7:45 on Thursday morning", "three o'clock in the afternoon", "noon", "midday", "midnight",
a bare hour with its part of the day ("2 in the afternoon", "eleven at night") and a fraction of an
hour before any of them ("half past two in the afternoon", "a quarter to 3 p.m.").
Not read: a time whose half of the day is not written ("at 3:15", "three o'clock", "half past two"; but
in a text that writes the 24-hour clock elsewhere, "by 15:05", a bare "at 10:52" is 10:52), a
time stamp line of a live blog ("2:35 p.m." alone on its line, "Updated 2:35 p.m."),
a time in a range or a limit ("from 1 to 3 p.m.", "until noon"), and anything without a
clock word ("around the clock", "24/7").

Which times can both hold (:func:`compatible`), minutes on a 24-hour circle:

- a time written to the minute is that minute; a whole hour ("2 p.m.", "noon") allows
  ``HOUR_SLACK`` minutes either side (a whole hour is often a rounded one); two times
  written to the minute a whole number of hours apart ("11:20 a.m.", "4:20 p.m.") are
  taken for one time in two zones and agree;
- "about", "around", "roughly", "approximately" allow 25 minutes either side of a whole
  hour, 15 of a half hour, 10 of a time on five minutes, 5 otherwise;
- "just", "right", "moments" before (or after) and "nearly", "almost": up to 20 minutes
  before (after); "shortly", "soon", "not long", "a little" before (after): up to 30; "before",
  "by", "after" alone: up to six hours.

Two loose times whose spans meet only at one minute neither of them names ("about
4:20 p.m.", to 4:30, and "shortly before 5 p.m.", from 4:30) conflict: each holds there only
at the far edge of its slack.

Two times told a little after one time and a little before a later one ("a little after 10:30
a.m." and "shortly before 11 a.m.") conflict when they meet only in the far half of each slack:
each hedge moves its time by a little, and a time half a slack from both is neither's telling.

So "just before noon" (11:40 to noon) and "roughly 11:20 a.m." (11:10 to 11:30)
conflict, "11:20 a.m." and "11:20 in the morning" agree. Hand-written: the forms of a
clock time in English news are few and fixed, and each is checked by the tests.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from reader.analysis.clock_clauses import restored_until
from reader.analysis.figures import Figure, number_word_value
from reader.analysis.time_events import clause_event, label_of

UNIT = "clock"
LOCAL = "local"
DAY = 1440
HOUR_SLACK = 10
_HOUR_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_CLOCK = re.compile(
    rf"""(?<![\w:.,$£€/-])(?:(?P<frac>half|(?:a\s+)?quarter)\s+(?P<rel>past|to)\s+(?=[\dA-Za-z]))?(?:
        (?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s?(?P<mer>[ap])\.?\s?m\b\.?
      | (?P<h24>[01]\d|2[0-3]|[1-9]):(?P<m24>[0-5]\d)(?![\d:])
      | (?P<hw>1[0-2]|[1-9]|{_HOUR_WORDS})\s+o['’]clock\b
      | (?P<hb>1[0-2]|[1-9]|{_HOUR_WORDS})(?=\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b
            (?!\s+(?:session|shift|rush|news|paper|show|edition|service|class|group|heat|race|game|match)s?\b))
      | (?:12\s+)?(?P<named>noon|midday|midnight)\b
    )""", re.IGNORECASE | re.VERBOSE)
# the half of the day after a time: "in the morning", "at night", and a day's part named with its day
# ("7:45 on Thursday morning", "9:30 this evening", "6:10 Sunday afternoon")
_PART_DAY = r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|this|yesterday)\s+"
_DAYPART = re.compile(r"\s+(?:in\s+the\s+(?P<am>morning)|in\s+the\s+(?P<pm>afternoon|evening)|(?P<night>at\s+night)"
                      rf"|{_PART_DAY}(?:(?P<am2>morning)|(?P<pm2>afternoon|evening)))\b", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b(?!(?:At|Around|About|By|Just|Shortly|Approximately|Before|After)\b)"
                          r"[A-Z][\w'’]*\s+$")
# (on the time's line: a paragraph after "1.45pm." that opens "Mountain rescue teams" names no zone)
# (each run of spaces taken whole: "[^\S\n]*\(?[^\S\n]*" split a line of spaces two ways at every point)
_ZONE = re.compile(r"[^\S\n]*+(?:\([^\S\n]*+)?"
                   r"(?P<zone>(?-i:[ECMP][SD]?T|GMT|UTC|BST|CES?T|AES?T|JST|HKT|SGT)|local\s+time"
                   r"|(?:Eastern|Central|Mountain|Pacific)(?:[^\S\n]+(?:Daylight|Standard))?(?:[^\S\n]+[Tt]ime)?"
                   r"|(?-i:(?:[A-Z][A-Za-z]*\.?[^\S\n]+){1,2}[Tt]ime))\b\)?", re.IGNORECASE)
# a word of time before a bare "10:52" in a text of the 24-hour clock ("at 10:52", "shortly before 10:52")
_AT_BEFORE = re.compile(r"\b(?:at|around|about|approximately|roughly|by|before|after|until|till|from|since)\s+$",
                        re.IGNORECASE)
_CONVERSION = re.compile(r"\s*\(\s*\d{1,2}:?\d{2}\s*(?:GMT|UTC|[A-Z]{2,4})\s*\)")
_ZONES = {"e": "eastern", "c": "central", "m": "mountain", "p": "pacific"}
_QUALIFIER = re.compile(
    r"(?<![\w-])(?P<q>(?:just|right|moments|shortly|soon|not\s+long|a\s+little)\s+(?:before|after|past)"
    r"|just\s+prior\s+to"
    r"|before|after|by|about|around|roughly|approximately|circa|nearly|almost|close\s+to|past)"
    r"(?:\s+(?:about|around))?\s+$", re.IGNORECASE)
# the time is a bound or part of a range, not when something happened
_BOUND_BEFORE = re.compile(r"(?<![\w-])(?:until|till|til|from|since|through|between|to|and|or|than|every|each"
                           r"|-|–)\s*$", re.IGNORECASE)
_UNIT_BEFORE = re.compile(r"\b(?:seconds?|minutes?|hours?|days?)\s+$", re.IGNORECASE)     # (not "mayday", "Monday")
_STAMP_BEFORE = re.compile(r"^\s*(?:(?:updated|update|posted|published|last\s+(?:updated|modified)|edited)\b"
                           r"[^\n]*)?$", re.IGNORECASE)
_STAMP_WORDS = re.compile(r"\b(?:updated|posted|published|modified|edited)\b", re.IGNORECASE)
_STAMP_AFTER = re.compile(r"[ \t]*(?:$|\n|[:|—–-])")
_APPROX = {"about", "around", "roughly", "approximately", "circa"}
_WINDOWS = {"just": 20, "right": 20, "moments": 20, "shortly": 30, "soon": 30, "not long": 30, "just prior to": 20,
            "a little": 30}
_WIDE = 360
STAMP_HEAD = 120    # characters of a line before a time stamp at most ("Updated Thursday, March 15, 2018 at")

Key = tuple[str, str | None]


def clock_times(text: str, sentences: Sequence[tuple[int, int]]) -> list[tuple[Figure, Key]]:
    """Every clock time of ``text`` tied to an event, as a figure and its quantity key
    (module doc), in order."""
    return [(f, key) for f, key, _ in readings(text, sentences) if key[1] is not None]


def readings(text: str, sentences: Sequence[tuple[int, int]]) -> list[tuple[Figure, Key, tuple[int, int]]]:
    """Every clock time of ``text`` read as a time of day (not a stamp, a bound or a range), in
    order, with its key (its event None when the clause names none or abstains) and the span
    of its sentence."""
    out: list[tuple[Figure, Key, tuple[int, int]]] = []
    starts = [s for s, _ in sentences]
    clocks = _clocks(text)
    day24 = any(m["h24"] and (int(m["h24"]) >= 13 or m["h24"].startswith("0")) for m in clocks)
    for m in clocks:
        found = _read(text, m, sentences, starts, day24)
        if found is not None:
            out.append(found)
    return out


# Where a clock time may be, in the text in lower case: a digit before a colon or "a.m."
# and "p.m." (opened by a digit: the search skips the rest of the text in C), and the
# words "noon", "midday", "midnight", "o'clock" (found by str.find). ``_CLOCK.finditer``
# tried its alternatives at every position: 0.26 ms per 1,000 words of news.
_SCAN = re.compile(r"[0-9](?:[0-9]?(?:[:.][0-5][0-9])?\s?[ap]\.?\s?m\b|[0-9]?:[0-5][0-9])")
_WORDS = ("noon", "midday", "midnight", "o'clock", "o’clock", " in the morning", " in the afternoon",
          " in the evening", " at night", "half past ", "quarter past ", "quarter to ")
_WORD_BEFORE = re.compile(r"[A-Za-z0-9]+\s+$")


def _clocks(text: str) -> list[re.Match]:
    """``list(_CLOCK.finditer(text))``, trying the pattern only where a clock word may
    start (above; on the text in lower case when lowering keeps its length)."""
    low = text.lower()
    if len(low) != len(text):
        return list(_CLOCK.finditer(text))
    starts = [hit.start() for hit in _SCAN.finditer(low)]
    for word in _WORDS:
        at = low.find(word)
        while at >= 0:
            if word[0] in "o ":                                  # "three o'clock": from the hour
                before = _WORD_BEFORE.search(low, max(0, at - 12), at + (word[0] == " "))
                if before is not None:
                    starts.append(before.start())
            elif word[0] in "hq":                                # "half past two", "a quarter to three"
                starts.append(at - 2 if low.endswith("a ", 0, at) else at)
            else:
                starts.append(at - 3 if low.endswith("12 ", 0, at) else at)     # "12 noon"
            at = low.find(word, at + 1)
    out: list[re.Match] = []
    end = 0
    for start in sorted(starts):
        if start < end:
            continue
        m = _CLOCK.match(text, start)
        if m is not None:
            out.append(m)
            end = m.end()
    return out


def _read(text: str, m: re.Match, sentences: Sequence[tuple[int, int]], starts: list[int],
          day24: bool = False) -> tuple[Figure, Key, tuple[int, int]] | None:
    """A clock time read at ``m`` (None when it is none); ``day24``: its text writes the
    24-hour clock elsewhere, so a bare "10:52" after a word of time ("at", "around") is 10:52."""
    n = bisect.bisect_right(starts, m.start()) - 1
    if n < 0 or not sentences[n][0] <= m.start() < sentences[n][1]:
        return None
    s0, s1 = sentences[n]
    end = m.end()
    part = _DAYPART.match(text, end, s1)
    if part and (part["am2"] or part["pm2"]) and m["h24"] and _NAME_BEFORE.search(text, max(s0, m.start() - 20),
                                                                                  m.start()):
        return None             # a verse or a line, not a time: "John 3:16 on Sunday morning"
    minutes = _minutes(m, part)
    if minutes is None and day24 and m["h24"] and not part and _AT_BEFORE.search(text, max(s0, m.start() - 24),
                                                                                  m.start()):
        minutes = int(m["h24"]) * 60 + int(m["m24"])
    if minutes is None:
        return None
    if part:
        end = part.end()
    # the zone and a conversion may lie past the sentence end: sentences are split after
    # "a.m." before a bracket or an unlisted zone ("7:40 a.m. (1540 GMT) crash", "9 a.m. Marlow time")
    zone_match = _ZONE.match(text, end)
    zone = None
    if zone_match:
        zone, end = _zone(zone_match["zone"]), zone_match.end()
    converted = _CONVERSION.match(text, end)    # "7:40 a.m. (1540 GMT)": the same time in another zone
    if converted:
        end = converted.end()
    # (a day or a listed zone after "a.m." stays in its sentence: reader.analysis.sentences)
    while n + 1 < len(sentences) and end > s1:
        n += 1
        s1 = sentences[n][1]
    qualifier = _QUALIFIER.search(text, max(s0, m.start() - 30), m.start())
    start = qualifier.start() if qualifier else m.start()
    q = " ".join(qualifier["q"].lower().split()) if qualifier else None
    if (_BOUND_BEFORE.search(text, max(s0, start - 10), start) and not restored_until(text, s0, start)) or (
            q and q.endswith(("before", "after")) and _UNIT_BEFORE.search(text, max(s0, start - 12), start)):
        return None
    if _stamp(text, start, end):
        return None
    event, _ = clause_event(text, start, end, (s0, s1))
    figure = Figure(start, end, text[start:end], m.start(), m.end(), minutes, q, UNIT, None, False, None, s0, s1)
    return figure, ("clock:" + zone if zone else "clock", event), (s0, s1)


def _minutes(m: re.Match, part: re.Match | None) -> int | None:
    """Minutes after midnight, or None when the half of the day is not written."""
    if m["named"]:
        return 0 if m["named"].lower() == "midnight" else 720
    pm: bool | None = None
    if part:
        pm = not (part["am"] or part["am2"])
    if m["h"]:
        hour, minute = int(m["h"]), int(m["m"] or 0)
        pm = m["mer"].lower() == "p"
    elif m["h24"]:
        hour, minute = int(m["h24"]), int(m["m24"])
        if hour >= 13 or m["h24"].startswith("0"):
            return hour * 60 + minute
    else:
        word = (m["hw"] or m["hb"]).lower()
        hour, minute = (int(word) if word.isdigit() else number_word_value(word) or 0), 0
    if pm is None or not 1 <= hour <= 12:
        return None
    return ((hour % 12 + (12 if pm else 0)) * 60 + minute + _past(m)) % DAY


def _past(m: re.Match) -> int:
    """Minutes a fraction of an hour moves its hour: "half past" 30, "a quarter to" -15."""
    if not m["frac"] or m["m"] or m["m24"]:
        return 0
    minutes = 30 if m["frac"].lower() == "half" else 15
    return -minutes if m["rel"].lower() == "to" else minutes


def _zone(written: str) -> str:
    """One name per zone as written: "EDT", "ET", "Eastern time" → "eastern"; GMT, UTC → "utc"."""
    w = " ".join(written.split())
    if w.lower() == "local time":
        return LOCAL
    if w.upper() in ("GMT", "UTC"):
        return "utc"
    if re.fullmatch(r"[ECMP][SD]?T", w) or re.match(r"(?:Eastern|Central|Mountain|Pacific)\b", w, re.IGNORECASE):
        return _ZONES[w[0].lower()]
    return w.lower().removesuffix(" time") if w.lower().endswith(" time") else w.upper()


def one_local_zone(keys: Sequence[Key | None]) -> list[Key | None]:
    """``keys`` (a story's clock keys among others) with its times of no zone taken as "local
    time" when that is the one zone the story writes: a story that names no other zone tells
    its times on the clock of its place, so "landed at about 2:20 p.m. local time" and "landed
    shortly before 3 p.m." are one landing's times; with any other zone written ("10:20 a.m.
    CDT", "4:20 p.m. GMT") a time of no zone may be of either, and stays apart."""
    zones = {k[0].partition(":")[2] for k in keys if k is not None and (k[0] == UNIT or k[0].startswith(UNIT + ":"))}
    if zones != {"", LOCAL}:
        return list(keys)
    return [(f"{UNIT}:{LOCAL}", k[1]) if k is not None and k[0] == UNIT else k for k in keys]


def _stamp(text: str, start: int, end: int) -> bool:
    """A live blog's time stamp: alone at the head of its line (then the line's end, a
    colon or a dash), or after "Updated", "Posted" … on its line, within ``STAMP_HEAD``
    characters of the line's start (a time further on is in running text)."""
    line = text.rfind("\n", max(0, start - STAMP_HEAD - 1), start) + 1
    if start - line >= STAMP_HEAD:
        return False
    head = text[line:start]
    if _STAMP_WORDS.search(head):
        return True
    return bool(_STAMP_BEFORE.match(head)) and bool(_STAMP_AFTER.match(text, end))


def _written_minutes(f: Figure) -> bool:
    return ":" in f.text[f.number_start - f.start:f.number_end - f.start]


def interval(f: Figure) -> tuple[float, float]:
    """The minutes after midnight a figure allows, as its qualifier reads (module doc);
    either end may lie outside the day (before midnight: below 0)."""
    t = float(f.value)
    q = f.qualifier or ""
    whole = not _written_minutes(f)
    if q in _APPROX:
        minute = int(t) % 60
        slack = 25 if whole and minute == 0 else 15 if minute == 30 else 10 if minute % 5 == 0 else 5
        return t - slack, t + slack
    if q in ("nearly", "almost", "close to"):
        return t - 20, t
    for word, size in _WINDOWS.items():
        if q.startswith(word + " ") or q == word:
            return (t - size, t) if q.endswith(("before", "prior to")) else (t, t + size)
    if q in ("before", "by"):
        return t - _WIDE, t
    if q in ("after", "past"):
        return t, t + _WIDE
    if whole:
        return t - HOUR_SLACK, t + HOUR_SLACK
    return t, t


def compatible(f: Figure, g: Figure) -> bool:
    """Whether two clock times of one key can both hold (module doc), on a 24-hour circle.
    Two times written to the minute with the same minutes a whole number of hours apart
    ("11:20 a.m." and "4:20 p.m.") are taken to be one time in two zones, one of them
    unsaid: not a conflict."""
    if f.value == g.value and f.qualifier == g.qualifier:
        return True
    if _written_minutes(f) and _written_minutes(g) and (int(f.value) - int(g.value)) % 60 == 0:
        return True
    if _lean_apart(f, g) or _lean_apart(g, f):
        return False
    a0, a1 = interval(f)
    b0, b1 = interval(g)
    return any(not (a1 < b0 + shift or b1 + shift < a0) and not _far_edges(f, g, (a0, a1), (b0 + shift, b1 + shift))
               for shift in (-DAY, 0, DAY))


def _window(f: Figure) -> tuple[int, bool] | None:
    """The slack of a time told a little before or after ("shortly before", "just after", "a
    little past") and whether it is before; None for any other form."""
    q = (f.qualifier or "").lower()
    size = next((n for word, n in _WINDOWS.items() if q.startswith(word + " ") or q == word), None)
    return None if size is None else (size, q.endswith(("before", "prior to")))


def _lean_apart(f: Figure, g: Figure) -> bool:
    """Whether ``f`` told a little after one time and ``g`` a little before a later one meet
    only in the far half of each slack ("a little after 10:30 a.m." and "shortly before 11
    a.m.", or "shortly after 2 p.m." and "shortly before 2:30 p.m."): each hedge moves its time
    by a little, so the one time both can be lies at least half a slack from both times named,
    which is two tellings of one moment half an hour apart (as :func:`_far_edges`, wider)."""
    a, b = _window(f), _window(g)
    if a is None or b is None or a[1] or not b[1]:
        return False
    gap = (float(g.value) - float(f.value)) % DAY
    return 0 < gap < DAY / 2 and gap >= (a[0] + b[0]) / 2


def _far_edges(f: Figure, g: Figure, a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether two loose times meet only at one minute that neither of them names: each can
    hold there only at the far edge of its slack ("about 4:20 p.m.", to 4:30, and "shortly
    before 5 p.m.", from 4:30), which is two tellings 40 minutes apart; but "shortly before
    2 p.m." and "shortly after 2 p.m." meet at the 2 p.m. both name, and agree."""
    touch = a[1] if a[1] == b[0] else a[0] if a[0] == b[1] else None
    if touch is None or a[0] == a[1] or b[0] == b[1]:
        return False
    return all((touch - float(h.value)) % DAY != 0 for h in (f, g))


def display(f: Figure) -> str:
    """"11:20 a.m.", "noon", "just before noon", "2 p.m. EDT": the time, after a qualifier
    that places it before or after; an approximate one is shown as the time alone."""
    t = int(f.value) % DAY
    hour, minute = divmod(t, 60)
    if t == 720 and not _written_minutes(f):
        shown = "noon"
    elif t == 0 and not _written_minutes(f):
        shown = "midnight"
    else:
        h12 = hour % 12 or 12
        shown = f"{h12}:{minute:02d}" if minute or _written_minutes(f) else f"{h12}"
        shown += " p.m." if hour >= 12 else " a.m."
    q = f.qualifier or ""
    if q and q not in _APPROX:
        shown = f"{q} {shown}"
    rest = f.text[f.number_end - f.start:]
    part = _DAYPART.match(rest)
    zone = _ZONE.match(rest, part.end() if part else 0)
    return f"{shown} {' '.join(zone['zone'].split())}" if zone else shown


def label(key: Key) -> str:
    """"time of the landing", "time of the collapse (eastern)"."""
    zone = key[0].partition(":")[2]
    event = label_of(key[1] or "the event")
    return f"time of {event}" + (f" ({zone})" if zone else "")
