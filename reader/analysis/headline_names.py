"""Names in headline-like lines: only what the running text (or the gazetteer) vouches for.

A headline's words are capitalised whatever they are ("Judge Rules IRS Broke Law", "RUSSIA
AND BRAZIL DRAW IN FRIENDLY"), so capitals say nothing there. ``headline_parts`` keeps, from
each chunk of such a line, the longest runs of at most six words that name something the
article's running text names (matched without regard to case, so "PERES" finds Shimon Peres
and "BAYERISCHE VEREINSBANK" the bank), or that the gazetteer knows as a country, a region or
a big city ("GERMANY", "NEW ZEALAND"). Each kept part comes with the running-text chunk it
matched, whose spelling names the entity.

Hand-written: a lookup per run of words, no model; runs are capped so a long line of capitals
costs linear time.
"""

from __future__ import annotations

from collections.abc import Callable

from reader.analysis import gazetteer
from reader.analysis.name_chunks import Chunk, retext
from reader.analysis.place_names import place_of

_LONGEST = 6


def body_names(chunks: list[Chunk]) -> dict[str, Chunk]:
    """Casefolded text → the first running-text chunk typed a person, organisation or place."""
    out: dict[str, Chunk] = {}
    for c in chunks:
        if c.type in ("person", "organization", "place") and not c.strict:
            out.setdefault(c.text.casefold(), c)
    return out


def _titled(part: Chunk) -> Chunk:
    """``part`` with its words in title case ("PERES" → "Peres"), to find a person by surname."""
    toks = [retext(t, t.text.title()) if t.text.isupper() else t for t in part.toks]
    return Chunk(toks, part.at, True)


def _place_part(part: Chunk) -> bool:
    place = place_of(part.text)
    return place is not None and (place.kind != gazetteer.CITY or place.population >= 100_000)


def headline_parts(chunks: list[Chunk], named: dict[str, Chunk],
                   person_of: Callable[[Chunk], object]) -> list[tuple[Chunk, Chunk]]:
    """(chunk, the chunk whose spelling names it) for every chunk to keep: all of the running
    text's; from a headline-like line, the longest runs the article or the gazetteer vouches for."""
    out = []
    for c in chunks:
        if not c.strict:
            out.append((c, c))
            continue
        i = 0
        while i < len(c.toks):
            for j in range(min(len(c.toks), i + _LONGEST), i, -1):
                found = _vouched(Chunk(c.toks[i:j], c.at + i, True), named, person_of)
                if found is not None:
                    out.append(found)
                    i = j
                    break
            else:
                i += 1
    return out


def _vouched(part: Chunk, named: dict[str, Chunk],
             person_of: Callable[[Chunk], object]) -> tuple[Chunk, Chunk] | None:
    ref = named.get(part.text.casefold())
    if ref is not None:
        part.type = ref.type
        return part, ref
    if len(part.toks) <= 3:
        titled = _titled(part)
        if person_of(titled):
            part.type = "person"
            return part, titled
    if _place_part(part):
        part.type = "place"
        return part, part
    return None

