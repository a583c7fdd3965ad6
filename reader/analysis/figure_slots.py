"""Figures two sources give for one slot of the story, found with no rule for the wording:
between two articles, the figures of one unit family that neither the other article's
values nor the rules already explain are paired by their sentences, and a pair is one
quantity when each is the other's best match, clearly ahead of the next.

The rules of :mod:`reader.analysis.conflicts` key a figure by its counted noun and event
and need the words they were written for. Held-out stories word their figures in ways no
rule has seen, so this reads the story instead: a figure's evidence is its sentence's
content words (six-letter stems; numbers, number words and words of saying left out) and
those of its neighbourhood (``REACH`` words either side), weighted by how rare each is
among the story's sentences (a word every sentence holds, the place's name, says little);
two figures' likeness is the mean of the two weighted cosines.

A figure takes part only when it is free: no figure of the other article is linked with
it or tells its value in its unit family (that article tells this value, so a different
value of its own is likely another thing). Between the free figures of two articles whose
values are near (:func:`reader.analysis.quantities.near`), a pair is kept when each is the
other's best match, the likeness is at least ``MIN_LIKENESS`` with the next best of either
``MARGIN`` behind, the sentences share ``MIN_SHARED`` words, and the values cannot both hold.
What it never pairs, each measured as a wrong claim on PolNeAR's or a probe's stories:

- percentages (polls tell one sentence of several candidates and subgroups: "84 percent of
  young voters" and "86 percent of black voters"), ages, vague amounts, ends of a change,
  times read apart (clocks, elapsed times, tallies), times from another moment ("six
  months ago"), rows of tables, and counts of no noun unless they open the sentence as its
  subject ("Nine were taken to hospitals");
- a figure whose sentence holds another of its family with a near value ("Trump won out
  with 22 percent, followed closely by Ben Carson with 20 percent");
- sentences that name people or places and share at most half of the names of the one
  naming fewer (:func:`reader.analysis.paraphrase_figures.other_names`: CoNLL's sports
  digests, "won for the third time in nine games" of two teams; two earthquakes);
- an offset from a mark and a level ("more than nine feet above flood stage" and "Flood
  stage is 15 feet");
- counts of two kinds of thing ("1,100 nurses" and "2,400 employees"; a plain "people" or
  no noun may be any kind) or of two events by the rules' keys;
- and a link that would join a third value to a conflict (:func:`slot_links`): evidence
  this weak only ever makes a disagreement of two.

Hand-written: a weighted word overlap and a mutual best match; a paraphrase model would
need a download the project avoids. Quadratic only in the near figures of one family that
two articles hold (a handful in news).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Sequence

from reader.analysis.ages import is_age
from reader.analysis.figure_context import WORD, HeldValues, content_words, unit_family
from reader.analysis.figure_links import Links
from reader.analysis.figure_uses import READ_APART, FigureUse, Key
from reader.analysis.figures import number_word_value
from reader.analysis.paraphrase_figures import FROM_ANOTHER_TIME, other_names
from reader.analysis.quantities import compatible, is_vague, near
from reader.analysis.sentences import table_row

MIN_LIKENESS = 0.3
MARGIN = 0.1
MIN_SHARED = 3
MOST = 40           # figures of one family an article may have to take part (more: a table, not prose)
_SAYING = frozenset({"said", "says", "say", "saying", "told", "accord", "report", "statem", "announ"})

REACH = 6
_OFFSET = re.compile(r"\s+(?:above|below|beyond|past|short\s+of|higher\s+than|lower\s+than|ahead\s+of|behind)\b")
_AUXILIARY = re.compile(r"\s+(?:were|are|have|had|remain|remained)\b")
Pair = tuple[int, int]
Words = tuple[frozenset[str], frozenset[str]]


def slot_links(uses: list[FigureUse], keys: list[Key], finder: Links, held: HeldValues) -> None:
    """Link the pairs of :func:`slot_pairs` that no article holds both values of, only
    where the link leaves a disagreement of two values."""
    values: dict[int, set[float]] = {}
    for k in finder.linked:
        values.setdefault(finder.root(k), set()).add(float(uses[k].figure.value))
    for i, j in slot_pairs(uses, keys, finder.same):
        if held.both(uses, i, j):
            continue
        joined = (values.get(finder.root(i), set()) | values.get(finder.root(j), set())
                  | {float(uses[i].figure.value), float(uses[j].figure.value)})
        if len(joined) <= 2:
            finder.link(i, j)
            if finder.same(i, j):
                values[finder.root(i)] = joined


def slot_pairs(uses: Sequence[FigureUse], keys: Sequence[Key], same: Callable[[int, int], bool]) -> Iterator[Pair]:
    """Pairs of ``uses`` (indices) in two articles that fill one slot with different
    values (module doc), their quantity keys ``keys``; ``same(i, j)``: whether the rules
    have linked figures ``i`` and ``j``."""
    words = [_words(u) for u in uses]
    weight = _rarity(uses, words)
    rivalled = _rivalled(uses)
    by_article: dict[str, dict[str, list[int]]] = {}
    for i, u in enumerate(uses):
        if _takes_part(u) and i not in rivalled:
            by_article.setdefault(u.article, {}).setdefault(unit_family(u.figure), []).append(i)
    articles = sorted(by_article)
    for n, a in enumerate(articles):
        for b in articles[n + 1:]:
            for family, mine in by_article[a].items():
                theirs = by_article[b].get(family)
                if theirs and len(mine) <= MOST and len(theirs) <= MOST:
                    found = _best_pairs(uses, words, weight, _free(uses, mine, theirs, same),
                                        _free(uses, theirs, mine, same))
                    yield from ((i, j) for i, j in found if not _two_events(keys[i], keys[j])
                                and not _two_nouns(uses[i], keys[i], uses[j], keys[j])
                                and _offset(uses[i]) == _offset(uses[j])
                                and not other_names(uses[i].sentence, uses[j].sentence))


def _takes_part(u: FigureUse) -> bool:
    f = u.figure
    return not (u.change or is_vague(f) or is_age(f) or f.unit in READ_APART or f.unit == "percent"
                or table_row(u.sentence) or u.sentence.startswith("…")
                or FROM_ANOTHER_TIME.match(u.sentence, f.end - f.sentence_start)
                or not (f.unit or f.counts or _bare_subject(u)))


def _bare_subject(u: FigureUse) -> bool:
    """Whether a figure that counts no noun is a sentence's subject ("Nine were taken to
    hospitals"): a count of the people or things the story is about, not a score or a rank."""
    at = u.figure.end - u.figure.sentence_start
    return u.figure.start == u.figure.sentence_start and bool(_AUXILIARY.match(u.sentence, at))


