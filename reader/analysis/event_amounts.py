"""A sum of money told differently by two sources when no key names what it pays for: "The
council spent £2.4 million on a refurbishment of Larchmont House" against "the £4.2 million
refurbishment of Larchmont House"; "the school board approved buying two new buses for
$310,000" against "the school board signing off on a $340,000 purchase of two new buses".

A sum is keyed only by the few things :mod:`reader.analysis.money_keys` and
:mod:`reader.analysis.amount_subjects` know (a cost, damage, a fine, a salary); any other sum met
only sentences alike as a whole (:mod:`reader.analysis.paraphrase_figures`). Here each unkeyed sum
alone in its clause (no end of a change, no range, no vague sum, no rate: "$66,500 a year",
"$1.12 per $1,000") is read as :mod:`reader.analysis.event_dates` reads a day: by the words of its
clause, matched across articles with the same guards (words in common, a clear best match, frames,
names and years that agree), strictly for names (a name one clause alone gives must be written in
the other article). Matched sums in one currency that cannot both hold
(:func:`reader.analysis.quantities.compatible`) and lie within
:data:`reader.analysis.quantities.MAX_RATIO` of each other are a conflict.

Hand-written: one pass over the story's figures and the matcher of :mod:`reader.analysis.event_dates`.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import replace

from reader.analysis.article import AnalysedArticle, ArticleLike
from reader.analysis.clause_figures import told_clauses, two_subjects_apart
from reader.analysis.cost_kinds import COST_OF
from reader.analysis.event_dates import date_conflicts, label
from reader.analysis.figure_uses import FigureUse, Key
from reader.analysis.figures import CURRENCY, Figure
from reader.analysis.quantities import MAX_RATIO, compatible, near
from reader.analysis.rates import rate_of
from reader.analysis.vague_amounts import is_vague

_CURRENCIES = frozenset(CURRENCY.values())
# a cost that names no thing ("the $48 million project", "spent £2.4 million on a refurbishment"): read
# by its clause as an unkeyed sum is, as its key alone tells no more than that it is a cost
_COST = ("money:cost", None)


def _cost(key: tuple[str, str | None]) -> bool:
    """Whether ``key`` tells only that a sum is a cost, of a kind or not (a kind read from the
    cost's own words: another report may name it no way, "its cost")."""
    return key == _COST or (key[0].startswith(COST_OF) and key[1] is None)


def _money(f: Figure) -> bool:
    return f.unit in _CURRENCIES


def _sum(u: FigureUse, key: Key) -> bool:
    """Whether ``u`` is a sum this module reads (module doc)."""
    f = u.figure
    if (key is not None and not _cost(key)) or u.change or f.high is not None or f.value <= 0 or is_vague(f):
        return False
    s0 = f.sentence_start     # (the rate is read in the sentence alone, its offsets made the sentence's)
    alone = replace(f, start=f.start - s0, end=f.end - s0, sentence_start=0, sentence_end=len(u.sentence))
    return rate_of(u.sentence, alone) is None


def related(f: Figure, g: Figure) -> bool:
    """Whether two sums are in one currency and near enough to tell one thing."""
    return f.unit == g.unit and near(f, g, MAX_RATIO)


def story_amounts(articles: Sequence[ArticleLike | AnalysedArticle], off: Container[str],
                  apart: frozenset[frozenset[str]], uses: Sequence[FigureUse],
                  keys: Sequence[Key]) -> list[tuple[str, list[FigureUse]]]:
    """The sums of one thing ``articles`` give two ways (module doc), each with its label, none of an
    article in ``off``; ``uses`` and ``keys``: the story's figures."""
    told = told_clauses(articles, off, uses, keys, _money, _sum)
    found = date_conflicts(told, apart, compatible, strict=True, related=related, apart_pair=two_subjects_apart)
    return [(label(group, "sum of money"), group) for group in found]
