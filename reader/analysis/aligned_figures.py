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

An edit is read whatever changed with the number: another qualifier ("more than 300" → "nearly 400";
not "148" → "about 150", a rounding: :func:`_renumbered`), another unit of one dimension ("about 90
minutes" → "about two hours", compared in one unit: :mod:`reader.analysis.unit_dimensions`), and, where
the changed words are the number's own, keys the rest of the two sentences gave apart ("rose 6.2% on the
news." → "rose 8.4% on the news, their biggest one-day gain …") and values up to ``ONLY_RATIO`` apart.
A change the alignment left at a passage's edge, and the parts of a run that crosses a sentence end, are
runs too (:func:`all_runs`); a line that is no prose (a table's row) is not read.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping, Sequence

from reader.analysis import tallies
from reader.analysis.article import AnalysedArticle, ArticleLike
from reader.analysis.figure_context import content_words, lower_names, unit_family
from reader.analysis.figure_units import digit_step
from reader.analysis.figure_uses import FigureUse, Key
from reader.analysis.figures import Figure
from reader.analysis.name_clash import ArticleNames, clash, names_in
from reader.analysis.paraphrase_figures import prose
from reader.analysis.quantities import MAX_RATIO, compatible, is_vague, near
from reader.analysis.ranked_things import ranked_apart
from reader.analysis.unit_dimensions import CONVERTED, TIME, in_base, one_dimension
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
            for (a0, a1), (b0, b1) in all_runs(p, articles[i].body, articles[j].body):
                left, right = a_uses.within(a0, a1), b_uses.within(b0, b1)
                if len(left) != 1 or len(right) != 1:
                    continue
                x, y = left[0], right[0]
                fx, fy = uses[x].figure, uses[y].figure
                only = (_number_only(fx, articles[i].body, a0, a1) and _number_only(fy, articles[j].body, b0, b1)
                        and fx.unit != tallies.UNIT)
                if (keys[x] and keys[y] and keys[x] != keys[y] and not only) or uses[x].change != uses[y].change:
                    continue        # (a value held against the ends of a change: "now $72" / "from $72 to $85")
                if fx.unit and fy.unit and fx.unit != fy.unit and not one_dimension(fx, fy):
                    continue
                if fx.unit == tallies.UNIT and not _same_names(uses[x], uses[y]):
                    continue
                if not (prose(uses[x].sentence) and prose(uses[y].sentence)):
                    continue        # (two rows of a table of results aligned: "Mitsubishi Lancer three hours")
                if ranked_apart(uses[x].sentence, uses[y].sentence):
                    continue        # (a digest's template told of two: "after the 122 kilometre third stage" / "first")
                if not (_replaced(uses[x], uses[y]) and _near(fx, fy, only)) or not _one_sentence(uses[x], uses[y]):
                    continue
                if names is None:
                    names = ArticleNames({a.id: a.body for a in articles})
                lower = names.either(articles[i].id, articles[j].id)     # (each body read once, when asked)
                if not clash(names_in(_around(uses[x]), lower), names_in(_around(uses[y]), lower)):
                    yield x, y          # (not two towns' or two fires' template sentences: name_clash)


SAME_RESULT_WORDS = 0.7
ONE_SENTENCE_WORDS = 1 / 3      # content words of the shorter sentence the other holds, at least


def _one_sentence(u: FigureUse, v: FigureUse) -> bool:
    """Whether two figures' sentences are one sentence told twice (:func:`told_twice`)."""
    return told_twice(u.sentence, v.sentence)


def told_twice(one: str, other: str) -> bool:
    """Whether two sentences are one sentence told twice, not a sentence a write-through put in
    another's place ("Twenty-four crew members were aboard" / "The Coast Guard had initially put the
    number of lost containers at 41", aligned as one changed run): the other holds at least
    ``ONE_SENTENCE_WORDS`` of the shorter one's content words."""
    x, y = content_words(one), content_words(other)
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
    """Two figures of different articles, in one unit family or one dimension ("about 90 minutes"
    / "about two hours": :mod:`reader.analysis.unit_dimensions`), an aligned change of one for
    the other: values that cannot both hold, the same qualifier with another number (an editor
    who turned "roughly 15,000 acres" into "roughly 15,500 acres" gave another figure, though the
    two roundings overlap), or another number with another qualifier unless it is the first
    number hedged or rounded ("148" / "about 150"; but "more than 100" / "about 150" and "more than
    300" / "nearly 400" are an update: :func:`_renumbered`)."""
    f, g = u.figure, v.figure
    if u.article == v.article or is_vague(f) or is_vague(g):
        return u.article != v.article and unit_family(f) == unit_family(g) and not compatible(f, g)
    if f.unit != g.unit and one_dimension(f, g):
        return _renumbered(f, g, across=True)
    if unit_family(f) != unit_family(g):
        return False
    if not compatible(f, g):
        return True
    if (f.value, f.high) == (g.value, g.high) or f.high is not None or g.high is not None:
        return False
    return f.qualifier == g.qualifier or _renumbered(f, g)


def _renumbered(f: Figure, g: Figure, across: bool = False) -> bool:
    """Whether two single values (in one dimension's first unit, :func:`_dimension`) stand
    further apart than the coarser one's rounding allows: half its last digit's step ("about
    150": 145 to 155), and, ``across`` units, ``CONVERTED`` of them besides (not for a length of
    time, whose units are whole multiples: "90 minutes" is an hour and a half)."""
    a, b = _dimension(f), _dimension(g)
    if a is None or b is None or a[0] != b[0]:
        return False
    slack = CONVERTED * max(abs(a[1]), abs(b[1])) if across and a[0] != TIME else 0.0
    return abs(a[1] - b[1]) >= max(a[2], b[2]) / 2 + slack


_TRAILING = ".,;:!?)\"'”’ \n"     # (a word of the diff carries the punctuation after it: "days,")
ONLY_RATIO = 10.0       # how far apart an edit that changed a number alone may move it ("three days" → "two weeks")


def _near(f: Figure, g: Figure, only: bool) -> bool:
    """Values close enough to be one quantity restated (:func:`reader.analysis.quantities.near`, in
    one unit); where the edit changed the number alone, as far as ``ONLY_RATIO`` apart or from none
    ("0% contained" / "15% contained": the words around it say it is one quantity)."""
    a, b = _dimension(f), _dimension(g)
    lo, hi = sorted((abs(a[1]), abs(b[1]))) if a and b else sorted((abs(float(f.value)), abs(float(g.value))))
    if only and (lo == 0 or hi / lo <= ONLY_RATIO):
        return True
    return hi / lo <= MAX_RATIO if lo and f.unit != g.unit and one_dimension(f, g) else near(f, g)


def _around(u: FigureUse) -> str:
    """The figure's sentence without the figure: its qualifier opening a sentence ("Nearly 400
    people packed …") is no name."""
    return u.sentence.replace(u.figure.text, " ", 1)


def _number_only(f: Figure, body: str, lo: int, hi: int) -> bool:
    """Whether the changed words ``lo``-``hi`` are the figure's own (its number, with its qualifier
    or a number word's case): the words around them are the same in both copies. (Not for a vote's
    tally, whose key is the votes cast: "6-1" and "5-1" may both hold, a member away.)"""
    text = body[lo:hi]
    return f.start <= lo and hi - (len(text) - len(text.rstrip(_TRAILING))) <= f.end


def _dimension(f: Figure) -> tuple[str, float, float] | None:
    """A measure's dimension, value and step in the dimension's first unit
    (:func:`reader.analysis.unit_dimensions.in_base`); any other single figure as itself."""
    if f.high is not None:
        return None
    return in_base(f) or (unit_family(f), float(f.value), digit_step(float(f.value)))


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


def changes(p: Passage) -> list[tuple[tuple[int, int], tuple[int, int]]]:
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


EDGE_WORDS = 6      # words at most between a passage's end and its sentence's (or its start and its sentence's)
EDGE_REACH = 80     # characters read for that sentence's end or start
_END_RE = re.compile(r"[.!?][\"'”’)]*(?=\s|$)|\n")


def all_runs(p: Passage, a_body: str, b_body: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The passage's changed runs (:func:`changes`), those at its edges (:func:`edge_changes`), and
    of each run that crosses a sentence's end on both sides its first and its last sentence's part
    ("Friday. A second clinic will open …" / "Saturday. Nurses said …": "Friday." and "Saturday.")."""
    runs = changes(p) + edge_changes(p, a_body, b_body)
    return runs + [part for run in runs for part in _sentence_parts(run, a_body, b_body)]


def _sentence_parts(run: tuple[tuple[int, int], tuple[int, int]], a_body: str,
                    b_body: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """A run's parts before its first sentence end and after its last, where both sides have one."""
    (a0, a1), (b0, b1) = run
    a_ends, b_ends = list(_END_RE.finditer(a_body, a0, a1)), list(_END_RE.finditer(b_body, b0, b1))
    if not a_ends or not b_ends:
        return []
    parts = [((a0, a_ends[0].start()), (b0, b_ends[0].start()))]
    tail_a, tail_b = _few(a_body, a_ends[-1].end(), a1), _few(b_body, b_ends[-1].end(), b1)
    if tail_a is not None and tail_b is not None:
        parts.append((tail_a, tail_b))
    return parts


def edge_changes(p: Passage, a_body: str, b_body: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The words each side has between the passage's end and the end of its sentence, and
    between the start of its sentence and the passage's start, where both sides have a few
    (``EDGE_WORDS``): a change the alignment left outside the passage ("… daily through" /
    "Friday." and "Saturday."), a run of changed words as :func:`changes` gives them."""
    out = []
    tails = _tail(a_body, p.a_end), _tail(b_body, p.b_end)
    heads = _head(a_body, p.a_start), _head(b_body, p.b_start)
    for a, b in (tails, heads):
        if a is not None and b is not None:
            out.append((a, b))
    return out


def _tail(body: str, end: int) -> tuple[int, int] | None:
    """The words from ``end`` to the end of their sentence, when a few and the sentence goes on."""
    if end <= 0 or _END_RE.match(body, end - 1) or (not body[end:end + 1].strip() and body[end:end + 2] == "\n\n"):
        return None
    stop = _END_RE.search(body, end, end + EDGE_REACH)
    if stop is None:
        return None
    return _few(body, end, stop.start())


def _head(body: str, start: int) -> tuple[int, int] | None:
    """The words from the start of ``start``'s sentence to it, when a few and the sentence starts before it."""
    window = body[max(0, start - EDGE_REACH):start]
    ends = list(_END_RE.finditer(window))
    if not ends or not window.strip():
        return None
    begin = start - len(window) + ends[-1].end()
    return _few(body, begin, start)


def _few(body: str, lo: int, hi: int) -> tuple[int, int] | None:
    """``lo``-``hi`` without its outer white space, when it holds 1 to ``EDGE_WORDS`` words."""
    text = body[lo:hi]
    words = len(text.split())
    if not 0 < words <= EDGE_WORDS:
        return None
    lo += len(text) - len(text.lstrip())
    return lo, hi - (len(text) - len(text.rstrip()))