def _offset(u: FigureUse) -> bool:
    """Whether a figure tells how far something lies from a mark ("more than nine feet above
    flood stage", "600 feet past the end of the runway"), not where the mark is ("Flood
    stage is 15 feet"): an offset and a level are two quantities."""
    return bool(_OFFSET.match(u.sentence, u.figure.end - u.figure.sentence_start))


def _two_events(one: Key, other: Key) -> bool:
    """Whether the rules read the two figures as counts of two events ("nurses took part"
    and "people employed"): the slot's likeness does not overrule them."""
    return one is not None and other is not None and None not in (one[1], other[1]) and one[1] != other[1]


_ANYONE = frozenset({None, "person"})


def _two_nouns(u: FigureUse, one: Key, v: FigureUse, other: Key) -> bool:
    """Whether two counts count two kinds of thing: each names a noun (its key's, else its
    own), the two differ and neither is a plain "people" ("1,100 nurses" and "2,400
    employees", "850 nurses" and "a 420-bed hospital"; "Two people" and "Five passengers",
    "Nine" and "Six spectators" may be one count)."""
    if unit_family(u.figure) != "count":
        return False
    mine, yours = (one[0] if one else u.figure.unit), (other[0] if other else v.figure.unit)
    return mine not in _ANYONE and yours not in _ANYONE and mine != yours


