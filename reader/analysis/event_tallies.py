"""A count of one thing told differently by two sources under two nouns no rule joins: "Eleven
fire companies answered the call" against "Firefighters from 14 companies … responded" is not
read here (no words in common), but "the agency is short 85 drivers this summer" against "the
agency is short about 60 bus operators this summer" is.

A count is keyed by its noun and its event (:func:`reader.analysis.quantities.quantity_key`); two
counts of one thing under two nouns no table joins ("drivers", "bus operators") or of no event a
list names were compared only by sentences alike as a whole. Here each count of a key that names
no event (or none at all), alone in its clause, no vague amount, no range, no end of a change, is
read as :mod:`reader.analysis.event_dates` reads a day: by the words of its clause, matched across
articles with the same guards (words in common, a clear best match, frames, names and years that
agree), strictly for names. Two matched counts of one kind of thing (people against people, else
one counted thing: :func:`reader.analysis.quantities.counted_thing`) that cannot both hold
(:func:`reader.analysis.quantities.compatible`) and lie within
:data:`reader.analysis.quantities.MAX_RATIO` of each other are a conflict.

Hand-written: one pass over the story's figures and the matcher of :mod:`reader.analysis.event_dates`.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import replace

from reader.analysis.article import AnalysedArticle, ArticleLike
from reader.analysis.clause_figures import told_clauses, two_subjects_apart
from reader.analysis.conjunct_events import people
from reader.analysis.event_dates import date_conflicts, label
from reader.analysis.figure_context import unit_family
from reader.analysis.figure_uses import FigureUse, Key
from reader.analysis.figures import Figure
from reader.analysis.quantities import MAX_RATIO, compatible, counted_thing, near
from reader.analysis.vague_amounts import is_vague

PEOPLE = "people"


def _kind(f: Figure) -> str | None:
    """What a count counts, people told by any noun of people as one kind
    (:func:`reader.analysis.conjunct_events.people`: "85 drivers", "60 bus operators")."""
    return PEOPLE if people(f) else counted_thing(f)


def _count(f: Figure) -> bool:
    return unit_family(f) == "count" and f.unit is not None


def _tally(u: FigureUse, key: Key) -> bool:
    """Whether ``u`` is a count this module reads (module doc)."""
    f = u.figure
    if (key is not None and key[1] is not None) or u.change or f.high is not None or is_vague(f) or f.value < 2:
        return False
    return _kind(f) is not None


def _as_kind(u: FigureUse) -> Figure:
    """``u``'s figure with its kind as its counted noun, so two counts are compared by it."""
    return replace(u.figure, counts=_kind(u.figure))


def related(f: Figure, g: Figure) -> bool:
    return f.counts == g.counts and near(f, g, MAX_RATIO)


def story_tallies(articles: Sequence[ArticleLike | AnalysedArticle], off: Container[str],
                  apart: frozenset[frozenset[str]], uses: Sequence[FigureUse],
                  keys: Sequence[Key]) -> list[tuple[str, list[FigureUse]]]:
    """The counts of one thing ``articles`` give two ways under two nouns (module doc), each with its
    label, none of an article in ``off``; ``uses`` and ``keys``: the story's figures."""
    told = told_clauses(articles, off, uses, keys, _count, _tally, read=_as_kind)
    found = date_conflicts(told, apart, compatible, strict=True, related=related, apart_pair=two_subjects_apart)
    return [(label(group, "count"), group) for group in found]
