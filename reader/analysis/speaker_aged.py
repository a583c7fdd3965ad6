"""A speaker described by age alone: ``Ann Lee was sandbagging her porch when the water
came. “…,” the 72-year-old said.``

News names a person, then refers back to them by their age (``the 72-year-old``), often
without ever writing the age beside the name. Such a description stands for someone only
when exactly one person fits (:func:`aged_person`, asked by
:func:`reader.analysis.speaker_resolve.resolve`):

* a person whose stated age is that age (``Ann Lee, 72,``, ``72-year-old Ann Lee``, an
  appositive ``a 72-year-old retiree``) wins;
* else the one person named in the few hundred characters before with no other age
  stated; with two or more, nobody;
* else, when the registry knows nobody there, the full name (two or three capitalised
  words, no place or organisation) opening a sentence in that reach as its subject
  (``Ann Lee was …``): a name no title, role or speech verb defined, read as a person
  only because an age, which only people are described by here, refers back to it.

Nobody when the text brought in someone of that age without a name (``A 72-year-old man
was rescued … the 72-year-old said``: that man). Hand-written, like the other speaker rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.analysis.gazetteer import CITY
from reader.analysis.place_names import place_of
from reader.analysis.speaker_lexicon import STOP_CAPS, TITLES
from reader.analysis.speaker_names import is_org
from reader.analysis.speaker_people import Person, last_before

AGE_RE = re.compile(r"(\d{1,3})-year-old")
REACH = 300             # how far back the person described by age is named, in characters
# a sentence opening with a full name as its subject: "Ann Lee was …", "Tom Ruiz lost …", "Kai Orr
# woke …" (any word in lower case but a function word after it: a verb)
_SUBJECT_RE = re.compile(r"[\s\"“”]*(?P<name>[A-Z][a-z’'\-]+(?:\s+[A-Z][a-z’'\-]+){1,2})\s+"
                         r"(?!(?:and|or|of|in|at|on|for|to|with|from|by|the|a|an)\b)[a-z]{2,}\b")


def age_of(description: str) -> int | None:
    """The age a description by age gives (``72-year-old`` → 72), else None."""
    m = AGE_RE.fullmatch(description)
    return int(m.group(1)) if m else None


def stated_ages(text: str, person: Person) -> set[int]:
    """The ages the article gives ``person``: ``Lee, 72,``, ``72-year-old Ann Lee``, an
    appositive's ``a 72-year-old …``."""
    surname = re.escape(person.surname)
    ages = {int(a) for a in AGE_RE.findall(person.describes())}
    ages.update(int(m.group(1)) for m in re.finditer(rf"\b{surname},\s+(\d{{1,3}})[,\s]", text))
    ages.update(int(m.group(1)) for m in re.finditer(
        rf"(\d{{1,3}})-year-old\s+(?:[a-z]+\s+){{0,2}}(?:[A-Z][\w’'\-]*\s+){{0,2}}{surname}\b", text))
    return ages


def aged_person(text: str, people: list[Person], sentences: list[tuple[int, int]], age: int,
                pos: int) -> Person | str | None:
    """Who ``the <age>-year-old`` at ``pos`` stands for (see the module's rules): a person
    the registry knows, or the name (a string) of the one person a sentence's subject
    names, for the registry to add; None for nobody."""
    known = [p for p in people if p.kind == "person"]
    stated = [p for p in known if last_before(p.mentions, pos) >= 0 and age in stated_ages(text, p)]
    if stated:
        return stated[0] if len(stated) == 1 else None
    near = [p for p in known if last_before(p.salient, pos) >= max(0, pos - REACH)]
    fitting = [p for p in near if not stated_ages(text, p)]
    if fitting:
        return fitting[0] if len(fitting) == 1 else None
    return _subject_named(text, sentences, pos, lambda name: not is_org(name))


def _region(word: str) -> bool:
    """Whether a word is a place larger than a town (a state, a country): ``Texas``; towns
    share their names with people (``Kingsley``, ``Kim``)."""
    place = place_of(word)
    return place is not None and place.kind != CITY


def _subject_named(text: str, sentences: list[tuple[int, int]], pos: int,
                   may_name: Callable[[str], bool]) -> str | None:
    """The one full name opening a sentence in the ``REACH`` before ``pos`` as its subject,
    no word of it a title, a capitalised function word or a region, nor the whole a place;
    None if none or two."""
    names = []
    for lo, hi in sentences:
        if hi <= pos - REACH or lo >= pos:
            continue
        m = _SUBJECT_RE.match(text, lo, hi)
        if m is None:
            continue
        name = m.group("name")
        ws = name.split()
        if (not any(w in STOP_CAPS or w in TITLES or _region(w) for w in ws)
                and place_of(name) is None and may_name(name)):
            names.append(name)
    return names[0] if len(set(names)) == 1 else None
