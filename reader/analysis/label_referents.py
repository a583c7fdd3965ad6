"""What the labels of a story are made of: a :class:`Referent` (what several words name), its
:class:`Label` (one of those words, as a key) and each :class:`Use` of it (where an article
writes it, in which sentence, quoted or not); :class:`ArticleText` makes the uses of one
article's body.

Hand-written, as the rest of the labels (:mod:`reader.analysis.labels`): plain records and
two bisections, no model. ``WORD_RE`` is what the label rules read as a word.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from itertools import accumulate

from reader.analysis.article import AnalysedArticle
from reader.analysis.label_lexicon import Mark

WORD_RE = re.compile(r"[^\W\d_][\w’']*(?:-[\w’']+)*")


@dataclass(frozen=True, slots=True)
class Use:
    """One place an article uses a label."""

    article: int
    start: int
    end: int
    sentence: tuple[int, int]
    quoted: bool


@dataclass
class Label:
    key: str                     # what makes two uses one label (lower case, singular head)
    how: str                     # title, appositive, reference, phrase
    uses: list[Use] = field(default_factory=list)
    mark: Mark | None = None     # what the lexicon says of it


@dataclass
class Referent:
    name: str
    kind: str                    # person, organization, place, group
    basis: str                   # entity, head (noun phrases around one head), lexicon
    labels: dict[str, Label] = field(default_factory=dict)
    _seen: set[tuple[str, int, int]] = field(default_factory=set, repr=False, compare=False)

    def add(self, key: str, how: str, use: Use, mark: Mark | None) -> None:
        """``use`` as a use of label ``key``, unless that label has a use at the same
        place already (a set of those, not a look through the label's uses: a label of
        a long article has thousands)."""
        label = self.labels.setdefault(key, Label(key, how, [], mark))
        if (key, use.article, use.start) not in self._seen:
            self._seen.add((key, use.article, use.start))
            label.uses.append(use)

    def articles(self) -> list[int]:
        return sorted({u.article for label in self.labels.values() for u in label.uses})

    def marked(self) -> bool:
        return any(label.mark is not None for label in self.labels.values())


class ArticleText:
    """One article's body with its sentences, quotations and entity mentions at hand."""

    def __init__(self, index: int, article: AnalysedArticle) -> None:
        self.index = index
        self.body = article.body
        self.sentences = sorted(article.sentences) or [(0, len(self.body))]
        self.starts = [s for s, _ in self.sentences]
        quotes = sorted((q.start, q.end) for q in article.quotes)
        self.quote_starts = [s for s, _ in quotes]
        self.quote_reach = list(accumulate((e for _, e in quotes), max))  # furthest end of the quotes so far

    def sentence(self, pos: int) -> tuple[int, int]:
        k = max(0, bisect.bisect_right(self.starts, pos) - 1)
        return self.sentences[k]

    def use(self, start: int, end: int) -> Use:
        """The use of body[start:end]: quoted when inside a quotation (one that starts at
        or before ``start`` and ends at or after ``end``: the furthest end of those that
        start there or before, found by bisection)."""
        k = bisect.bisect_right(self.quote_starts, start)
        quoted = k > 0 and self.quote_reach[k - 1] >= end
        return Use(self.index, start, end, self.sentence(start), quoted)
