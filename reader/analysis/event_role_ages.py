"""The age of a person told by what the event did to them: "One of those killed was a
68-year-old woman", "Among the dead was a 70-year-old retired nurse", "Police arrested a
31-year-old man", "A 31-year-old man was arrested", "One resident, a 71-year-old woman, died".

Such an age names no one and no role noun (:mod:`reader.analysis.age_roles` reads "the
driver", "the suspect"), so it was compared with nothing: one report's 68-year-old woman
killed and another's 69-year-old teacher among the dead agreed. Here the age's person is
read by the structure of its clause, not by its noun: the group it is named among ("one of
those killed", "among the dead"), the verb it is the object of ("killed a …", "arresting a
…"), the death it is told by ("the death of a 74-year-old man") or the predicate it is
the subject of ("… was arrested", "… died", "… is in custody").
Two events are read, each one a story usually tells of one person when it gives one age:
the person killed and the person arrested; a sentence that ages two people tells neither, nor
one that tells its person as one more ("A second runner, a 44-year-old man, died").

An age so told is compared as the age of that role's one person
(:func:`reader.analysis.age_roles.unnamed_roles`: never two ages in one article, never two
people brought in for it), and only when the story never gives the role a man and a woman
(:func:`merged_genders`: "a 68-year-old woman" and "a 70-year-old man" killed are two dead).

Hand-written: the few clause shapes (partitive group, verb object, passive subject) that
English uses to tie a described person to what happened to them; the verbs are the closed
families of dying and of arrest.
"""

from __future__ import annotations

import re

from reader.analysis.figures import Figure

KILLED = "person killed"
ARRESTED = "person arrested"
EVENT_ROLES = frozenset({KILLED, ARRESTED})

_DIED = r"(?:killed|dead|died|fatally\s+(?:injured|wounded|hurt|struck|shot))"
_HELD = r"(?:arrested|detained|in\s+custody|charged|booked|taken\s+into\s+custody)"
# the group an age is named among, right before it: "One of those killed was a", "Among the dead was a"
_GROUP_BEFORE = re.compile(rf"\b(?:one\s+of\s+(?:(?:those|the\s+people|the)\s+)?|among\s+(?:the\s+|those\s+)?)"
                           rf"(?:who\s+(?:were\s+)?)?(?P<e>{_DIED}|{_HELD})\s+(?:(?:was|were|is)\s+)?an?\s+$",
                           re.IGNORECASE)
# the verb whose object it is: "killed a", "arresting an", "Police later arrested a"; a death's noun: "the death of a"
_VERB_BEFORE = re.compile(r"\b(?:(?P<d>killed|killing|(?:death|killing)\s+of)|"
                          r"(?P<h>arrested|arresting|detained|detaining|charged|charging))\s+an?\s+$", re.IGNORECASE)
# the subject of a clause: at a sentence's or an apposition's start ("A 31-year-old man", ", a 71-year-old woman,")
_SUBJECT_BEFORE = re.compile(r"(?:^|[.!?]\s+|,\s+|[—–]\s+|\b(?:said|says|say|that)\s+)(?:[Aa]n?)\s+$")
# what stands between the age's noun and the predicate: the noun, a place before it ("a 79-year-old Stockton
# man") or after it ("from Ashby"), an apposition
# (the place's words each start with a capital whatever the pattern's flags, and are apart by spaces:
# "(?:[A-Z][\w'’-]*\s*)+" under IGNORECASE split "Raleigh was in critical condition" into letters in
# exponentially many ways when no predicate followed)
_NOUN_TAIL = (r"(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}"
              r"(?:\s+[a-z]+){0,2}(?:\s+(?:from|of)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*)?,?")
# (an adverb between: never a negation, never "also", one more in the role)
_BEING = r"(?:was|is|has\s+been|had\s+been)\s+(?:(?!not\b|never\b|also\b)[a-z]+\s+)?"
_PREDICATE_AFTER = re.compile(rf"{_NOUN_TAIL}\s+(?:who\s+)?(?:(?:{_BEING}"
                              rf"(?:(?P<d>killed|dead|pronounced\s+dead|fatally\s+\w+)|(?P<h>{_HELD})))"
                              r"|(?P<d2>died|dies)\b)", re.IGNORECASE)
_YEAR_OLD = re.compile(r"-year-old\b", re.IGNORECASE)
# a person told as one more of the role: "A second runner, a 44-year-old man", "another victim, a"
_ANOTHER_BEFORE = re.compile(r"\b(?:second|third|fourth|another|other|also)\b[^.;]*$", re.IGNORECASE)
_FEMALE = re.compile(r"\s+(?:[A-Za-z-]+\s+){0,2}?(?:woman|girl|mother|grandmother|wife|daughter|sister|widow)\b")
_MALE = re.compile(r"\s+(?:[A-Za-z-]+\s+){0,2}?(?:man|boy|father|grandfather|husband|son|brother|widower)\b")


def event_role(text: str, f: Figure) -> str | None:
    """The event role (``KILLED``, ``ARRESTED``) and the person's sex, "person killed:f", of
    the age ``f`` written "N-year-old" (module doc), else None."""
    year_old = _YEAR_OLD.search(text, f.start, f.end)
    if year_old is None or len(_YEAR_OLD.findall(text, f.sentence_start, f.sentence_end)) > 1:
        return None     # (a sentence of two aged people: "killed a 58-year-old man and a 61-year-old man")
    floor = max(f.sentence_start, f.start - 60)
    if _ANOTHER_BEFORE.search(text, floor, f.start):
        return None     # ("A second runner, a 44-year-old man, died": one of several in the role)
    role = _role_before(text, floor, f.start) or _role_after(text, f, year_old.end())
    if role is None:
        return None
    return f"{role}:{_sex(text, year_old.end())}"


def _role_before(text: str, floor: int, start: int) -> str | None:
    group = _GROUP_BEFORE.search(text, floor, start)
    if group is not None:
        return ARRESTED if re.fullmatch(_HELD, group["e"], re.IGNORECASE) else KILLED
    verb = _VERB_BEFORE.search(text, floor, start)
    if verb is not None:
        return KILLED if verb["d"] else ARRESTED
    return None


def _role_after(text: str, f: Figure, noun: int) -> str | None:
    if not _SUBJECT_BEFORE.search(text, f.sentence_start, f.start) and f.start - f.sentence_start > 2:
        return None
    predicate = _PREDICATE_AFTER.match(text, noun, min(f.sentence_end, noun + 120))
    if predicate is None:
        return None
    return ARRESTED if predicate["h"] else KILLED


def _sex(text: str, noun: int) -> str:
    """"f" or "m" by the age's noun ("woman", "man"), else ""."""
    window = text[noun:noun + 40]
    return "f" if _FEMALE.match(window) else "m" if _MALE.match(window) else ""


def merged_genders(owners: list[str | None], prefix: str) -> list[str | None]:
    """``owners`` with each event role's owners ("role:person killed:f") made one role
    ("role:person killed"), or none when the story tells a man and a woman in it."""
    sexes: dict[str, set[str]] = {}
    for o in owners:
        if o and o.startswith(prefix) and ":" in o[len(prefix):]:
            role, sex = o[len(prefix):].rsplit(":", 1)
            sexes.setdefault(role, set()).add(sex)
    if not sexes:
        return owners
    out: list[str | None] = []
    for o in owners:
        if o and o.startswith(prefix) and ":" in o[len(prefix):]:
            role = o[len(prefix):].rsplit(":", 1)[0]
            o = None if {"f", "m"} <= sexes[role] else prefix + role
        out.append(o)
    return out
