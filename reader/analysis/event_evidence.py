"""What an article counts, read loosely, as evidence that it tells the story's event.

:mod:`reader.analysis.same_event` keeps an article the names take off the story (a local
paper telling the event through its own villages and people) when it counts the story's
quantities, each counted by at least two other articles. Exact keys ask too much of an
article that tells the event in words of its own: its "More than 2,000 people have left
their homes" is keyed as the evacuated where the district's "1,300 people have been
displaced" is keyed as the displaced; its "Three bridges are gone" names no event where
the district's "two suspension bridges were destroyed" does. The values are the question
of the conflicts, not of the evidence; what tells the event is that the same things are
counted.

So, for evidence only (never to compare two figures), a key is read in its event's family
(the displaced and the evacuated: people out of their homes; the seriously hurt, the
hospitalised and the hurt), and a key of a noun with no event ("bridge") counts as an
event's quantity when another article counts the same noun with an event. A noun of
people in general ("person", "man") is never read so: every story counts people.

Hand-written: a small map of event families and a rule over the keys already read.
"""

from __future__ import annotations

from reader.analysis.unkeyed_counts import GENERIC

Told = tuple[str, str | None]

# events of one family: people out of their homes; the hurt, however badly or wherever treated
_FAMILY = {"displaced": "evacuated", "hurt-serious": "hurt", "hospital": "hurt"}


def loose(key: Told) -> Told:
    """``key`` with its event read in its family (module doc)."""
    return key[0], None if key[1] is None else _FAMILY.get(key[1], key[1])


def loose_set(keys: set[Told]) -> set[Told]:
    """The loose reading of every key of ``keys``."""
    return {loose(k) for k in keys}


def evented_nouns(told: dict[str, set[Told]], articles: list[str]) -> set[str]:
    """The nouns (not people in general) ``articles`` count with an event."""
    return {k[0] for a in articles for k in told.get(a, ()) if k[1] is not None and k[0] not in GENERIC}


def as_event(kinds: set[Told], events: set[Told], nouns: set[str]) -> set[Told]:
    """``events`` with each bare key of ``kinds`` whose noun is in ``nouns`` (counted with an
    event by another article), read loosely."""
    return loose_set(events) | {k for k in kinds if k[1] is None and k[0] in nouns}
