"""Figures that disagree across sources for the same quantity.

Two figures from different articles are taken to state the *same quantity* with
*different values* when

- their units are of one family: the same currency, both percentages, the same measure
  ("page", "year" …), or both plain counts (any counted noun, or none);
- their values differ, but by at most ``MAX_SPREAD`` of the larger (1.27 vs 1.28
  million), so 47,000 and 1.28 million are never one quantity;
- and there is evidence they describe the same thing: the same counted noun, or
  sentences sharing content words (at least ``MIN_CONTEXT`` Jaccard overlap, or — for
  large counts of at least ``LARGE`` with a spread under ``TIGHT_SPREAD`` — at least one
  shared name-like content word such as "ICE" or "IRS").

Figures linked this way are grouped (transitively); each conflict then also collects
every figure, in any article, that states one of its values in a compatible unit, so
"1.28 million" is listed with all the sources that give it. Each figure comes with its
sentence span, which is the passage shown in reports.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from reader.analysis.article import AnalysedArticle, ArticleLike
from reader.analysis.figures import MEASURES, Figure, display_number, extract_figures
from reader.text.tokens import STOPWORDS

MAX_SPREAD = 0.05
TIGHT_SPREAD = 0.02
LARGE = 10_000
MIN_CONTEXT = 0.2
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]+")


@dataclass
class FigureUse:
    article: str
    figure: Figure
    sentence: str

    def to_json(self) -> dict:
        f = self.figure
        return {"article": self.article, "start": f.start, "end": f.end, "text": f.text,
                "number_start": f.number_start, "number_end": f.number_end, "qualifier": f.qualifier,
                "unit": f.unit, "counts": f.counts, "sentence_start": f.sentence_start,
                "sentence_end": f.sentence_end, "sentence": self.sentence}


@dataclass
class ConflictValue:
    value: int | float
    display: str
    uses: list[FigureUse] = field(default_factory=list)

    @property
    def articles(self) -> list[str]:
        return list(dict.fromkeys(u.article for u in self.uses))

    def to_json(self) -> dict:
        return {"value": self.value, "display": self.display, "articles": self.articles,
                "figures": [u.to_json() for u in self.uses]}


@dataclass
class Conflict:
    quantity: str                 # a short label: the counted nouns or unit seen
    values: list[ConflictValue]   # largest support first

    @property
    def articles(self) -> list[str]:
        return list(dict.fromkeys(a for v in self.values for a in v.articles))

    def to_json(self) -> dict:
        return {"quantity": self.quantity, "articles": self.articles, "values": [v.to_json() for v in self.values]}


def _family(f: Figure) -> str:
    if f.unit in ("USD", "EUR", "GBP", "JPY"):
        return "currency:" + f.unit
    if f.unit == "percent":
        return "percent"
    if f.unit in MEASURES:
        return "measure:" + f.unit
    return "count"


def _content(sentence: str) -> set[str]:
    words = set()
    for w in _WORD.findall(sentence):
        low = w.lower().replace("’", "'").removesuffix("'s")
        if low in STOPWORDS or len(low) < 3:
            continue
        words.add(low[:6])        # a crude stem: "requested" ~ "request"
    return words


def _names(sentence: str) -> set[str]:
    return {w for w in _WORD.findall(sentence) if w[0].isupper() and w.lower() not in STOPWORDS}


def _spread(a: float, b: float) -> float:
    hi = max(abs(a), abs(b))
    return abs(a - b) / hi if hi else 0.0


def same_quantity(f: FigureUse, g: FigureUse) -> bool:
    """Whether two figures of different value look like one quantity (see the module doc)."""
    a, b = f.figure, g.figure
    if a.value == b.value or _family(a) != _family(b):
        return False
    spread = _spread(a.value, b.value)
    if spread > MAX_SPREAD:
        return False
    if _family(a) == "count" and a.unit and a.unit == b.unit:
        return True
    ca, cb = _content(f.sentence), _content(g.sentence)
    if ca and cb and len(ca & cb) / len(ca | cb) >= MIN_CONTEXT:
        return True
    big = min(abs(a.value), abs(b.value)) >= LARGE
    return big and spread <= TIGHT_SPREAD and bool(_names(f.sentence) & _names(g.sentence))


def find_conflicts(articles: Sequence[ArticleLike | AnalysedArticle],
                   figures: dict[str, list[Figure]] | None = None) -> list[Conflict]:
    """Conflicting figures across ``articles`` (see the module doc), most sources first.
    Each article's figures are ``figures[id]`` when given, else its analysed figures
    (an :class:`AnalysedArticle`) or those extracted from its body."""
    uses = _uses(articles, figures)
    taken: set[int] = set()
    conflicts = []
    for members in _linked_groups(uses):
        family = _family(uses[members[0]].figure)
        values = {uses[i].figure.value for i in members}
        chosen = [i for i in range(len(uses)) if i not in taken and (i in members or (
            uses[i].figure.value in values and _family(uses[i].figure) == family))]
        taken.update(chosen)
        vals = _values([uses[i] for i in chosen])
        if len({a for v in vals for a in v.articles}) < 2:
            continue
        conflicts.append(Conflict(_label(vals, uses[members[0]].figure), vals))
    conflicts.sort(key=lambda c: (-len(c.articles), c.quantity))
    return conflicts


def _uses(articles: Sequence[ArticleLike | AnalysedArticle],
          figures: dict[str, list[Figure]] | None) -> list[FigureUse]:
    uses: list[FigureUse] = []
    for a in articles:
        figs = figures.get(a.id) if figures is not None else None
        if figs is None:
            figs = a.figures if isinstance(a, AnalysedArticle) else extract_figures(a)
        for f in figs:
            uses.append(FigureUse(a.id, f, a.body[f.sentence_start:f.sentence_end]))
    return uses


def _linked_groups(uses: list[FigureUse]) -> list[list[int]]:
    """Figures of different articles taken to state one quantity, grouped transitively."""
    parent = list(range(len(uses)))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    linked: set[int] = set()
    for i in range(len(uses)):
        for j in range(i + 1, len(uses)):
            if uses[i].article != uses[j].article and same_quantity(uses[i], uses[j]):
                parent[root(j)] = root(i)
                linked.update((i, j))
    groups: dict[int, list[int]] = {}
    for i in sorted(linked):
        groups.setdefault(root(i), []).append(i)
    return list(groups.values())


def _values(uses: list[FigureUse]) -> list[ConflictValue]:
    """The uses by value, values given by most articles first."""
    by_value: dict[int | float, ConflictValue] = {}
    for u in uses:
        f = u.figure
        by_value.setdefault(f.value, ConflictValue(f.value, display_number(f.value, f.unit))).uses.append(u)
    return sorted(by_value.values(), key=lambda v: (-len(v.articles), v.value))


def _label(vals: list[ConflictValue], first: Figure) -> str:
    """The first counted noun given for each value, then the others (at most four), else the unit."""
    nouns = []
    for v in vals:
        own = [u.figure.counts.strip("“”\"‘’'") for u in v.uses if u.figure.counts and not u.figure.counts_inferred]
        nouns += own[:1]
    nouns = list(dict.fromkeys(nouns))
    return " / ".join(nouns[:4]) or (first.unit or "figure")
