"""The time of day of one event that no event list names, told differently by two sources:
"declared a state of emergency at 11 a.m. Monday" against "signed her emergency declaration
shortly after 8 a.m. Monday"; "Council cast the final vote around 11:40 p.m." against "The final
vote came shortly after 1 a.m.".

:mod:`reader.analysis.clock_times` ties a time to an event from a closed list (a landing, a
crash; the story's incident: :mod:`reader.analysis.incident_clocks`), so the time of any other
event (a vote, a declaration, a closure) had no key and was compared with nothing. Here each such
time alone in its sentence (not a stamp, a bound or a range: :func:`reader.analysis.clock_times.readings`),
is read as :mod:`reader.analysis.event_dates` reads a day: by the words of its clause, matched
across articles with the same guards (words in common, a clear best match, frames, names and
weekdays that agree), and more strictly for names: a time whose clause names someone is matched
only with one whose article names them too (a day of a story is told a few times; times of day
many); two times of one event that cannot both hold
(:func:`reader.analysis.clock_times.compatible`) are a conflict. Times in two zones ("EDT",
"local time") are never compared, and a time the story's keys already tie to a named event is left
to them (one :mod:`reader.analysis.incident_clocks` reads as the incident by its place alone is read here too).

Hand-written: one pass over :func:`reader.analysis.clock_times.readings` and the matcher of
:mod:`reader.analysis.event_dates`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Container, Sequence

from reader.analysis.article import AnalysedArticle, ArticleLike, sentences_of
from reader.analysis.clock_times import UNIT, compatible, readings
from reader.analysis.event_amounts import story_amounts
from reader.analysis.event_dates import DatedClause, article_words, date_conflicts, label, story_dates, told_in
from reader.analysis.event_shares import story_shares
from reader.analysis.event_spans import story_spans
from reader.analysis.event_tallies import story_tallies
from reader.analysis.figure_uses import FigureUse, Key
from reader.analysis.incident_clocks import INCIDENT


def clocked_clauses(body: str, sentences: Sequence[tuple[int, int]],
                    taken: Container[int] = frozenset()) -> dict[str, list[DatedClause]]:
    """The times of day of ``body`` that no key ties to an event (none starting at an offset in
    ``taken``), each alone in its sentence, with the words of their clauses, by time zone as written."""
    found = readings(body, sentences)
    per_sentence = Counter(span for _, _, span in found)
    words, out = article_words(body), defaultdict(list)
    for f, key, (s0, s1) in found:
        if key is None or key[1] is not None or f.start in taken or per_sentence[(s0, s1)] > 1:
            continue
        clause = told_in(body, s0, s1, f, words)
        if clause is not None:
            out[key[0]].append(clause)
    return dict(out)


def story_times(articles: Sequence[ArticleLike | AnalysedArticle], off: Container[str],
                apart: frozenset[frozenset[str]], uses: Sequence[FigureUse],
                keys: Sequence[Key]) -> list[tuple[str, list[FigureUse]]]:
    """The days (:func:`reader.analysis.event_dates.story_dates`), the times of day, the lengths
    (:func:`reader.analysis.event_spans.story_spans`), the shares (:mod:`reader.analysis.event_shares`)
    and the sums of money (:mod:`reader.analysis.event_amounts`) of one event that ``articles`` give two ways,
    each with its label, none of an article in ``off``;
    ``uses`` and ``keys``: the story's figures, whose keyed times are theirs."""
    taken: dict[str, set[int]] = defaultdict(set)
    for u, k in zip(uses, keys, strict=True):
        if u.figure.unit == UNIT and k is not None and k[1] not in (None, INCIDENT):
            taken[u.article].add(u.figure.start)
    zones: dict[str, dict[str, list[DatedClause]]] = defaultdict(dict)
    for a in articles:
        if a.id in off:
            continue
        spans = sentences_of(a)
        for zone, clauses in clocked_clauses(a.body, spans, taken[a.id]).items():
            zones[zone][a.id] = clauses
    times = [group for told in zones.values() for group in date_conflicts(told, apart, compatible, strict=True)]
    days = [(label(group), group) for group in story_dates(articles, off, apart) + times]
    return (days + story_spans(articles, off, apart, uses, keys) + story_shares(articles, off, apart, uses, keys)
            + story_amounts(articles, off, apart, uses, keys) + story_tallies(articles, off, apart, uses, keys))
