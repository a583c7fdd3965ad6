"""How long one thing lasted, told differently by two sources when no list names the thing:
"The truck had been stuck on the tracks for about 90 seconds" against "the truck had been
sitting on the tracks for nearly four minutes"; "integration of the two systems is expected to
take 18 months" against "the integration would take two and a half years to complete".

The keyed lengths (:mod:`reader.analysis.duration_subjects`, :mod:`reader.analysis.clause_durations`)
know a closed list of things that last (a strike, an outage, a prison sentence); a length of
anything else had no key, and two articles telling it in other words (and often other units)
were never compared. Here each length of time alone in its sentence (no age, no time from another
moment, no window, no habit or rate) is read as :mod:`reader.analysis.event_dates` reads a day: by
the words of its clause, matched across articles with the same guards (words in common, a clear
best match, frames and names that agree, strictly: a name one clause alone gives must be written
in the other article). Two matched lengths are compared in minutes (a month as 28 to 31 days);
lengths further apart than ``RATIO`` are taken for two things, and matched lengths that cannot
both hold (:func:`reader.analysis.elapsed_times.compatible`: "within 90 minutes" against "nearly
three hours") are a conflict.

Hand-written: one pass over the story's figures and the matcher of :mod:`reader.analysis.event_dates`.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from dataclasses import replace

from reader.analysis import elapsed_times
from reader.analysis.ages import is_age
from reader.analysis.article import AnalysedArticle, ArticleLike
from reader.analysis.clause_figures import told_clauses
from reader.analysis.event_dates import date_conflicts, label
from reader.analysis.figure_uses import FigureUse, Key
from reader.analysis.figures import Figure

RATIO = 4.0               # lengths further apart than this tell two things
MONTH_SLACK = 0.08        # a month is 28 to 31 days: a length in months against one in days or weeks
_MINUTES = {"second": 1 / 60, "minute": 1.0, "hour": 60.0, "day": 1440.0, "week": 10080.0,
            "month": 43830.0, "year": 525960.0, "decade": 5259600.0}
_CALENDAR = frozenset({"month", "year", "decade"})
# a time from another moment ("13 minutes later", "two days after the storm"), an age, a rate's span, a difference
# ("took us 20 minutes longer than usual")
_AFTER_RE = re.compile(r"\s*(?:later|earlier|ago|afterwards?|after|before|from\s+now|old|into|apart|behind|"
                       r"longer|shorter|more|less|extra|"
                       r"per|a\s+(?:day|week|month|year)|each|every|of\s+(?:age|experience|service))\b", re.IGNORECASE)
# a length told with "for" is one before another moment too ("sitting on the tracks for nearly four minutes before …")
_FOR_RE = re.compile(r"\bfor\s+$", re.IGNORECASE)
_MOMENT_AFTER_RE = re.compile(r"\s*(?:after|before)\b", re.IGNORECASE)
_WITHIN_RE = re.compile(r"\bwithin\s+$", re.IGNORECASE)
# a window ("in the past five years", "the first 24 hours"), a habit or a maximum ("every two hours", "up to 10 years")
_BEFORE_RE = re.compile(r"\b(?:past|last|previous|next|first|coming|recent|final|every|each|per|since|after|before|"
                        r"up\s+to|maximum|faces?|facing)\s+$", re.IGNORECASE)


def _length(u: FigureUse, key: Key) -> bool:
    """Whether ``u`` tells how long something lasted (module doc): a length of time of no key or a
    length's key, not an age, a time from another moment, a window nor a habit."""
    f = u.figure
    if f.unit not in _MINUTES or is_age(f) or f.value <= 0 or f.high is not None:
        return False
    if key is not None and not key[0].startswith("duration:"):
        return False
    rel, end = f.start - f.sentence_start, f.end - f.sentence_start
    if _FOR_RE.search(u.sentence[:rel]) and _MOMENT_AFTER_RE.match(u.sentence, end):
        return True
    return not (_AFTER_RE.match(u.sentence, end) or _BEFORE_RE.search(u.sentence[:rel]))


def _minutes(f: Figure) -> Figure:
    """``f`` in minutes, as an elapsed time (:mod:`reader.analysis.elapsed_times`) its qualifier reads."""
    scale = _MINUTES[str(f.unit)]
    return replace(f, value=float(f.value) * scale, unit=elapsed_times.UNIT)


def agree(f: Figure, g: Figure) -> bool:
    """Whether two lengths of one thing can both hold: as written in one unit, else in minutes (a
    month against days or weeks within ``MONTH_SLACK``)."""
    if f.unit == g.unit:
        return elapsed_times.compatible(f, g)
    a, b = _minutes(f), _minutes(g)
    if elapsed_times.compatible(a, b):
        return True
    if (f.unit in _CALENDAR) != (g.unit in _CALENDAR):
        lo, hi = sorted((float(a.value), float(b.value)))
        return hi - lo <= MONTH_SLACK * hi
    return False


def related(f: Figure, g: Figure) -> bool:
    """Whether two lengths lie near enough to tell one thing (at most ``RATIO`` apart)."""
    lo, hi = sorted((_minutes(f).value, _minutes(g).value))
    return lo > 0 and hi / lo <= RATIO


def _within(u: FigureUse) -> Figure:
    """``u``'s length, "within" read as its qualifier ("The fire was out within 90 minutes": at most)."""
    f = u.figure
    if f.qualifier is None and _WITHIN_RE.search(u.sentence[:f.start - f.sentence_start]):
        return replace(f, qualifier="within")
    return f


def story_spans(articles: Sequence[ArticleLike | AnalysedArticle], off: Container[str],
                apart: frozenset[frozenset[str]], uses: Sequence[FigureUse],
                keys: Sequence[Key]) -> list[tuple[str, list[FigureUse]]]:
    """The lengths of one thing ``articles`` give two ways (module doc), each with its label, none of
    an article in ``off``; ``uses`` and ``keys``: the story's figures."""
    told = told_clauses(articles, off, uses, keys, lambda f: f.unit in _MINUTES and not is_age(f), _length,
                        read=_within)
    found = date_conflicts(told, apart, agree, strict=True, related=related)
    return [(label(group, "length of time"), _in_one_unit(group)) for group in found]


def _in_one_unit(uses: list[FigureUse]) -> list[FigureUse]:
    """``uses`` restated in the largest unit they are told in ("90 seconds" as 1.5 minutes beside
    "nearly four minutes"), or the largest of days and weeks where they mix those with months or
    years (a month has no fixed number of days); each text as its source wrote it."""
    units = {str(u.figure.unit) for u in uses}
    plain = units - _CALENDAR
    target = max(plain if plain and plain != units else units, key=_MINUTES.__getitem__)
    return [replace(u, figure=replace(u.figure, value=u.figure.value * _MINUTES[str(u.figure.unit)] / _MINUTES[target],
                                      unit=target)) for u in uses]
