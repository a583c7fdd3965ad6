"""A person's age as news writes it: "a 73-year-old man", "Walter Briggs, 73, of Alfalfa",
"Dennis Farrow, 52.", "The Island Belle, 27 years old," (:func:`years_old_age`), and as an
obituary states it: "died aged 77", "died Sunday at 76", "at the age of 79", "He was 78."
(:func:`stated_age`).

An age in apposition is a bare number between a name and a comma or a full stop: it has no
unit of its own, so without this reading it would be compared with nothing, and two reports
that give one man's age as 51 and 52 would agree. :func:`apposition_age` finds one;
:func:`as_age` gives the figure its unit ("year") and :func:`is_age` tells an age from other
counts of years ("a five-year sentence").

An age is keyed by its owner (:func:`age_owner`): a full name is one person, and a bare
surname is the one person of that surname the story names, or nobody when it names two
(:func:`story_owners`: "Ethan Copley, 19" and "his mother, Siobhan Copley, 47" are two
people, not one surname given two ages).

Hand-written: the form is one of punctuation around a capitalised word, which one regular
expression reads.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from reader.analysis.dates import MONTHS, WEEKDAYS
from reader.analysis.figures import Figure
from reader.analysis.first_names import first_name_gender
from reader.analysis.role_ages import apposed_role
from reader.analysis.speaker_lexicon import is_role_word
from reader.text.tokens import STOPWORDS

AGE_NOUN = "years of age"        # the counted noun an age in apposition is given
AGE_KEY = "age"                  # the quantity key of an age with its owner: ("age", surname)
MAX_AGE = 120
# a capitalised name word, a comma, then the number (its figure), then a comma or a full stop
# a surname, with the prefixes written with a capital inside ("MacLeod", "McDonald", "O'Brien", "DeSantis")
# a double-barrelled name whole ("Vasquez-Orr", "Ferreira-Quist"): the hyphen only between two parts
# and a Gaelic surname's particle written apart ("Cathal Mac Giolla", "Seán Ó Briain": not a given name)
_SURNAME = (r"(?:(?:Mac|Mc|Nic|Ní|Ó|Ua)\s+)?(?:Mc|Mac|O['’]|D['’]|De|Di|Da|La|Le|Van|Von)?[A-Z][a-z'’]+"
            r"(?:-[A-Za-z][a-z'’]+)?")
# ("Lina Orr, aged 19,"; "Zeiss, who was 84, died May 9")
_NAME_BEFORE = re.compile(rf"\b(?P<surname>{_SURNAME}),\s*(?:aged\s+|who\s+(?:is|was)\s+(?:now\s+)?)?$")
# a named thing's age told in a relative clause: "Halbrook Elementary, which is 81 years old"
_NAME_WHICH_BEFORE = re.compile(rf"\b(?P<surname>{_SURNAME}),\s*(?:aged\s+|which\s+(?:is|was)\s+(?:now\s+)?)?$")
_END_AFTER = re.compile(r"\s*(?:,|\.(?!\d))")
# people a story describes by what they do rather than by name ("The Grammy-winning singer, 43,",
# "the 67-year-old retired teacher"), each usually one person of the story
DESCRIBED = (r"(?:singer|actor|actress|rapper|musician|songwriter|teacher|nurse|doctor|surgeon|lawyer|coach|"
             r"athlete|author|novelist|writer|director|chef|farmer|founder|suspect|defendant|businessman|"
             r"businesswoman|entrepreneur|billionaire|priest|pastor|retiree|climber|boxer|golfer)")
# the words describing them: "retired", "Grammy-winning", a title in quotation marks ("the \"Glass Harbor\" singer")
DESCRIPTION = r"(?:(?:[\"“][^\"”\n]{1,40}[\"”]|[A-Za-z]+(?:-[A-Za-z]+)*)\s+){0,3}"
# a person told by their role, then the age: "The driver, 54,", "a woman, 23,", "The Grammy-winning singer, 43,"
_ROLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z]+\s+)?(?:driver|victim|man|woman|boy|girl|suspect|pilot|"
                          r"passenger|officer|teenager|student|worker|motorist|pedestrian|cyclist|resident|gunman|"
                          r"shooter|owner|teacher|mother|father|son|daughter|husband|wife|technician|engineer|"
                          r"firefighter|hiker|skier|swimmer|miner|fisherman|sailor|guard|operator|employee|tourist)"
                          r"\s*,\s*(?:aged\s+)?$"
                          rf"|\b[Tt]he\s+{DESCRIPTION}{DESCRIBED}\s*,\s*$")
_YEAR_OLD = re.compile(r"-year-old\b", re.IGNORECASE)


def apposition_age(text: str, f: Figure) -> bool:
    """Whether the bare number ``f`` stands as an age after a name ("Farrow, 52,") or a
    person's role ("The driver, 54,")."""
    if ((f.unit is not None or f.counts) and not f.counts_inferred) or f.qualifier or f.high is not None:
        return False      # (a noun borrowed from a figure nearby does not make it a count)
    if not (isinstance(f.value, int) and 0 < f.value <= MAX_AGE) or f.number_end != f.end:
        return False
    if not text[f.number_start:f.number_end].isdigit():
        return False
    before = (_NAME_BEFORE.search(text, max(0, f.start - 40), f.start)
              or _ROLE_BEFORE.search(text, max(0, f.start - 40), f.start) or apposed_role(text, f.start))
    return bool(before) and bool(_END_AFTER.match(text, f.end))


