"""Ages told of a role noun of any trade: "the boat's skipper, 56, sent a mayday", "The
crane's operator, a 47-year-old man from Lessing", "the 38-year-old ferry operator".

:mod:`reader.analysis.age_roles` reads an age told of a role from a short list of roles (the
driver, the pilot, the suspect …) and of trades (:data:`reader.analysis.ages.DESCRIBED`); an
age told of any other role ("skipper", "operator", "foreman", "dispatcher") was a bare
number, or an age of no one, and never met the age the story gives the same person by name
("Skipper Arne Vold, 58,", "The crane operator, Ilse Marr, 49,"). Here any noun shaped as a
role (:func:`reader.analysis.speaker_lexicon.is_role_word`: a role noun, or a word ending as
agent nouns do, "-er", "-or", "-ist") after "the", "its", "his" or "her" and a few modifier
words (an owner's "crane's", a size "38-metre") is a role; the age becomes that role's.

Such an age is compared only when the story ties exactly one name to the role and never
tells of two people in it (:func:`reader.analysis.age_roles.role_people`: one person per
role in a story); a role with no name stays unowned, so it is compared with nothing.

Hand-written: the apposition forms of news copy ("the ROLE, 56,", "the ROLE, a 47-year-old
man"), read by regular expressions; the role noun is read by shape, not from a list.
"""

from __future__ import annotations

import re

from reader.analysis.speaker_lexicon import is_role_word

# the words before a role: "the boat's", "the 38-metre boat's", "the crane", "the night-shift"
_MODIFIERS = r"(?:(?!(?:who|that|which|of)\b)(?:[\w-]+(?:['’]s)?)\s+){0,3}"
_OPENER = r"\b(?:[Tt]he|[Ii]ts|[Hh]er|[Hh]is|[Tt]heir)\s+"
# what the role is of: "The operator of the crane, 47," ("the crane's operator")
_OF_THING = r"(?:\s+of\s+(?:the|a|an|its|their)\s+[a-z-]+)?"
# "the boat's skipper, " (or "skipper, aged ") right before a bare age, or "The teller who was struck, "
# (a relative clause on the role)
_ROLE_APPOSED = re.compile(_OPENER + _MODIFIERS + r"(?P<role>[a-z][a-z-]+)" + _OF_THING +
                           r"(?:\s+(?:who|that)\s+[^,.;:()]{1,50})?"
                           r"\s*,\s*(?:aged\s+)?$")
# "The crane's operator, a " right before "47-year-old man"
_ROLE_BEFORE_PERSON = re.compile(_OPENER + _MODIFIERS + r"(?P<role>[a-z][a-z-]+)" + _OF_THING + r"\s*,\s*an?\s+$")
# "The pilot, " or "The pilot, a " right before "57-year-old" used as a noun or before a name
# ("The pilot, a 57-year-old with 20 years of experience", "The pilot, 58-year-old Lannerby man Tobias Wren")
_ROLE_BEFORE_YEAR_OLD = re.compile(_OPENER + _MODIFIERS + r"(?P<role>[a-z][a-z-]+)" + _OF_THING
                                   + r"\s*,\s*(?:an?\s+)?$")
# what follows "-year-old" used as a noun or before a name: a preposition, a clause word, punctuation,
# or a capitalised word (a place's or a name's: "58-year-old Lannerby man Tobias Wren")
_NOMINAL_AFTER = re.compile(r"\s*+[,;.)]|\s++(?:with|from|of|who|whose|in|at|on|and)\b|\s++[A-Z]")
# "-year-old cashier", "-year-old ferry operator": the role after the age, its first or second word
_ROLE_AFTER = re.compile(r"\s+(?P<role>[a-z][a-z-]+)\b(?:\s+(?P<second>[a-z][a-z-]+)\b)?")
# not roles a person holds alone in a story, though shaped as one: many hold them
_MANY = frozenset({"passenger", "resident", "worker", "member", "customer", "voter", "rider", "spectator",
                   "supporter", "protester", "demonstrator", "officer", "soldier", "volunteer", "survivor",
                   "player", "fan", "visitor", "shopper", "viewer", "reader", "listener", "user", "student",
                   "teenager", "neighbor", "neighbour", "other", "another", "each", "either"})
REACH = 60      # characters read before the age for its role


def any_role(role: str) -> bool:
    """Whether ``role`` is read as a role one person may hold (module doc)."""
    return is_role_word(role) and role not in _MANY


def _role(m: re.Match | None) -> str | None:
    if m is None:
        return None
    role = m["role"].lower()
    return role if any_role(role) else None


def apposed_role(text: str, start: int) -> str | None:
    """The role of a bare age in apposition starting at ``start`` ("the boat's skipper, 56,"),
    else None."""
    return _role(_ROLE_APPOSED.search(text, max(0, start - REACH), start))


def role_before_person(text: str, start: int) -> str | None:
    """The role before "a 47-year-old man" starting at ``start`` ("The crane's operator,
    a 47-year-old man"), else None."""
    return _role(_ROLE_BEFORE_PERSON.search(text, max(0, start - REACH), start))


def role_apposed_to_year_old(text: str, start: int, pos: int) -> str | None:
    """The role an "N-year-old" (starting at ``start``, "-year-old" ending at ``pos``) stands
    in apposition to when it names no role or person noun of its own: "The pilot, a
    57-year-old with 20 years of experience," or "The pilot, 58-year-old Lannerby man Tobias
    Wren,"; else None. The word is returned as written, in lower case: the caller tells
    whether it is a role."""
    if not _NOMINAL_AFTER.match(text, pos):
        return None
    m = _ROLE_BEFORE_YEAR_OLD.search(text, max(0, start - REACH), start)
    return m["role"].lower() if m else None


def role_after(text: str, pos: int) -> str | None:
    """The role right after "-year-old" ending at ``pos`` ("the 38-year-old ferry operator"),
    else None."""
    m = _ROLE_AFTER.match(text, pos)
    if m is None:
        return None
    return next((word.lower() for word in (m["role"], m["second"]) if word and any_role(word.lower())), None)


# a name tied to any role: "skipper Arne Vold", "The crane operator, Ilse Marr,", "Ilse Marr, the crane operator"
_NAME = r"(?P<name>(?:[A-Z][a-z'’-]+\s+){0,2}(?:Mc|Mac|O['’])?[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*)"
_TIES = (re.compile(rf"\b(?P<role>[A-Za-z][a-z-]+),?\s+{_NAME}\b"),
         re.compile(rf"\b{_NAME},\s+(?:the|its|her|his)\s+{_MODIFIERS}(?P<role>[a-z][a-z-]+)\b"))


def role_ties(body: str, roles: set[str]) -> list[tuple[str, str]]:
    """Each (role, name as written) ``body`` ties together, for the roles in ``roles``."""
    lower = body.lower()
    if not any(role in lower for role in roles):
        return []       # (the patterns read every word before a capital: a body naming no role skips them)
    return [(m["role"].lower(), m["name"]) for pattern in _TIES for m in pattern.finditer(body)
            if m["role"].lower() in roles]
