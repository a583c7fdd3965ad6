"""Vehicles counted by their kind in one report and as vehicles in another: "Four vehicles
were trapped under the span" and "five cars were on the span when it fell"; "seven parked
vehicles were damaged" and "at least ten cars were hit".

A key keeps nouns apart (:func:`reader.analysis.quantities.quantity_key`), and rightly for
most: "vehicles" names every kind, "cars" one of them. But a story that counts the vehicles
of its event and names only ONE kind of vehicle anywhere tells one set both ways: the
outlet that says "cars" means the vehicles the other counts. When a story counts two kinds
("three cars and two vans", or cars in one report and lorries in another) the kinds are
parts of the vehicles and nothing is read.

Precision guards, as for :mod:`reader.analysis.present_people`: the two figures' events are
the same, or one tells none; no article states two values of the class that cannot both
hold; the story's values fall in two sets at most; increments, parts, vague counts, ends of
a change, articles kept off the story, figures of another time and rates ("the
bridge carries 38,000 vehicles a day") are not read; the values lie within ``MAX_RATIO``;
no article states both (:class:`reader.analysis.figure_context.HeldValues`).

Hand-written: one word for the whole and a short list of its kinds (English has few words
for kinds of road vehicle), with one rule over the keys already read.
"""

from __future__ import annotations

from collections.abc import Container, Iterator, Sequence

from reader.analysis.figure_context import HeldValues
from reader.analysis.figure_uses import FigureUse, Key
from reader.analysis.present_people import disagreeing_pairs, member, noun_of, one_count
from reader.analysis.same_things import SAME_THING

WHOLE = "vehicle"
KINDS = frozenset({"car", "truck", "lorry", "van", "bus", "suv", "pickup", "minivan", "sedan", "taxi", "motorcycle",
                   "motorbike", "jeep", "tractor-trailer", "semi", "hatchback", "minibus"})


def vehicle_pairs(uses: Sequence[FigureUse], keys: Sequence[Key], raw: Sequence[Key], held: HeldValues,
                  off: Container[str] = frozenset(), others: Container[int] = frozenset()) -> Iterator[tuple[int, int]]:
    """Pairs (a count of vehicles, a count of the story's one kind of vehicle) to link (module
    doc); none of an article in ``off``, nor of ``others`` (figures of another time, or rates)."""
    members = [i for i, u in enumerate(uses) if u.article not in off and i not in others
               and noun_of(u) in KINDS | {WHOLE} and (keys[i] is None or keys[i] == (_kind(u), _event(keys[i])))
               and member(u, keys[i], raw[i], None)]
    kinds = {_kind(uses[i]) for i in members} - {WHOLE}
    if len(kinds) != 1 or not any(_kind(uses[i]) == WHOLE for i in members) or not one_count(uses, keys, members):
        return
    wholes = [i for i in members if _kind(uses[i]) == WHOLE]
    parts = [j for j in members if _kind(uses[j]) != WHOLE]
    yield from disagreeing_pairs(uses, wholes, parts, held,
                                 lambda i, j: len({_event(keys[i]), _event(keys[j])} - {None}) <= 1)


def _kind(u: FigureUse) -> str | None:
    """The kind of vehicle ``u`` counts, by its key's noun ("lorries" are trucks: same_things)."""
    noun = noun_of(u)
    return SAME_THING.get(noun, noun) if noun is not None else None


def _event(key: Key) -> str | None:
    return None if key is None else key[1]