# what a stated age follows: "aged", "at the age of", "at age", a death then "at" ("died on Sunday at")
_STATED_BEFORE = re.compile(r"(?:\baged|\bat\s+(?:the\s+)?age(?:\s+of)?|\b(?:died|dies|passed\s+away)\b"
                            r"[^.;:!?\d\n]{0,50}?\bat)\s+$", re.IGNORECASE)
# the sentence "He was 78." (or "She was 78 when ..."), which an obituary puts after the death
_WAS_SENTENCE = re.compile(r"(?:He|She)\s+was\s+$")
_END_STATED = re.compile(r"\s*(?:[,.;](?!\d)|$|\s(?:when|after|and)\b)")
OWNER_REACH = 600   # characters before a stated age (or its sentence's death) searched for whose it is
# a death told in a sentence: its subject's age is what "He was 78." gives
_DEATH = re.compile(r"\b(?:died|dies|dead|death|passed\s+away|killed)\b", re.IGNORECASE)


_OLD_AFTER = re.compile(r"\s+old\b")


def years_old_age(text: str, f: Figure) -> bool:
    """Whether ``f`` is an age in apposition written with its unit: "The Island Belle, 27 years
    old,", "Dale Ostrander, 48 years old," (a name, a comma, then "N years old")."""
    if f.unit != "year" or f.qualifier or f.high is not None or not _OLD_AFTER.match(text, f.end):
        return False
    if not (isinstance(f.value, int) and 0 < f.value <= MAX_AGE):
        return False
    return _NAME_WHICH_BEFORE.search(text, max(0, f.start - 40), f.start) is not None


def stated_age(text: str, f: Figure) -> bool:
    """Whether the bare number ``f`` is a named person's age as an obituary states it: after
    "aged", "at the age of", "at age" or a death's "at" ("died Sunday at 76,"), or the
    sentence "He was 78." right after a death; not when no name tells whose ("a man aged 45")."""
    if f.unit is not None or f.counts is not None or f.qualifier or f.high is not None:
        return False
    if not (isinstance(f.value, int) and 0 < f.value <= MAX_AGE) or f.number_end != f.end:
        return False
    if not text[f.number_start:f.number_end].isdigit() or not _END_STATED.match(text, f.end):
        return False
    if not (_STATED_BEFORE.search(text, max(0, f.start - 70), f.start)
            or _WAS_SENTENCE.fullmatch(text, f.sentence_start, f.start)):
        return False
    return _stated_owner(text, f) is not None


def _death_before(text: str, f: Figure) -> tuple[int, int] | None:
    """The sentence before ``f``'s (in its paragraph or the one before) when it tells a death."""
    end = len(text[:f.sentence_start].rstrip()) - 1         # the full stop ending the sentence before
    if end <= 0:
        return None
    floor = max(0, end - 400)
    start = max(text.rfind(".", floor, end), text.rfind("\n\n", floor, end))
    span = (start + 1, f.sentence_start)
    return span if _DEATH.search(text, *span) else None


