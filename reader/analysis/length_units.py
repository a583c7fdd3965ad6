"""Lengths of one thing told in two units by two sources: "about 3 miles from the depot" and
"about 8 kilometres from the depot", "a 230-foot span" and "a 40-metre span".

A length is keyed by its unit (:func:`reader.analysis.quantities.quantity_key`:
``("measure:mile", "from the depot")``), so a distance in miles never met the same distance in
kilometres, and a source's 3 miles (4.8 km) against another's 8 km was no conflict. Here the
keyed lengths of one event (a distance from one place, a depth, a crest, a thing's size) told
in two units of one dimension are compared in one unit, each as the values it allows widened
by the rounding its writer may have made (half its last digit's step, at most
``ROUNDING`` of it: "6 miles" is 5.1 to 6.9 miles, 8.2 to 11.1 km), since a writer who
converts rounds: "6 miles" and "10 km" agree, "3 miles" and "8 km" do not; and converts with a
factor rounded by up to ``FACTOR_SLACK`` of it ("129 km/h" for 81.1 mph). Every unit of
length is one dimension (:mod:`reader.analysis.length_scale`: "40 centimetres" and "two feet",
"about 600 feet" and "a quarter of a mile"). A length with no event is read by what its clause
says it measures ("of snow", "away": :func:`reader.analysis.length_events.clause_event`) and
compared only with one whose sentence shares two words with its own; with neither, it is compared
so with another such length, as one unit's lengths are ("an ash column reaching 18,000 feet" and
"the ash column rose to about 4,000 metres"), and with a length of any event ("covered 4,300 hectares"
and "about 6,000 acres of vineyards"). Two lengths of one event may lie up to ``CROSS_RATIO`` apart,
as an event's own count may: a unit mistaken for another ("200 yards" for "200 feet") multiplies a
value by about three. A distance from a place by its kind ("500 metres from the
plant") is also a distance away, compared so with one told with no place ("half a mile away"). An
article's lengths of several things in one unit are compared only as
:func:`several_cross_unit_pairs` says.

Hand-written: the factors between units are fixed numbers.
"""

from __future__ import annotations

from collections.abc import Container, Iterator, Sequence

from reader.analysis.area_scale import SQUARE_METRES
from reader.analysis.comma_clauses import comma_clause
from reader.analysis.figure_context import content_words, share_context
from reader.analysis.figure_units import digit_step
from reader.analysis.figure_uses import FigureUse, Key
from reader.analysis.figures import Figure
from reader.analysis.length_events import ALONG, clause_event
from reader.analysis.length_scale import METRES
from reader.analysis.mass_scale import KILOGRAMS
from reader.analysis.measure_events import FROM_PLACE
from reader.analysis.quantities import MAX_RATIO, interval, is_vague
from reader.analysis.speed_scale import MOVING, MPH, speed_event
from reader.analysis.volume_scale import LITRES

ROUNDING = 0.15         # a converted length's writer rounded it by at most this much of it
# and converted with a factor rounded by up to this much of it ("129 km/h" for 81.1 mph, 1.3% under 130.5:
# a mile as 1.6 km, an inch as 2.5 cm, a foot as 0.3 m)
FACTOR_SLACK = 0.02
# every unit of length (metres), of mass (kilograms, :mod:`reader.analysis.mass_scale`), of volume
# (litres, :mod:`reader.analysis.volume_scale`) and of speed (miles an hour, :mod:`reader.analysis.speed_scale`)
SCALES: dict[str, tuple[float, float]] = {**{k: (v, v) for k, v in METRES.items()}, **KILOGRAMS, **LITRES, **MPH,
                                          **SQUARE_METRES}
MOST = 60               # figures of one event's lengths at most (a table of distances is left alone)
# how far apart two lengths of one event in two units may be and still be one told twice (as conflicts'
# KEYED_RATIO): a distance from one named place ("about 300 yards off Thornhaven Island" and "half a mile
# off" it), and any length, since a unit mistaken for another multiplies its value by about three ("200
# yards away" and "about 200 feet from the hotel"; a metre is 3.3 feet, a gallon 3.8 litres): round 39
# found eleven such rows with no false claim where MAX_RATIO (2.5) had kept them apart
CROSS_RATIO = 4.0
UNKNOWN = ""            # the event of a length neither its key nor its clause names


