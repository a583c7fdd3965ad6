"""Days from aligned text: where an edited copy of one sentence changed its day alone ("Staff
will have until 4 September to respond" → "until 18 September"; "daily through Friday" →
"daily through Saturday").

A day is no figure, so :mod:`reader.analysis.aligned_figures` never saw such an edit, and the
story's own matcher of days (:mod:`reader.analysis.event_dates`) reads a day that bounds a span
("until", "through") as no event's. Two copies of one sentence, though, tell one thing, and
two days there are two accounts of it. Read only where the changed words lie inside one day
on each side (a weekday for a weekday, a day of a month for a day of a month, a month or a year
for its like), where no other words of the two sentences changed (an update that moved a count
and its day, "more than 100 officers were searching for them Monday" → "about 150 … Tuesday",
tells when each count held, not two days of one thing), where a word that dates an event or
bounds a span comes right before the day ("on", "until", "through", "by": a bare day is a
statement's or a state's, "the company said Tuesday", "remained at large Monday"; a weekday only
after a bound, as "games played on Sunday" heads each day's digest of a series) and where
the sentences name no different people or places (:mod:`reader.analysis.name_clash`).

Hand-written: a walk over the passages' changed runs, which :mod:`reader.analysis.aligned_figures`
finds; the days are read by :func:`reader.analysis.dates.find_dates`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from reader.analysis.aligned_figures import all_runs, told_twice
from reader.analysis.article import AnalysedArticle, ArticleLike, sentences_of
from reader.analysis.dates import DateMention, find_dates
from reader.analysis.event_dates import UNIT, day_ordinal, label
from reader.analysis.figure_uses import FigureUse
from reader.analysis.figures import Figure
from reader.analysis.name_clash import ArticleNames, clash, names_in
from reader.analysis.offsets import span_index
from reader.engine.compare import Comparison, Passage
from reader.engine.wordiff import DELETE, INSERT

_KINDS = (("weekday", re.compile(r"^[A-Z][a-z]+day$")), ("day", re.compile(r"^--(\d\d)-(\d\d)$")),
          ("month", re.compile(r"^\d{4}-\d\d$")), ("year", re.compile(r"^\d{4}$")))
# what dates an event or a bound right before its day ("on Friday", "until 4 September"); a bare day
# is a statement's or a state's ("said Tuesday", "remained at large Monday")
_DATED_RE = re.compile(r"\b(?:on|until|till|through|thru|by|from|starting|beginning|before|after|since|in|of|"
                       r"for|effective|set\s+for)\s+(?:the\s+)?$", re.IGNORECASE)
# a weekday only as a bound ("through Friday", "until Monday"): "games played on Sunday" heads each day's
# digest of one series, and the next day's copy tells its own day
_BOUND_RE = re.compile(r"\b(?:until|till|through|thru|by|from|starting|beginning|before|after|since)\s+$",
                       re.IGNORECASE)
Span = tuple[int, int]


def aligned_dates(articles: Sequence[ArticleLike | AnalysedArticle],
                  comparisons: Mapping[tuple[int, int], Comparison] | None,
                  names: ArticleNames) -> list[tuple[str, list[FigureUse]]]:
    """Each day an aligned copy changed (module doc), as a conflict's label and its two uses
    (none without ``comparisons``)."""
    spans = {k: sentences_of(a) for k, a in enumerate(articles)}
    found: list[tuple[str, list[FigureUse]]] = []
    for (i, j), comp in (comparisons or {}).items():
        for x, y in _changed_days(articles[i], articles[j], comp, spans[i], spans[j]):
            lower = names.either(articles[i].id, articles[j].id)
            if not clash(names_in(x.sentence, lower), names_in(y.sentence, lower)):
                found.append((label([x, y]), [x, y]))
    return found


def _changed_days(a: ArticleLike | AnalysedArticle, b: ArticleLike | AnalysedArticle, comp: Comparison,
                  a_spans: list[Span], b_spans: list[Span]) -> Iterator[tuple[FigureUse, FigureUse]]:
    """The two days of each changed run that is one day on each side, alone in its sentences' changes."""
    for p in comp.passages:
        runs = all_runs(p, a.body, b.body)
        edited = _edits(p)
        for (a0, a1), (b0, b1) in runs:
            sa, sb = _sentence(a_spans, a0), _sentence(b_spans, b0)
            if sa is None or sb is None or _others(edited, (a0, a1), (b0, b1), sa, sb):
                continue
            x, y = _day(a, sa, a0, a1), _day(b, sb, b0, b1)
            if x is not None and y is not None and _kind(x) == _kind(y) and x.value != y.value and _alike(a, b, sa, sb):
                yield _use(a, sa, x), _use(b, sb, y)


