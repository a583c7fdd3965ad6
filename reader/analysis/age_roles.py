"""The person an age told by a role belongs to: "the 35-year-old driver", "The driver,
35," or "The suspect, a 24-year-old man" is the age of the one person the story names
for the role ("The van's driver, Maria Lopez, …", "driver Maria Lopez", "Lopez, the
driver, …", "driven by Maria Lopez", "Maria Lopez was driving", "The suspect, identified
by neighbours as Tom Reed,").

An age told of a role has no name, so :func:`reader.analysis.ages.age_owner` gives it no
owner and it was compared with nothing: one report's "Maria Lopez, 34," and another's "the
35-year-old driver" agreed. A role names one person only when the story names exactly one
for it, so only roles an incident has one of are read (the driver, the pilot, the gunman,
the captain), never "victim" or "passenger"; a role the story names two people for, or
speaks of two of ("the other driver", "drivers", "the truck's driver" beside "the car's
driver"), gives its ages no owner. A role the story ties no name to is still one person
when it is one an incident has one of (the driver, the suspect, the boy) and no report
tells of two (:func:`unnamed_roles`): "A 7-year-old boy" and "The boy, 8," are compared as
the boy's age. A role's age told by its predicate ("The pilot was 58 and lived in …",
:func:`predicate_age`) is read as the same role's age, for the roles an incident has one of,
when the number ends its clause (not "was 22 when he earned his licence": an age at
another time). An age told of the agent of a role verb ("driven by a 57-year-old") is the
role's (:mod:`reader.analysis.agent_roles`).

Hand-written: the role is the noun right after "-year-old" or before ", N,", and a name
is tied to it by an apposition, one of a few fixed forms of news copy.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from reader.analysis.agent_roles import agent_role, agent_things
from reader.analysis.ages import DESCRIBED, DESCRIPTION, MAX_AGE, is_age
from reader.analysis.event_names import event_ties, several_in_event
from reader.analysis.event_role_ages import EVENT_ROLES
from reader.analysis.figures import Figure
from reader.analysis.quoted_passages import quoted_spans
from reader.analysis.role_ages import (
    any_role,
    apposed_role,
    role_after,
    role_apposed_to_year_old,
    role_before_person,
    role_ties,
)
from reader.text.word_gate import may_hold

# roles an incident has one of; "victim", "passenger", "officer" name many people; and people
# described by what they do ("the Grammy-winning singer", "the retired teacher": ages.DESCRIBED)
_ONE_OF = "driver|pilot|co-pilot|captain|gunman|shooter|attacker|bomber|motorist|cyclist|skipper|suspect|boy|girl"
_ROLES = rf"(?:{_ONE_OF}|{DESCRIBED})"
# roles whose age is compared unnamed, as the story's one holder of the role ("A 7-year-old boy" and
# "The boy, 8,"): an incident's one driver, suspect or child; not a person described by trade
UNNAMED_ROLES = frozenset(_ONE_OF.split("|"))
_ROLE_AFTER = re.compile(rf"\s+(?:[a-z]+\s+)?(?P<role>{_ROLES})\b")
_ROLE_APPOSED = re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Hh]er|[Hh]is)\s+{DESCRIPTION}(?P<role>{_ROLES})\s*,\s*$")
# a role, then its age told of a person: "The suspect, a 24-year-old man"
_ROLE_BEFORE_PERSON = re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Hh]er|[Hh]is)\s+{DESCRIPTION}(?P<role>{_ROLES})\s*,\s*an?\s+$")
# a role's age told by its predicate: "The pilot was 58 and lived in Quillan", "The suspect is 19." (only
# roles an incident has one of, the number ending its clause)
_ROLE_WAS = re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Hh]er|[Hh]is)\s+(?:[a-z]+\s+)?(?P<role>{_ONE_OF})\s+(?:was|is)\s+$")
_END_WAS = re.compile(r"(?:[,.;](?!\d)|\s+and\b|\s*$)")
# a role's age told after "aged": "The most seriously injured was a girl aged 16", "the driver, aged 54" (the
# British and Australian form; a bare number, ending its clause)
_END_AGED = re.compile(r"(?:[,.;](?!\d)|\s+(?:and|who|from|of)\b|\s*$)")
_ROLE_AGED = re.compile(rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]er|[Hh]is)\s+(?:[a-z]+\s+)?(?P<role>{_ONE_OF}),?\s+aged\s+$")
_PERSON_AFTER = re.compile(r"\s+(?:man|woman|boy|girl|teenager|youth)\b")
_YEAR_OLD = re.compile(r"-year-old\b", re.IGNORECASE)
_NAME = r"(?P<name>(?:[A-Z][a-z'’-]+\s+){0,2}(?:Mc|Mac|O['’])?[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*)"
# a name tied to a role: "the driver, Maria Lopez,", "driver Maria Lopez" (or "Singer Dana Vell"
# opening a sentence), "Maria Lopez, the driver,", "Dana Vell, the Grammy-winning singer,"
_TIES = (
    re.compile(rf"\b(?P<role>(?i:{_ROLES})),?\s+(?:was\s+)?(?:(?:identified|named)\s+(?:by\s+[^,.;]{{1,40}}?\s+)?as\s+)?{_NAME}\b"),
    re.compile(rf"\b{_NAME},\s+(?:the|its|her|his)\s+{DESCRIPTION}(?P<role>{_ROLES})\b"),
    # "The pilot, 58-year-old Lannerby man Tobias Wren," (an age, a place, a person noun, then the name)
    re.compile(rf"\b(?P<role>(?i:{_ROLES})),\s+(?:an?\s+)?\d{{1,3}}-year-old\s+(?:(?:[A-Z][\w'’-]+\s+)?"
               rf"(?:man|woman)\s+)?{_NAME}\b"),
)
# a name tied to the role by its verb: "driven by Maria Lopez", "Maria Lopez, 34, of Dunmore was driving"
_VERB_TIES = (
    ("driver", re.compile(rf"\bdriven\s+by\s+{_NAME}\b")),
    ("driver", re.compile(rf"\b{_NAME}(?:,\s*\d{{1,3}},)?(?:\s+of\s+[A-Z][a-z]+)?,?\s+(?:was|had\s+been)\s+driving\b")),
    ("pilot", re.compile(rf"\b(?:piloted|flown)\s+by\s+{_NAME}\b")),
)
_NOT_NAME_WORDS = """the a an he she it they police officials said says was is and but in on at of
monday tuesday wednesday thursday friday saturday sunday"""
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())


def age_role(text: str, f: Figure) -> str | None:
    """The role an age is told of ("the 35-year-old driver", "The driver, 35,"), else None."""
    if not is_age(f):
        return None
    year_old = _YEAR_OLD.search(text, f.start, f.end)
    if year_old is not None:
        m = _ROLE_AFTER.match(text, year_old.end())
        agent = agent_role(text, f.start)
        if m is None and agent is not None:
            return agent        # "The tram, driven by a 57-year-old who ...": the driver
        person = m is None and _PERSON_AFTER.match(text, year_old.end()) is not None
        if person:
            m = _ROLE_BEFORE_PERSON.search(text, max(0, f.start - 60), f.start)
        if m is not None:
            return m["role"].lower()
        role = role_before_person(text, f.start) if person else role_after(text, year_old.end())
        return role or _known_role(role_apposed_to_year_old(text, f.start, year_old.end()))
    if f.number_end != f.end:
        return None
    lo = max(0, f.start - 40)
    m = _ROLE_APPOSED.search(text, lo, f.start) or _ROLE_WAS.search(text, lo, f.start) or _ROLE_AGED.search(
        text, lo, f.start)
    return m["role"].lower() if m else apposed_role(text, f.start)


def _known_role(word: str | None) -> str | None:
    """``word`` when it is a role: one of the roles read here or any role noun by shape."""
    return word if word is not None and (re.fullmatch(_ROLES, word) or any_role(word)) else None


def predicate_age(text: str, f: Figure) -> bool:
    """Whether the bare number ``f`` is the age of a role told by its predicate: "The pilot
    was 58 and lived in Quillan" (not "The pilot was 58 metres away": a number with a unit
    is no bare number), or after "aged": "a girl aged 16"."""
    if f.unit is not None or f.counts is not None or f.qualifier or f.high is not None:
        return False
    if not (isinstance(f.value, int) and 0 < f.value <= MAX_AGE) or f.number_end != f.end:
        return False
    if not text[f.number_start:f.number_end].isdigit():
        return False
    lo = max(0, f.start - 40)
    if _ROLE_AGED.search(text, lo, f.start):
        return _END_AGED.match(text, f.end) is not None
    return _END_WAS.match(text, f.end) is not None and _ROLE_WAS.search(text, lo, f.start) is not None


def role_people(bodies: Sequence[str], roles: set[str]) -> dict[str, str | None]:
    """Each of ``roles`` → the one name (as written: "Maria Lopez", "Lopez") the story ties
    to it, or None when it ties none, or two people (two surnames, or two given names)."""
    found: dict[str, set[str]] = {r: set() for r in roles}
    if not roles:
        return {}
    for body in bodies:
        for role, written in _ties(body, roles):
            name = _clean(written)
            if role in found and name:
                found[role].add(name)
    out: dict[str, str | None] = {}
    for role, names in found.items():
        if _several(bodies, role) or several_in_event(bodies, role):
            out[role] = None
            continue
        surnames = {n.split()[-1] for n in names}
        full = [n for n in names if " " in n]
        one = len(surnames) == 1 and len(full) <= 1
        out[role] = (full[0] if full else next(iter(names))) if one else None
    return out


def _ties(body: str, roles: Collection[str]) -> list[tuple[str, str]]:
    """Each (role, name as written) ``body`` ties together, for the roles in ``roles``.
    (The patterns try every word before a capital: a body that does not name one of the
    roles is not searched.)"""
    lower = body.lower()
    if not any(role in lower for role in roles):
        ties: list[tuple[str, str]] = []
    else:
        ties = [(role, m["name"]) for pattern in _TIES for m in pattern.finditer(body)
                if (role := m["role"].lower()) in roles]
    ties += role_ties(body, set(roles) - UNNAMED_ROLES - EVENT_ROLES)    # (roles of any trade: role_ages)
    ties += event_ties(body, roles)     # ("Dana Roe, 45, has been booked": the person arrested)
    return ties + [(role, m["name"]) for role, pattern in _VERB_TIES if role in roles for m in pattern.finditer(body)]


# what makes a plural some people of the story: "the drivers", "all three drivers", "their drivers"
_DETERMINED = r"(?:the|all|three|four|five|several|those|these|their|its|whose|\d+)"


def _several(bodies: Sequence[str], role: str) -> bool:
    """Whether the story tells of more than one person in ``role``: "drivers", "the other
    driver", or two vehicles' ("the truck's driver" and "the driver of the car"); a bare plural is
    people in general, not the story's ("Drivers see a green light ahead, they pull forward"), and so is
    one inside a quotation ("He lectured the young pilots about checklists")."""
    word = re.escape(role)
    pattern = re.compile(rf"\b(?:(?P<own>[a-z]+)['’]s\s+{word}\b|{word}\s+of\s+(?:the|a|an)\s+(?P<of>[a-z]+)"
                         rf"|(?P<two>(?:other|another|second|both|two)\s+(?:[a-z]+\s+)?{word}s?\b|"
                         rf"{_DETERMINED}\s+(?:[a-z]+\s+)?{word}s\b))", re.IGNORECASE)
    whose: set[str] = set()
    for body in bodies:
        whose |= agent_things(body, role)       # ("The tram, driven by …": the tram's driver)
        if not may_hold(body, (role.lower(),)):
            continue        # (every match names the role: word_gate)
        quoted = quoted_spans(body) if pattern.search(body) else []
        for m in pattern.finditer(body):
            if any(q0 <= m.start() < q1 for q0, q1 in quoted):
                continue        # (someone's words of pilots in general: "He lectured the young pilots")
            if m["two"]:
                return True
            whose.add((m["own"] or m["of"]).lower())
    return len(whose) > 1


def _clean(name: str) -> str | None:
    """A tied name less the words that are no name ("Police", "The"); None when none is left."""
    words = name.split()
    while words and words[0].lower() in _NOT_NAMES:
        words = words[1:]
    if not words or words[-1].lower() in _NOT_NAMES:
        return None
    return " ".join(words)


def unnamed_roles(bodies: Sequence[str], ages: Sequence[tuple[int, str, float]]) -> set[str]:
    """The roles among ``ages`` (article index, role, age) that stand for one person of the
    story though no name is tied to them (:func:`role_people` finds none): roles an
    incident has one of (``UNNAMED_ROLES``), which the story never tells of two people
    (:func:`_several`), given no two ages in one article and not brought in twice in one
    article ("a 30-year-old suspect ... a 30-year-old suspect": two suspects); or an event's
    role (:mod:`reader.analysis.event_role_ages`: the person killed, the person arrested)
    given one age in each article."""
    values: dict[tuple[int, str], set[float]] = {}
    for article, role, value in ages:
        values.setdefault((article, role), set()).add(value)
    twice = {role for (article, role), told in values.items()
             if len(told) > 1 or _brought_in_twice(bodies[article], role)}
    asked = {role for _, role in values} & UNNAMED_ROLES     # (an event's role, "person killed", is tied to no name)
    named = {role for body in bodies for role, written in _ties(body, asked) if _clean(written)} if asked else set()
    return {role for _, role in values if role not in twice | named and (
        role in EVENT_ROLES or (role in UNNAMED_ROLES and not _several(bodies, role)))}


def _brought_in_twice(body: str, role: str) -> bool:
    """Whether ``body`` brings in two people of ``role`` by an indefinite article ("A
    24-year-old man ... a 30-year-old man")."""
    intro = re.compile(rf"\b[Aa]n?\s+\d{{1,3}}-year-old\s+(?:[a-z]+\s+)?{re.escape(role)}\b")
    return len(intro.findall(body)) > 1
