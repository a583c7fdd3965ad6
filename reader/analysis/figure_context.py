"""What the sentences of two figures say about whether they state one quantity: the unit
family a figure belongs to, the content words and names of a sentence, the words two
sentences share besides what their figures count, and a figure's place in a sentence
that lists several values.

Read by :mod:`reader.analysis.conflicts`. Hand-written: these are the project's own
rules of evidence, a few word tests each, tuned on news copy (stories-dev, and checked on
PolNeAR and CoNLL stories with ``benchmarks/story_unseen.py``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from reader.analysis.currencies import MONEY_UNITS
from reader.analysis.disputed_values import disputed
from reader.analysis.figure_units import MEASURES, one_spelling
from reader.analysis.figure_uses import READ_APART, FigureUse
from reader.analysis.figures import CURRENCY, Figure, number_word_value
from reader.analysis.people_roles import KEY_WORDS
from reader.analysis.quantity_senses import listed_with
from reader.text.tokens import STOPWORDS

WORD = re.compile(r"[A-Za-z][A-Za-z’'-]+")
# The words of ``WORD.finditer`` that start with a capital: a match of WORD runs from
# the first letter of a run of its characters to the run's end, so this is that letter,
# upper case, at the start of a run or after only apostrophes and hyphens.
CAPITALISED = re.compile(r"(?<![A-Za-z’'-])[’'-]*([A-Z][A-Za-z’'-]+)")
NAME_REACH = 60     # characters before a figure read for the name it is given for


def unit_family(f: Figure) -> str:
    """The family of a figure's unit: figures of two families are never one quantity."""
    if f.unit in READ_APART:
        return str(f.unit)
    if f.unit in MONEY_UNITS:
        return "currency:" + f.unit
    if f.unit == "percent":
        return "percent"
    if f.unit in MEASURES:
        return "measure:" + one_spelling(f.unit)     # ("60 kilometres" and "45 km": one unit)
    return "count"


def content_words(sentence: str) -> set[str]:
    """A sentence's words of three letters or more that are not stop words, cut to six
    letters (a crude stem: "requested" ~ "request"); a set of the caller's own."""
    return set(_content_words(sentence))


@functools.lru_cache(maxsize=8192)
def _content_words(sentence: str) -> frozenset[str]:
    """:func:`content_words`, read once per sentence (a story's figures share their sentences)."""
    words = set()
    for w in WORD.findall(sentence):
        low = w.lower().replace("’", "'").removesuffix("'s")
        if low in STOPWORDS or len(low) < 3:
            continue
        words.add(low[:6])
    return frozenset(words)


def names(sentence: str) -> set[str]:
    """A sentence's capitalised words that are not stop words."""
    return {w for w in WORD.findall(sentence) if w[0].isupper() and w.lower() not in STOPWORDS}


def lower_names(text: str) -> set[str]:
    """``{w.lower() for w in names(text)}``, read a capitalised word at a time
    (:data:`CAPITALISED`; a list of every word of a 5 MB article, as ``findall`` makes,
    took 50 MB, and a step per word in Python 0.1 s for 1,000 articles)."""
    return {found.group(1).lower() for found in CAPITALISED.finditer(text)} - STOPWORDS


# the words a key is read from (:data:`reader.analysis.people_roles.KEY_WORDS`), as content words:
# every figure of the key has one, so, like the counted noun, they are no evidence of one quantity
_KEY_STEMS = frozenset(w[:6] for w in KEY_WORDS)


def share_context(uses: list[FigureUse], first: Sequence[int], second: Sequence[int], reach: int,
                  least: int = 1) -> bool:
    """Whether a figure of ``first`` and one of ``second``, in two articles, have at least
    ``least`` words of their sentences in common besides what they count and number words
    ("stores" and "Sears"; not "states" alone): the counted noun of a key that names no
    event is shared by figures of different things ("the two states hold primaries" and
    "with four states having voted"), nor is a word its key is read from ("rescued":
    :mod:`reader.analysis.people_roles`). At most ``reach`` figures of each side are read."""
    words: dict[int, set[str]] = {}

    def context(k: int) -> set[str]:
        if k not in words:
            f = uses[k].figure
            noun = (f.counts or f.unit or "").split()
            stem = noun[-1].lower()[:5] if noun else None       # (a bare number counts no noun)
            words[k] = {w for w in content_words(uses[k].sentence) if not (stem and w.startswith(stem))
                        and number_word_value(w) is None and w not in _KEY_STEMS}
        return words[k]

    return any(uses[x].article != uses[y].article and len(context(x) & context(y)) >= least
               for x in first[:reach] for y in second[:reach])


