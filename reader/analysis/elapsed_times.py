"""Elapsed times anchored to an event: "about 20 minutes after takeoff", "30 minutes
into the flight", "within two hours of the collapse", "an hour and a half later".

A duration alone ("a 20-minute delay", "for 30 years", "in eight minutes") says nothing
another article can contradict: it may measure anything. Anchored to an event and tied
to what happened then, it is one quantity, *the time from one event to another*, and
two articles giving it different values disagree. :func:`elapsed_times` finds them as
figures with ``unit`` ``"elapsed"`` and ``value`` in minutes (an hour and a half and
90 minutes are both 90), each with its key ``("elapsed:<anchor>", <event>)``, the two
events named by :mod:`reader.analysis.time_events`: the anchor is the event after
"after", "before", "into" (a trip: its departure) or "within … of", or for "later" and
"earlier" the one event the text just before tells; the event is what the time's own
clause tells ("the engine exploded …"; for an elapsed time also an arrest: "took the suspect
into custody about 11 minutes later", :mod:`reader.analysis.told_events`). A time before an event ("20 minutes before
landing") is the same quantity the other way round, so it is stored from the earlier
event. When either event cannot be told, or both are one event, there is no figure:
abstaining is the rule.

Amounts are digits ("90", "1.5"), number words ("twenty", "twenty-five"), "a"/"an",
"half an", "a half", "… and a half", and two units ("an hour and 20 minutes"); vague
ones ("several hours", "a few minutes") are not read. Which values can both hold
(:func:`compatible`):

- the same number agrees whatever its qualifiers; exact values that differ conflict;
- "about", "around", "roughly", "approximately" allow ``ABOUT_SLACK`` (15%) either side,
  so "about 20" and "roughly 20" agree, "about 20" and "about 30" conflict;
- "nearly", "almost", "just under" run from 85% of it up to it;
- "more than", "over", "at least" run up to the next step of the amount as written
  ("more than an hour": to two hours);
- "less than", "under", "within", "up to" run from 0 to it ("less than an hour" and
  "45 minutes" agree).

Hand-written, as the rest of figure reading: the forms are few and fixed in English
news, and every one is checked by the tests with texts written for them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from reader.analysis.figure_units import digit_step
from reader.analysis.figures import NUMBER_WORDS, Figure, number_word_value
from reader.analysis.time_events import NEAR, TRIP, anchor_event, clause_event, events_in, label_of, near
from reader.analysis.told_events import arrest_event

UNIT = "elapsed"
ABOUT_SLACK = 0.15
NEARLY_SLACK = 0.15
_MINUTES = {"second": 1 / 60, "sec": 1 / 60, "minute": 1, "min": 1, "hour": 60, "hr": 60, "day": 1440,
            "week": 10080}
_UNIT_RE = r"seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?"
# the unit and what anchors it: where a candidate is found (the amount is read back from it)
_CANDIDATE = re.compile(rf"\b(?P<unit>{_UNIT_RE})\b(?P<half>\s+and\s+a\s+half)?\s+"
                        r"(?P<rel>after|into|later|before|earlier|of)\b", re.IGNORECASE)
_AMOUNT = rf"(?:\d+(?:\.\d+)?|{NUMBER_WORDS}|half\s+an?|a\s+half|an?)"
_AMOUNT_BEFORE = re.compile(
    rf"(?<![\w.,-])(?:(?P<big>{_AMOUNT})(?P<bighalf>\s+and\s+a\s+half)?[\s-]+(?P<bigunit>hours?|hrs?|days?|weeks?)"
    rf"(?:,?\s+and|,)?\s+)?(?P<amount>{_AMOUNT})(?P<half>\s+and\s+a\s+half)?[\s-]+$", re.IGNORECASE)
_QUALIFIER = re.compile(
    r"(?<![\w-])(?P<q>about|around|roughly|approximately|some|nearly|almost|close\s+to|just\s+over|just\s+under"
    r"|more\s+than|less\s+than|fewer\s+than|over|under|at\s+least|at\s+most|up\s+to|within|only|just|barely"
    r"|exactly|precisely)\s+$", re.IGNORECASE)
# a duration of something, not the time from an event: "for 20 minutes after", "the first 20 minutes of"
_NOT_ELAPSED_BEFORE = re.compile(r"(?<![\w-])(?:for|lasted|lasting|lasts|spent|took|takes|in|past|next|first|final"
                                 r"|last|another|extra|additional|the|a|per)\s+$", re.IGNORECASE)
_ABOUT = {"about", "around", "roughly", "approximately", "some"}
_NEARLY = {"nearly", "almost", "close to", "just under"}
_LOWER = {"more than", "over", "just over", "at least"}
_UPPER = {"less than", "fewer than", "under", "at most", "up to", "within", "barely"}

Key = tuple[str, str | None]


def elapsed_times(text: str, sentences: Sequence[tuple[int, int]]) -> list[tuple[Figure, Key]]:
    """Every elapsed time of ``text`` anchored to an event and tied to one, as a figure
    and its quantity key (module doc), in order."""
    out: list[tuple[Figure, Key]] = []
    starts = [s for s, _ in sentences]
    for m in _candidates(text):
        found = _read(text, m, sentences, starts)
        if found is not None:
            out.append(found)
    return out


# _CANDIDATE's unit and relation in lower case, opened by one character from a set (the
# first letters of the units), so the search skips the rest of the text in C
_SCAN = re.compile(r"(?:second|sec|minute|min|hour|hr|day|week)s?(?:\s+and\s+a\s+half)?\s+"
                   r"(?:after|into|later|before|earlier|of)\b")


def _candidates(text: str) -> list[re.Match]:
    """``list(_CANDIDATE.finditer(text))``, trying it only where :data:`_SCAN` finds a
    unit and its relation in the text in lower case (when lowering keeps its length)."""
    low = text.lower()
    if len(low) != len(text):
        return list(_CANDIDATE.finditer(text))
    found = (_CANDIDATE.match(text, hit.start()) for hit in _SCAN.finditer(low))
    return [m for m in found if m is not None]


def _sentence_index(starts: list[int], sentences: Sequence[tuple[int, int]], pos: int) -> int | None:
    n = bisect.bisect_right(starts, pos) - 1
    return n if n >= 0 and sentences[n][0] <= pos < sentences[n][1] else None


def _read(text: str, m: re.Match, sentences: Sequence[tuple[int, int]], starts: list[int]) -> tuple[Figure, Key] | None:
    n = _sentence_index(starts, sentences, m.start())
    if n is None:
        return None
    s0, s1 = sentences[n]
    amount = _AMOUNT_BEFORE.search(text, max(s0, m.start() - 60), m.start())
    if amount is None:
        return None
    a0 = amount.start()
    qualifier = _QUALIFIER.search(text, max(s0, a0 - 25), a0)
    start = qualifier.start() if qualifier else a0
    q = " ".join(qualifier["q"].lower().split()) if qualifier else None
    if _NOT_ELAPSED_BEFORE.search(text, max(s0, start - 12), start):
        return None
    rel = m["rel"].lower()
    if rel == "of" and q != "within":
        return None
    minutes = _minutes(text[a0:m.end("half") if m["half"] else m.end("unit")])
    if minutes is None or minutes <= 0:
        return None
    number_end = m.end("half") if m["half"] else m.end("unit")
    if rel in ("later", "earlier"):
        end = m.end()
        event, event_start = clause_event(text, start, end, (s0, s1))
        if event is None and (arrest := arrest_event(text, s0, start)) is not None:
            event, event_start = arrest
        lo, hi = near((s0, s1), start, end)
        kinds = {e[2] for e in events_in(text[lo:min(event_start, start)], text[lo:hi])}
        if not kinds and n > 0:
            p0, p1 = sentences[n - 1]
            kinds = {e[2] for e in events_in(text[max(p0, p1 - NEAR):p1])}
        anchor = kinds.pop() if len(kinds) == 1 else None
    else:
        anchor_end = _anchor_end(text, m.end(), near((s0, s1), start, m.end()), rel)
        if anchor_end is None:
            return None
        anchor, end = anchor_end
        event, _ = clause_event(text, start, end, (s0, s1))
        if event is None and (arrest := arrest_event(text, s0, start)) is not None:
            event = arrest[0]
    if anchor is None or event is None or anchor.partition(":")[0] == event.partition(":")[0]:
        return None
    if rel in ("before", "earlier"):
        anchor, event = event, anchor
    value = int(minutes) if float(minutes).is_integer() else round(minutes, 4)
    figure = Figure(start, end, text[start:end], a0, number_end, value, q, UNIT, None, False, None, s0, s1)
    return figure, ("elapsed:" + anchor, event)


def _anchor_end(text: str, pos: int, sentence: tuple[int, int], rel: str) -> tuple[str, int] | None:
    """(the anchor event, where its words end) for the phrase after "after", "into" … up
    to the end of its ``sentence``"""
    limit = sentence[1]
    if rel == "into":
        trip = TRIP.match(text, pos, limit)
        return ("departure", trip.end()) if trip else None
    said = text[sentence[0]:limit]
    anchor = anchor_event(text, pos, limit, said)
    if anchor is None:
        return None
    first = next(e for e in events_in(text[pos:limit], said) if e[2] == anchor)
    return anchor, pos + first[1]


def _amount_value(word: str) -> float | None:
    w = " ".join(word.lower().split())
    if w in ("a", "an"):
        return 1.0
    if w in ("half a", "half an", "a half"):
        return 0.5
    if w[0].isdigit():
        return float(w)
    value = number_word_value(w)
    return float(value) if value is not None else None


def _minutes(phrase: str) -> float | None:
    """Minutes in an amount and its unit(s) ("an hour and a half" → 90)."""
    found = _parts(phrase)
    return None if found is None else found[0]


def _parts(phrase: str) -> tuple[float, float] | None:
    """(minutes, rounding step in minutes) of an amount as written."""
    m = re.fullmatch(
        rf"\s*(?:(?P<big>{_AMOUNT})(?P<bighalf>\s+and\s+a\s+half)?[\s-]+(?P<bigunit>hours?|hrs?|days?|weeks?)"
        rf"(?:,?\s+and|,)?\s+)?(?P<amount>{_AMOUNT})(?P<half>\s+and\s+a\s+half)?[\s-]+(?P<unit>{_UNIT_RE})"
        r"(?P<half2>\s+and\s+a\s+half)?\s*", phrase, re.IGNORECASE)
    if m is None:
        return None
    unit = _MINUTES[m["unit"].lower().rstrip("s")]
    value = _amount_value(m["amount"])
    if value is None:
        return None
    if m["half"] or m["half2"]:
        value += 0.5
    minutes = value * unit
    step = unit * (digit_step(float(m["amount"])) if m["amount"][0].isdigit() else (0.5 if value % 1 else 1.0))
    if m["big"]:
        big = _amount_value(m["big"])
        if big is None:
            return None
        if m["bighalf"]:
            big += 0.5
        minutes += big * _MINUTES[m["bigunit"].lower().rstrip("s")]
    return minutes, step


def interval(f: Figure) -> tuple[float, float]:
    """The elapsed minutes a figure allows, as its qualifier reads (module doc)."""
    v = float(f.value)
    q = f.qualifier
    if q in _ABOUT:
        return v * (1 - ABOUT_SLACK), v * (1 + ABOUT_SLACK)
    if q in _NEARLY:
        return v * (1 - NEARLY_SLACK), v
    if q in _UPPER:
        return 0.0, v
    if q in _LOWER:
        parts = _parts(f.text[f.number_start - f.start:f.number_end - f.start])
        step = parts[1] if parts else v
        return v, v + step
    return v, v


def compatible(f: Figure, g: Figure) -> bool:
    """Whether two elapsed times of one key can both hold (module doc)."""
    if f.value == g.value:
        return True
    a0, a1 = interval(f)
    b0, b1 = interval(g)
    if (f.qualifier in _LOWER and a1 == b0) or (g.qualifier in _LOWER and b1 == a0):
        return False        # "more than an hour" is under two hours
    return not (a1 < b0 or b1 < a0)


def display(f: Figure) -> str:
    """"20 minutes", "90 minutes", "2 hours", "3 days"."""
    v = float(f.value)
    if v < 1:
        seconds = round(v * 60)
        return f"{seconds} second" + ("" if seconds == 1 else "s")
    for size, name in ((1440, "day"), (60, "hour")):
        if v >= 2 * size and v % size == 0:
            return f"{int(v // size)} {name}s"
    shown = f"{int(v)}" if v.is_integer() else f"{v:g}"
    return f"{shown} minute" + ("" if v == 1 else "s")


def label(key: Key) -> str:
    """"time from departure to the failure", "time from the crash to the landing"."""
    anchor = key[0].removeprefix("elapsed:")
    return f"time from {label_of(anchor)} to {label_of(key[1] or 'the event')}"
