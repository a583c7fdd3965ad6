"""One article analysed once: its tokens, sentences, paragraphs, quotes, entities,
figures and dates, in one typed object every story step reads.

``analyse(article)`` builds an :class:`AnalysedArticle`: the body split into words once,
and the extractors' findings (:mod:`reader.analysis.extraction`), read from the cache of
:mod:`reader.analysis.analysis_cache` when this body was analysed before by the same
rules. Before this object the story ran figure extraction twice per article and split
its body into words five times (index, comparison, provenance, quote matching, unique
lines). Tokens are not cached: splitting the whole bundled story takes under half a
millisecond, less than reading them back would.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Protocol

from reader.analysis.analysis_cache import cached_extraction, extractions
from reader.analysis.dates import DateMention
from reader.analysis.entities import Entity
from reader.analysis.extraction import Extraction, Span
from reader.analysis.figures import Figure
from reader.analysis.quotes import Quote
from reader.analysis.sentences import sentence_spans
from reader.text.tokens import Tokens, tokenize, word_count

TYPE_CHECKING = False
if TYPE_CHECKING:
    from reader.analysis.pool import Pending


class ArticleLike(Protocol):
    """What the analysis reads of an article (:class:`reader.library.model.Article`)."""

    @property
    def id(self) -> str: ...
    @property
    def body(self) -> str: ...
    @property
    def outlet(self) -> str | None: ...
    @property
    def authors(self) -> tuple[str, ...]: ...
    @property
    def published(self) -> str | None: ...


@dataclass(frozen=True)
class AnalysedArticle:
    """An article with everything the analysis finds in it (offsets index ``article.body``)."""

    article: Any                       # reader.library.model.Article (or any ArticleLike)
    tokens: Tokens
    found: Extraction

    @property
    def id(self) -> str:
        return str(self.article.id)

    @property
    def body(self) -> str:
        return str(self.article.body)

    @property
    def outlet(self) -> str | None:
        return self.article.outlet

    @property
    def authors(self) -> tuple[str, ...]:
        return tuple(self.article.authors)

    @property
    def published(self) -> str | None:
        return self.article.published

    @property
    def title(self) -> str | None:
        title = getattr(self.article, "title", None)
        return title if isinstance(title, str) else None

    @property
    def word_count(self) -> int:
        return len(self.tokens)

    @property
    def norms(self) -> list[str]:
        return self.tokens.norms

    @property
    def sentences(self) -> list[Span]:
        return self.found.sentences

    @property
    def paragraphs(self) -> list[Span]:
        return self.found.paragraphs

    @property
    def quotes(self) -> list[Quote]:
        return self.found.quotes

    @property
    def entities(self) -> list[Entity]:
        return self.found.entities

    @property
    def figures(self) -> list[Figure]:
        return self.found.figures

    @property
    def dates(self) -> list[DateMention]:
        return self.found.dates

    @cached_property
    def own_names(self) -> set[str]:
        """Normal forms of the article's outlet and bylines (a copy often swaps them)."""
        names: set[str] = set()
        for text in (self.article.outlet or "", *self.article.authors):
            names.update(tokenize(text).norms)
        return names

    def _inside(self, start: int, end: int) -> tuple[int, int] | None:
        """Token indexes [i, j) of the tokens of body[start:end], or None when a token of
        the body crosses either edge (then the slice splits differently on its own)."""
        t = self.tokens
        i = bisect.bisect_left(t.starts, start)
        j = max(i, bisect.bisect_right(t.ends, end))
        if (i > 0 and t.ends[i - 1] > start) or (j < len(t) and t.starts[j] < end):
            return None
        return i, j

    def words_in(self, start: int, end: int) -> int:
        """``word_count(body[start:end])``, read off the body's tokens."""
        inside = self._inside(start, end)
        return inside[1] - inside[0] if inside is not None else word_count(self.body[start:end])

    def norms_of(self, start: int, end: int) -> list[str]:
        """``tokenize(body[start:end]).norms``, read off the body's tokens (``tokens_of``
        without making the offsets)."""
        inside = self._inside(start, end)
        if inside is None:
            return tokenize(self.body[start:end]).norms
        return self.tokens.norms[inside[0] : inside[1]]

    def tokens_of(self, start: int, end: int) -> Tokens:
        """``tokenize(body[start:end])``, cut out of the body's tokens."""
        inside = self._inside(start, end)
        text = self.body[start:end]
        if inside is None:
            return tokenize(text)
        i, j = inside
        t = self.tokens
        code = t.starts.typecode
        return Tokens(text, array(code, [s - start for s in t.starts[i:j]]),
                      array(code, [e - start for e in t.ends[i:j]]), t.norms[i:j])


def sentences_of(article: ArticleLike | AnalysedArticle) -> list[Span]:
    """An article's sentence spans: an analysed article's own, else read from its body."""
    return article.sentences if isinstance(article, AnalysedArticle) else sentence_spans(article.body)


def analyse(article: ArticleLike | AnalysedArticle) -> AnalysedArticle:
    """The analysed article (an already analysed one is returned as it is)."""
    if isinstance(article, AnalysedArticle):
        return article
    body = article.body
    return AnalysedArticle(article, tokenize(body), cached_extraction(body))


def analyse_all(articles: Any, progress: Any = None) -> list[AnalysedArticle]:
    """``[analyse(a) for a in articles]``, the extractions of many done in a process pool
    (``progress(done, total, what)`` as they come back)."""
    with analysing(articles, progress) as pending:
        return pending.result()


class PendingAnalysis:
    """:func:`analysing`'s articles: their ``tokens`` (split in this process) at once, the
    analysed articles when :meth:`result` is called (it waits for the pool's workers);
    ``pooled``: whether the workers extract meanwhile."""

    def __init__(self, items: list, tokens: list[Tokens], found: Pending[Extraction]) -> None:
        self._items = items
        self.tokens = tokens
        self._found = found
        self.pooled = found.pooled

    def result(self) -> list[AnalysedArticle]:
        found = iter(self._found())
        return [a if isinstance(a, AnalysedArticle) else AnalysedArticle(a, t, next(found))
                for a, t in zip(self._items, self.tokens, strict=True)]


@contextmanager
def analysing(articles: Any, progress: Any = None) -> Iterator[PendingAnalysis]:
    """:func:`analyse_all` begun: the extractions not in the cache start in the pool's
    workers (:func:`reader.analysis.analysis_cache.extractions`), the bodies are split
    into words here meanwhile, and the ``with`` block goes on with those words while
    the workers work (a story aligns its pairs then: they need the words alone)."""
    items = list(articles)
    todo = [a for a in items if not isinstance(a, AnalysedArticle)]
    with extractions([a.body for a in todo], progress) as found:
        tokens = [a.tokens if isinstance(a, AnalysedArticle) else tokenize(a.body) for a in items]
        yield PendingAnalysis(items, tokens, found)