def _rivalled(uses: Sequence[FigureUse]) -> set[int]:
    """Figures whose sentence holds another figure of their family with a value near
    theirs ("Trump won out with 22 percent, followed closely by Ben Carson with 20
    percent"): which of the two another source's figure tells is not known. Each sentence's
    values are sorted, so only a figure's neighbours in value are asked (a table of
    thousands of values in one sentence stays linear)."""
    by_sentence: dict[tuple[str, int, str], list[int]] = {}
    for i, u in enumerate(uses):
        by_sentence.setdefault((u.article, u.figure.sentence_start, unit_family(u.figure)), []).append(i)
    out = set()
    for members in by_sentence.values():
        ranked = sorted(members, key=lambda k: abs(float(uses[k].figure.value)))
        values = [abs(float(uses[k].figure.value)) for k in ranked]
        for n, i in enumerate(ranked):
            lower = bisect_left(values, values[n]) - 1      # the next smaller value's last figure
            higher = bisect_right(values, values[n])       # the next larger value's first
            if any(0 <= m < len(ranked) and near(uses[i].figure, uses[ranked[m]].figure) for m in (lower, higher)):
                out.add(i)
    return out


def _words(u: FigureUse) -> Words:
    """The figure's sentence's words and those of its neighbourhood (``REACH`` words either
    side, inside the sentence): two figures of one sentence differ by the second."""
    at = u.figure.start - u.figure.sentence_start
    before = WORD.findall(u.sentence[:max(at, 0)])[-REACH:]
    after = WORD.findall(u.sentence[at + len(u.figure.text):])[:REACH]
    return _plain(u.sentence), _plain(" ".join(before + after))


def _plain(text: str) -> frozenset[str]:
    return frozenset(w for w in content_words(text) if w not in _SAYING and number_word_value(w) is None)


def _rarity(uses: Sequence[FigureUse], words: list[Words]) -> dict[str, float]:
    """Each word's weight: the log of the story's sentences over those holding it."""
    sentences = {(u.article, u.figure.sentence_start): w[0] for u, w in zip(uses, words, strict=True)}
    df = Counter(w for ws in sentences.values() for w in ws)
    total = len(sentences) + 1
    return {w: math.log(total / n) for w, n in df.items()}


def _free(uses: Sequence[FigureUse], mine: list[int], theirs: list[int], same: Callable[[int, int], bool]) -> list[int]:
    """Figures of ``mine`` that no figure of ``theirs`` already explains: none is linked
    with it, and none tells its value (the same number first: copies of one text)."""
    told = {float(uses[j].figure.value) for j in theirs}
    return [i for i in mine if float(uses[i].figure.value) not in told
            and not any(same(i, j) or compatible(uses[i].figure, uses[j].figure) for j in theirs)]


def _likeness(x: Words, y: Words, weight: dict[str, float]) -> float:
    """The mean of the two sentences' likeness and that of the figures' neighbourhoods."""
    return (_cosine(x[0], y[0], weight) + _cosine(x[1], y[1], weight)) / 2


def _cosine(x: frozenset[str], y: frozenset[str], weight: dict[str, float]) -> float:
    shared = sum(weight.get(w, 0.0) for w in x & y)
    norm = math.sqrt(sum(weight.get(w, 0.0) for w in x) * sum(weight.get(w, 0.0) for w in y))
    return shared / norm if norm else 0.0


def _best_pairs(uses: Sequence[FigureUse], words: list[Words], weight: dict[str, float],
                mine: list[int], theirs: list[int]) -> Iterator[Pair]:
    """Mutual best matches among the pairs whose values are near (a figure a thousand
    times another's is no rival)."""
    score = {(i, j): _likeness(words[i], words[j], weight) for i in mine for j in theirs
             if near(uses[i].figure, uses[j].figure)}
    ranked: dict[int, list[tuple[float, int]]] = {}
    for (i, j), s in score.items():
        ranked.setdefault(i, []).append((s, j))
        ranked.setdefault(-1 - j, []).append((s, i))
    for options in ranked.values():
        options.sort(reverse=True)
    for i in mine:
        if i not in ranked:
            continue
        best, j = ranked[i][0]
        if ranked[-1 - j][0][1] != i or best < MIN_LIKENESS or len(words[i][0] & words[j][0]) < MIN_SHARED:
            continue
        runner = max(_second(ranked[i]), _second(ranked[-1 - j]))
        if best - runner >= MARGIN and not compatible(uses[i].figure, uses[j].figure):
            yield i, j


def _second(options: list[tuple[float, int]]) -> float:
    return options[1][0] if len(options) > 1 else 0.0
