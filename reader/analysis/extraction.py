"""Everything the extractors find in one body, found in one pass.

``extract(body)`` runs the date, figure, quote and entity extractors once each, handing
each what the others already found (figures and entities skip dates; entities list
the figures), where they used to find the same dates and figures again on their own.
The result is what :mod:`reader.analysis.analysis_cache` keeps on disk.
``extract_all`` runs it over many bodies, in a process pool above 50
(:mod:`reader.analysis.pool`; the same results as one by one).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from reader.analysis.dates import DateMention, find_dates
from reader.analysis.entities import Entity
from reader.analysis.entity_windows import windowed_entities
from reader.analysis.figures import Figure, extract_figures
from reader.analysis.invisible_marks import read_visible
from reader.analysis.quote_marks import paragraphs
from reader.analysis.quotes import Quote, extract_quotes
from reader.analysis.sentences import sentence_spans
from reader.text import cache_prune

# Bump when an extractor changes what it finds (quotes, entities, figures, dates, sentence
# or paragraph spans): results cached by the old rules are then never read.

ANALYSIS_VERSION = 188
cache_prune.declare("analysis", ANALYSIS_VERSION)

Span = tuple[int, int]


@dataclass(frozen=True)
class Extraction:
    """What the extractors found in one body (every offset indexes it)."""

    sentences: list[Span]
    paragraphs: list[Span]
    quotes: list[Quote]
    entities: list[Entity]
    figures: list[Figure]
    dates: list[DateMention]


def extract(body: str) -> Extraction:
    """Run every extractor on ``body`` once, each reusing what the others found (with the
    cyclic garbage collector paused: see :func:`collector_paused`), reading past invisible
    characters inside words (:mod:`reader.analysis.invisible_marks`)."""
    return read_visible(body, _extract_visible)


def _extract_visible(body: str) -> Extraction:
    with collector_paused():
        dates = find_dates(body)
        sentences = sentence_spans(body)
        paras = paragraphs(body)
        figures = extract_figures(body, dates=dates, sentences=sentences)
        quotes = extract_quotes(body, paras=paras)
        entities = windowed_entities(body, dates, figures, sentences)
        return Extraction(sentences, paras, quotes, entities, figures, dates)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while the block runs, back on after (if it was).

    Why: the extractors make an object or two per word (tokens, spans), all alive until the
    end, which makes the collector run again and again over everything the process holds:
    15% of the time on an 11,000-word article, more the longer it is. They make no cycles
    to collect (reference counting frees what they drop), so nothing waits for it.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def extract_all(bodies: Sequence[str], progress: Callable[[int, int, str], None] | None = None) -> list[Extraction]:
    """``[extract(b) for b in bodies]``, in a process pool when there are many."""
    from reader.analysis.pool import map_articles

    return map_articles(extract, bodies, progress, "analysing articles")
