"""A share of one thing told differently by two sources when no key names it: "About 62 percent of
the district's students ride a bus to school" against "roughly 75 percent of its students ride
buses to school".

A percentage is keyed only by the few subjects :mod:`reader.analysis.amount_subjects` and
:mod:`reader.analysis.change_shares` know, and :mod:`reader.analysis.paraphrase_figures` compares
the rest only in whole sentences alike enough; a share told in one clause of a long sentence met
nothing. Here each unkeyed percentage of a whole ("N percent of …") alone in its clause (no end of a
change, no range, no vague amount, and no poll or vote in its sentence: one sentence told of two polls
shares its words) is
read as :mod:`reader.analysis.event_dates` reads a day: by the words of its clause, matched across
articles with the same guards, strictly for names (a name one clause alone gives must be written in
the other article). Matched shares that cannot both hold (:func:`reader.analysis.quantities.compatible`)
and lie within :data:`reader.analysis.quantities.MAX_RATIO` of each other are a conflict.

Hand-written: one pass over the story's figures and the matcher of :mod:`reader.analysis.event_dates`.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from reader.analysis.article import AnalysedArticle, ArticleLike
from reader.analysis.clause_figures import told_clauses
from reader.analysis.event_dates import date_conflicts, label
from reader.analysis.figure_uses import FigureUse, Key
from reader.analysis.figures import Figure
from reader.analysis.paraphrase_figures import POLL
from reader.analysis.quantities import MAX_RATIO, compatible, near
from reader.analysis.vague_amounts import is_vague

UNIT = "percent"
# a share is of a whole: "62 percent of the district's students" (not "a 20% increase", "at 4 percent")
_OF_AFTER = re.compile(r"\s+of\s")


def _share(u: FigureUse, key: Key) -> bool:
    """Whether ``u`` is a share this module reads (module doc)."""
    f = u.figure
    return (f.unit == UNIT and key is None and not u.change and f.high is None and not is_vague(f)
            and _OF_AFTER.match(u.sentence, f.end - f.sentence_start) is not None and not POLL.search(u.sentence))


def _related(f: Figure, g: Figure) -> bool:
    return near(f, g, MAX_RATIO)


def story_shares(articles: Sequence[ArticleLike | AnalysedArticle], off: Container[str],
                 apart: frozenset[frozenset[str]], uses: Sequence[FigureUse],
                 keys: Sequence[Key]) -> list[tuple[str, list[FigureUse]]]:
    """The shares of one thing ``articles`` give two ways (module doc), each with its label, none of
    an article in ``off``; ``uses`` and ``keys``: the story's figures."""
    told = told_clauses(articles, off, uses, keys, lambda f: f.unit == UNIT, _share, dated=False)
    found = date_conflicts(told, apart, compatible, strict=True, related=_related)
    return [(label(group, "share"), group) for group in found]