def crowded(uses: list[FigureUse], most: int) -> dict[int, tuple[int, int, str | None]]:
    """Figures whose sentence lists other values in their unit family
    (:func:`reader.analysis.quantity_senses.listed_with`: "Ted Cruz has 370 delegates,
    Marco Rubio has 163"), each with the count of its sentence's values, its place among
    them (text order) and the name written last before it. Two sentences alike are
    evidence only for the figures in the same place of two lists of the same length,
    after the same name ("Quill now has at least 1,353, while Marsh has at least 625" and
    "... at least 1,410, while Marsh has at least 653"). A sentence of more than ``most``
    values (a table) gives every figure one place, -1."""
    figures: dict[tuple[str, int, str], dict[float, Figure]] = {}
    for u in uses:
        figures.setdefault((u.article, u.figure.sentence_start, unit_family(u.figure)), {}).setdefault(
            float(u.figure.value), u.figure)
    out: dict[int, tuple[int, int, str | None]] = {}
    for i, u in enumerate(uses):
        f = u.figure
        listed = figures[(u.article, f.sentence_start, unit_family(f))]
        if len(listed) > most:
            out[i] = (len(listed), -1, None)
        elif len(listed) > 1 and any(value != float(f.value) and listed_with(f, g) for value, g in listed.items()):
            out[i] = (len(listed), list(listed).index(float(f.value)), name_before(u))
    return out


def name_before(u: FigureUse) -> str | None:
    """The capitalised word (not a stop word: "The") written last in the ``NAME_REACH``
    characters before the figure, inside its sentence; None when there is none or the
    sentence shown is cut."""
    f = u.figure
    if u.sentence.startswith("…"):
        return None
    at = f.start - f.sentence_start
    found = [m for m in CAPITALISED.finditer(u.sentence, max(0, at - NAME_REACH), at)
             if m.group(1).lower() not in STOPWORDS]
    return found[-1].group(1) if found else None


_OWN = "own"        # (a value an article states as its own, in a unit, whatever it counts)
_CURRENCIES = frozenset(CURRENCY.values())


class HeldValues:
    """The values each article states of each quantity (its key, else its unit; or, for
    figures compared by their sentences, its unit alone) told of one time (its frame:
    :mod:`reader.analysis.other_events`; ends of a change left out, but the value a change told
    in one figure comes to, "from $2 to $2.50", is held): when one article
    states both values of two figures, they are two quantities, or one that changed, not
    one told two ways by two sources ("close 87 stores in 14 states" and "operates 399
    stores in 31 states"; "closes an $11.8 billion shortfall" and "$11.3 billion in the
    Rainy Day Fund"); an article setting two parties' values against each other holds
    neither as its own (:mod:`reader.analysis.disputed_values`)."""

    def __init__(self, uses: Sequence[FigureUse], keys: Sequence[tuple[str, str | None] | None],
                 frames: Sequence[tuple[str | None, ...]]) -> None:
        units = [(unit_family(u.figure), u.figure.unit) for u in uses]
        self.tags = [(key or unit, frame) for key, unit, frame in zip(keys, units, frames, strict=True)]
        self.unit_tags = [(unit, frame) for unit, frame in zip(units, frames, strict=True)]
        self.held: dict[tuple[object, float], set[str]] = {}
        argued = disputed(uses, keys)       # (two parties' values of one key: a dispute, not two quantities)
        for n, (u, tag, unit_tag) in enumerate(zip(uses, self.tags, self.unit_tags, strict=True)):
            if not u.change:
                if n not in argued:
                    self.held.setdefault((tag, float(u.figure.value)), set()).add(u.article)
                    if u.figure.unit in _CURRENCIES:        # (only sums are asked: both_as_own)
                        self.held.setdefault(((_OWN, unit_tag), float(u.figure.value)), set()).add(u.article)
                self.held.setdefault((unit_tag, float(u.figure.value)), set()).add(u.article)
            elif u.figure.high is not None:     # ("raise the base fare from $2 to $2.50": it holds $2.50 now)
                for held_tag in {tag, unit_tag}:
                    self.held.setdefault((held_tag, float(u.figure.high)), set()).add(u.article)

    def both(self, uses: Sequence[FigureUse], i: int, j: int, anywhere: bool = True, by_unit: bool = False) -> bool:
        """Whether some article states both the value of figure ``i`` and that of ``j``
        as the quantity of ``i`` (with ``anywhere`` False: the article of ``i`` or ``j``;
        with ``by_unit``: in ``i``'s unit, whatever it counts)."""
        tag = self.unit_tags[i] if by_unit else self.tags[i]
        holding = (self.held.get((tag, float(uses[i].figure.value)), set())
                   & self.held.get((tag, float(uses[j].figure.value)), set()))
        return bool(holding if anywhere else holding & {uses[i].article, uses[j].article})

    def both_as_own(self, uses: Sequence[FigureUse], i: int, j: int) -> bool:
        """Whether some article states both sums of money in ``i``'s currency, whatever each
        counts, as its own (not two parties' values set against each other): "a financing deal
        for a $1.6 billion ballpark, committing $640 million in public money" holds the two as
        two sums. Not lengths of time or counts, which one article tells of many things ("24
        months of free credit monitoring" and "its biggest drop in more than a year")."""
        if uses[i].figure.unit not in _CURRENCIES:
            return False
        tag = self.unit_tags[i]
        return bool(self.held.get(((_OWN, tag), float(uses[i].figure.value)), set())
                    & self.held.get(((_OWN, tag), float(uses[j].figure.value)), set()))
