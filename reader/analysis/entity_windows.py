"""Entities of a very long body, found a window of paragraphs at a time.

Why: the entity rules hold one object per word of the text they read, with the names
and cues around it; on a body at the 5 MB limit that was about 180 MB at once. Bodies
over ``WINDOW`` characters (some 40,000 words, far beyond any news article) are read in
windows cut at paragraph breaks; each window's entities are moved back to body offsets
and merged with the others' by type, name and value. The price: a name typed by a cue
in one window is not retyped by it in another (each window is read as its own
article), which only such very long bodies pay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from reader.analysis.dates import DateMention
from reader.analysis.entities import TYPES, Entity, extract_entities
from reader.analysis.figures import Figure

WINDOW = 250_000                 # characters read at once, at most (unless a paragraph is longer)
_BREAK_RE = re.compile(r"\n[ \t]*\n")
_OFFSET_KEYS = ("start", "end", "number_start", "number_end", "sentence_start", "sentence_end")


def windowed_entities(body: str, dates: list[DateMention], figures: list[Figure],
                      sentences: list[tuple[int, int]]) -> list[Entity]:
    """:func:`reader.analysis.entities.extract_entities` of ``body``, a window at a time
    when it is longer than ``WINDOW`` (see the module's docstring)."""
    if len(body) <= WINDOW:
        return extract_entities(body, dates=dates, figures=figures, sentences=sentences)
    merged: dict[tuple[str, str, str | None], Entity] = {}
    for start, end in windows(body):
        found = extract_entities(
            body[start:end],
            dates=[replace(d, start=d.start - start, end=d.end - start) for d in dates if start <= d.start < end],
            figures=[_shift_figure(f, -start) for f in figures if start <= f.start < end],
            sentences=[(s - start, e - start) for s, e in sentences if start <= s and e <= end])
        for entity in found:
            _merge(merged, _shift_entity(entity, start))
    return sorted(merged.values(), key=lambda e: (TYPES.index(e.type), e.mentions[0]))


def windows(body: str, size: int = WINDOW) -> Iterator[tuple[int, int]]:
    """Spans of ``body`` of at most ``size`` characters, each ending at a paragraph break
    (a window is longer only when one paragraph is)."""
    start = 0
    while start < len(body):
        if len(body) - start <= size:
            yield start, len(body)
            return
        cut = _last_break(body, start, start + size)
        if cut is None:  # one paragraph longer than the window: to its end
            found = _BREAK_RE.search(body, start + size)
            cut = found.end() if found else len(body)
        yield start, cut
        start = cut


def _last_break(body: str, start: int, limit: int) -> int | None:
    at = body.rfind("\n\n", start, limit)
    return at + 2 if at > start else None


def _shift_figure(f: Figure, by: int) -> Figure:
    return replace(f, start=f.start + by, end=f.end + by, number_start=f.number_start + by,
                   number_end=f.number_end + by, sentence_start=f.sentence_start + by,
                   sentence_end=f.sentence_end + by)


def _shift_entity(e: Entity, by: int) -> Entity:
    details = [{k: (v + by if k in _OFFSET_KEYS and isinstance(v, int) else v) for k, v in d.items()}
               for d in e.details]
    return replace(e, mentions=[(s + by, t + by) for s, t in e.mentions], details=details)


def _merge(merged: dict[tuple[str, str, str | None], Entity], e: Entity) -> None:
    key = (e.type, e.name, e.value)
    have = merged.get(key)
    if have is None:
        merged[key] = e
        return
    have.aliases.extend(a for a in e.aliases if a not in have.aliases)
    have.roles.extend(r for r in e.roles if r not in have.roles)
    have.mentions.extend(e.mentions)
    have.details.extend(e.details)
