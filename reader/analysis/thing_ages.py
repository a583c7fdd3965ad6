"""The age of the story's structure or machine: "the 68-year-old cast-iron main" against "the
55-year-old main"; "The 63-year-old bridge" against "The 51-year-old span".

An age keys by its owner (:mod:`reader.analysis.ages`: a name; :mod:`reader.analysis.age_roles`:
a role one person holds), so the age of a thing no name is given was compared with nothing,
and two reports that age one water main 68 and 55 years agreed. A story about a failed main,
a closed bridge or a collapsed grandstand ages that one thing, by the noun the age
modifies. Here an age whose noun is one of a closed list of structures and machines
(:data:`THINGS`, with the few nouns news uses for one of them: a bridge is also "the span")
is keyed as that thing's age, ``("age", "thing:bridge")``; an article that gives two ages to
one such noun ("the 40-year-old east span and the 90-year-old west span") tells two things, and
none of its ages of that noun is keyed. People are never read here: their nouns are in no list.

Hand-written: a short closed list of nouns and the compound modifier news writes an age with.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.ages import AGE_KEY, is_age
from reader.analysis.figure_nouns import singular
from reader.analysis.figure_uses import FigureUse, Key

THING = "thing:"
_GROUPS = {
    "bridge": ("bridge", "span", "overpass", "viaduct"),
    "main": ("main", "pipe", "pipeline", "line", "aqueduct"),
    "grandstand": ("grandstand", "bleacher", "stand"),
    "vessel": ("ship", "vessel", "ferry", "boat", "barge", "tanker"),
    "aircraft": ("plane", "aircraft", "airplane", "jet", "airliner", "helicopter"),
    "dam": ("dam", "levee", "dike", "spillway"),
    "theatre": ("theatre", "theater", "playhouse"),
    # (round 36: a firm, a fund or a club, aged by its founding: "the 70-year-old fund", "founded in 1949";
    # a row of shops, "the 70-year-old strip of buildings", "built in 1924"; "the 54-year-old block")
    "company": ("company", "firm", "lender", "bank", "chain", "retailer", "fund", "trust", "business", "club",
                "charity", "brewery", "newspaper"),
    "row": ("row", "strip", "terrace", "parade"),
    "lift": ("lift", "chairlift"),      # (round 38: "The 12-year-old chairlift", "The lift was commissioned in 2009")
}
_SINGLE = ("building", "school", "plant", "factory", "mill", "stadium", "arena", "tower", "church", "hospital",
           "hotel", "tunnel", "roof", "reactor", "mine", "crane", "ride", "coaster", "terminal", "station", "pier",
           "warehouse", "library", "museum", "courthouse", "jail", "prison", "elevator", "escalator", "train",
           "bus", "locomotive", "tank", "boiler", "furnace", "substation", "tram", "gondola", "structure", "spire",
           "cathedral", "chapel", "lighthouse", "branch", "lock", "cinema", "pavilion", "depot",
           # (round 35: more things a story dates by their building or installing)
           "silo", "plaza", "mall", "hall", "centre", "center", "lodge", "pool", "office", "generator",
           "snowshed", "shed", "barn", "complex", "facility", "winery", "bakery", "clinic",
           "store", "garage", "rink", "gym", "system", "block", "palazzo", "palace", "castle", "manor", "mansion",
           "villa", "abbey", "monastery", "temple", "mosque", "synagogue", "fort")
THINGS = ({noun: group for group, nouns in _GROUPS.items() for noun in nouns} | {noun: noun for noun in _SINGLE}
          | {"elementary": "school"})      # ("Hollins Elementary, built in 1958": a school by its name)
# the things that are buildings a story may call "the building", "the structure" or "the facility"
_BUILDINGS = frozenset({"school", "plant", "factory", "mill", "stadium", "arena", "tower", "church", "hospital",
                        "hotel", "warehouse", "library", "museum", "courthouse", "jail", "prison", "terminal",
                        "station", "grandstand", "dam", "bridge", "theatre", "cathedral", "chapel", "lighthouse",
                        "branch", "cinema", "pavilion",
                        # (round 38: "The aquatic center, built in 1989" and "the 31-year-old facility")
                        "center", "centre", "hall", "office", "clinic", "depot", "garage", "rink", "gym",
                        "lodge", "complex"})
GENERIC = frozenset({"building", "structure", "facility"})
_AFTER_AGE_RE = re.compile(r"year[- ]old\s+(?P<words>(?:[\w'’.-]+\s+){0,3}[\w'’.-]+)")


def thing_of(u: FigureUse) -> str | None:
    """The thing ``u``'s age is told of (its group in :data:`THINGS`), or None."""
    if not is_age(u.figure):
        return None
    m = _AFTER_AGE_RE.search(u.figure.text)
    if m is None:
        return None
    # (the first noun of a thing among the words after the age: "the 45-year-old airplane changed hands";
    # none past a possessive: "a 45-year-old man's boat" is the man's age)
    for word in m["words"].split():
        if word.endswith(("'s", "’s")):
            return None
        if (w := singular(word)) in THINGS:
            return THINGS[w]
    return None


def thing_ages(uses: Sequence[FigureUse], keys: Sequence[Key]) -> list[Key]:
    """``keys`` with each unkeyed age of a thing of :data:`THINGS` keyed by that thing, but
    in an article that ages the thing two ways (module doc)."""
    things = [thing_of(u) if k is None else None for u, k in zip(uses, keys, strict=True)]
    told: dict[tuple[str, str], set[float]] = {}
    for u, thing in zip(uses, things, strict=True):
        if thing is not None:
            told.setdefault((u.article, thing), set()).add(u.figure.value)
    return [(AGE_KEY, THING + thing) if thing is not None and len(told[(u.article, thing)]) == 1 else k
            for u, k, thing in zip(uses, keys, things, strict=True)]


def one_building(keys: Sequence[Key]) -> list[Key]:
    """``keys`` with the age of "the building", "the structure" or "the facility" keyed as the age of the one
    building of :data:`_BUILDINGS` the story ages ("the school, which was built in 1962" and "the
    68-year-old building"); as they are when it ages none of them, or two ("the 40-year-old school"
    and "the 90-year-old church": which one "the building" is, is not known)."""
    owners = {k[1] for k in keys if k is not None and k[0] == AGE_KEY and k[1] is not None}
    named = {o for o in owners if o.removeprefix(THING) in _BUILDINGS and o.startswith(THING)}
    if len(named) != 1:
        return list(keys)
    one = next(iter(named))
    return [(AGE_KEY, one) if k is not None and k[0] == AGE_KEY and k[1] is not None
            and k[1].startswith(THING) and k[1].removeprefix(THING) in GENERIC else k for k in keys]
