"""Provenance as families with a source: who shares reused text, what they share, and
who draws on whom only when the evidence says so.

:func:`trace` puts the pieces together:

* which aligned pairs share enough text to be linked, and which words each shares with
  whom (:mod:`reader.analysis.shared_words`: containment, quotations left out);
* which pairs with no passage tell one text in other words
  (:func:`reader.analysis.rewording.reworded_pairs`, computed by the caller);
* which pairs sharing too little text are two versions of one wire's story
  (:mod:`reader.analysis.wire_versions`);
* linked articles form **families** (connected groups); each family gets a **source**
  (:mod:`reader.analysis.family_source`: own credit, credited wire, common dateline, the
  member the directed links lead back to, or unknown);
* each linked pair gets a relation with a reason in words
  (:mod:`reader.analysis.pair_relation`: siblings that carry one source, or "X draws on
  Y" when a credit, the dates with text only Y carries, or the direction of a rewording
  says so).

:func:`provenance_by_article` lists, per article, its sources, the articles drawing on it
and those it shares text with in no known direction.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import partial

from reader.analysis.article import AnalysedArticle, ArticleLike
from reader.analysis.credits import find_credits
from reader.analysis.family_source import Family, family
from reader.analysis.pair_relation import DIRECTED, SIBLING, Link, PairEvidence, reworded_link
from reader.analysis.rewording import (
    MIN_REWORD_CONTENT,
    MIN_REWORD_ORDER,
    content_words,
    lcs_length,
    reworded_pairs,
    rewording_score,
)
from reader.analysis.shared_words import MIN_CONTAINMENT, MIN_REWORDED, SharedWords
from reader.analysis.wire_versions import version_link, version_pairs
from reader.engine.compare import Comparison

__all__ = ["DIRECTED", "MIN_CONTAINMENT", "MIN_REWORDED", "MIN_REWORD_CONTENT", "MIN_REWORD_ORDER", "SIBLING",
           "Family", "Link", "content_words", "find_links", "lcs_length", "provenance_by_article",
           "reworded_pairs", "rewording_score", "trace"]


def find_links(articles: Sequence[AnalysedArticle], comparisons: dict[tuple[int, int], Comparison]) -> list[Link]:
    """Provenance links among ``articles`` given the aligned pairs ``comparisons``
    ((i, j) with i < j → Comparison of articles[i] with articles[j])."""
    return trace(articles, comparisons)[0]


def trace(articles: Sequence[AnalysedArticle], comparisons: dict[tuple[int, int], Comparison],
          dense: Sequence[Sequence[int]] = (),
          reworded: Sequence[tuple[int, int, float]] = ()) -> tuple[list[Link], list[Family]]:
    """The provenance links and families of ``articles`` (see the module doc); ``dense``
    lists the dense families whose members were aligned against one representative only
    (:meth:`reader.engine.index.SeedIndex.dense_groups`), ``reworded`` the pairs with no
    passage found to be told in other words from one text (:func:`reworded_pairs`)."""
    context = _Context(articles, comparisons, dense)
    linked = [(i, j) for (i, j) in sorted(comparisons) if context.shared.linked(i, j)]
    aligned = set(linked)
    reworded = [(i, j, share) for i, j, share in reworded if (i, j) not in aligned]
    versions = version_pairs(articles, context.credits, aligned | {(i, j) for i, j, _ in reworded})
    groups = _components(len(articles), linked + [(i, j) for i, j, _ in reworded] + versions)
    links: list[Link] = []
    families: list[Family] = []
    for fid, members in enumerate(groups, 1):
        inside = set(members)
        fam_links = [context.link(fid, members, i, j) for i, j in linked if i in inside]
        fam_links += [reworded_link(articles, fid, i, j, share, alone=len(members) == 2)
                      for i, j, share in reworded if i in inside]
        fam_links += [version_link(articles, context.credits, fid, i, j) for i, j in versions if i in inside]
        fam_links.sort(key=lambda link: -link.copy_contained)
        families.append(family(fid, articles, context.credits, context.shared, members, fam_links))
        links += fam_links
    links.sort(key=lambda link: -link.copy_contained)
    return links, families


def _words_by_kind(comparison: Comparison) -> Counter:
    c: Counter = Counter()
    for p in comparison.passages:
        c[p.kind] += p.a_words + p.b_words
    return c


class _Context:
    """What deciding the links of a story needs: shared words, credits, word counts and
    the dense families."""

    def __init__(self, articles: Sequence[AnalysedArticle], comparisons: dict[tuple[int, int], Comparison],
                 dense: Sequence[Sequence[int]]) -> None:
        self.articles = articles
        self.comparisons = comparisons
        self.dense_size = {m: len(g) for g in dense for m in g}
        self.dense_id = {m: k for k, g in enumerate(dense) for m in g}
        self.background_all: Counter = Counter()
        self.per_article = []
        for art in articles:
            c = Counter(set(art.norms))
            self.per_article.append(c)
            self.background_all.update(c)
        self.shared = SharedWords(articles, comparisons)
        self.credits = [find_credits(a.article) for a in articles]

    def link(self, fid: int, members: list[int], i: int, j: int) -> Link:
        """The link of the aligned pair (i, j) of family ``fid``."""
        comp = self.comparisons[(i, j)]
        words = _words_by_kind(comp)
        reworded = words["rewritten"] * 2 >= sum(words.values()) > 0
        kinds = {k: v for k, v in comp.counts.items() if v}
        background = partial(_background, self.background_all, self.per_article[i], self.per_article[j])
        in_dense = i in self.dense_id and self.dense_id[i] == self.dense_id.get(j)
        pair = PairEvidence(self.articles, self.credits, self.shared, members, i, j, comp, reworded, background,
                            self.dense_size[i] if in_dense else 0)
        copy, source, basis, reason = pair.decide()
        c_copy, c_source = (comp.a_shared, comp.b_shared) if copy == i else (comp.b_shared, comp.a_shared)
        return Link(self.articles[copy].id, self.articles[source].id, c_copy, c_source, reworded, basis, kinds,
                    reason, fid)


def _background(story: Counter, a: Counter, b: Counter) -> Counter:
    """The story's word counts without the two articles of a pair."""
    return story - a - b


def _components(n: int, edges: list[tuple[int, int]]) -> list[list[int]]:
    parent = list(range(n))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in edges:
        parent[root(i)] = root(j)
    groups: dict[int, list[int]] = {}
    for i, j in edges:
        for k in (i, j):
            members = groups.setdefault(root(k), [])
            if k not in members:
                members.append(k)
    return [sorted(g) for g in sorted(groups.values(), key=min)]


def provenance_by_article(articles: Sequence[ArticleLike], links: list[Link]) -> dict[str, dict]:
    """Per article: ``draws_on`` (its sources), ``used_by`` (articles drawing on it) and
    ``shares_with`` (links whose direction is unknown)."""
    out: dict[str, dict[str, list[str]]] = {a.id: {"draws_on": [], "used_by": [], "shares_with": []} for a in articles}
    for link in links:
        if not link.directed:
            out[link.copy]["shares_with"].append(link.source)
            out[link.source]["shares_with"].append(link.copy)
        else:
            out[link.copy]["draws_on"].append(link.source)
            out[link.source]["used_by"].append(link.copy)
    return out
