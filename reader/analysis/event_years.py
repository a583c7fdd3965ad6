"""The year a thing of the story was opened, built or founded: "the bridge opened in 1971",
"The plant, which was built in 1968, …", "a mill founded in May 1903", "The pipe was installed in 1981",
"whose parents built the hotel in 1968" (the thing between the verb and the year), "The aircraft,
manufactured in 1978", "The lift was commissioned in 2009", "was built in Norway in 1988" (a place between).

A year is no figure (:mod:`reader.analysis.figures`: years are dates), so two reports that
give a ride's or a plant's opening as 2017 and 2019 were never compared. The year of such an
event is a fact reports of one story state and get wrong, and it is told one way: a verb of
the thing's beginning right before "in" and the year. :func:`event_years` reads each as a
:class:`~reader.analysis.figures.Figure` of unit :data:`UNIT` (its value the year), keyed by
the event, ``("year:opened", None)``: a key of no event, so two years are linked only when
their sentences share words besides the year (the thing's name: "Harlow Mill opened in 1903"
and "Harlow Mill opened in 1908"), and never two an article states both ("the old terminal
opened in 1962 and the new one in 2004": :class:`reader.analysis.figure_context.HeldValues`).
A year is compared by its key only, never by sentence context (:data:`reader.analysis.figure_uses.READ_APART`).

Hand-written: the verbs of a beginning are a short, closed list, and the form, verb then
"in" and a year, is one regular expression.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.figures import Figure
from reader.text.word_gate import gated_finditer

UNIT = "year of event"
KEY = "year:"
# the verb of a beginning, as its event ("was built" and "was constructed" are one)
_EVENTS = {"opened": "opened", "built": "built", "constructed": "built", "completed": "built", "installed": "built",
           "founded": "founded", "established": "founded",
           # (round 38: "The aircraft, manufactured in 1978", "The lift was commissioned in 2009")
           "manufactured": "built", "erected": "built", "commissioned": "opened"}
_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
           r"spring|summer|autumn|fall|winter)")
_VERBS_WORDS = ("opened", "built", "constructed", "completed", "installed", "founded", "established", "manufactured",
                "erected", "commissioned")   # (word_gate)
_YEAR_RE = re.compile(r"\b(?P<verb>opened|built|constructed|completed|installed|founded|established|manufactured|"
                      r"erected|commissioned)"
                      r"(?:\s+(?:its\s+doors|to\s+the\s+public|(?-i:(?:the|a|an)\s+[a-z]+(?:\s+[a-z]+)?)))?"
                      # (a place between: "was built in Norway in 1988")
                      r"(?:\s+(?:in|at)\s+(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=\s+in\s+\d))?"
                      r"\s+in\s+(?:(?:early|late|mid-?)\s*)?"
                      r"(?:" + _MONTHS + r"\s+)?(?P<year>1[89]\d\d|20\d\d)\b(?![-–]\d)", re.IGNORECASE)
# "was opened in", "which opened in", "Harlow Mill opened in": not "had opened in" a plan, nor "reopened"
_NOT_BEFORE = re.compile(r"(?:\bre|\bhad\s+|\bwill\s+be\s+|\bto\s+be\s+|\bbe\s+|\bnot\s+)$", re.IGNORECASE)


def event_years(text: str, sentences: Sequence[tuple[int, int]]) -> list[tuple[Figure, tuple[str, None]]]:
    """Each year a thing of ``text`` opened, was built or founded, as a figure of unit
    :data:`UNIT` with its key (module doc)."""
    out: list[tuple[Figure, tuple[str, None]]] = []
    k = 0
    for m in gated_finditer(_YEAR_RE, text, _VERBS_WORDS):
        if _NOT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        while k < len(sentences) and sentences[k][1] <= m.start():
            k += 1
        s0, s1 = sentences[k] if k < len(sentences) else (m.start(), m.end())
        figure = Figure(start=m.start(), end=m.end(), text=m.group(), number_start=m.start("year"),
                        number_end=m.end("year"), value=int(m["year"]), qualifier=None, unit=UNIT, counts="year",
                        counts_inferred=False, modifies=None, sentence_start=s0, sentence_end=s1)
        out.append((figure, (KEY + _EVENTS[m["verb"].lower()], None)))
    return out


def display(f: Figure) -> str:
    """A year as "2019"."""
    return str(int(f.value))


def label(key: tuple[str, str | None]) -> str:
    """"year opened", "year built", "year founded"."""
    return f"year {key[0].removeprefix(KEY)}"
