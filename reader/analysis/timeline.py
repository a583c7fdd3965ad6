"""The story as a timeline: its articles in published order, which article first carried
each shared passage, and where each quotation first appeared.

**Order.** Articles whose published date is known come first, by that date; the others
follow in the order they were fetched: the time their file was written (for an imported
article, when ``reader import`` fetched it), or, when even that is unknown (the bundled
story, whose file times only say when reader was installed), the order they were given.
Each entry says which (``basis``: ``published``, ``fetched`` or ``listed``), so an undated
article is never passed off as published at that time.

**Shared passages.** The passages the story's comparisons found are pairwise; spans of
one article that overlap over at least half of the longer one are one stretch of text
(a lede one copy shares with a third article stays apart from the whole story it
copied), so passages chained through them
(A~B in one comparison, B~C in another, over the same words of B) are one shared passage
carried by A, B and C. Its first carrier is its earliest article in the order above;
``certain`` is true only when that article's date is known and earlier than every other
carrier's (two articles of one day, or one without a date, leave it open). The family
(:mod:`reader.analysis.provenance`) the carriers belong to is named, with its source.

**Quotes.** Each quotation group of :mod:`reader.analysis.quote_match` gets its first
appearance the same way.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from reader.text.instants import instant

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator

    from reader.analysis.story import Story

PUBLISHED, FETCHED, LISTED = "published", "fetched", "listed"
EXCERPT_WORDS = 24


@dataclass(frozen=True)
class Entry:
    """One article's place in the timeline."""

    article: int      # index into story.articles
    basis: str        # PUBLISHED, FETCHED or LISTED
    when: str | None  # the date or time the order rests on (None when LISTED)


@dataclass
class SharedPassage:
    carriers: list[int]                             # article indexes, in timeline order
    spans: dict[int, tuple[int, int]]               # article -> (start, end) of its text
    first: int
    certain: bool
    family: int | None = None
    kinds: set[str] = field(default_factory=set)


@dataclass
class QuoteFirst:
    group: int
    carriers: list[int]
    first: int
    certain: bool


@dataclass
class Timeline:
    order: list[Entry]
    passages: list[SharedPassage]
    quotes: list[QuoteFirst]

    def position(self) -> dict[int, int]:
        return {e.article: k for k, e in enumerate(self.order)}


def build_timeline(story: Story) -> Timeline:
    order = article_order(story.articles)
    rank = {e.article: k for k, e in enumerate(order)}
    entries = {e.article: e for e in order}
    passages = _shared_passages(story, rank, entries)
    quotes = _quote_firsts(story, rank, entries)
    return Timeline(order, passages, quotes)


def article_order(articles: list) -> list[Entry]:
    """Published order first, then fetched order, then the order given."""
    bundled = _bundled_dir()
    entries = [_entry(i, a, bundled) for i, a in enumerate(articles)]
    basis_rank = {PUBLISHED: 0, FETCHED: 1, LISTED: 2}
    return sorted(entries, key=lambda e: (basis_rank[e.basis], instant(e.when) or "", e.article))


def _entry(i: int, article: object, bundled: Path | None) -> Entry:
    published = getattr(article, "published", None)
    if isinstance(published, str) and published:
        return Entry(i, PUBLISHED, published)
    path = getattr(article, "path", None)
    if path is not None and not (bundled is not None and _inside(Path(path), bundled)):
        try:
            mtime = os.stat(path).st_mtime
        except (OSError, TypeError, ValueError):
            mtime = None
        if mtime is not None:
            return Entry(i, FETCHED, time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(mtime)))
    return Entry(i, LISTED, None)


def _bundled_dir() -> Path | None:
    """The bundled story's folder: its files' times say when reader was installed."""
    try:
        from reader.library.resources import bundled_articles_dir

        return bundled_articles_dir().resolve()
    except (OSError, LookupError, ValueError):
        return None


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder)
    except (OSError, ValueError):
        return False


def _first(carriers: list[int], rank: dict[int, int], entries: dict[int, Entry]) -> tuple[list[int], int, bool]:
    """Carriers in timeline order, the first, and whether its date settles it."""
    ordered = sorted(set(carriers), key=rank.__getitem__)
    first = entries[ordered[0]]
    later = [entries[k] for k in ordered[1:]]
    certain = (first.basis == PUBLISHED and bool(later)
               and all(e.basis == PUBLISHED and (e.when or "") > (first.when or "") for e in later))
    return ordered, ordered[0], certain


