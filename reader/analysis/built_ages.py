"""The age of the story's structure told as the year it was built: "the school, which was built in
1962" against "the 68-year-old building"; "The pipe was installed in 1981" against "a 70-year-old
cast-iron main".

:mod:`reader.analysis.event_years` reads "built in 1962" as a year of its own and
:mod:`reader.analysis.thing_ages` reads "the 68-year-old building" as the building's age, so a
source giving the year and another giving the age were never compared. Here a year a thing was
built, opened or installed whose sentence names the thing by a noun of
:data:`reader.analysis.thing_ages.THINGS` before the year ("the school, which was built in 1962",
"The pipe was installed in 1981", "The trust, founded in 1949") is read as that thing's age in its
article's year: a range of two years, as a thing built in 1962 is 63 or 64 years old in 2026, keyed as
the thing's age.
A thing's years of running told after its noun ("The plant has run for 47 years under three owners")
are its age too, against "the 52-year-old plant". A name the story ages ("the 48-year-old Dunmore Field")
written right before the year's verb ("Dunmore Field, built in 1972") is the thing so named. "The
building", "the structure" or "the facility" is the story's one building of another noun, when it ages one
(:func:`reader.analysis.thing_ages.one_building`). A year whose sentence names no thing of the list at
all ("The site was built in 1971", "Built in 2009 at a yard in South Korea") is the story's one aged thing,
when the story ages exactly one and names no other by a year (:func:`_one_thing`). A year whose sentence
names two things, or one with no such thing in a story that ages none or several, stays a year; an
article that ages the thing already, or gives it two years, is left as it is; an undated article has no
year to count from. A person's birth year is read the same way, as that person's
age (:mod:`reader.analysis.born_ages`).

Hand-written: a subtraction, and the noun list of :mod:`reader.analysis.thing_ages`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from reader.analysis.ages import AGE_KEY, PLACE_KINDS, as_age, is_age
from reader.analysis.article import AnalysedArticle, ArticleLike
from reader.analysis.born_ages import born_ages
from reader.analysis.event_years import KEY, UNIT
from reader.analysis.figure_nouns import singular
from reader.analysis.figure_uses import FigureUse, Key
from reader.analysis.other_events import reference_year
from reader.analysis.thing_ages import GENERIC, THING, THINGS, one_building

_BUILT = frozenset({KEY + "built", KEY + "opened", KEY + "founded"})     # (a firm's founding: its age)
_WORD = re.compile(r"[a-z]+")


def _thing(u: FigureUse) -> str | None:
    """The one thing of :data:`THINGS` the sentence names before the year, by its group (between
    the verb and the year too: "whose parents built the hotel in 1968"), not after a preposition of
    place when the year's verb is the sentence's own (``_PLACED_RE``)."""
    before = u.sentence[:u.figure.number_start - u.figure.sentence_start]
    main = not _RELATIVE_RE.search(u.sentence, 0, u.figure.start - u.figure.sentence_start)
    found = {THINGS[w] for m in _WORD.finditer(before.lower()) if (w := singular(m.group())) in THINGS
             and not (main and _PLACED_RE.search(before, 0, m.start()))}
    if len(found) == 2 and found & GENERIC:
        found -= GENERIC        # ("The school building, built in 1971": the school)
    return found.pop() if len(found) == 1 else None


# a thing named after a preposition is where the subject stands, not what was built, when the verb is the
# sentence's own ("The 465-kilowatt system at Cedar Hollow Middle School was installed in 2019"); not when a
# relative clause or an apposition tells the year of the noun before it ("a fire in the hotel, which was built")
_RELATIVE_RE = re.compile(r",\s*(?:(?:which|that)\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+)?$")
_PLACED_RE = re.compile(r"\b(?:at|in|on|near|outside|inside|behind|beside|atop|above|below|under)\s+(?:the\s+|a\s+)?"
                        r"(?:[A-Z][\w'’-]*\s+){0,4}$")


# a place named with its kind, the year's thing: "the coal-fired Mercer Station, which was built in 1979", keyed
# by its name as :func:`reader.analysis.ages.story_owners` keys "the 54-year-old Mercer Station"
_NAMED_PLACE = re.compile(r"\b(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?P<kind>[A-Z][a-z]+)\b")
_NAMED = "="        # (a marker before a named place's name among the things)


def _either(u: FigureUse, names: set[str | None]) -> str | None:
    """The year's place by its name when the story ages the place by that name ("the 54-year-old Mercer
    Station"), else its thing (:func:`_thing`: "Hollins Elementary, built in 1958" is "the 75-year-old
    school")."""
    named = _named(u)
    if named is not None and named[1:] in names:
        return named
    aged = _aged_name(u, names)
    return _NAMED + aged if aged is not None else _thing(u)


# what may stand between a name and its year's verb: "Dunmore Field, built in 1972", "Elkhorn Lodge, which was built"
_VERB_IN = re.compile(r"[a-z]+\s+in\b")
_TO_VERB = re.compile(r"[\s,]*(?:(?:which|that)\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+)?"
                      r"(?:first\s+|originally\s+)?")


def _aged_name(u: FigureUse, names: set[str | None]) -> str | None:
    """The one name the story ages ("the 48-year-old Dunmore Field", keyed "dunmore field") written right
    before the year's verb ("Dunmore Field, built in 1972, has been showing its age"), or None."""
    if not _VERB_IN.match(u.figure.text):
        return None         # (an object between: "Walter Krebs built the barn in 1960" is the barn's year)
    before = u.sentence[:u.figure.start - u.figure.sentence_start]
    low = before.casefold()
    found = {n for n in names if n and not n.startswith(THING) and (i := low.rfind(n)) >= 0
             and (i == 0 or not low[i - 1].isalnum()) and _TO_VERB.fullmatch(before, i + len(n))}
    return found.pop() if len(found) == 1 else None


