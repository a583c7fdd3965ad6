"""Figures read by the words of their clause, as :mod:`reader.analysis.event_dates` reads a day:
the lengths of time of :mod:`reader.analysis.event_spans` and the shares of
:mod:`reader.analysis.event_shares`. A figure is read when it is alone in its clause (the only one of
its kind in its sentence, or each in a clause of its own), its article not a list or a table (no more
than :data:`reader.analysis.event_dates.MOST_DAYS` of them), and :func:`reader.analysis.event_dates.told_in`
gives its clause's words.

Hand-written: two passes over the story's figures, shared by the two modules that match them.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Container, Sequence

from reader.analysis.article import AnalysedArticle, ArticleLike
from reader.analysis.event_dates import MOST_DAYS, DatedClause, article_words, told_in
from reader.analysis.figure_context import content_words
from reader.analysis.figure_uses import FigureUse, Key
from reader.analysis.figures import Figure
from reader.analysis.paraphrase_figures import two_subjects

# a clause ends where another sentence's would, not at "before" or "when": "about 45 minutes' notice
# before deputies closed the roads" is told by its roads as "nearly two hours to pack before roads were closed"
CLAUSE_CUT = re.compile(r"[;:]|\s[—–]\s|\s--\s|,\s+and\b|\b(?:because|although|whereas|but)\b", re.IGNORECASE)


def told_clauses(articles: Sequence[ArticleLike | AnalysedArticle], off: Container[str], uses: Sequence[FigureUse],
                 keys: Sequence[Key], kind: Callable[[Figure], bool], wanted: Callable[[FigureUse, Key], bool],
                 read: Callable[[FigureUse], Figure] = lambda u: u.figure,
                 dated: bool = True) -> dict[str, list[DatedClause]]:
    """The clauses of the figures of a ``kind`` that are ``wanted``, by article (none of an article in
    ``off``), each figure as ``read`` gives it; ``dated``: see :func:`reader.analysis.event_dates.told_in`."""
    bodies = {a.id: a.body for a in articles if a.id not in off}
    told: dict[str, list[DatedClause]] = defaultdict(list)
    for article, found in _candidates(uses, keys, bodies, alone_in_clause(uses, kind), wanted).items():
        words = article_words(bodies[article])      # (only for an article with a figure to read)
        for u in found:
            f = read(u)
            clause = told_in(bodies[article], f.sentence_start, f.sentence_end, f, words, CLAUSE_CUT, dated)
            if clause is not None:
                told[article].append(clause)
    return dict(told)


def alone_in_clause(uses: Sequence[FigureUse], kind: Callable[[Figure], bool]) -> dict[str, set[int]]:
    """The starts of the figures of a ``kind`` of each article that are alone in their clause: the only
    one of their sentence, or each in its own clause ("clinics closed for 48 hours, and ambulances
    were diverted … for more than three days"); two in one clause say nothing of which is which."""
    by_sentence: dict[tuple[str, int], list[FigureUse]] = defaultdict(list)
    for u in uses:
        if kind(u.figure):
            by_sentence[(u.article, u.figure.sentence_start)].append(u)
    out: dict[str, set[int]] = defaultdict(set)
    for (article, s0), told in by_sentence.items():
        told.sort(key=lambda u: u.figure.start)
        if all(CLAUSE_CUT.search(a.sentence, a.figure.end - s0, b.figure.start - s0)
               for a, b in itertools.pairwise(told)):
            out[article].update(u.figure.start for u in told)
    return out


def _candidates(uses: Sequence[FigureUse], keys: Sequence[Key], bodies: Container[str], alone: dict[str, set[int]],
                wanted: Callable[[FigureUse, Key], bool]) -> dict[str, list[FigureUse]]:
    """The figures of each article in ``bodies`` that are ``wanted`` and alone in their clause
    (``alone``: :func:`alone_in_clause`); none of an article with more than ``MOST_DAYS`` of them (a
    list or a table, which the matcher would not read: :func:`reader.analysis.event_dates.date_conflicts`)."""
    out: dict[str, list[FigureUse]] = defaultdict(list)
    for u, key in zip(uses, keys, strict=True):
        if u.article in bodies and u.figure.start in alone.get(u.article, ()) and wanted(u, key):
            out[u.article].append(u)
    return {article: found for article, found in out.items() if len(found) <= MOST_DAYS}


def two_subjects_apart(a: DatedClause, b: DatedClause) -> bool:
    """Whether two matched clauses tell their figures of two subjects each other's article also names
    ("The city will receive $5 million" and "The county will receive $8 million", in a story naming
    both: :func:`reader.analysis.paraphrase_figures.two_subjects`)."""
    return two_subjects(FigureUse("", a.figure, a.sentence), FigureUse("", b.figure, b.sentence),
                        _stems(a.known), _stems(b.known))


@functools.lru_cache(maxsize=256)
def _stems(known: frozenset[str]) -> frozenset[str]:
    """An article's words as :func:`reader.analysis.figure_context.content_words` cuts them."""
    return frozenset(content_words(" ".join(sorted(known))))
