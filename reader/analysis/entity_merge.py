"""Entities across several articles: one JSON record per entity.

``entities_json(articles)`` runs :func:`reader.analysis.entities.extract_entities` on each article
and merges the results (a surname alone joins the only full name that ends in it;
organisations join by :func:`reader.analysis.org_names.org_key` of any alias; figures by value);
:mod:`reader.reports.entity_listing` prints those records grouped by type. Used by
``reader entities`` and the story's "entities only some sources mention".
"""

from __future__ import annotations

from reader.analysis.entities import TYPES, Entity, extract_entities
from reader.analysis.gazetteer import SUFFIXES
from reader.analysis.org_names import org_key


def entities_json(articles) -> list[dict]:
    """Entities of several articles, one record per entity across them all: ``name``,
    ``type``, ``aliases``, ``mentions`` (count), ``spans`` ({article, start, end}),
    ``articles`` (ids, in order), ``counts`` (mentions per article), ``value``, ``roles``
    and, for figures, ``figures`` (each mention parsed, with its article)."""
    per_article = [(a.id, extract_entities(a)) for a in articles]
    surnames: dict[str, set[str]] = {}
    for _, ents in per_article:
        for e in ents:
            if e.type == "person" and len(e.name.split()) > 1 and e.name.split()[-1] not in SUFFIXES:
                surnames.setdefault(e.name.split()[-1], set()).add(e.name)
    parent: dict = {}

    def root(k):
        parent.setdefault(k, k)
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def keys(e: Entity) -> list:
        if e.type == "person":
            full = surnames.get(e.name, ())
            return [("person", next(iter(full)) if len(full) == 1 else e.name)]
        if e.type == "organization":
            return [("organization", org_key(a)) for a in [e.name, *e.aliases]]
        if e.type == "place":
            return [("place", e.name)]
        return [(e.type, e.value if e.type == "figure" else e.name)]

    for _, ents in per_article:
        for e in ents:
            ks = keys(e)
            for k in ks[1:]:
                parent[root(k)] = root(ks[0])
            root(ks[0])
    records: dict = {}
    for article_id, ents in per_article:
        for e in ents:
            r = records.setdefault(root(keys(e)[0]), {"names": [], "type": e.type, "aliases": [], "spans": [],
                                                        "articles": [], "counts": {}, "value": e.value,
                                                        "roles": [], "figures": []})
            r["names"].append(e.name)
            r["aliases"] += [a for a in e.aliases if a not in r["aliases"]]
            r["roles"] += [x for x in e.roles if x not in r["roles"]]
            r["spans"] += [{"article": article_id, "start": s, "end": t} for s, t in e.mentions]
            r["figures"] += [{"article": article_id} | d for d in e.details]
            if article_id not in r["articles"]:
                r["articles"].append(article_id)
            r["counts"][article_id] = r["counts"].get(article_id, 0) + e.count
    out = []
    for r in records.values():
        names = r.pop("names")
        name = max(set(names), key=lambda n: (len(n.split()) if r["type"] == "person" else 0, names.count(n), -names.index(n)))
        figures = r.pop("figures")
        out.append({"name": name, "type": r["type"], "aliases": r["aliases"], "mentions": len(r["spans"]), **r}
                   | ({"figures": figures} if figures else {}))
    order = {a.id: i for i, a in enumerate(articles)}
    out.sort(key=lambda r: (TYPES.index(r["type"]), -r["mentions"], order.get(r["articles"][0], 0)))
    return out
