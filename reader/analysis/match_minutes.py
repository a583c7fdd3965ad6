"""The minute of a match a player scored in: "Jamie Okoro's 81st-minute header", "sealed
by Okoro's header in the 79th minute", "Marsh scored in the 12th minute".

An ordinal is no figure (:mod:`reader.analysis.figures`): "the 81st minute" counts
nothing. But the minute of a goal is a fact reports of one match state and get wrong,
and it is written one way: an ordinal before "minute". :func:`match_minutes` reads each
as a :class:`~reader.analysis.figures.Figure` of unit :data:`UNIT` (its value the
minute), keyed by the scorer, ``("goal minute:okoro", None)``: the surname written with
"'s" right before a goal word ("Okoro's towering header", "Okoro's 81st-minute winner")
or as the subject of a scoring verb ("Marsh scored in the 12th minute", "Marsh headed
home in the 12th minute", "Marsh put Town ahead from the spot in the 12th minute", "Marsh
heading the winner in the", "Marsh rose highest to meet Tasker's corner in the"). A
minute with no scorer so named (a sending-off, "had given Kingsford the lead in the 23rd
minute", a quotation's "in the 81st minute") is read but keyed by nothing, so compared
with nothing.

A key of no event: read per referent when one article gives a scorer two minutes (two
goals), and two minutes of one scorer are linked only when their sentences share words
besides the minute (:mod:`reader.analysis.conflicts`).

Hand-written: the form is one ordinal before "minute", which one regular expression
reads; the goal words are a short, closed list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.figures import Figure
from reader.text.tokens import STOPWORDS
from reader.text.word_gate import gated_finditer

UNIT = "match minute"
KEY = "goal minute:"
_MINUTE_RE = re.compile(r"\b(?:in\s+the\s+)?(\d{1,3})(?:st|nd|rd|th)[\s-]minute\b", re.IGNORECASE)
_GOAL = r"(?:goal|header|strike|winner|equali[sz]er|penalty|shot|finish|volley|effort|opener|tap-in)"
# "Okoro's towering header in the", "Okoro's " right before "81st-minute header"
_POSSESSIVE_RE = re.compile(r"\b([A-Z][a-z’'-]+)['’]s\s+(?:(?:[a-z-]+\s+){0,2}" + _GOAL + r"\s+(?:in\s+the\s+)?)?$")
_SCORED_RE = re.compile(r"\b([A-Z][a-z’'-]+)\s+(?:scored|headed\s+home|headed\s+in|netted|struck|fired\s+home|"
                        r"converted|slotted\s+home)(?:\s+[a-z]+){0,3}\s+$")
# a goal told by what it did or how it came: "Dolan put Town ahead from the penalty spot in the",
# "Shorey heading the winner in the", "Shorey rose highest to meet Ben Tasker's corner in the"
_PUT_AHEAD_RE = re.compile(r"\b([A-Z][a-z’'-]+)\s+(?:(?:put|puts|putting)\s+(?:[A-Z][a-z’'-]+|them|his\s+side|the\s+"
                           r"(?:hosts|visitors|home\s+side))\s+(?:ahead|in\s+front|level)"
                           r"|head(?:ed|ing|s)\s+(?:home\s+)?(?:the|a|his)\s+(?:late\s+)?(?:winner|opener|equali[sz]er)"
                           r"|rose(?:\s+highest)?\s+to\s+(?:meet|head|nod)(?:\s+(?:[A-Z][a-z’'-]+\s+){0,2}"
                           r"[A-Z][a-z’'-]+['’]s)?\s+(?:corner|cross|free-kick|free\s+kick|delivery))"
                           r"(?:\s+[a-z]+){0,4}\s+$")
_GOAL_AFTER_RE = re.compile(r"\s*[-\s]?" + _GOAL + r"\b", re.IGNORECASE)
REACH = 60


def match_minutes(text: str, sentences: Sequence[tuple[int, int]]) -> list[tuple[Figure, tuple[str, None] | None]]:
    """Each minute of a match in ``text`` as a figure of unit :data:`UNIT`, with its
    key (module doc) or None."""
    out: list[tuple[Figure, tuple[str, None] | None]] = []
    k = 0
    for m in gated_finditer(_MINUTE_RE, text, ("minute",)):
        while k < len(sentences) and sentences[k][1] <= m.start():
            k += 1
        s0, s1 = sentences[k] if k < len(sentences) else (m.start(), m.end())
        figure = Figure(start=m.start(), end=m.end(), text=m.group(), number_start=m.start(1), number_end=m.end(1),
                        value=int(m.group(1)), qualifier=None, unit=UNIT, counts="minute", counts_inferred=False,
                        modifies=None, sentence_start=s0, sentence_end=s1)
        scorer = _scorer(text, m, s0)
        out.append((figure, (KEY + scorer.lower(), None) if scorer else None))
    return out


def _scorer(text: str, m: re.Match, floor: int) -> str | None:
    """The surname the minute at ``m`` is a goal of (module doc), else None."""
    before = text[max(floor, m.start() - REACH):m.start()]
    owner = _POSSESSIVE_RE.search(before)
    if owner is not None and (_GOAL_AFTER_RE.match(text, m.end()) or (not before.endswith("'s ")
                              and not before.endswith("’s "))):
        return owner.group(1)
    if owner is not None:
        return None
    subject = _SCORED_RE.search(before) or _PUT_AHEAD_RE.search(before)
    return subject.group(1) if subject and subject.group(1).lower() not in STOPWORDS else None


def display(f: Figure) -> str:
    """A minute as "81st minute"."""
    n = int(f.value)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix} minute"


def label(key: tuple[str, str | None]) -> str:
    """"minute of Okoro's goal"."""
    return f"minute of {key[0].removeprefix(KEY).title()}'s goal"
