"""What the side panel lists for the pair in panes A and B (no Textual here).

:func:`quote_items`: every quotation in A or B (one per quote group of
:func:`reader.analysis.quote_match.match_quotes`, run over the whole library), with its
speaker, the outlets carrying it, where their wording differs, and its spans in each
pane. :func:`entity_items`: the people, organisations, places, dates and figures of A
and B, an entity of A and one of B being the same when their type matches and they
share a name or alias, with counts and spans on each side.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reader.library.model import Article

if TYPE_CHECKING:  # the analysis is imported by the workers that run it, not at start-up
    from reader.analysis.entities import Entity
    from reader.analysis.quote_match import Occurrence, QuoteGroup
    from reader.analysis.quotes import Quote

TYPE_TITLES = {"person": "People", "organization": "Organisations", "place": "Places", "date": "Dates",
               "figure": "Figures"}

Span = tuple[int, int]          # body offsets
WordDiff = list[tuple[int, str]]  # the engine's (op, text) word diff


@dataclass
class QuoteItem:
    text: str
    speaker: str | None
    role: str | None
    outlets: list[str]                       # every outlet (or article id) carrying it
    article: Article                         # the article the copy cites (A's when A has it)
    parts: list[Quote]                       # the quotation's parts in that article, for cite()
    spans: dict[str, list[Span]] = field(default_factory=dict)  # "a"/"b" -> body spans
    # Where the wording differs: (outlet, relation, word diff against the group's canonical
    # quote) for each altered occurrence or fragment.
    wording: list[tuple[str, str, WordDiff]] = field(default_factory=list)


@dataclass
class EntityItem:
    type: str
    name: str
    counts: dict[str, int] = field(default_factory=dict)       # "a"/"b" -> mentions
    spans: dict[str, list[Span]] = field(default_factory=dict)

    @property
    def mark(self) -> str:
        """"A B", "A  " or "  B": where the entity is mentioned, readable without colour."""
        return f"{'A' if self.counts.get('a') else ' '} {'B' if self.counts.get('b') else ' '}"


def quote_items(groups: Sequence[QuoteGroup], articles: Sequence[Article], a: Article | None,
                b: Article | None) -> list[QuoteItem]:
    """The quotations of A and B (either may be None), A's in reading order, then B's own."""
    labels = _Labels(articles)
    sides = {s: x for s, x in (("a", a), ("b", b)) if x is not None}
    parts = _quotation_parts(groups, {x.id for x in sides.values()})
    found: list[tuple[tuple[int, int], QuoteItem]] = []
    for group in groups:
        spans = _spans_by_side(group, sides)
        side = next((s for s in "ab" if s in spans), None)
        if side is None:
            continue
        item = _quote_item(group, sides[side], parts, spans, labels)
        found.append(((0 if side == "a" else 1, spans[side][0][0]), item))
    return [item for _key, item in sorted(found, key=lambda pair: pair[0])]


def _spans_by_side(group: QuoteGroup, sides: dict[str, Article]) -> dict[str, list[Span]]:
    """Where each pane shows the group's quotation; no entry for a pane that does not."""
    spans = {s: [(o.quote.start, o.quote.end) for o in group.occurrences if o.article == x.id]
             for s, x in sides.items()}
    return {s: v for s, v in spans.items() if v}


class _Labels:
    """An article id as the side panel names it: its outlet, else the id."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self._by_id = {x.id: x for x in articles}

    def __call__(self, article_id: str) -> str:
        article = self._by_id.get(article_id)
        return (article.outlet or article.id) if article is not None else article_id


def _quotation_parts(groups: Sequence[QuoteGroup], ids: set[str]) -> dict[tuple[str, int], list[Quote]]:
    """The parts of each quotation (article id, quote group) in the articles ``ids``:
    a quotation split by its attribution is one item, cited whole."""
    parts: dict[tuple[str, int], list[Quote]] = {}
    for group in groups:
        for o in group.occurrences:
            if o.article in ids:
                parts.setdefault((o.article, o.quote.group), []).append(o.quote)
    return parts


def _quote_item(group: QuoteGroup, article: Article, parts: dict[tuple[str, int], list[Quote]],
                spans: dict[str, list[Span]], labels: _Labels) -> QuoteItem:
    """The item of ``group`` as ``article`` (the first pane carrying it) quotes it."""
    main = next(o for o in group.occurrences if o.article == article.id)
    quote = main.quote
    quotation = sorted(parts[(article.id, quote.group)], key=lambda q: q.start)
    outlets = [labels(i) for i in group.carried_by]
    return QuoteItem(quote.text, quote.speaker or group.speaker, quote.speaker_role if quote.speaker else None,
                     list(dict.fromkeys(outlets)), article, quotation, spans, _wording(group, labels))


def _wording(group: QuoteGroup, labels: _Labels) -> list[tuple[str, str, WordDiff]]:
    """Each occurrence worded differently from the canonical quote: altered, or a fragment."""
    different: list[Occurrence] = [o for o in group.occurrences if o.relation in ("altered", "fragment") and o.diff]
    return [(labels(o.article), o.relation, list(o.diff)) for o in different]


def entity_items(entities_a: Sequence[Entity] | None, entities_b: Sequence[Entity] | None) -> list[EntityItem]:
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