def _stated_owner(text: str, f: Figure) -> str | None:
    """Whose stated age ``f`` is: the last name written before the death its sentence tells
    (else before ``f``): "His daughter, Ann Lee, said Tom Lee died at 80" is Tom Lee's; for
    "He was 78.", the same in the death's sentence before; else a bare surname opening that
    sentence ("Penrose died on Sunday")."""
    span: tuple[int, int] | None = (f.sentence_start, f.start)
    if _WAS_SENTENCE.fullmatch(text, f.sentence_start, f.start):
        span = _death_before(text, f)
    if span is None:
        return None
    lo = max(span[0], span[1] - OWNER_REACH)        # (a "sentence" of 2,000 ages: each looks back a bounded way)
    death = _DEATH.search(text, lo, span[1])
    # (a title in quotation marks is no person: 'The "Kitchen Hours" chef, 53,')
    names = [m for m in _FULL_NAME.finditer(text, lo, death.start() if death else span[1])
             if not _not_given(m["given"]) and text[max(0, m.start() - 1):m.start()] not in ('"', "“")]
    if names:
        return f"{names[-1]['given']} {names[-1]['surname']}"
    if lo != span[0]:
        return None
    m = _SUBJECT_SURNAME.match(text, span[0])
    return m["surname"] if m and not _not_given(m["surname"]) else None


# a given name and a surname; looked for at every word ("Officer Dana Ruiz": "Dana Ruiz" too)
_FULL_NAME = re.compile(rf"(?<![\w'’-])(?=(?P<given>[A-Z][a-z'’-]+)\s+(?:[A-Z]\.\s+)?(?P<surname>{_SURNAME})\b)")
FULL_NAME = _FULL_NAME      # (read by reader.analysis.born_ages)
# a bare surname opening a sentence as its subject: "Penrose died on Sunday"
_SUBJECT_SURNAME = re.compile(rf"\s*(?P<surname>{_SURNAME})\s+(?:died|dies|was|had|has)\b")


def as_age(f: Figure) -> Figure:
    """``f`` read as an age in years."""
    return dataclasses.replace(f, unit="year", counts=AGE_NOUN, counts_inferred=True)


def is_age(f: Figure) -> bool:
    """An age: "a 73-year-old man", or a number in apposition read by :func:`as_age`."""
    return f.unit == "year" and (f.counts == AGE_NOUN or bool(_YEAR_OLD.search(f.text)))


# the name right after "24-year-old" ("24-year-old Tyler Monroe"): up to three capitalised words
_NAME_AFTER = re.compile(rf"\s+((?:{_SURNAME}\s+(?:[A-Z]\.\s+)?){{0,2}}{_SURNAME})\b")
# the name before "a 30-year-old …" in apposition: "Darragh Byrne, a 30-year-old man", "Orion, the
# zoo's seven-year-old male jaguar" (an owner's possessive between)
_NAME_A_BEFORE = re.compile(rf"\b({_SURNAME}),\s+(?:an?|the)\s+(?:[a-z]+['’]s\s+)?$")
# a role written as a title before the full name: "29-year-old nurse Renata Solis", "the 52-year-old
# forklift operator Dale Kostecki" (up to two words before the role noun, which ends the title)
_TITLED_NAME = re.compile(rf"\s+(?P<words>(?:[a-z]+(?:-[a-z]+)*\s+){{0,2}})(?P<role>[a-z]+)\s+"
                          rf"(?P<name>(?P<given>[A-Z][a-z'’-]+)\s+(?:[A-Z]\.\s+)?{_SURNAME})\b")
# the same in apposition, the name between commas: "The 61-year-old president, Leonard Vukovich, framed …"
_TITLED_APPOSITION = re.compile(rf"\s+(?P<words>(?:[a-z]+(?:-[a-z]+)*\s+){{0,2}})(?P<role>[a-z]+),\s+"
                                rf"(?P<name>(?P<given>[A-Z][a-z'’-]+)\s+(?:[A-Z]\.\s+)?{_SURNAME}),")