def _named(u: FigureUse) -> str | None:
    """The one place the sentence names with its kind before the year ("Mercer Station"), marked, or None."""
    before = u.sentence[:u.figure.start - u.figure.sentence_start]
    found = {m["name"].casefold() for m in _NAMED_PLACE.finditer(before) if m["kind"].casefold() in PLACE_KINDS}
    return _NAMED + found.pop() if len(found) == 1 else None


# how long a thing has run, told after its noun: "The plant has run for 47 years", "the bridge has stood for"
_LASTED_BEFORE = re.compile(r"\b(?P<noun>[a-z]+)\s+(?:has|had)\s+(?:run|operated|stood|served|been\s+(?:open|operating|"
                            r"running|in\s+operation|in\s+service|in\s+use))\s+for\s+(?:about\s+|nearly\s+|almost\s+|"
                            r"more\s+than\s+|some\s+|roughly\s+)?$")


def lasting_ages(uses: list[FigureUse], keys: list[Key]) -> tuple[list[FigureUse], list[Key]]:
    """``uses`` and ``keys`` with a thing's years of running told after its noun ("The plant has run for
    47 years") read as its age, keyed as the thing's, when its key names nothing else."""
    out_uses, out_keys = list(uses), list(keys)
    for n, (u, key) in enumerate(zip(uses, keys, strict=True)):
        f = u.figure
        if f.unit != "year" or is_age(f) or f.high is not None or (key is not None and key[0] == AGE_KEY):
            continue
        m = _LASTED_BEFORE.search(u.sentence, 0, f.start - f.sentence_start)
        thing = THINGS.get(singular(m["noun"])) if m is not None else None
        if thing is not None:
            out_uses[n], out_keys[n] = replace(u, figure=as_age(f)), (AGE_KEY, THING + thing)
    return out_uses, out_keys


def _one_thing(uses: list[FigureUse], keys: list[Key], things: list[str | None]) -> list[str | None]:
    """``things`` with a built year whose sentence names no thing ("The site was built in 1971", "Built in
    2009 at a yard in South Korea": no other noun of :data:`THINGS` and no name: :func:`_other_thing`) read as the
    story's one aged thing, when it ages exactly one ("the 40-year-old plant"), and names no
    thing by a year otherwise."""
    aged = {str(k[1]).removeprefix(THING) for k in keys if k is not None and k[0] == AGE_KEY
            and str(k[1]).startswith(THING)}
    if len(aged) != 1 or {t for t in things if t is not None} - aged:
        return things
    (only,) = aged
    return [only if t is None and k is not None and k[0] in _MADE and not _other_thing(u, only) else t
            for u, k, t in zip(uses, keys, things, strict=True)]


_MADE = frozenset({KEY + "built", KEY + "opened"})      # (a founding is a firm's, never a structure's)
# a name right before the year's verb: "The Eilean Dorcha, built in 1985", "Meridian was founded in"
_NAME_BEFORE = re.compile(r"\b(?!(?:It|This|That|The|They|These|Those|Its)\b)[A-Z][\w'’-]*,?\s+(?:(?:which|that)\s+)?"
                          r"(?:(?:was|were)\s+)?"
                          r"(?:first\s+|originally\s+)?$")


def _other_thing(u: FigureUse, aged: str) -> bool:
    """Whether the sentence names a thing of :data:`THINGS` other than the ``aged`` one's group ("The
    company's headquarters tower was built in 1971"), or a name right before the year's verb ("The Eilean
    Dorcha, built in 1985, is the only ferry small enough", "the Beechcraft Bonanza was built in 1978"): a
    thing of its own, maybe not the aged one ("Built in 2009 at a yard in South Korea, the vessel …" is it)."""
    if any(THINGS.get(singular(m.group()), aged) != aged for m in _WORD.finditer(u.sentence.lower())):
        return True
    return _NAME_BEFORE.search(u.sentence, 0, u.figure.start - u.figure.sentence_start) is not None


def built_ages(articles: Sequence[ArticleLike | AnalysedArticle], uses: list[FigureUse],
               keys: list[Key]) -> tuple[list[FigureUse], list[Key]]:
    """``uses`` and ``keys`` with each year a thing was built read as the thing's age (module doc), and
    the years a thing has run (:func:`lasting_ages`)."""
    uses, keys = lasting_ages(uses, keys)
    years = {a.id: reference_year("", a.published) for a in articles}
    names = {k[1] for k in keys if k is not None and k[0] == AGE_KEY}      # (a named place's age: by its name)
    things = [_either(u, names) if k is not None and k[0] in _BUILT else None for u, k in zip(uses, keys, strict=True)]
    things = _one_thing(uses, keys, things)
    told = Counter((u.article, t) for u, t in zip(uses, things, strict=True) if t is not None)
    aged = {(u.article, k[1]) for u, k in zip(uses, keys, strict=True) if k is not None and k[0] == AGE_KEY}
    out_uses, out_keys = list(uses), list(keys)
    for n, (u, thing) in enumerate(zip(uses, things, strict=True)):
        now = years.get(u.article)
        if thing is None or now is None or told[(u.article, thing)] > 1:
            continue
        owner = thing[1:] if thing.startswith(_NAMED) else THING + thing
        if (u.article, owner) in aged:
            continue
        age = now - int(u.figure.value)
        if age < 1:
            continue
        out_uses[n] = replace(u, figure=replace(u.figure, value=age - 1, high=age, unit="year", counts="years"))
        out_keys[n] = (AGE_KEY, owner)
    return born_ages(articles, out_uses, one_building(out_keys))     # (and a person's birth year: born_ages)


__all__ = ["UNIT", "built_ages"]
