"""What the side panel lists for the pair in panes A and B (no Textual here).

:func:`quote_items`: every quotation in A or B (one per quote group of
:func:`reader.analysis.quote_match.match_quotes`, run over the whole library), with its speaker,
the outlets carrying it, where their wording differs, and its spans in each pane. :func:`entity_items`: the people,
organisations, places, dates and figures of A and B, an entity of A and one of B being
the same when their type matches and they share a name or alias, with counts and spans
on each side.
"""

from __future__ import annotations

from dataclasses import dataclass, field

TYPE_TITLES = {"person": "People", "organization": "Organisations", "place": "Places", "date": "Dates",
               "figure": "Figures"}


@dataclass
class QuoteItem:
    text: str
    speaker: str | None
    role: str | None
    outlets: list[str]                       # every outlet (or article id) carrying it
    article: object                          # the article the copy cites (A's when A has it)
    parts: list                              # the quotation's parts in that article, for cite()
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # "a"/"b" -> body spans
    # Where the wording differs: (outlet, relation, word diff against the group's canonical
    # quote, in the engine's (op, text) form) for each altered occurrence or fragment.
    wording: list[tuple[str, str, list]] = field(default_factory=list)


@dataclass
class EntityItem:
    type: str
    name: str
    counts: dict[str, int] = field(default_factory=dict)                   # "a"/"b" -> mentions
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    @property
    def mark(self) -> str:
        """"A B", "A  " or "  B": where the entity is mentioned, readable without colour."""
        return f"{'A' if self.counts.get('a') else ' '} {'B' if self.counts.get('b') else ' '}"


def _label(article) -> str:
    return getattr(article, "outlet", None) or article.id


def quote_items(groups, articles, a, b) -> list[QuoteItem]:
    """The quotations of A and B (either may be None), A's in reading order, then B's own."""
    by_id = {x.id: x for x in articles}
    sides = {s: x for s, x in (("a", a), ("b", b)) if x is not None}
    parts: dict[tuple[str, int], list] = {}
    for g in groups:
        for o in g.occurrences:
            if any(o.article == x.id for x in sides.values()):
                parts.setdefault((o.article, o.quote.group), []).append(o.quote)
    found = []
    for g in groups:
        spans = {s: [(o.quote.start, o.quote.end) for o in g.occurrences if o.article == x.id]
                 for s, x in sides.items()}
        side = next((s for s in "ab" if spans.get(s)), None)
        if side is None:
            continue
        article = sides[side]
        main = next(o for o in g.occurrences if o.article == article.id)
        quotation = sorted(parts[(article.id, main.quote.group)], key=lambda q: q.start)
        speaker = main.quote.speaker or g.speaker
        outlets = [_label(by_id[i]) if i in by_id else i for i in g.carried_by]
        wording = [(_label(by_id[o.article]) if o.article in by_id else o.article, o.relation, list(o.diff))
                   for o in g.occurrences if o.relation in ("altered", "fragment") and o.diff]
        item = QuoteItem(main.quote.text, speaker, main.quote.speaker_role if main.quote.speaker else None,
                         list(dict.fromkeys(outlets)), article, quotation,
                         {s: v for s, v in spans.items() if v}, wording)
        found.append(((0 if side == "a" else 1, spans[side][0][0]), item))
    return [item for _key, item in sorted(found, key=lambda pair: pair[0])]


def entity_items(entities_a, entities_b) -> list[EntityItem]:
    """A's and B's entities (lists, or None for an empty pane) merged, by type in
    :data:`TYPE_TITLES` order, then most mentioned first."""
    items: list[EntityItem] = []
    names: dict[tuple[str, str], EntityItem] = {}
    for side, entities in (("a", entities_a or []), ("b", entities_b or [])):
        for e in entities:
            keys = [(e.type, n.casefold()) for n in [e.name, *e.aliases]]
            item = next((names[k] for k in keys if k in names and side not in names[k].counts), None)
            if item is None:
                item = EntityItem(e.type, e.name)
                items.append(item)
            item.counts[side] = item.counts.get(side, 0) + e.count
            item.spans.setdefault(side, []).extend(e.mentions)
            for k in keys:
                names.setdefault(k, item)
    order = {t: n for n, t in enumerate(TYPE_TITLES)}
    items.sort(key=lambda i: (order.get(i.type, len(order)), -sum(i.counts.values()), i.name.casefold()))
    return items
