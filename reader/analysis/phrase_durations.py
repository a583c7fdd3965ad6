"""Lengths of time told as phrases with no number in them: a fraction of a unit ("almost half
an hour", "a quarter of an hour", "three quarters of an hour", "a half-hour", "an hour and a
half", "half a day") or one whole unit ("nearly a full day", "a whole week", "an entire
month"; "an hour", "a week", "a day and a half" only after a hedge: "more than an hour", "nearly a week"), as
figures in the smaller unit when the fraction makes a whole number of it (half an hour is 30
minutes, half a day 12 hours) and in the unit itself for a whole one (a full day is 1 day),
with the hedge before them as their qualifier.

The figure reader reads a number then its unit ("30 minutes", "three and a half hours"); a
length with no number in it was no figure, so one report's "the generators failed for almost
half an hour" or "the interstate stayed shut for nearly a full day" met nothing where
another's "about 15 minutes" or "more than 16 hours" was read, and two sources' lengths of
one event were never compared. Read by :mod:`reader.analysis.figure_uses` beside the
extracted figures, keyed as any other length (:mod:`reader.analysis.duration_subjects`,
:mod:`reader.analysis.clause_durations`) and restated in one unit as any other
(:func:`reader.analysis.duration_subjects.in_one_unit`). A time already read ("half an hour
later", an elapsed time: :mod:`reader.analysis.elapsed_times`) is not read again; a bare "a
day" or "an hour" (no "full" or "whole": "once a day", "$20 an hour") is not read unless a
hedge tells it is a length ("more than an hour", "under a day") or its frame does: "for" or a
verb of lasting right before it ("the rink will be closed for a month", "the outage lasted a
day"), or what it is the length of after "of" ("offering one year of free credit monitoring",
:func:`reader.analysis.measured_durations.of_activity`; after "one" only: "a week of fierce
fighting" is a rough length, no count of days; elsewhere "one" is read as "a" is); "within", read
as its bound: "will reopen within a week" is up to a week; not "for a day of talks", "an
hour's drive", "for a week or two"), nor a phrase before "long" or "old"
("a half-hour-long film", "a full day old").

Hand-written: a closed list of English fractions and units of time, read by one regular
expression.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.figures import Figure
from reader.analysis.measured_durations import of_activity
from reader.analysis.offsets import span_holding
from reader.analysis.shares import QUALIFIERS

# the hedges of shares (reader.analysis.shares), and those that bound a length
_HEDGES = QUALIFIERS | {"at least": "at least", "up to": "up to", "close to": "nearly"}
_HEDGE = "|".join(h.replace(" ", r"\s+") for h in sorted(_HEDGES, key=len, reverse=True))
# a fraction of a unit → (value, unit): of an hour in minutes, of a day in hours
_PARTS = {"half an hour": (30, "minute"), "a half hour": (30, "minute"), "a quarter of an hour": (15, "minute"),
          "a quarter hour": (15, "minute"), "three quarters of an hour": (45, "minute"),
          "three quarters of a hour": (45, "minute"), "an hour and a half": (90, "minute"),
          "half a day": (12, "hour"), "half of a day": (12, "hour")}
_PHRASE_RE = re.compile(
    rf"\b(?:(?P<q>{_HEDGE})\s+)?(?P<phrase>half[\s-]an[\s-]hour|an?\s+half[\s-]hour|a\s+quarter(?:\s+of\s+an\s+|[\s-])hour"
    r"|three[\s-]quarters\s+of\s+an?\s+hour|an\s+hour\s+and\s+a\s+half|half\s+(?:of\s+)?a\s+day"
    r"|an?\s+(?:full|whole|entire)\s+(?P<unit>minute|hour|day|week|month|year)"
    r"|(?:an?|one)\s+(?P<one>hour|day|week|month|year)(?P<half>\s+and\s+a\s+half)?)\b(?![\s-]+(?:long|old)\b|-)",
    re.IGNORECASE)


# a bare "a month" is a length after "for" or a verb of lasting ("closed for a month", "the
# outage lasted a day"), not before "of" or "'s" ("for a day of talks", "an hour's drive")
_FRAME_BEFORE_RE = re.compile(r"\b(?:for|lasted|lasting|lasts|spent|took|take|takes|taking|(?P<within>within))\s+$",
                              re.IGNORECASE)
_BACK_AFTER_RE = re.compile(r"\s+(?:ago|earlier|before)\b", re.IGNORECASE)
_FRAME_AFTER_RE = re.compile(r"\s*(?:of\b|['’]s\b|or\s|to\s)", re.IGNORECASE)


def _length_frame(text: str, sentence_start: int, start: int, end: int, half: bool = False) -> str | None:
    """How a bare one-unit phrase at ``start``–``end`` is told as a length (its frame): the
    qualifier "up to" after "within" ("reopen within a week": a week at most), "" after any other
    frame, or for a unit and a half (``half``) told back from a time ("a month and a half earlier");
    None when it is told as no length."""
    frame = _FRAME_BEFORE_RE.search(text, max(sentence_start, start - 12), start)
    if frame is None and text[start:start + 4].lower() == "one " and of_activity(text, end):
        return ""       # what it is the length of: "offering one year of free credit monitoring"
    if frame is None and half and _BACK_AFTER_RE.match(text, end):
        return ""       # a length back in time: "had last been serviced a month and a half earlier"
    if frame is None or _FRAME_AFTER_RE.match(text, end):
        return None
    return "up to" if frame["within"] else ""


def phrase_durations(text: str, figures: Sequence[Figure], sentences: Sequence[tuple[int, int]]) -> list[Figure]:
    """The lengths of time in phrases of ``text`` (module doc) that no figure of
    ``figures`` covers, in text order."""
    taken = [(f.start, f.end) for f in figures]
    spans = list(sentences)
    starts = [start for start, _ in spans]
    out: list[Figure] = []
    for m in _PHRASE_RE.finditer(text):
        start, end = m.start(), m.end()
        sentence = span_holding(spans, starts, start)
        half = bool(m["half"])
        frame = _length_frame(text, sentence[0], start, end, half) if sentence is not None and m["one"] else ""
        if sentence is None or any(s < end and start < e for s, e in taken) or (
                m["one"] and not m["q"] and frame is None):
            continue
        if m["unit"] or m["one"]:       # ("a day and a half": 1.5 days)
            value, unit = 1.5 if m["half"] else 1, (m["unit"] or m["one"]).lower()
        else:
            phrase = " ".join(m["phrase"].lower().replace("-", " ").split())
            value, unit = _PARTS["a half hour" if phrase == "an half hour" else phrase]
        qualifier = _HEDGES[" ".join(m["q"].lower().split())] if m["q"] else (frame or None)
        out.append(Figure(start, end, text[start:end], m.start("phrase"), end, value, qualifier, unit,
                          f"{unit}s" if value != 1 else unit, False, None, sentence[0], sentence[1]))
    return out
