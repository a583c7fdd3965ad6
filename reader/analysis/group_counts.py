"""People counted as a group in one report and as people in another: "Fourteen students have been
hospitalized" against "In all, 11 children have been hospitalized", "Three guests were hurt" against
"two people were injured".

:func:`reader.analysis.quantities.quantity_key` keys a count by its noun and its event, and
children, patients and victims are people; a count of one group by its own noun ("students",
"guests", "employees") met no count of people, so two reports of one hospital count disagreed
unseen. :func:`one_group` reads a count of people taken to hospital or hurt as a count of the one
group the story counts for that event, when the story counts exactly one such group for it and no
article tells both the group and people for it (one that does tells two counts: "four workers and
seven residents were treated at hospitals"). Only nouns of a group of people are read (a closed
list: students, guests, workers …; not the responders, firefighters or police, counted apart from
those they help: "Two firefighters were hurt" and "Three people were treated for smoke inhalation");
deaths are left alone, as a group's dead are so often a part of
a toll told of everyone ("two firefighters died" in a fire that killed five).

Hand-written: a closed list of group nouns, over keys already read, by the rule
:func:`reader.analysis.leaving_counts.one_evacuated_noun` reads the evacuated by
(:func:`reader.analysis.one_kind.one_kind`).
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.analysis.one_kind import one_kind

Key = tuple[str, str | None] | None
_EVENTS = ("hospital", "hurt", "hurt-serious")
# groups of people a report may count by their own noun (the keys' nouns: "worker" is "employee")
_GROUPS = frozenset({"student", "employee", "guest", "passenger", "teacher", "player", "runner",
                     "inmate", "camper", "hiker", "diner", "customer", "shopper", "worshipper", "swimmer",
                     "concertgoer", "attendance", "tourist", "pupil", "athlete", "participant", "volunteer",
                     "climber", "skier", "resident", "visitor", "commuter", "motorist", "cyclist", "miner",
                     "villager", "protester", "pilgrim", "spectator", "surfer", "patron"})


def one_group(articles: Sequence[str], keys: Sequence[Key]) -> list[Key]:
    """``keys`` with each ``("person", event)`` of an event in ``_EVENTS`` read as the one group the
    story counts for that event (module doc)."""
    out = list(keys)
    for event in _EVENTS:
        nouns = {k[0] for k in out if k is not None and k[1] == event and k[0] != "person"}
        if nouns <= _GROUPS:
            out = one_kind(articles, out, ("person", event), {(noun, event) for noun in nouns})
    return out
