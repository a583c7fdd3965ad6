"""Passages that are one quotation both texts carry.

Two reports that quote the same speaker share the quoted words because both quote them,
not because one copied the other: a judge's sentence read out in court, a statement
handed to every newsroom. The aligner finds such a passage like any other (it reads
words, not quotation marks), so it would be shown as a verbatim or edited copy. A
passage is marked a *quotation* (:attr:`reader.engine.compare.Passage.quotation`) when on
each side at least :data:`QUOTED_SHARE` of its words lie inside quotation marks, the
quotes :func:`reader.analysis.quotes.extract_quotes` finds; an attribution copied with it
("…,” the judge said) leaves it a quotation, a sentence of reporting around it does not.
Provenance already leaves quoted words out (:mod:`reader.analysis.shared_words`); this
tells the reader the same about the passage itself. A story reads its articles' quotes;
``reader compare`` and the panes read the quotation marks alone (:func:`quoted_spans`),
which differ from the quotes only where a quoted name ("Operation Midway Blitz") is not
counted as a quote: never 75% of a passage. A Markdown blockquote a colon introduces
("Chief Pike wrote:" then "> …") counts as a quotation in both.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from reader.analysis.word_ranges import quoted_words, words_between
from reader.engine.compare import Comparison, Passage, compare_tokens
from reader.text.tokens import tokenize

TYPE_CHECKING = False  # the analysed article's module imports every extractor: not for `reader compare`
if TYPE_CHECKING:
    from reader.analysis.article import AnalysedArticle

QUOTED_SHARE = 0.75   # share of a passage's words, on each side, inside quotation marks


@dataclass(frozen=True)
class QuotedWords:
    """Where one text's words start and which stretches of it are quotations."""

    starts: Sequence[int]            # character offset of each word, ascending
    spans: list[tuple[int, int]]     # quotations (text inside the marks), by start

    @classmethod
    def of(cls, article: AnalysedArticle) -> QuotedWords:
        quotes = [(q.start, q.end) for q in article.quotes]
        return cls(article.tokens.starts, sorted(quotes + introduced_blockquotes(article.body)))

    def share(self, start: int, end: int) -> float:
        """The share of the words starting in ``[start, end)`` that start inside a quotation
        (:mod:`reader.analysis.word_ranges`: the words provenance leaves out as quoted)."""
        words = len(words_between(self.starts, start, end))
        if not words:
            return 0.0
        inside = 0
        k = bisect.bisect_left(self.spans, (end,)) - 1
        while k >= 0 and self.spans[k][1] > start:
            qs, qe = self.spans[k]
            inside += len(words_between(self.starts, max(qs, start), min(qe, end)))
            k -= 1
        return min(inside, words) / words

    def indexes(self) -> set[int]:
        """The indexes of the words starting inside a quotation."""
        return quoted_words(self.starts, self.spans)


def is_quotation(p: Passage, a: QuotedWords, b: QuotedWords) -> bool:
    return a.share(p.a_start, p.a_end) >= QUOTED_SHARE and b.share(p.b_start, p.b_end) >= QUOTED_SHARE


def with_quotations(comp: Comparison, a: QuotedWords, b: QuotedWords) -> Comparison:
    """``comp`` with its passages that are a quotation on both sides marked as such."""
    if not a.spans or not b.spans:
        return comp
    marked = [replace(p, quotation=True) if is_quotation(p, a, b) else p for p in comp.passages]
    if all(p is q for p, q in zip(marked, comp.passages, strict=True)):
        return comp
    return replace(comp, passages=marked)


def story_quotations(articles: Sequence[AnalysedArticle],
                     comparisons: dict[tuple[int, int], Comparison]) -> dict[tuple[int, int], Comparison]:
    """Every comparison of a story (``(i, j)`` → comparison of ``articles[i]`` with
    ``articles[j]``) with its quotation passages marked."""
    views: dict[int, QuotedWords] = {}

    def view(i: int) -> QuotedWords:
        if i not in views:
            views[i] = QuotedWords.of(articles[i])
        return views[i]

    return {(i, j): with_quotations(c, view(i), view(j)) if c.passages else c for (i, j), c in comparisons.items()}


def compare_bodies(a: str, b: str) -> Comparison:
    """:func:`reader.engine.compare.compare_texts` with its quotation passages marked: the
    comparison ``reader compare`` prints and the panes show. Quotation marks are read
    only when the two texts share a passage and both hold a double mark (or a
    blockquote); they are read
    as :func:`reader.analysis.quote_marks.find_marks` pairs them, without looking for
    speakers (importing the speaker rules would cost ``reader compare`` more than the
    comparison of two 2,000-word texts)."""
    ta, tb = tokenize(a), tokenize(b)
    comp = compare_tokens(ta, tb)
    if not comp.passages or not (_quotes_in(a) and _quotes_in(b)):
        return comp
    qa = quoted_spans(a)
    qb = quoted_spans(b) if qa else []
    return with_quotations(comp, QuotedWords(ta.starts, qa), QuotedWords(tb.starts, qb))


_DOUBLE_MARKS = re.compile("[\"“”«»]|''|‘‘|’’|``")   # doubled single marks: one double mark (mark_view)


def _quotes_in(text: str) -> bool:
    """Whether ``text`` may hold a quotation: a double mark, or a blockquote's ">"."""
    return ">" in text or _DOUBLE_MARKS.search(text) is not None


def quoted_spans(body: str) -> list[tuple[int, int]]:
    """The stretches of ``body`` inside quotation marks, and the blockquotes a colon
    introduces (:func:`introduced_blockquotes`), by start."""
    from reader.analysis.quote_marks import find_marks, mark_view, paragraphs

    paras = paragraphs(body)
    return sorted([(p["start"], p["end"]) for p in find_marks(mark_view(body), paras)]
                  + introduced_blockquotes(body))


# a Markdown blockquote: lines opening with ">", after a line that ends with a colon
# ("In a statement, Chief Lorna Pike wrote:")
_BLOCKQUOTE_RE = re.compile(r"(?m)(?<=:)[ \t]*\n(?:[ \t]*\n)*((?:[ \t]{0,3}>[^\n]*(?:\n|$))+)")


def introduced_blockquotes(body: str) -> list[tuple[int, int]]:
    """The Markdown blockquotes of ``body`` that a colon introduces ("Chief Pike wrote:"
    then "> …"): someone's words set off without quotation marks, a quotation as much as
    one in marks. Two reports that print one statement, one in marks and one as a
    blockquote, share it because both quote it."""
    if ">" not in body:
        return []
    return [(m.start(1), m.end(1)) for m in _BLOCKQUOTE_RE.finditer(body)]
