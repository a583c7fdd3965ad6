"""Which articles most likely draw on which: containment of shared passages and direction.

For an aligned pair, the *containment* of article X in Y is the share of X's words that
lie in passages X shares with Y (``Comparison.a_shared`` seen from X). A pair is a
provenance link when either containment reaches ``MIN_CONTAINMENT`` (a lifted quote or
one common sentence is not "drawing on").

Direction, first rule that decides:

``date``
    both publication dates known and different: the later article draws on the earlier;
``containment``
    one side is contained clearly more (by ``MARGIN``): the side with less text of its
    own (an excerpt, a trimmed copy) draws on the side that has more beyond it;
``rewording``
    the pair is mostly ``rewritten`` and both contain each other: the copy is the side
    whose swapped words are the unusual ones. Each swap (words only in one side facing
    words only in the other) is scored by how common each side's words are in the rest
    of the story and among stop words, and by which side names its own outlet where the
    other has something else ("CNN" → "NCS"); a byline or outlet on one side only
    counts as a small tie-breaker;
``unknown``
    otherwise: the link is kept, undirected.

A link is flagged ``reworded`` when at least half of the shared words lie in passages of
kind ``rewritten``.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from reader.analysis.article import AnalysedArticle, ArticleLike
from reader.engine.compare import Comparison
from reader.text.tokens import STOPWORDS, tokenize

MIN_CONTAINMENT = 0.2
MARGIN = 0.15
MIN_REWORD_SCORE = 1.0


@dataclass
class Link:
    copy: str             # the article that draws on the other (or side "a" when unknown)
    source: str
    copy_contained: float  # share of the copy's words in passages shared with the source
    source_contained: float
    reworded: bool
    basis: str            # date | containment | rewording | unknown
    kinds: dict

    @property
    def directed(self) -> bool:
        return self.basis != "unknown"

    def to_json(self) -> dict:
        return {"copy": self.copy, "source": self.source, "directed": self.directed, "basis": self.basis,
                "reworded": self.reworded, "copy_contained": round(self.copy_contained, 4),
                "source_contained": round(self.source_contained, 4), "kinds": dict(self.kinds)}


def _words_by_kind(comparison: Comparison) -> Counter:
    c: Counter = Counter()
    for p in comparison.passages:
        c[p.kind] += p.a_words + p.b_words
    return c


def _swaps(diff: list[tuple[int, str]]) -> list[tuple[list[str], list[str]]]:
    """(words only in a, words only in b) for each place where one replaced the other."""
    out, dele, ins = [], [], []
    for op, text in [*diff, (0, "")]:
        if op == -1:
            dele += tokenize(text).norms
        elif op == 1:
            ins += tokenize(text).norms
        else:
            if dele and ins:
                out.append((dele, ins))
            dele, ins = [], []
    return out


def rewording_score(comparison: Comparison, a: AnalysedArticle, b: AnalysedArticle, background: Counter) -> float:
    """Positive when ``b`` looks like the reworded copy of ``a``, negative for the reverse.
    ``background`` counts words (normal forms) in the story's other articles."""
    score = 0.0
    a_names, b_names = a.own_names, b.own_names

    def common(words: list[str]) -> float:
        return sum(math.log1p(background[w]) + (0.5 if w in STOPWORDS else 0.0) for w in words) / len(words)

    for p in comparison.passages:
        for only_a, only_b in _swaps(p.diff):
            score += max(-1.0, min(1.0, common(only_a) - common(only_b)))
            if a_names & set(only_a) and not a_names & set(only_b):
                score += 3.0
            if b_names & set(only_b) and not b_names & set(only_a):
                score -= 3.0
    meta_a = bool(a.article.outlet) + bool(a.article.authors)
    meta_b = bool(b.article.outlet) + bool(b.article.authors)
    return score + 0.5 * (meta_a - meta_b)


def find_links(articles: Sequence[AnalysedArticle], comparisons: dict[tuple[int, int], Comparison]) -> list[Link]:
    """Provenance links among ``articles`` given the aligned pairs ``comparisons``
    ((i, j) with i < j → Comparison of articles[i] with articles[j])."""
    background_all: Counter = Counter()
    per_article = []
    for art in articles:
        c = Counter(set(art.norms))
        per_article.append(c)
        background_all.update(c)
    links = []
    for (i, j), comp in sorted(comparisons.items()):
        a, b = articles[i], articles[j]
        ca, cb = comp.a_shared, comp.b_shared
        if max(ca, cb) < MIN_CONTAINMENT:
            continue
        words = _words_by_kind(comp)
        reworded = words["rewritten"] * 2 >= sum(words.values()) > 0
        kinds = {k: v for k, v in comp.counts.items() if v}
        background = partial(_background, background_all, per_article[i], per_article[j])
        copy, basis = _direction(comp, a, b, reworded, background)
        if copy is None or copy is a:
            links.append(Link(a.id, b.id, ca, cb, reworded, basis, kinds))
        else:
            links.append(Link(b.id, a.id, cb, ca, reworded, basis, kinds))
    links.sort(key=lambda link: -link.copy_contained)
    return links


def _background(story: Counter, a: Counter, b: Counter) -> Counter:
    """The story's word counts without the two articles of a pair."""
    return story - a - b


def _direction(comp: Comparison, a: AnalysedArticle, b: AnalysedArticle, reworded: bool,
               background: Callable[[], Counter]) -> tuple[AnalysedArticle | None, str]:
    """Which of a pair draws on the other and by which rule (see the module doc);
    ``background`` gives the word counts of the story's other articles, when needed."""
    pa, pb = a.article.published, b.article.published
    if pa and pb and pa != pb:
        return (b if pb > pa else a), "date"
    if abs(comp.a_shared - comp.b_shared) >= MARGIN:
        return (a if comp.a_shared > comp.b_shared else b), "containment"
    if reworded:
        s = rewording_score(comp, a, b, background())
        if abs(s) >= MIN_REWORD_SCORE:
            return (b if s > 0 else a), "rewording"
    return None, "unknown"


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