def cross_unit_pairs(uses: Sequence[FigureUse], keys: Sequence[Key]) -> Iterator[tuple[int, int]]:
    """Pairs of uses (indexes) of two articles stating one event's length in two units, whose
    values cannot both hold (module doc). A length keyed with no event is read by what its
    clause says it measures (:func:`reader.analysis.length_events.clause_event`: "of snow",
    "away"), or by nothing (``UNKNOWN``), and two such are compared only when their sentences share
    two words besides the unit (the material's noun is in both by its event), or one along a path
    (:func:`_least`)."""
    for i, j, _ in _bucket_pairs(uses, keys):
        yield i, j


def several_cross_unit_pairs(uses: Sequence[FigureUse], keys: Sequence[Key],
                             several: Container[Key]) -> Iterator[tuple[int, int]]:
    """The pairs of :func:`cross_unit_pairs` over ``keys`` where an article gives a key of ``several``
    (lengths of several things in one unit: "ran about 9 kilometres on Friday" and "a reception centre
    85 km away"), when each figure is its article's only length of its event near the other's value,
    as :func:`reader.analysis.quantity_senses.unique_pairs` pairs one unit's, and the sentences share
    two words."""
    for i, j, members in _bucket_pairs(uses, keys):
        if (keys[i] in several or keys[j] in several) and _alone(uses, keys, members, i, j) and _alone(
                uses, keys, members, j, i) and share_context(list(uses), (i,), (j,), 1, least=2):
            yield i, j


def _alone(uses: Sequence[FigureUse], keys: Sequence[Key], members: Sequence[int], i: int, j: int) -> bool:
    """Whether ``i`` is the only length of its article among ``members`` (one event's) near ``j``'s value."""
    other = _value(uses[j], keys[j])
    return other is not None and not any(
        k != i and uses[k].article == uses[i].article and uses[k].figure.value != uses[i].figure.value
        and ((mine := _value(uses[k], keys[k])) is None or max(mine, other) <= MAX_RATIO * min(mine, other))
        for k in members)


def _value(u: FigureUse, key: Key) -> float | None:
    """``u``'s length in its dimension's first unit, or None (a vague amount, a range)."""
    span = _span(u.figure, SCALES[str(key[0])]) if key is not None else None
    return None if span is None or span[2] <= 0 else span[2]


def _bucket_pairs(uses: Sequence[FigureUse], keys: Sequence[Key]) -> Iterator[tuple[int, int, list[int]]]:
    """The pairs of :func:`cross_unit_pairs`, each with the uses of its event (its bucket)."""
    buckets: dict[tuple[str, str], list[int]] = {}
    for n, key in enumerate(keys):
        if key is None or key[0] not in SCALES:
            continue
        plain = clause_event(uses[n].figure, uses[n].sentence) or speed_event(uses[n].figure, uses[n].sentence)
        event = key[1] if key[1] is not None else plain if plain is not None else UNKNOWN
        buckets.setdefault((dimension(key[0]), event), []).append(n)   # (a length's and a weight's apart)
        if event != plain and plain is not None and event.startswith(FROM_PLACE):
            buckets.setdefault((dimension(key[0]), plain), []).append(n)   # ("500 metres from the plant": away)
    unknown = {n for (_, event), members in buckets.items() if event == UNKNOWN for n in members}
    kinds: dict[str, list[int]] = {}     # every length of a dimension, whatever its event
    for (kind, event), members in list(buckets.items()):     # (a length of no event meets every event's)
        kinds.setdefault(kind, []).extend(members)
        if event != UNKNOWN:
            present = set(members)
            members.extend(n for n in buckets.get((kind, UNKNOWN), ()) if n not in present)
    listed = list(uses)     # (share_context reads a list: made once, not once a pair)
    for (kind, event), members in buckets.items():
        if len(members) <= MOST:
            strays = unknown if event != UNKNOWN else set()
            for x, i in enumerate(members):
                yield from ((i, j, members) for j in members[x + 1:]
                            if _one_event_apart(listed, keys, (members, kinds[kind]), i, j, event, strays))


