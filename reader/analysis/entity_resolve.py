"""Step 4 of :func:`reader.analysis.entities.extract_entities`: type what the cues left
untyped and merge every chunk worth keeping into the article's entities
(:func:`resolve_entities`).

One type per name per article: a name's cued mentions give their type to its mentions typed
only by default or by a weak cue (:func:`reader.analysis.entity_cues.propagate`); a
definition ("Immigration and Customs Enforcement (ICE)") makes an organisation; a name
typed elsewhere in the article keeps that type; a name joined by "and", or listed with
commas, takes its neighbour's (:func:`_coordinated`). People merge to the article's full
names (:mod:`reader.analysis.entity_people`), organisations by definitions, initials and
"U.S." prefixes (:mod:`reader.analysis.org_names`), places by the gazetteer's name; a
headline's names count when the running text vouches for them
(:mod:`reader.analysis.headline_names`).

Hand-written rules, not a model: see :mod:`reader.analysis.entities` for why.
"""

from __future__ import annotations

from reader.analysis.entity_cues import propagate
from reader.analysis.entity_people import FullNames, Name, default_people, name_parts, type_people
from reader.analysis.entity_table import EntityTable
from reader.analysis.headline_names import body_names, headline_parts
from reader.analysis.name_chunks import Chunk, Tok
from reader.analysis.org_names import definitions, org_groups, org_key
from reader.analysis.place_names import place_of


def resolve_entities(chunks: list[Chunk], toks: list[Tok], ents: EntityTable) -> None:
    """Type what is left untyped and add every chunk worth keeping to ``ents``."""
    people = FullNames(chunks)
    type_people(chunks, people)
    propagate(chunks)
    defs = definitions(chunks, toks)
    known: dict[str, str] = {}
    for c in chunks:
        if c.type in ("person", "organization", "place") and not c.strict:
            known.setdefault(c.text, c.type)
    for i in [*range(len(chunks)), *range(len(chunks) - 1, -1, -1)]:
        c = chunks[i]
        if c.type is None:
            c.type = (defs.get(c.text) and "organization") or known.get(c.text) or _coordinated(i, chunks, toks)
    default_people(chunks)
    people = FullNames(chunks, people)
    type_people(chunks, people)       # short forms of the names typed by default ("Peres": Shimon Peres)
    orgs = org_groups([c for c in chunks if c.type == "organization" and not c.strict], defs)
    # (the running text's names vouch for a headline's: asked only when the article has one)
    named = body_names(chunks) if any(c.strict for c in chunks) else {}
    for c, ref in headline_parts(chunks, named, people.of):
        if c.type == "person":
            _add_person(ents, c, people.of(ref) or name_parts(ref))
        elif c.type == "organization":
            group = orgs.get(org_key(c.text))
            if group is not None:
                ents.add("organization", group[0], c.text, (c.start, c.end), key=("organization", group[0]))
        elif c.type == "place":
            place = place_of(ref.text)
            name = place.name if place else ref.text
            ents.add("place", name, c.text, (c.start, c.end), key=("place", name))


def _add_person(ents: EntityTable, c: Chunk, full: Name | None) -> None:
    parts, suffix = full if full else name_parts(c)
    name = " ".join(parts) + (f" {suffix}" if suffix else "")
    e = ents.add("person", name, c.text, (c.start, c.end), key=("person", name))
    if c.role and not any(r.endswith(c.role) for r in e.roles):   # "Judge" is in "U.S. District Judge"
        e.roles = [r for r in e.roles if not c.role.endswith(r)] + [c.role]


def _coordinated(i: int, chunks: list[Chunk], toks: list[Tok]) -> str | None:
    """The type of a typed name joined to ``chunks[i]`` by "and" / "or" / "nor", or by a comma
    in a list ("Chevron , Texaco and Caltex") when that name's type came from a cue."""
    c = chunks[i]
    for other in (chunks[i - 1] if i else None, chunks[i + 1] if i + 1 < len(chunks) else None):
        if other is None or other.type in (None, "skip"):
            continue
        lo, hi = (other, c) if other.at < c.at else (c, other)
        gap = lo.at + len(lo.toks)              # the words between the two, read only as far as needed
        if gap >= hi.at:
            continue
        first = toks[gap].text
        if first in ("and", "or", "nor"):
            if all(toks[k].text in ("and", "or", "nor", "the") for k in range(gap + 1, hi.at)):
                return other.type
        elif first == "," and gap + 1 == hi.at and not other.weak and other.type != "place" \
                and _in_list(i, chunks, toks):
            return other.type
    return None


def _in_list(i: int, chunks: list[Chunk], toks: list[Tok]) -> bool:
    """``chunks[i]`` stands between two names with only a comma, "and" or "or" on each side
    ("Chevron , Maltby and Texaco"), not in an aside ("the Treasury , Lloyd Bentsen , was")."""
    if not 0 < i < len(chunks) - 1:
        return False
    c = chunks[i]
    for lo, hi in ((chunks[i - 1], c), (c, chunks[i + 1])):
        between = [t.text for t in toks[lo.at + len(lo.toks):hi.at]]
        if between not in ([","], ["and"], ["or"], [",", "and"], [",", "or"]):
            return False
    return True
