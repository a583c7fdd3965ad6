"""The people present at the event's place, named by different nouns: "There were 96
travellers on board" and "Some 130 commuters were packed into the carriages"; "All 410
patrons were cleared from the hall" and "Nearly 500 concertgoers filed out of the arena".

Each outlet names the people a vehicle carried, or a venue held, by a noun of its own
(passengers, commuters, riders; guests, patrons, visitors, any "-goer"), and a key keeps
nouns apart (:func:`reader.analysis.quantities.quantity_key`), so the story's one count of
them, told two ways, was never compared. These nouns share one notion: people who were at
the place as its users, not its staff, crew or workers (a different set: "410 patrons and 22
staff"). The story's count of them is one quantity whatever the noun, when it is told with
no event of its own, as being aboard, stranded or evacuated. A count of "people" evacuated
joins them when a count by such a noun in another article is told leaving the place ("filed
out of", "fled", "were cleared from"): everyone present left.

Precision guards: no article of the story states two values of the class that cannot both
hold, and the story's values (but the evacuated's, whose key compares them) fall in two sets
at most, each of values that can all hold (else the nouns count several things in this
story: "96 passengers", "130 commuters" and "60 passengers had left the train at the stop
before"); a count told as an increment or a part ("12 more guests", "three of
the passengers"), vague ("hundreds of shoppers") or one end of a change is not read; the
articles a story keeps off its event (``off``) and figures of another time or rates ("carries
40,000 passengers a day") are not read; values lie within ``MAX_RATIO``;
no article states both values (:class:`reader.analysis.figure_context.HeldValues`).

Hand-written: a small noun class (a notion, with the "-goer" compounds) and one rule over
the keys already read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterator, Sequence

from reader.analysis.aboard_counts import ABOARD
from reader.analysis.figure_context import HeldValues, unit_family
from reader.analysis.figure_units import one_spelling
from reader.analysis.figure_uses import FigureUse, Key
from reader.analysis.measure_events import EVACUATED
from reader.analysis.quantities import MAX_RATIO, compatible, is_vague, near
from reader.analysis.unkeyed_counts import is_total

# people at a place as its users: carried by a vehicle, or attending, visiting or using a venue
PRESENT = frozenset({"passenger", "commuter", "rider", "traveller", "traveler", "occupant", "guest", "patron",
                     "visitor", "spectator", "shopper", "attendee", "diner", "worshipper", "worshiper",
                     "holidaymaker", "tourist", "audience member"})
_EVENTS = frozenset({None, ABOARD, EVACUATED, "stranded"})
_PEOPLE = frozenset({"person", "people"})
# a sentence telling people leaving a place
_LEAVING = re.compile(r"\bout\s+of\b|\bevacuat\w*|\bfle[de]\b|\bflee(?:ing)?\b|\bescap\w*|\bcleared\s+(?:from|out)\b",
                      re.IGNORECASE)


def noun_of(u: FigureUse) -> str | None:
    f = u.figure
    return one_spelling(f.unit) if f.unit else None


def _event(key: Key) -> str | None:
    return None if key is None else key[1]


def _present(noun: str | None) -> bool:
    return noun is not None and (noun in PRESENT or (noun.endswith("goer") and len(noun) > 6))


def member(u: FigureUse, key: Key, raw: Key, events: Container[str | None] | None = _EVENTS) -> bool:
    """Whether a figure is a plain total count (its key not dropped as one of several) of
    one of ``events`` (any event: None)."""
    return (key == raw and not u.change and not is_vague(u.figure) and unit_family(u.figure) == "count"
            and is_total(u) and (key is None or events is None or key[1] in events))


def present_pairs(uses: Sequence[FigureUse], keys: Sequence[Key], raw: Sequence[Key], held: HeldValues,
                  off: Container[str] = frozenset(), others: Container[int] = frozenset()) -> Iterator[tuple[int, int]]:
    """Pairs of counts of the people present, by different nouns, to link (module doc);
    none of an article in ``off``, nor of ``others`` (figures of another time, or rates)."""
    present = [i for i, u in enumerate(uses)
               if u.article not in off and i not in others and _present(noun_of(u)) and member(u, keys[i], raw[i])]
    leaving = {uses[i].article for i in present if _event(keys[i]) == EVACUATED or _LEAVING.search(uses[i].sentence)}
    evacuated = [i for i, u in enumerate(uses) if u.article not in off and i not in others
                 and keys[i] == ("person", EVACUATED) and noun_of(u) in _PEOPLE and member(u, keys[i], raw[i])
                 and leaving - {u.article}]
    members = present + evacuated
    if len({noun_of(uses[i]) for i in members}) < 2 or not one_count(uses, keys, members):
        return
    for n, i in enumerate(members):
        for j in members[n + 1:]:
            f, g = uses[i].figure, uses[j].figure
            if uses[i].article != uses[j].article and near(f, g, MAX_RATIO) and not compatible(f, g) and not (
                    held.both(uses, i, j) or held.both(uses, j, i)):
                yield i, j


def one_count(uses: Sequence[FigureUse], keys: Sequence[Key] | None, members: list[int]) -> bool:
    """Whether the story tells one count of the class: every article states one (all its
    values can hold together), and the story's values, but for counts of the evacuated
    (their key compares them: "380" and "about 400" people evacuated are the event's count
    told two ways; ``keys`` None: no count is of the evacuated), fall in two sets at most, each of
    values that can all hold ("96 passengers" and "130 commuters" on board, and "60 passengers" who
    left at a stop before, are three counts)."""
    sets: list[list[int]] = []
    for i in members:
        if keys is not None and _event(keys[i]) == EVACUATED:
            continue
        home = next((s for s in sets if all(compatible(uses[i].figure, uses[k].figure) for k in s)), None)
        if home is None:
            sets.append([i])
        else:
            home.append(i)
    return len(sets) <= 2 and each_article_holds(uses, members)


def each_article_holds(uses: Sequence[FigureUse], members: Sequence[int]) -> bool:
    """Whether each article's values among ``members`` can all hold together."""
    return all(compatible(uses[a].figure, uses[b].figure) for a in members for b in members
               if a < b and uses[a].article == uses[b].article)


def disagreeing_pairs(uses: Sequence[FigureUse], firsts: Sequence[int], seconds: Sequence[int], held: HeldValues,
                      fits: Callable[[int, int], bool] = lambda i, j: True) -> Iterator[tuple[int, int]]:
    """Each pair (one of ``firsts``, one of ``seconds``) of two articles that ``fits`` and whose values lie
    within ``MAX_RATIO``, cannot both hold and are not both stated by one article (``held``): one
    set's count told two ways, by the rules of :mod:`reader.analysis.vehicle_kinds`,
    :mod:`reader.analysis.traffic_rates` and :mod:`reader.analysis.unnamed_counts`."""
    for i in firsts:
        for j in seconds:
            f, g = uses[i].figure, uses[j].figure
            if uses[i].article != uses[j].article and fits(i, j) and near(f, g, MAX_RATIO) and not compatible(
                    f, g) and not (held.both(uses, i, j) or held.both(uses, j, i)):
                yield i, j
