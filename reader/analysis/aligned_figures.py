"""Conflicts from aligned text: where an edited copy replaced one number by another.

Two passages the engine aligned, with a run of changed words that holds exactly one
figure on each side, are one sentence told twice with two numbers: "killing at least six"
→ "killing at least three", "roughly 15,000 acres" → "roughly 15,500 acres", "voting
52-48" → "voting 53-47". Whatever they count, the two disagree (:func:`_replaced`). A
tally is one result only in sentences naming the same sides (:func:`_same_names`): the
template sentences of a digest of games align word for word; and no change is one whose
sentences name different subjects (:mod:`reader.analysis.name_clash`: two towns' election
reports by one agency, "Raman took 48.6 per cent" / "McCabe took 61.3 per cent"), nor a value
held against the ends of a change ("The monthly pass, now $72," / "will climb from $72 to $85"). Read by
:mod:`reader.analysis.conflicts`, which tries this first; a changed run whose two sentences
share less than a third of their words is a sentence put in another's place, not one told twice
(:func:`_one_sentence`); each changed run is found by
bisection in the article's figures (:class:`_NumberIndex`), not by a look at every one.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping, Sequence

from reader.analysis import tallies
from reader.analysis.article import AnalysedArticle, ArticleLike
from reader.analysis.figure_context import content_words, lower_names, unit_family
from reader.analysis.figure_uses import FigureUse, Key
from reader.analysis.name_clash import ArticleNames, clash, names_in
from reader.analysis.quantities import compatible, is_vague, near
from reader.engine.compare import Comparison, Passage
from reader.engine.wordiff import DELETE, EQUAL, INSERT


def aligned_changes(articles: Sequence[ArticleLike | AnalysedArticle], uses: list[FigureUse], keys: list[Key],
                    comparisons: Mapping[tuple[int, int], Comparison],
                    names: ArticleNames | None = None) -> Iterator[tuple[int, int]]:
    """(x, y) uses for aligned passages where one number was replaced by another
    ("killing at least six" → "killing at least three", :func:`_replaced`): the figures
    on either side of each change, when each side has exactly one and they count the same
    thing (or one of them names nothing)."""
    by_article: dict[str, _NumberIndex] = {}
    for i, u in enumerate(uses):
        by_article.setdefault(u.article, _NumberIndex(uses)).add(i)
    for (i, j), comp in comparisons.items():
        a_uses, b_uses = by_article.get(articles[i].id), by_article.get(articles[j].id)
        if a_uses is None or b_uses is None:
            continue
        for p in comp.passages:
            for (a0, a1), (b0, b1) in _changes(p):
                left, right = a_uses.within(a0, a1), b_uses.within(b0, b1)
                if len(left) != 1 or len(right) != 1:
                    continue
                x, y = left[0], right[0]
                if (keys[x] and keys[y] and keys[x] != keys[y]) or uses[x].change != uses[y].change:
                    continue        # (a value held against the ends of a change: "now $72" / "from $72 to $85")
                fx, fy = uses[x].figure, uses[y].figure
                if fx.unit and fy.unit and fx.unit != fy.unit:
                    continue
                if fx.unit == tallies.UNIT and not _same_names(uses[x], uses[y]):
                    continue
                if not (_replaced(uses[x], uses[y]) and near(fx, fy)) or not _one_sentence(uses[x], uses[y]):
                    continue
                if names is None:
                    names = ArticleNames({a.id: a.body for a in articles})
                lower = names.either(articles[i].id, articles[j].id)     # (each body read once, when asked)
                if not clash(names_in(uses[x].sentence, lower), names_in(uses[y].sentence, lower)):
                    yield x, y          # (not two towns' or two fires' template sentences: name_clash)


SAME_RESULT_WORDS = 0.7
ONE_SENTENCE_WORDS = 1 / 3      # content words of the shorter sentence the other holds, at least


def _one_sentence(u: FigureUse, v: FigureUse) -> bool:
    """Whether two figures' sentences are one sentence told twice, not a sentence a write-through put
    in another's place ("Twenty-four crew members were aboard" / "The Coast Guard had initially put
    the number of lost containers at 41", aligned as one changed run): the other holds at least
    ``ONE_SENTENCE_WORDS`` of the shorter one's content words."""
    x, y = content_words(u.sentence), content_words(v.sentence)
    return bool(x and y) and len(x & y) >= ONE_SENTENCE_WORDS * min(len(x), len(y))


def _same_names(u: FigureUse, v: FigureUse) -> bool:
    """Whether two sentences tell one result: the names (capitalised words) of one are all
    in the other (a copy may drop the "(AP)" of a dateline) and, of their other words, at
    least ``SAME_RESULT_WORDS`` are common (Jaccard). "Ukraine beat
    Northern Ireland 1-0" and "Sweden beat Latvia 2-0" align word for word, two games of a
    digest; "Romania beat Lithuania 2-1 … on Friday" and "Romania beat Lithuania 3-0 … on
    Saturday" are two games of the same sides."""
    a, b = lower_names(u.sentence), lower_names(v.sentence)
    if not (a and b and (a <= b or b <= a)):
        return False
    x, y = content_words(u.sentence), content_words(v.sentence)
    return len(x & y) >= SAME_RESULT_WORDS * len(x | y)


def _replaced(u: FigureUse, v: FigureUse) -> bool:
    """Two figures of different articles, in one unit family, an aligned change of one for
    the other: values that cannot both hold, or the same qualifier with another number (an
    editor who turned "roughly 15,000 acres" into "roughly 15,500 acres" gave another
    figure, though the two roundings overlap)."""
    f, g = u.figure, v.figure
    if u.article == v.article or unit_family(f) != unit_family(g):
        return False
    if not compatible(f, g):
        return True
    return (f.qualifier == g.qualifier and (f.value, f.high) != (g.value, g.high)
            and not is_vague(f) and not is_vague(g))


class _NumberIndex:
    """One article's figure uses by where their numbers are, for :meth:`within`: a
    bisection, not a look at every figure for every changed run (8,000 changed numbers
    in one article made 64 million looks)."""

    def __init__(self, uses: list[FigureUse]) -> None:
        self.uses = uses
        self.items: list[tuple[int, int]] = []      # (number_start, use index), in text order
        self.longest = 0
        self._sorted = True

    def add(self, k: int) -> None:
        f = self.uses[k].figure
        if self.items and f.number_start < self.items[-1][0]:
            self._sorted = False
        self.items.append((f.number_start, k))
        self.longest = max(self.longest, f.number_end - f.number_start)

    def within(self, lo: int, hi: int) -> list[int]:
        """The uses whose number overlaps ``[lo, hi)``."""
        if not self._sorted:
            self.items.sort()
            self._sorted = True
        first = bisect.bisect_left(self.items, (lo - self.longest, -1))
        last = bisect.bisect_left(self.items, (hi, -1))
        return [k for start, k in self.items[first:last] if self.uses[k].figure.number_end > lo and start < hi]


def _changes(p: Passage) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Body spans (a side, b side) of each run of changed words in a passage's diff."""
    out = []
    a, b = p.a_start, p.b_start
    a0, b0 = a, b
    for op, text in [*p.diff, (EQUAL, "")]:
        if op == EQUAL:
            if a > a0 and b > b0:
                out.append(((a0, a), (b0, b)))
            a += len(text)
            b += len(text)
            a0, b0 = a, b
        elif op == DELETE:
            a += len(text)
        elif op == INSERT:
            b += len(text)
    return out
