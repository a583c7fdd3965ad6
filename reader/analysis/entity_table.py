"""The entity records one article's extraction gives (:class:`Entity`, of one of :data:`TYPES`)
and the table that merges mentions into them by key (:class:`EntityTable`): a name's every
surface form and mention span, each kept once, mentions in text order.

Used by :func:`reader.analysis.entities.extract_entities` (which callers import
:class:`Entity` and :data:`TYPES` from) and by the merging step
(:mod:`reader.analysis.entity_resolve`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

TYPES = ("person", "organization", "place", "date", "figure")


@dataclass
class Entity:
    """One person, organisation, place, date or figure of an article, merged across its names."""

    name: str                       # canonical name
    type: str                       # person, organization, place, date or figure
    aliases: list[str]              # every surface form (titles and possessives left out)
    mentions: list[tuple[int, int]] # (start, end) offsets into the body, in order
    value: str | None = None        # dates: ISO-8601 style value; figures: comparison key
    roles: list[str] = field(default_factory=list)   # titles and roles the article gives a person
    details: list[dict] = field(default_factory=list)  # figures: Figure.to_json() of each mention

    @property
    def count(self) -> int:
        return len(self.mentions)

    def to_json(self, article_id: str | None = None) -> dict:
        out = {"name": self.name, "type": self.type, "aliases": list(self.aliases), "mentions": self.count,
               "spans": [{"article": article_id, "start": s, "end": e} for s, e in self.mentions],
               "value": self.value, "roles": list(self.roles)}
        if self.details:
            out["figures"] = self.details
        return out


class EntityTable:
    """The entities of one article by key (``("person", name)``, ``("figure", value, unit)`` …):
    :meth:`add` a mention, :meth:`finish` for the records."""

    def __init__(self) -> None:
        self.by_key: dict = {}
        self.seen: dict[tuple, tuple[set[str], set[tuple[int, int]]]] = {}   # per key: aliases, spans

    def add(self, type_: str, name: str, alias: str, span: tuple[int, int], key: tuple,
            value: str | None = None) -> Entity:
        e = self.by_key.get(key)
        if e is None:
            e = self.by_key[key] = Entity(name, type_, [], [], value)
            self.seen[key] = (set(), set())
        aliases, spans = self.seen[key]     # sets: an entity named 10,000 times costs no more per mention
        if alias not in aliases:
            aliases.add(alias)
            e.aliases.append(alias)
        if span not in spans:
            spans.add(span)
            e.mentions.append(span)
        return e

    def finish(self) -> list[Entity]:
        out = list(self.by_key.values())
        for e in out:
            order = sorted(range(len(e.mentions)), key=lambda i: e.mentions[i])
            e.mentions = [e.mentions[i] for i in order]
            if e.details:
                e.details = [e.details[i] for i in order]
        return sorted(out, key=lambda e: (TYPES.index(e.type), e.mentions[0]))