def _shared_passages(story: Story, rank: dict[int, int], entries: dict[int, Entry]) -> list[SharedPassage]:
    """The story's passages joined into one per stretch of text, across comparisons."""
    nodes: list[tuple[int, int, int]] = []            # (article, start, end)
    edges: list[tuple[int, int, str]] = []
    for (i, j), comp in sorted(story.comparisons.items()):
        for p in comp.passages:
            nodes += [(i, p.a_start, p.a_end), (j, p.b_start, p.b_end)]
            edges.append((len(nodes) - 2, len(nodes) - 1, p.kind))
    root = _stretches(nodes, [(a, b) for a, b, _ in edges])
    groups: dict[int, SharedPassage] = {}
    for n, (art, start, end) in enumerate(nodes):
        g = groups.setdefault(root[n], SharedPassage([], {}, -1, False))
        s, e = g.spans.get(art, (start, end))
        g.spans[art] = (min(s, start), max(e, end))
    for a, _, kind in edges:
        groups[root[a]].kinds.add(kind)
    out = []
    family_of = {m: f.id for f in story.families for m in f.members}
    for g in groups.values():
        g.carriers, g.first, g.certain = _first(list(g.spans), rank, entries)
        fams = {family_of.get(story.articles[k].id) for k in g.carriers}
        g.family = fams.pop() if len(fams) == 1 else None
        out.append(g)
    out.sort(key=lambda g: (rank[g.first], g.spans[g.first][0]))
    return out


def _stretches(nodes: list[tuple[int, int, int]], edges: list[tuple[int, int]]) -> list[int]:
    """For each node (article, start, end), a node standing for its stretch of text: the
    same for two nodes joined by an edge (a passage's two sides) or spans of one article
    that are :func:`_same_stretch`, directly or through others."""
    parent = list(range(len(nodes)))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        parent[root(a)] = root(b)
    by_article: dict[int, list[int]] = {}
    for n, (art, _, _) in enumerate(nodes):
        by_article.setdefault(art, []).append(n)
    for members in by_article.values():  # spans of one article over mostly the same words: one stretch
        members.sort(key=lambda n: nodes[n][1])
        # Equal spans are one stretch: joined first, then only one of each is compared
        # with the others (the representative of a 1,000-copy family has 1,028 spans, 57
        # of them distinct: the pairs of them took 1 M steps).
        distinct: dict[tuple[int, int], int] = {}
        for n in members:
            _, start, end = nodes[n]
            same = distinct.setdefault((start, end), n)
            if same != n and end > start:
                parent[root(n)] = root(same)
        members = list(distinct.values())
        for k, n in enumerate(members):
            for m in members[k + 1 :]:
                if nodes[m][1] >= nodes[n][2]:
                    break
                rm, rn = root(m), root(n)
                if rm != rn and _same_stretch(nodes[n], nodes[m]):
                    parent[rm] = rn
    return [root(n) for n in range(len(nodes))]


def _same_stretch(x: tuple[int, int, int], y: tuple[int, int, int]) -> bool:
    """Two spans of one article overlap over at least half of the longer one (a lede
    shared with a third article is not the whole copied story it opens)."""
    overlap = min(x[2], y[2]) - max(x[1], y[1])
    return overlap > 0 and 2 * overlap >= max(x[2] - x[1], y[2] - y[1])


def _quote_firsts(story: Story, rank: dict[int, int], entries: dict[int, Entry]) -> list[QuoteFirst]:
    out = []
    for g in story.quote_groups:
        carriers = [story.index(a) for a in g.carried_by]
        ordered, first, certain = _first(carriers, rank, entries)
        out.append(QuoteFirst(g.id, ordered, first, certain))
    return out


def excerpt(text: str, words: int = EXCERPT_WORDS) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def timeline_json(story: Story, timeline: Timeline, lazy: bool = False) -> dict:
    """``timeline`` of ``reader story --json`` (fields in the README); ``lazy``: its
    ``passages`` and ``quotes`` as generators, each item made when it is read."""
    passages = _passages_json(story, timeline)
    quotes = _quotes_json(story, timeline)
    return {
        "order": [{"article": story.articles[e.article].id, "basis": e.basis, "when": e.when}
                  for e in timeline.order],
        "passages": passages if lazy else list(passages),
        "quotes": quotes if lazy else list(quotes),
    }


def _passages_json(story: Story, timeline: Timeline) -> Iterator[dict]:
    arts = story.articles
    families = {f.id: f for f in story.families}
    for n, p in enumerate(timeline.passages, 1):
        s, e = p.spans[p.first]
        fam = families.get(p.family) if p.family is not None else None
        yield {
            "passage": n, "first": arts[p.first].id, "certain": p.certain,
            "carried_by": [arts[k].id for k in p.carriers], "kinds": sorted(p.kinds),
            "spans": [{"article": arts[k].id, "start": p.spans[k][0], "end": p.spans[k][1]} for k in p.carriers],
            "excerpt": excerpt(arts[p.first].body[s:e]),
            "family": p.family, "family_source": fam.source_name if fam else None,
        }


def _quotes_json(story: Story, timeline: Timeline) -> Iterator[dict]:
    arts = story.articles
    groups = {g.id: g for g in story.quote_groups}
    for q in timeline.quotes:
        g = groups[q.group]
        yield {"quote_group": q.group, "text": g.canonical.quote.text, "speaker": g.speaker,
               "first": arts[q.first].id, "certain": q.certain,
               "carried_by": [arts[k].id for k in q.carriers]}