# a name given after the noun phrase: "The 4-year-old male jaguar, named Orion,"
_NAMED_AFTER = re.compile(r"(?:\s+[a-z]+(?:-[a-z]+)*){1,3},\s+(?:named|called)\s+"
                          r"((?:[A-Z][a-z'’-]+\s+){0,2}[A-Z][a-z'’-]+)\b")
_CALENDAR = frozenset((*WEEKDAYS, *MONTHS, "Today", "Yesterday", "Tonight"))
# a preposition before those capitalised words: an opening phrase of time or place, no name
_ADVERBIAL_BEFORE = re.compile(r"\b(?i:on|in|at|by|from|since|until|after|before|during|for|near|outside|across)\s+$")
# a lower-case word after the capitalised words that makes them a modifier of a noun
# ("Morristown financial adviser"), not a verb or a function word after a name
# ("Tyler Monroe was", "Tyler Monroe, who", "Diallo scored")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_AFTER_NAME = """was is has had said says who whose and or but of from in at on to for with by after
before when while will would could did does told wrote became remains were are as than died dies"""
_AFTER_NAME_WORDS = frozenset(_AFTER_NAME.split())


_PERSONS = """man woman boy girl resident native student teacher driver worker mother father
son daughter adviser advisor officer nurse doctor lawyer businessman businesswoman executive"""
_PERSON_NOUNS = frozenset(_PERSONS.split())


def _modifier(text: str, end: int) -> bool:
    """Whether the lower-case words after ``end`` make the capitalised words before it a
    modifier: a person noun ("Morristown man") or two words of a noun phrase
    ("Morristown financial adviser"), not a verb and its object ("Nadia Brook won the")."""
    m = _NEXT_WORD.match(text, end)
    if m is None or m[1] in _AFTER_NAME_WORDS:
        return False
    if m[1] in _PERSON_NOUNS:
        return True
    second = _NEXT_WORD.match(text, m.end())
    return (not m[1].endswith(("ed", "s", "ing")) and second is not None
            and second[1] not in _AFTER_NAME_WORDS and second[1] not in STOPWORDS)


def age_owner(text: str, f: Figure) -> str | None:
    """Whose age ``f`` is, by the name the text gives it: the name before an age in
    apposition ("Gregory Pallister, 57," → "Gregory Pallister"; "Pallister, 57," →
    "Pallister") or the name right after "N-year-old" ("24-year-old Tyler Monroe" → "Tyler
    Monroe"; not "the 53-year-old Morristown financial adviser", where the name before,
    "Gregory Lanzetti, the 53-year-old …", is the owner); None for "a 72-year-old man".
    The given name is the capitalised word right before the surname (a middle initial
    passed over), unless it is a title or a word that opens a sentence ("Captain Ewan
    MacLeod" → "Ewan MacLeod", "Judge Pallister" → "Pallister"). Two reports giving one
    person two ages disagree whatever else their sentences say; which person a bare
    surname is, :func:`story_owners` decides."""
    if not is_age(f):
        return None
    if f.counts == AGE_NOUN:
        m = (_NAME_WHICH_BEFORE if _OLD_AFTER.match(text, f.end) else _NAME_BEFORE).search(
            text, max(0, f.start - 40), f.start)
        if m is None:
            return _stated_owner(text, f)
        surname = m.group("surname")
        given = _GIVEN_BEFORE.search(text, max(0, m.start() - 40), m.start())
    else:
        year_old = _YEAR_OLD.search(text, f.start, f.end)
        if year_old is None:
            return None
        m = _NAME_AFTER.match(text, year_old.end()) if year_old.end() == f.end else None
        if m is not None and _modifier(text, m.end()):
            m = None            # "the 53-year-old Morristown financial adviser": a place, no owner
        if m is None and (named := _named_in_phrase(text, year_old.end())):
            return named
        if m is None:
            m = _NAME_A_BEFORE.search(text, max(0, f.start - 40), f.start)     # "Darragh Byrne, a 30-year-old man"
            if (m is None or m.group(1) in _CALENDAR
                    or _ADVERBIAL_BEFORE.search(text, max(0, m.start() - 12), m.start())):
                return None     # "On Saturday, the 68-year-old dentist", "In Marlow, a 30-year-old man": no name
            surname = m.group(1)
            given = _GIVEN_BEFORE.search(text, max(0, m.start() - 40), m.start())
            first = given["given"] if given else None
            return surname if first is None or _not_given(first) else f"{first} {surname}"
        words = m.group(1).split()
        surname = words[-1]
        given = _GIVEN_BEFORE.search(m.group(1), 0, len(m.group(1)) - len(surname))
    first = given["given"] if given else None
    return surname if first is None or _not_given(first) else f"{first} {surname}"


def _named_in_phrase(text: str, end: int) -> str | None:
    """The name the noun phrase of an age ending at ``end`` gives its owner: after a role
    written as a title ("29-year-old nurse Renata Solis", or in apposition: "The 61-year-old
    president, Leonard Vukovich,") or after "named" ("4-year-old male
    jaguar, named Orion"); None when the words after the age are no such phrase (a verb or
    a function word before a name: "the 40-year-old man told Jane Doe")."""
    m = _TITLED_NAME.match(text, end) or _TITLED_APPOSITION.match(text, end)
    if (m is not None and is_role_word(m["role"]) and not _not_given(m["given"])
            and m["given"] not in _CALENDAR and not _modifier(text, m.end())
            and not any(w in STOPWORDS or w in _AFTER_NAME_WORDS for w in m["words"].split())):
        return m["name"]
    named = _NAMED_AFTER.match(text, end)
    return named[1] if named is not None and named[1] not in _CALENDAR else None


# the capitalised word right before a surname (a middle initial passed over): its given name
_GIVEN_BEFORE = re.compile(r"(?<![\w'’-])(?P<given>[A-Z][a-z'’-]+)\s+(?:[A-Z]\.\s+)?$")
# capitalised words before a surname that are no given name: titles, honorifics, roles, and words
# that open a sentence or name a day ("Captain Ewan MacLeod", "Judge Pallister", "On Monday Reyne")
_NOT_GIVEN_WORDS = """
mr mrs ms miss mx dr sir dame lord lady judge justice officer sgt sergeant det detective constable pc inspector
chief captain capt coach president premier minister sen senator rep gov governor mayor councillor councilor
councilman councilwoman professor prof rev reverend father sister brother deputy director manager agent trooper
lt lieutenant col colonel gen general pastor bishop rabbi imam dean doctor nurse king queen prince princess
the a an and but or if when as at on in by for with from to of after before while since said says told asked
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december
"""
_NOT_GIVEN = frozenset(_NOT_GIVEN_WORDS.split())


def _not_given(word: str) -> bool:
    return word.casefold() in _NOT_GIVEN


# "Mr Reyne", "Mrs. Reyne": the person's sex, when no given name is written
_HONORIFIC = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


# the kind of a named place, after its name: "Garfield Elementary", "the 86-year-old Garfield building"
_PLACE_KINDS = frozenset({"elementary", "school", "academy", "hall", "building", "bridge", "church", "hospital",
                          "library", "museum", "tower", "arena", "stadium", "dam", "mill", "plant", "theater",
                          "theatre", "station", "courthouse"})
PLACE_KINDS = _PLACE_KINDS      # (read by reader.analysis.built_ages)


def story_owners(bodies: Sequence[str], owners: set[str]) -> dict[str, str | None]:
    """Each age owner of a story (as :func:`age_owner` gives it) → the person its age is
    keyed by, or None when it cannot be told. A full name is its own person: "Ethan
    Copley" and "Siobhan Copley" are two people whose ages are never compared. A bare
    surname is the one person of that surname the story names in full ("Maddox, 35" is
    Colin Maddox when no other Maddox is named), itself when the story names nobody of
    that surname in full, the one of them whose age the story gives by full name when it names
    several ("Dale Hensley, 43" beside his wife Amber Hensley), and nobody (None: its age is compared
    with nothing) when the story names two of them otherwise: two given names before the surname, or a
    "Mr" and a "Mrs". A named place is its name without its kind ("the 99-year-old Garfield Elementary"
    and "the 86-year-old Garfield building" are one building's ages)."""
    surnames = {o.split()[-1] for o in owners}
    named = _people_named(bodies, surnames)
    aged = {o.casefold() for o in owners if " " in o}
    out: dict[str, str | None] = {}
    for owner in owners:
        if " " in owner and owner.split()[-1].casefold() in _PLACE_KINDS:
            out[owner] = owner.rsplit(" ", 1)[0].casefold()     # ("Garfield Elementary" is "Garfield")
            continue
        if " " in owner:
            out[owner] = owner.casefold()
            continue
        given, sexes = named.get(owner.casefold(), (set(), set()))
        given = _one_aged(given, owner, aged)
        if len(given) > 1 or len(sexes) > 1:
            out[owner] = None
        else:
            out[owner] = f"{next(iter(given))} {owner}".casefold() if given else owner.casefold()
    return out


def _one_aged(given: set[str], surname: str, aged: set[str]) -> set[str]:
    """The given names of a surname's people, narrowed to the one whose age the story gives by full name
    when there is one ("Dale Hensley, 43" and his wife Amber Hensley: "The 49-year-old Hensley" is Dale)."""
    with_age = {g for g in given if f"{g} {surname}".casefold() in aged}
    return with_age if len(given) > 1 and len(with_age) == 1 else given


def _people_named(bodies: Sequence[str], surnames: set[str]) -> dict[str, tuple[set[str], set[str]]]:
    """Surname (case-folded) → the given names written before it in ``bodies`` and the
    sexes of the honorifics before it: one pass over each body."""
    out: dict[str, tuple[set[str], set[str]]] = {}
    if not surnames:
        return out
    alternation = "|".join(re.escape(s) for s in sorted(surnames, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w'’-])(?:(?P<h>Mr|Mrs|Ms|Miss)\.?|(?P<g>[A-Z][a-z'’-]+))\s+(?:[A-Z]\.\s+)?"
                         rf"(?P<s>(?i:{alternation}))(?![\w-])")
    for body in bodies:
        for m in pattern.finditer(body):
            given, sexes = out.setdefault(m["s"].casefold(), (set(), set()))
            if m["h"]:
                sexes.add(_HONORIFIC[m["h"].lower()])
            elif not _not_given(m["g"]):
                given.add(m["g"].casefold())
    return out


