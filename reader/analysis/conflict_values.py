"""The values a conflict lists: its figures grouped by what they state, each value with
the sources that give it, and how the value is shown.

A figure that agrees with exactly one other value of the conflict and is less precise
than it ("$413 million" beside "$412.6 million", "about 12" beside 12, when "$398
million" or 9 is the other side) is no third claim: it is listed with the value it
agrees with, and shown there in its own words ("$412.6 million / $413 million"), so a
reader sees two sides, not three. One that agrees with two values (or none) keeps a
value of its own. Written by hand: which values agree is the rule of
:func:`reader.analysis.quantities.compatible`, applied to a handful of values.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from reader.analysis import clock_times, elapsed_times, event_dates, event_years, match_minutes, tallies
from reader.analysis.figure_units import display_number
from reader.analysis.figure_uses import READ_APART, FigureUse
from reader.analysis.figures import Figure
from reader.analysis.month_lengths import value_in_days
from reader.analysis.quantities import compatible, interval, is_vague, rounding_of
from reader.analysis.shares import in_words
from reader.analysis.temperature_scales import SCALES


@dataclass
class ConflictValue:
    value: int | float
    display: str
    uses: list[FigureUse] = field(default_factory=list)

    @property
    def articles(self) -> list[str]:
        return list(dict.fromkeys(u.article for u in self.uses))

    @property
    def stated(self) -> str:
        """The value as the sources give it, with their qualifiers: "about 1,200", or each
        form once when they differ ("about 1,200 / 1,200", "$412.6 million / $413 million"
        for a rounding listed with the value it agrees with). Times and vague amounts show
        theirs in ``display`` already."""
        first = self.uses[0].figure if self.uses else None
        if first is None or first.unit in READ_APART or is_vague(first):
            return self.display
        forms = dict.fromkeys(f"{u.figure.qualifier} {_as_written(u.figure)}" if u.figure.qualifier
                              else _as_written(u.figure) for u in self.uses)
        return " / ".join(forms)

    def to_json(self) -> dict:
        return {"value": self.value, "display": self.display, "stated": self.stated, "articles": self.articles,
                "figures": [u.to_json() for u in self.uses]}


def conflict_values(uses: list[FigureUse]) -> list[ConflictValue]:
    """The uses by what they state (a number, a range or a vague amount), a less precise
    value that agrees with only one other listed with it (module doc), values given by
    most articles first."""
    by_value: dict[str, ConflictValue] = {}
    for u in uses:
        f = u.figure
        shown = display(f)
        days = value_in_days(f)         # ("three weeks": 21; "two months" as 56-62 days: 60, month_lengths)
        by_value.setdefault(shown, ConflictValue(f.value if days is None else days, shown)).uses.append(u)
    values = _agreeing_joined(list(by_value.values()))
    return sorted(values, key=lambda v: (-len(v.articles), v.value, v.display))


JOIN_AT_MOST = 50      # values a conflict may have for the join to be asked (each value asks every other)


def _agreeing_joined(values: list[ConflictValue]) -> list[ConflictValue]:
    """``values`` with each less precise value that agrees with exactly one other moved
    into it (while at least two values are left). A conflict of more than ``JOIN_AT_MOST``
    values is left as it is: no source's story holds that many values of one quantity, a
    hostile file's list of thousands does (3,000 sentences of one count took four minutes)."""
    if len(values) > JOIN_AT_MOST:
        return values
    for v in sorted(values, key=_width, reverse=True):
        if len(values) <= 2 or not _plain(v):
            continue
        agreeing = [w for w in values if w is not v and any(_agree(f, g) for f in _figures(v) for g in _figures(w))]
        if len(agreeing) != 1 or not _plain(agreeing[0]) or not _finer(agreeing[0], v):
            continue
        if all(_agree(f, g) for f in _figures(v) for g in _figures(agreeing[0])):
            agreeing[0].uses.extend(v.uses)
            values = [w for w in values if w is not v]
    return values


def _agree(f: Figure, g: Figure) -> bool:
    """:func:`reader.analysis.quantities.compatible`, but never across temperature scales ("exceeded 68°C" is
    no "116°F": :mod:`reader.analysis.temperature_pairs` compares those)."""
    return not (f.unit != g.unit and f.unit in SCALES and g.unit in SCALES) and compatible(f, g)


def _figures(v: ConflictValue) -> list[Figure]:
    return [u.figure for u in v.uses]


def _plain(v: ConflictValue) -> bool:
    """A value of numbers (not a time, a tally or a vague amount)."""
    return all(f.unit not in READ_APART and not is_vague(f) for f in _figures(v))


def _width(v: ConflictValue) -> float:
    """How wide the widest reading of a value's figures is."""
    return max(hi - lo for lo, hi, _ in map(interval, _figures(v)))


def _finer(w: ConflictValue, v: ConflictValue) -> bool:
    """Whether ``w`` states its quantity more precisely than ``v``: a narrower reading, or
    of one width, ``v`` is ``w`` rounded ("$413 million" of "$412.6 million")."""
    if _width(w) < _width(v) and not math.isinf(_width(w)):
        return True
    return _width(w) == _width(v) and all(rounding_of(f, g) for f in _figures(w) for g in _figures(v))


_TIME_WORDS = {"second", "minute", "hour", "day", "week", "month", "year"}


def _as_written(f: Figure) -> str:
    """A length read in another unit than its row's ("90 minutes" of a row in hours) in
    its own words, not converted ("1.5 hours"), and one told in two units ("3 hours and 20
    minutes": :mod:`reader.analysis.compound_durations`) as written; any other figure as
    :func:`display` shows it."""
    noun = (f.counts or "").lower()
    number = f.text[f.number_start - f.start:f.number_end - f.start]
    if f.unit in _TIME_WORDS and f.high is None and any(w in number for w in _TIME_WORDS):
        return number
    if f.unit in _TIME_WORDS and noun.rstrip("s") in _TIME_WORDS and noun.rstrip("s") != f.unit and (
            f.high is None or noun.rstrip("s") == "month"):      # ("two months" read as 56-62 days: month_lengths)
        return f"{number} {noun}"
    return display(f)


def display(f: Figure) -> str:
    """How a figure's value is shown (a time, a score and a vague amount by their own rules)."""
    if f.unit == elapsed_times.UNIT:
        return elapsed_times.display(f)
    if f.unit == clock_times.UNIT:
        return clock_times.display(f)
    if f.unit == tallies.UNIT:
        return tallies.display(f)
    if f.unit == match_minutes.UNIT:
        return match_minutes.display(f)
    if f.unit == event_years.UNIT:
        return event_years.display(f)
    if f.unit == event_dates.UNIT:
        return event_dates.display(f)
    if is_vague(f):
        return str(f.qualifier)
    if (fraction := in_words(f)) is not None:
        return fraction
    if f.high is not None:
        return f"{display_number(f.value)}–{display_number(f.high, f.unit)}"
    return display_number(f.value, f.unit)
