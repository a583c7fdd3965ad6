"""One temperature told in Celsius by one source and in Fahrenheit by another: "The temperature in
the town peaked at 36.4C on Wednesday afternoon" and "Thermometers in the town hit a scorching 91F
on Wednesday afternoon" (91F is 32.8C); "The mercury touched 47.8 degrees Celsius" and
"temperatures reached nearly 116°F" (46.7C).

A temperature is keyed by its scale ("measure:celsius"), so the two never met, and
:mod:`reader.analysis.length_units` compares lengths, masses and volumes by a factor, where two
temperature scales differ by an offset too. Here two temperatures of two articles, of one event
key (or none) in the two scales, are compared in Celsius, each widened by its writer's rounding
(half its last digit's step) and by ``CONVERTED`` degrees (a converting writer rounds the
result): they are one temperature told two ways when they lie within ``MOST_APART`` degrees, their
clauses (between commas) tell one extreme, both a high ("peaked", "hit", "reached", "hottest") or
both a low ("dropped to", "fell to", "lows", "coldest"), and their sentences share a word besides
(:func:`reader.analysis.figure_context.share_context`). A clause telling both extremes, or none,
is not read ("highs of 36C and lows of 20C"; "the water was 14C"), nor an article's temperatures of
one extreme when it tells two values of it ("48.3C at the airport on Tuesday, 45.1C on Monday":
which is the other's is not known). The keys read are those before any is dropped as one of several
(:func:`reader.analysis.quantity_senses.distributive_keys`): an article telling a high and a low
keeps each.

Hand-written: the conversion is a fixed formula; the extremes are a short list of English words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from reader.analysis.comma_clauses import comma_clause
from reader.analysis.figure_context import share_context
from reader.analysis.figure_units import digit_step
from reader.analysis.figure_uses import FigureUse, Key
from reader.analysis.quantities import interval, is_vague

CELSIUS, FAHRENHEIT = "measure:celsius", "measure:fahrenheit"
MOST_APART = 8.0        # degrees Celsius two tellings of one temperature lie within, at most
CONVERTED = 0.2         # degrees Celsius a converting writer's rounding may add
HIGH, LOW = "high", "low"
_HIGH_RE = re.compile(r"\b(?:peak\w*|hit|hitting|reach\w*|top(?:ped|ping|s)?|touch\w*|soar\w*|climb\w*|highs?|"
                      r"highest|hottest|warmest|record|max(?:imum)?|scorch\w*|sizzl\w*)\b", re.IGNORECASE)
_LOW_RE = re.compile(r"\b(?:lows?|lowest|coldest|minimum|dropp\w*|drop|fell|fall\w*|plung\w*|dipp\w*|dip|"
                     r"sank|sink\w*|froze|freez\w*)\b", re.IGNORECASE)


def temperature_pairs(uses: Sequence[FigureUse], keys: Sequence[Key]) -> Iterator[tuple[int, int]]:
    """Pairs (a temperature in Celsius, one in Fahrenheit) of two articles that tell one
    temperature two ways whose values cannot both hold (module doc)."""
    told = {CELSIUS: [], FAHRENHEIT: []}     # type: dict[str, list[tuple[int, str, float, float]]]
    for n, (u, key) in enumerate(zip(uses, keys, strict=True)):
        if key is not None and key[0] in told and not is_vague(u.figure) and u.figure.high is None:
            extreme = _extreme(u)
            if extreme is not None:
                told[key[0]].append((n, extreme, *_celsius_span(u, key[0] == FAHRENHEIT)))
    listed = list(uses)     # (share_context reads a list: made once, not once a pair)
    for i, high_i, lo_i, hi_i in _alone(uses, told[CELSIUS]):
        for j, high_j, lo_j, hi_j in _alone(uses, told[FAHRENHEIT]):
            if uses[i].article == uses[j].article or high_i != high_j or not _one_event(keys[i], keys[j]):
                continue
            apart = hi_i + CONVERTED < lo_j or hi_j + CONVERTED < lo_i
            if apart and abs(_value(uses[i], False) - _value(uses[j], True)) <= MOST_APART and share_context(
                    listed, (i,), (j,), 1):
                yield i, j


def _alone(uses: Sequence[FigureUse], told: list[tuple[int, str, float, float]]) -> list[tuple[int, str, float, float]]:
    """The temperatures of ``told`` whose article tells no other value of their extreme."""
    values: dict[tuple[str, str], set[float]] = {}
    for n, extreme, _, _ in told:
        values.setdefault((uses[n].article, extreme), set()).add(float(uses[n].figure.value))
    return [t for t in told if len(values[uses[t[0]].article, t[1]]) == 1]


def _one_event(a: Key, b: Key) -> bool:
    """Whether two temperatures' keys tell one event: the same, or one names none."""
    return a is not None and b is not None and (a[1] == b[1] or a[1] is None or b[1] is None)


def _extreme(u: FigureUse) -> str | None:
    """``HIGH`` or ``LOW``, as ``u``'s clause (between the commas around it) tells one extreme; else None."""
    f = u.figure
    clause = comma_clause(u.sentence, f.start - f.sentence_start, f.end - f.sentence_start)
    high, low = _HIGH_RE.search(clause) is not None, _LOW_RE.search(clause) is not None
    return HIGH if high and not low else LOW if low and not high else None


def _value(u: FigureUse, fahrenheit: bool) -> float:
    """``u``'s value in degrees Celsius."""
    value = float(u.figure.value)
    return (value - 32) * 5 / 9 if fahrenheit else value


def _celsius_span(u: FigureUse, fahrenheit: bool) -> tuple[float, float]:
    """The values ``u`` allows, widened by half its last digit's step, in degrees Celsius."""
    low, high, _ = interval(u.figure)
    half = digit_step(float(u.figure.value)) / 2
    lo, hi = low - half, high + half
    return ((lo - 32) * 5 / 9, (hi - 32) * 5 / 9) if fahrenheit else (lo, hi)     # (an open bound stays inf)
