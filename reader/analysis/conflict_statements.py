"""Every figure of a story by what it states, to collect a conflict's other statements.

A conflict is found between a few figures linked by their keys or their sentences; each then also
collects every figure, in any article, that states one of its values for the same quantity
(:meth:`Statements.with_same`), so a value told by five sources lists all five.
"""

from __future__ import annotations

import re

from reader.analysis.ages import is_age
from reader.analysis.conflict_values import display
from reader.analysis.figure_context import name_before, unit_family
from reader.analysis.figure_uses import READ_APART, FigureUse, Key
from reader.analysis.figures import Figure

LARGE = 10_000      # a count this large, unkeyed, is one statement wherever its unit family is the same


class Statements:
    """Every figure by what it states, to find a conflict's other statements (see
    :meth:`with_same`) by lookups: looking at every figure for every conflict made a
    table of numbers cost its figures times its conflicts."""

    def __init__(self, uses: list[FigureUse], keys: list[Key], frames: list[tuple[str | None, ...]],
                 raw: list[Key] | None = None) -> None:
        self.uses, self.keys, self.frames = uses, keys, frames
        self.raw = raw or keys
        self.keyed: dict[tuple, list[int]] = {}
        self.named: dict[tuple, list[int]] = {}     # (value, key, the name before it) → figures
        self.by_value: dict[tuple, list[int]] = {}
        self.by_sentence: dict[tuple, list[int]] = {}
        self.ages: dict[tuple, list[int]] = {}     # (article, value) → its "N-year-old" figures
        for i, u in enumerate(uses):
            f = u.figure
            self.by_sentence.setdefault(_said(u), []).append(i)
            if is_age(f):
                self.ages.setdefault((u.article, f.value), []).append(i)
            if keys[i] is not None:
                self.keyed.setdefault((_stated(f), keys[i], unit_family(f)), []).append(i)
            if self.raw[i] is not None and (name := name_before(u)) is not None:
                self.named.setdefault((_stated(f), self.raw[i], name), []).append(i)
            if not u.change:
                self.by_value.setdefault((f.value, unit_family(f)), []).append(i)

    def with_same(self, members: list[int]) -> list[int]:
        """A conflict's figures plus every figure of another article stating one of its
        values for the same quantity: the same key, or (large counts, unkeyed figures) the
        same unit family, or the same figure in the same sentence word for word (a copy's
        "a 72-year-old man was found dead"); never one end of a change ("descended from
        30,000 feet to 10,000 feet" states no altitude the event happened at). In text order."""
        uses, keys = self.uses, self.keys
        out = set(members)
        for i in members:
            f = uses[i].figure
            out.update(self.keyed.get((_stated(f), keys[i], unit_family(f)), ()))
            if self.raw[i] is not None and (name := name_before(uses[i])) is not None:
                out.update(self.named.get((_stated(f), self.raw[i], name), ()))
            if f.value >= LARGE and f.unit not in READ_APART:
                out.update(self.by_value.get((f.value, unit_family(f)), ()))
            if f.unit == "year":     # an age given twice in one article ("a 73-year-old man", "Briggs, 73,")
                out.update(self.ages.get((uses[i].article, f.value), ()))
        for i in list(out):
            out.update(self.by_sentence.get(_said(uses[i]), ()))
        frame = self.frames[members[0]]
        return sorted(i for i in out if self.frames[i] == frame)


# a dateline's credit left at a sentence's start: "(AP) — ", "Aug 11 (Reuters) - "
_LEAD_CREDIT_RE = re.compile(r"^[^()\n]{0,60}\([A-Za-z][A-Za-z/ .&-]{0,30}\)\s*[-–—]+\s*")


def _said(u: FigureUse) -> tuple:
    """A figure as one sentence states it: the sentence's words (without a dateline's
    credit) and the figure's own text."""
    words = " ".join(_LEAD_CREDIT_RE.sub("", u.sentence).split()).lower()
    return words, u.figure.text.lower(), u.figure.value, u.change


def _stated(f: Figure) -> int | float | str:
    """What a figure states, for finding the same statement elsewhere: its value, or for
    a time what is shown ("before noon" and "just before noon" are not one statement)."""
    return display(f) if f.unit in READ_APART else f.value