def _one_event_apart(uses: list[FigureUse], keys: Sequence[Key], members: tuple[list[int], list[int]],
                     i: int, j: int, event: str, strays: Container[int]) -> bool:
    """Whether lengths ``i`` and ``j`` of a bucket of ``event`` tell one length in two units whose values
    cannot both hold (module doc); ``members``: the bucket's, and every length of its dimension. A length
    of no event in another event's bucket (one of ``strays``) meets only one of another unit, as its
    article's only length of the dimension near the other's and the other's only one near it
    (:func:`_alone`: "a tank that stood 4.9 metres high" beside "a clearance of 4.1 metres" is no "13ft"),
    within ``MAX_RATIO``, their sentences sharing two words and their clauses one ("about 6 kilometres
    north of the fishing town" and "the ash plume reaching around 36,000 feet" share none)."""
    if uses[i].article == uses[j].article or keys[i] == keys[j]:
        return False
    stray = i in strays or j in strays
    ki, kj = keys[i], keys[j]
    if ki is None or kj is None or (stray and (ki[0] == kj[0] or not _clauses_share(uses[i], uses[j]) or not (
            _alone(uses, keys, members[1], i, j) and _alone(uses, keys, members[1], j, i)))):
        return False        # (one unit's lengths of no event are compared by their keys)
    if ki[1] is not None and kj[1] is not None and ki[1] != kj[1]:
        return False        # (two places: "from the depot at Wrenfield", "from the church at Ostry")
    a, b = _span(uses[i].figure, SCALES[ki[0]]), _span(uses[j].figure, SCALES[kj[0]])
    return a is not None and b is not None and _apart(a, b, MAX_RATIO if stray else CROSS_RATIO) and (
        (ki[1] is not None and ki[1] == kj[1])
        or share_context(uses, (i,), (j,), 1, least=2 if stray else _least(event)))


def _clauses_share(u: FigureUse, v: FigureUse) -> bool:
    """Whether the clauses (between the commas around each figure) of ``u`` and ``v`` share a content word."""
    return bool(content_words(_clause(u)) & content_words(_clause(v)))


def _clause(u: FigureUse) -> str:
    f = u.figure
    return comma_clause(u.sentence, f.start - f.sentence_start, f.end - f.sentence_start)


def _least(event: str) -> int:
    """Words two sentences must share to compare lengths of ``event`` read from their clauses:
    one for a path, whose noun is itself a word the sentences share ("along the bank"), or for a speed
    something moved at ("when it struck": :mod:`reader.analysis.speed_scale`), else two (for
    a dimension, its adjective and the thing measured: "the crack … long")."""
    return 1 if event.startswith(ALONG) or event == MOVING else 2


def dimension(thing: str) -> str:
    """The dimension of a key's unit ("measure:gallon": a volume)."""
    if thing in SQUARE_METRES:
        return "area"
    return "mass" if thing in KILOGRAMS else "volume" if thing in LITRES else "speed" if thing in MPH else "length"


def rounded_span(f: Figure, factor: float) -> tuple[float, float, float] | None:
    """:func:`_span` in a unit ``factor`` times the figure's own."""
    return _span(f, (factor, factor))


def _span(f: Figure, scale: tuple[float, float]) -> tuple[float, float, float] | None:
    """The values ``f`` allows, widened by its writer's rounding, in the dimension's first
    unit (``scale``: the unit's least and greatest size in it), with its value; None for a
    vague amount or a range."""
    if is_vague(f) or f.high is not None:
        return None
    value = float(f.value)
    low, high, _ = interval(f)
    half = min(digit_step(value) / 2, value * ROUNDING)
    return min(low, value - half) * scale[0], max(high, value + half) * scale[1], value * (scale[0] + scale[1]) / 2


def _apart(a: tuple[float, float, float], b: tuple[float, float, float], ratio: float = MAX_RATIO) -> bool:
    """Spans that do not meet, each widened by ``FACTOR_SLACK``, of values near enough (``ratio``) to be
    one length restated."""
    lo, hi = sorted((a[2], b[2]))
    if lo <= 0 or hi / lo > ratio:
        return False
    wide, narrow = 1 + FACTOR_SLACK, 1 - FACTOR_SLACK
    return a[1] * wide < b[0] * narrow or b[1] * wide < a[0] * narrow
