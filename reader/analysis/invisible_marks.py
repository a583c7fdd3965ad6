"""The extractors read a body without its invisible characters; their offsets are then
mapped back onto the body.

A zero-width space, a soft hyphen, a word joiner or a bidi control inside a word (shown
as ``◌`` by :mod:`reader.text.sanitize`, one for one) used to cut what the extractors
read: "Marta Oliv◌eira" became the person "Marta Oliv", "1◌200" two figures. Matching
already ignores these characters (:data:`reader.text.tokens.IGNORABLE`); this module
does the same for quotes, speakers, entities, figures and dates: ``read_visible`` runs
the extraction on the body with them removed, then moves every offset of the result
back to where that character is in the body. The names, quote texts and figure texts
keep the clean form ("Marta Oliveira"), which is what a reader of the page sees and
what a citation should carry; every offset still indexes the body the panes show.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.analysis.entity_table import Entity
from reader.analysis.figures import Figure
from reader.analysis.quotes import Quote
from reader.text.tokens import without_ignorable

if TYPE_CHECKING:
    from reader.analysis.extraction import Extraction

_FIGURE_STARTS = ("start", "number_start", "sentence_start")
_FIGURE_ENDS = ("end", "number_end", "sentence_end")


class Remap:
    """Where the characters of a text without its invisible ones are in the text."""

    def __init__(self, starts: list[int], origins: list[int]) -> None:
        self._starts = starts      # where each stretch of the stripped text starts (ascending)
        self._origins = origins    # where that stretch starts in the original text

    def start(self, k: int) -> int:
        """The offset in the original text of the character at ``k`` (a span's start)."""
        stretch = max(bisect_right(self._starts, k) - 1, 0)
        return self._origins[stretch] + k - self._starts[stretch]

    def end(self, k: int) -> int:
        """The offset in the original text just after the character before ``k`` (a span's end)."""
        return self.start(k - 1) + 1 if k > 0 else self.start(0)

    def span(self, span: tuple[int, int]) -> tuple[int, int]:
        return self.start(span[0]), self.end(span[1])


def read_visible(body: str, extract: Callable[[str], Extraction]) -> Extraction:
    """``extract(body)``, run on the body without its invisible characters when it has
    any, every offset of the result moved back onto ``body``."""
    stripped = without_ignorable(body)
    if stripped is None:
        return extract(body)
    inner, starts, origins = stripped
    return remapped(extract(inner), Remap(starts, origins))


def remapped(found: Extraction, at: Remap) -> Extraction:
    """``found`` (offsets into the stripped text) with offsets into the original."""
    return replace(
        found,
        sentences=[at.span(s) for s in found.sentences],
        paragraphs=[at.span(p) for p in found.paragraphs],
        quotes=[_quote(q, at) for q in found.quotes],
        entities=[_entity(e, at) for e in found.entities],
        figures=[_figure(f, at) for f in found.figures],
        dates=[replace(d, start=at.start(d.start), end=at.end(d.end)) for d in found.dates],
    )


def _optional(offset: int | None, move: Callable[[int], int]) -> int | None:
    return None if offset is None else move(offset)


def _quote(quote: Quote, at: Remap) -> Quote:
    return replace(quote, start=at.start(quote.start), end=at.end(quote.end),
                   attribution_start=_optional(quote.attribution_start, at.start),
                   attribution_end=_optional(quote.attribution_end, at.end),
                   nested=tuple(at.span(n) for n in quote.nested),
                   open_mark=at.start(quote.open_mark), close_mark=_optional(quote.close_mark, at.start))


def _figure(figure: Figure, at: Remap) -> Figure:
    return replace(figure, start=at.start(figure.start), end=at.end(figure.end),
                   number_start=at.start(figure.number_start), number_end=at.end(figure.number_end),
                   sentence_start=at.start(figure.sentence_start), sentence_end=at.end(figure.sentence_end))


def _entity(entity: Entity, at: Remap) -> Entity:
    return replace(entity, mentions=[at.span(m) for m in entity.mentions],
                   details=[{**d, **_figure_fields(d, at)} for d in entity.details])


def _figure_fields(fields: dict, at: Remap) -> dict[str, int]:
    """The offsets of a figure's JSON form (an entity's details), moved."""
    moved = {name: at.start(fields[name]) for name in _FIGURE_STARTS if isinstance(fields.get(name), int)}
    moved.update({name: at.end(fields[name]) for name in _FIGURE_ENDS if isinstance(fields.get(name), int)})
    return moved
