"""A road's daily traffic told in vehicles by one report and in cars, motorists or drivers by
another: "The bridge carries about 35,000 vehicles a day" and "normally handles roughly
31,000 cars a day"; "some 94,000 vehicles crossed into the charging zone each weekday" and
"around 120,000 cars a day used to cross the boundary".

A key keeps nouns apart (:func:`reader.analysis.quantities.quantity_key`), and
:mod:`reader.analysis.vehicle_kinds` reads a story's one kind of vehicle as its vehicles only
for counts of the event, never for rates. A rate of traffic is another case: news tells a road's
count of all its traffic as "cars a day" or "motorists a day" as often as "vehicles a day", and
a report that tells trucks apart names them ("4,000 of them trucks": a truck is no car here).

Guards, as for the counts of :mod:`reader.analysis.present_people`: both figures are rates over
one span ("a day", "each weekday": :func:`reader.analysis.rates.rate_of`) told of one time; each
article's traffic rates can all hold together (an article telling two roads' traffic, "35,000
vehicles a day" on the bridge and "12,000 a day" on the detour, leaves the story unread); the
story's values fall in two sets at most; no article states both values
(:class:`reader.analysis.figure_context.HeldValues`); the values lie within ``MAX_RATIO`` and
cannot both hold. Changes, vague amounts, parts and articles kept off the story are not read.

Hand-written: one word for the whole and the few words news uses for all of a road's traffic,
with one rule over the rates already read.
"""

from __future__ import annotations

from collections.abc import Container, Iterator, Sequence

from reader.analysis.figure_context import HeldValues, unit_family
from reader.analysis.figure_uses import FigureUse
from reader.analysis.present_people import disagreeing_pairs, noun_of, one_count
from reader.analysis.quantities import is_vague
from reader.analysis.rates import AVERAGE
from reader.analysis.unkeyed_counts import is_total

WHOLE = "vehicle"
# the nouns news counts all of a road's traffic by
ALL_TRAFFIC = frozenset({"car", "motorist", "driver"})


def traffic_pairs(uses: Sequence[FigureUse], frames: Sequence[tuple[str | None, ...]], held: HeldValues,
                  off: Container[str] = frozenset()) -> Iterator[tuple[int, int]]:
    """Pairs (a rate of vehicles, a rate of cars, motorists or drivers) to link as one road's
    traffic (module doc); ``frames``: each figure's time and span; none of an article in ``off``."""
    members = [i for i, u in enumerate(uses) if u.article not in off and _rate(frames[i])
               and noun_of(u) in ALL_TRAFFIC | {WHOLE} and _plain(u)]
    if not _one_traffic(uses, members):
        return
    wholes = [i for i in members if noun_of(uses[i]) == WHOLE]
    parts = [j for j in members if noun_of(uses[j]) != WHOLE]
    yield from disagreeing_pairs(uses, wholes, parts, held, lambda i, j: frames[i] == frames[j])


def _rate(frame: tuple[str | None, ...]) -> bool:
    """Whether a figure's frame is a rate over a named span ("a day", "a year"), not an average."""
    return len(frame) > 1 and frame[1] is not None and frame[1] != AVERAGE


def _plain(u: FigureUse) -> bool:
    """Whether ``u`` is a plain total count: no change, no vague amount, no part."""
    return not u.change and not is_vague(u.figure) and unit_family(u.figure) == "count" and is_total(u)


def _one_traffic(uses: Sequence[FigureUse], members: list[int]) -> bool:
    """Whether ``members`` tell one road's traffic: vehicles and another noun both told, each
    article's values able to hold together, and the story's in two sets at most
    (:func:`reader.analysis.present_people.one_count`)."""
    nouns = {noun_of(uses[i]) for i in members}
    return WHOLE in nouns and bool(nouns & ALL_TRAFFIC) and one_count(uses, None, members)
