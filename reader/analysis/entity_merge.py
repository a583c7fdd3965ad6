"""Entities across several articles: one JSON record per entity.

``entities_json(articles)`` takes the entities of each analysed article
(:func:`reader.analysis.article.analyse`: :func:`reader.analysis.entities.extract_entities`,
cached) and merges the results (a surname alone joins the only full name that ends in it;
organisations join by :func:`reader.analysis.org_names.org_key` of any alias; figures by value);
:mod:`reader.reports.entity_listing` prints those records grouped by type. Used by
``reader entities`` and the story's "entities only some sources mention".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace

from reader.analysis.article import AnalysedArticle, ArticleLike, analyse
from reader.analysis.entities import TYPES, Entity
from reader.analysis.gazetteer import COMPANY_FORMS, SUFFIXES
from reader.analysis.org_names import org_key


def entities_json(articles: Iterable[ArticleLike | AnalysedArticle]) -> list[dict]:
    """Entities of several articles, one record per entity across them all: ``name``,
    ``type``, ``aliases``, ``mentions`` (count), ``spans`` ({article, start, end}),
    ``articles`` (ids, in order), ``counts`` (mentions per article), ``value``, ``roles``
    and, for figures, ``figures`` (each mention parsed, with its article)."""
    out = []
    for r in merged_entities(articles, figures=True):
        spans = [{"article": article_id, "start": s, "end": t} for article_id, mentions in r.pop("mention_lists")
                 for s, t in mentions]
        figures = r.pop("figures")
        out.append({"name": r["name"], "type": r["type"], "aliases": r["aliases"], "mentions": r["mentions"],
                    "spans": spans, "articles": r["articles"], "counts": r["counts"], "value": r["value"],
                    "roles": r["roles"]} | ({"figures": figures} if figures else {}))
    return out


def merged_entities(articles: Iterable[ArticleLike | AnalysedArticle], figures: bool = False) -> list[dict]:
    """The records of :func:`entities_json`, in its order, in a smaller form for the
    story: no ``spans`` but ``mention_lists``, the pairs (article id, that article's
    entity's own list of (start, end) mentions, not copied) in the order of the spans;
    ``figures`` only when asked (an empty list otherwise). A dict per mention of a 5 MB
    article took 45 MB for a moment, at the story's peak."""
    articles = list(articles)
    per_article = _agreed_types([(a.id, analyse(a).entities) for a in articles])
    merged = _Merge(per_article)
    records: dict = {}
    for article_id, ents in per_article:
        for e in ents:
            _add(records.setdefault(merged.key(e), _record(e)), article_id, e, figures)
    out = [_finish(r) for r in records.values()]
    order = {a.id: i for i, a in enumerate(articles)}
    out.sort(key=lambda r: (TYPES.index(r["type"]), -r["mentions"], order.get(r["articles"][0], 0)))
    return out


def iter_spans(record: dict) -> Iterator[tuple[str, int, int]]:
    """(article id, start, end) of each mention of a record of :func:`merged_entities`,
    in the order of :func:`entities_json`'s ``spans``."""
    for article_id, mentions in record["mention_lists"]:
        for s, t in mentions:
            yield article_id, s, t


class _Merge:
    """Which entities of different articles are one: a surname alone joins the only full
    name that ends in it; organisations join by any alias's key; figures by value."""

    def __init__(self, per_article: list[tuple[str, list[Entity]]]) -> None:
        self.surnames: dict[str, set[str]] = {}
        for _, ents in per_article:
            for e in ents:
                words = e.name.split()
                if e.type == "person" and len(words) > 1 and words[-1] not in SUFFIXES:
                    self.surnames.setdefault(words[-1], set()).add(e.name)
        self.parent: dict[tuple, tuple] = {}
        for _, ents in per_article:
            for e in ents:
                ks = self.keys(e)
                for k in ks[1:]:
                    self.parent[self.root(k)] = self.root(ks[0])
                self.root(ks[0])

    def root(self, k: tuple) -> tuple:
        parent = self.parent
        parent.setdefault(k, k)
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def keys(self, e: Entity) -> list[tuple]:
        if e.type == "person":
            full = self.surnames.get(e.name, ())
            return [("person", next(iter(full)) if len(full) == 1 else e.name)]
        if e.type == "organization":
            names = [e.name, *e.aliases]
            return [("organization", k) for k in dict.fromkeys([*map(org_key, names), *map(bare_key, names)])]
        if e.type == "place":
            return [("place", e.name)]
        return [(e.type, e.value if e.type == "figure" else e.name)]

    def key(self, e: Entity) -> tuple:
        """The key of the merged entity ``e`` belongs to."""
        return self.root(self.keys(e)[0])


_NAMED = ("person", "organization", "place")
# a company's form after its name: "Halvorsen Chemical Co." is "Halvorsen Chemical"
_COMPANY_FORM_RE = re.compile(r"(?:,?\s+(?:" + "|".join(sorted({re.escape(f.rstrip(".")) for f in COMPANY_FORMS}))
                              + r"|corporation|incorporated|limited|llc|company)\.?)+$", re.IGNORECASE)


def bare_key(name: str) -> str:
    """:func:`org_key` of ``name`` without a company form at its end."""
    return org_key(_COMPANY_FORM_RE.sub("", name)) or org_key(name)


def _agreed_types(per_article: list[tuple[str, list[Entity]]]) -> list[tuple[str, list[Entity]]]:
    """One name, one type across the story: a name that more articles type one way than
    any other takes that type in every article ("Lake Shore Rail said in a statement"
    reads as a person in one article, two others name it as the operator; "Halvorsen
    Chemical will pay" against "Halvorsen Chemical Co."). Names compared by
    :func:`bare_key`; a tie changes nothing."""
    keys = {e.name: bare_key(e.name) for _, ents in per_article for e in ents if e.type in _NAMED}
    votes: dict[str, Counter] = {}
    for _, ents in per_article:
        for e in ents:
            if e.type in _NAMED:
                votes.setdefault(keys[e.name], Counter())[e.type] += 1
    out = []
    for article_id, ents in per_article:
        kept = []
        for e in ents:
            ranked = votes[keys[e.name]].most_common() if e.type in _NAMED else []
            if len(ranked) > 1 and ranked[0][0] != e.type and ranked[0][1] > ranked[1][1]:
                e = replace(e, type=ranked[0][0])
            kept.append(e)
        out.append((article_id, kept))
    return out


def _record(e: Entity) -> dict:
    return {"names": [], "type": e.type, "aliases": [], "mention_lists": [], "mentions": 0, "articles": [],
            "counts": {}, "value": e.value, "roles": [], "figures": []}


def _add(r: dict, article_id: str, e: Entity, figures: bool) -> None:
    r["names"].append(e.name)
    r["aliases"] += [a for a in e.aliases if a not in r["aliases"]]
    r["roles"] += [x for x in e.roles if x not in r["roles"]]
    if e.mentions:
        r["mention_lists"].append((article_id, e.mentions))
        r["mentions"] += len(e.mentions)
    if figures:
        r["figures"] += [{"article": article_id} | d for d in e.details]
    if article_id not in r["articles"]:
        r["articles"].append(article_id)
    r["counts"][article_id] = r["counts"].get(article_id, 0) + e.count


def _finish(r: dict) -> dict:
    """The record: the name most used (for people, the fullest)."""
    names = r.pop("names")
    name = max(set(names), key=lambda n: (len(n.split()) if r["type"] == "person" else 0, names.count(n),
                                          -names.index(n)))
    return {"name": name, **r}