def article_owner(body: str, surname: str, start: int, sentence_end: int) -> str | None:
    """The one person of ``surname`` (a bare surname an age at ``start`` is told of) its own article names
    in full, as "Dolores Kaminski", when the pronoun that follows the age in its sentence or the next
    agrees with that person's given name ("Kaminski, 67, was revealed Monday as the holder … She took the
    lump-sum": hers, though another article gives her husband Walt Kaminski's age); None when the article
    names nobody of that surname in full, or two of them, when no pronoun follows, or one of the other sex
    (then the story decides: :func:`story_owners`)."""
    person = article_person(body, surname)
    if person is None:
        return None
    stop = body.find(". ", sentence_end, sentence_end + _NEXT_SENTENCE)
    pronoun = _PRONOUN.search(body, start, stop if stop >= 0 else min(len(body), sentence_end + _NEXT_SENTENCE))
    if pronoun is None or first_name_gender(person) is None:
        return None
    return person if _PRONOUN_SEX[pronoun.group().lower()] == first_name_gender(person) else None


def article_person(body: str | Sequence[str], surname: str) -> str | None:
    """The one person of ``surname`` ``body`` (or the bodies of a story) names in full ("Dolores
    Kaminski"), else None (nobody, two given names, or an honorific)."""
    given, sexes = _people_named([body] if isinstance(body, str) else body, {surname}).get(
        surname.casefold(), (set(), set()))
    return f"{next(iter(given)).capitalize()} {surname}" if len(given) == 1 and not sexes else None


_PRONOUN = re.compile(r"\b(?:he|his|him|she|her|hers)\b", re.IGNORECASE)
_PRONOUN_SEX = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f", "hers": "f"}
_NEXT_SENTENCE = 300       # characters after an age's sentence read for the pronoun of the next one
