"""A count of people told by its event with no noun against one told by the story's one noun for
that event: "Three were hurt when a second blast brought down part of the roof" and "Two
firefighters were hurt by a secondary explosion"; "Three were later treated by paramedics" and
"Five lifeguards were treated by paramedics at the scene". A count of "people" is not read so: a
writer who names people means someone other than the story's firefighters as often as them ("Three
people were treated for smoke inhalation. A firefighter … suffered burns").

A count with no noun is keyed by its event as people (``("person", "hurt")``:
:mod:`reader.analysis.event_counts`), a key apart from the noun another source gives the same
people (``("firefighter", "hurt")``), so the two tellings never met. Here they are one quantity
when the story names one noun for that event: every count of the event told by a noun other than
"people", in any article, names the same noun (a story with "two firefighters were hurt" and
"three residents were hurt" leaves "Four were hurt" unread, since it may be either or both).

Guards, as for :mod:`reader.analysis.present_people`: the story's unnamed counts of the event can all
hold together (it counts the unnamed once: a story with "at least five people were injured" in the
crash and "three people were treated for smoke" leaves both unread); the unnamed count's article tells
no count of the noun for the event (it would say which it means); each article's counts of the class can all
hold together; the values lie within ``MAX_RATIO`` and cannot both hold; no article states both
(:class:`reader.analysis.figure_context.HeldValues`); increments, parts ("three of the
children"), vague counts, ends of a change, articles kept off the story and figures of another
time or rates are not read.

Hand-written: one rule over the keys already read.
"""

from __future__ import annotations

from collections.abc import Container, Iterator, Sequence

from reader.analysis.figure_context import HeldValues
from reader.analysis.figure_uses import FigureUse, Key
from reader.analysis.present_people import disagreeing_pairs, each_article_holds, member
from reader.analysis.quantities import compatible

PEOPLE = "person"


def unnamed_pairs(uses: Sequence[FigureUse], keys: Sequence[Key], raw: Sequence[Key], held: HeldValues,
                  off: Container[str] = frozenset(), others: Container[int] = frozenset()) -> Iterator[tuple[int, int]]:
    """Pairs (a count of people by its event with no noun, one by the story's one noun for the event)
    to link (module doc); none of an article in ``off``, nor of ``others`` (another time, or rates)."""
    read = [i for i, u in enumerate(uses) if u.article not in off and i not in others and keys[i] is not None
            and keys[i][1] is not None and member(u, keys[i], raw[i], None)]    # type: ignore[index]
    for event in sorted({str(keys[i][1]) for i in read}):       # type: ignore[index]
        told = [i for i in read if keys[i][1] == event]     # type: ignore[index]
        unnamed = [i for i in told if keys[i][0] == PEOPLE and uses[i].figure.unit is None]  # type: ignore[index]
        named = [i for i in told if keys[i][0] != PEOPLE]       # type: ignore[index]
        one_set = all(compatible(uses[a].figure, uses[b].figure) for a in unnamed for b in unnamed)
        if not unnamed or len({keys[i] for i in named}) != 1 or not each_article_holds(uses, unnamed + named) or (
                not one_set):
            continue        # (people the story counts two ways for the event: "three people were injured"
            #                 in the crash, "three people were treated for smoke" at the fire)
        by_noun = {uses[i].article for i in named}     # (an article naming the noun's count: the unnamed is another)
        yield from disagreeing_pairs(uses, [i for i in unnamed if uses[i].article not in by_noun], named, held)