def _others(edited: tuple[list[Span], list[Span]], ra: Span, rb: Span, sa: Span, sb: Span) -> bool:
    """Whether words outside the run ``ra`` / ``rb`` were changed, added or dropped in either sentence."""
    return (any(sa[0] <= lo < sa[1] and not ra[0] <= lo < ra[1] for lo, _ in edited[0])
            or any(sb[0] <= lo < sb[1] and not rb[0] <= lo < rb[1] for lo, _ in edited[1]))


def _edits(p: Passage) -> tuple[list[Span], list[Span]]:
    """The spans of words the passage's diff drops from A and adds in B (body offsets)."""
    a, b = p.a_start, p.b_start
    out: tuple[list[Span], list[Span]] = ([], [])
    for op, text in p.diff:
        if op == DELETE:
            out[0].append((a, a + len(text)))
        elif op == INSERT:
            out[1].append((b, b + len(text)))
        a += len(text) if op != INSERT else 0
        b += len(text) if op != DELETE else 0
    return out


def _day(article: ArticleLike | AnalysedArticle, sentence: tuple[int, int], lo: int, hi: int) -> DateMention | None:
    """The one day of ``sentence`` that holds the changed words ``lo``-``hi`` (offsets in the body,
    the day's too), when it is no statement's time."""
    s0, s1 = sentence
    said = article.body[s0:s1]
    days = [d for d in find_dates(said) if d.start + s0 <= lo and hi <= d.end + s0]
    if len(days) != 1 or _kind(days[0]) is None:
        return None
    dated = _BOUND_RE if _kind(days[0]) == "weekday" else _DATED_RE
    if not dated.search(said, 0, days[0].start):
        return None
    d = days[0]
    return DateMention(d.start + s0, d.end + s0, d.text, d.name, d.value, d.modifier)


def _kind(d: DateMention) -> str | None:
    return next((kind for kind, pattern in _KINDS if pattern.match(d.value)), None)


def _alike(a: ArticleLike | AnalysedArticle, b: ArticleLike | AnalysedArticle, sa: Span, sb: Span) -> bool:
    """Whether two sentences are one told twice (:func:`reader.analysis.aligned_figures.told_twice`)."""
    return told_twice(a.body[sa[0]:sa[1]], b.body[sb[0]:sb[1]])


def _use(article: ArticleLike | AnalysedArticle, sentence: tuple[int, int], d: DateMention) -> FigureUse:
    """A day as a figure of :data:`reader.analysis.event_dates.UNIT`: a day of a month by its
    day of the year (shown as "September 4"), any other by none (shown as written)."""
    m = _KINDS[1][1].match(d.value)
    value = day_ordinal(int(m[1]), int(m[2])) if m else 0
    f = Figure(start=d.start, end=d.end, text=d.text, number_start=d.start, number_end=d.end, value=value,
               qualifier=None, unit=UNIT, counts="date", counts_inferred=False, modifies=None,
               sentence_start=sentence[0], sentence_end=sentence[1])
    return FigureUse(article.id, f, article.body[sentence[0]:sentence[1]])


def _sentence(spans: list[tuple[int, int]], at: int) -> tuple[int, int] | None:
    """The sentence of ``spans`` that holds the offset ``at``, if one does."""
    k = span_index(spans, at)
    return spans[k] if k >= 0 and at < spans[k][1] else None
