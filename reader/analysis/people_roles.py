"""Counts of people under a generic noun ("people", "persons", "survivors") keyed by the
role their own clause gives them.

:func:`reader.analysis.quantities.quantity_key` keys people only by an event (killed,
hurt, evacuated …), so "About 20 people were working at the plant" had no key, while
another source's "14 employees were on site" was keyed ``("employee", None)``: the two
were compared by nothing but a near-equal value in a like sentence. The clause's verb
often says what the people are as plainly as a noun would:

- rescued (:data:`RESCUED`): "crews rescued 47 people", "41 people have been rescued",
  "pulled 96 people from the water", "brought 41 people to safety", "were lifted out by
  helicopter"; a count of rescues ("more than 60 water rescues") counts them too, and so does a
  bare number a verb of rescue tells ("Four were pulled alive from the debris");
- employees: "20 people were working at the mill", "people who work at the plant", "300
  people work at the plant";
- customers: "which serves some 90,000 people", "supplies water to 60,000 people";
- occupants, the people there when it happened: "About 150 people were inside",
  "12 people were underground at the time" (a form of "be" and a word of being there);
- the perpetrators of a crime: "Three masked men broke a side door", "two men who robbed
  the branch", counted with those a noun names so ("Four thieves", "two gunmen", "three
  robbers": :data:`DOERS`), as ``("perpetrator", None)``;
- hostages, whatever noun counts them, when the clause holds them captive: "held four
  clerks hostage", "three tellers were held at gunpoint", "took five guards captive" (a
  verb of holding and a word of captivity, as ``("hostage", None)``, the key of "four
  hostages"), so an outlet's "employees" and another's "co-workers" meet;
- survivors told with no event of their clause ("Only 36 survivors stepped off the boats")
  are the rescued: the noun names the role when no verb does ("survivors were taken to
  hospital" keeps its event);
- a crowd told as a crowd ("a crowd of nearly 80,000") is its attendance whatever noun
  the figure took from its sentence (:func:`reader.analysis.attendance_people.crowd_attendance`).

The rescued are keyed with a soft event (:data:`reader.analysis.noun_events.SOFT_EVENTS`)
and the others with no event, so two values are still compared only when their sentences
share words or the story's sources tell one count each (:mod:`reader.analysis.conflicts`):
a flood's rooftop rescues and its boat rescues stay apart unless told alike.

Precision guards: a count told as a part or an increment ("four of them", "another 12
people", "12 more"), the whole of a partitive ("of the 300 people"), a vague amount, and
a count whose verb is not in its own clause are left unkeyed.

Hand-written: a few verbs of rescue, work and supply right before or after the count.
"""

from __future__ import annotations

import re

from reader.analysis.attendance_people import ATTENDANCE, crowd_attendance
from reader.analysis.figures import Figure
from reader.analysis.vague_amounts import is_vague

RESCUED = "rescued"
# the words a key is read from here: every figure of the key has one, so they are no evidence that two
# of them tell one thing (:func:`reader.analysis.unkeyed_counts.plain_words` passes them over)
KEY_WORDS = frozenset({"rescue", "rescued", "rescues", "rescuing", "rescuers", "gathered", "assembled",
                       "working", "employed", "serves", "served", "serving", "inside", "indoors", "underground",
                       "present"})
_RESCUE_KEY = ("person", RESCUED)
_EMPLOYEE_KEY = ("employee", None)
_CUSTOMER_KEY = ("customer", None)
_DOER_KEY = ("perpetrator", None)
_OCCUPANT_KEY = ("occupant", None)
HOSTAGE_KEY = ("hostage", None)
# nouns that name people by the crime they did (one spelling: :func:`reader.analysis.figure_units.one_spelling`)
DOERS = frozenset({"thief", "robber", "burglar", "raider", "gunman", "attacker", "assailant", "intruder",
                   "hijacker", "kidnapper", "mugger", "looter"})
# generic nouns of people: the count says nothing of who they are
_GENERIC = frozenset({"person", "people", "persons", "survivor", "individual", "man", "woman"})
# people named by where they were or what they did, whom a verb of rescue makes the rescued ("Crews in
# johnboats pulled 27 residents from flooded homes", "plucked 14 campers from the river"): only that role
# (not workers nor miners: a mine's trapped, rescued and escaped are all its employees, told apart by words)
_RESCUABLE = frozenset({"resident", "tenant", "camper", "hiker", "villager", "homeowner", "motorist", "passenger",
                        "swimmer", "climber", "skier", "guest", "occupant", "child", "student"})

_ADVERB = r"(?:\w+ly\s+)?"
_BEEN = r"\s+(?:(?:had|have|has)\s+been\s+|were\s+|was\s+|are\s+|being\s+)?" + _ADVERB
# passive after the count: "41 people have been rescued", "were lifted out by helicopter"
_RESCUED_AFTER = re.compile(_BEEN + r"(?:rescued|saved|freed|airlifted|plucked|winched|hoisted|"
                            r"(?:lifted|pulled|dragged|hauled|carried)\s+(?:\w+\s+)?(?:out|off|from|to\s+safety)|"
                            r"brought\s+(?:out\s+|back\s+)?(?:to\s+safety|ashore)|taken\s+to\s+safety)\b",
                            re.IGNORECASE)
# active before the count: "crews rescued 47 people", "used boats to rescue 23 people"
_RESCUED_BEFORE = re.compile(r"\b(?:rescu(?:ed|es|e|ing)|sav(?:ed|es|ing)|freed|airlift(?:ed|s|ing)?|"
                             r"pluck(?:ed|s|ing)?|winch(?:ed|es|ing))\s+$", re.IGNORECASE)
# a verb of moving before the count and where to after it: "pulled 96 people from the water",
# "have brought 41 people to safety"
_MOVED_BEFORE = re.compile(r"\b(?:pull(?:ed|s|ing)?|drag(?:ged|s|ging)?|haul(?:ed|s|ing)?|lift(?:ed|s|ing)?|"
                           r"brought|bring(?:s|ing)?|got|carri(?:ed|es)|plucked)\s+$", re.IGNORECASE)
_TO_SAFETY_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:(?:from|out\s+of|off)\s+(?:the\s+)?(?:water|sea|river|"
                              r"flood\w*|rubble|debris|wreck\w*|rooftops?|roofs?)|to\s+safety|ashore)\b", re.IGNORECASE)
# (the count as the subject of "work" at or for a place: "More than 300 people work at the plant")
_WORKING_AFTER = re.compile(_BEEN + r"(?:working|employed|at\s+work|on\s+(?:duty|shift|site))\b"
                            r"|\s+(?:who|that)\s+(?:work(?:s|ed)?|are\s+employed|were\s+employed)\b"
                            r"|\s+(?:\w+ly\s+)?work(?:s|ed)?\s+(?:at|for|in|on)\b", re.IGNORECASE)
# the crime's verb after its doers, a few words of description between ("three men in dark
# clothing robbed", "two men armed with knives stormed"), none of them a clause's break
_CRIME_AFTER = re.compile(r"(?:\s+(?:who\s+)?[\w-]+){0,4}?\s+(?:who\s+)?(?:had\s+)?(?:stole|robbed|raided|looted|"
                          r"burgled|burglari[sz]ed|mugged|hijacked|kidnapped|abducted|ambushed|"
                          r"broke\s+(?:into|in|open|through|down|a|an|the)|burst\s+into|stormed|held\s+up|"
                          r"forced\s+(?:their\s+way|open)|opened\s+fire)\b", re.IGNORECASE)
# people told only as there, inside a place at the time ("About 150 people were inside", "were
# underground"): the verb "be" is needed ("people inside the tent watched" tells no count of them)
_PRESENT_AFTER = re.compile(r"\s+(?:were|was|are|had\s+been|have\s+been)\s+(?:\w+ly\s+|still\s+|all\s+)?"
                            r"(?:inside|indoors|underground|present)\b", re.IGNORECASE)
# people held captive, whatever noun counts them: the verb of holding before the count and the
# state after it ("held four clerks hostage", "took 12 passengers captive"), or a passive of it
# after the count ("three co-workers were held at gunpoint", "were taken hostage")
_HELD_BEFORE = re.compile(r"\b(?:held|hold|holds|holding|kept|keep|keeps|keeping|took|take|takes|taking|seized|"
                          r"seizing)\s+$", re.IGNORECASE)
_CAPTIVE = r"(?:hostages?|captives?|at\s+gunpoint|at\s+knifepoint)\b"
_CAPTIVE_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+" + _CAPTIVE, re.IGNORECASE)
_HELD_PASSIVE_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:were|was|are|is|had\s+been|have\s+been|being)\s+"
                                 r"(?:\w+ly\s+)?(?:held|kept|taken)\s+" + _CAPTIVE, re.IGNORECASE)
_SERVED_BEFORE = re.compile(r"\b(?:serv(?:es|ed|ing)|suppl(?:ies|ied|ying)\s+(?:\w+\s+){0,2}?to)\s+$", re.IGNORECASE)
# a part, an increment, the whole of a partitive, a set named before
_PART_AFTER = re.compile(r"\s+(?:more|others?|additional|of\s+(?:the|them|whom|those|these|us))\b", re.IGNORECASE)
_NOT_TOTAL_BEFORE = re.compile(r"\b(?:another|other|additional|further|extra|remaining|first|last|these|those|of"
                               r"|of\s+the)\s+$", re.IGNORECASE)


def role_key(text: str, f: Figure, before: int, key: tuple[str, str | None] | None
             ) -> tuple[str, str | None] | None:
    """``key``, or for a count of people under a generic noun with none, the key its
    clause's verb gives it (module doc); a count of rescues is the rescued."""
    if f.counts_inferred and crowd_attendance(text, f, before):
        return ATTENDANCE       # "a crowd of nearly 80,000" in a sentence of children: the crowd's count
    floor = max(before, f.sentence_start)
    prior = text[max(floor, f.start - 40):f.start]
    end = min(f.sentence_end, f.end + 80)
    if key is not None:
        if key[1] is None and key[0] in DOERS:
            return _DOER_KEY
        if key[1] is None and _held_captive(text, f, prior, end):
            return HOSTAGE_KEY
        if key[1] is None and f.unit in _RESCUABLE and not _PART_AFTER.match(text, f.number_end) and _rescued(
                text, f, prior, end):
            return _RESCUE_KEY      # ("plucked 14 campers from the river": the rescued, not the campers)
        return _RESCUE_KEY if key == ("rescue", None) else key
    if f.unit is None and not f.counts and not is_vague(f) and not _PART_AFTER.match(text, f.number_end) and (
            _rescued(text, f, prior, end)):
        return _RESCUE_KEY      # (a bare number: "Four were pulled alive from the debris")
    if f.unit not in _GENERIC | _RESCUABLE or is_vague(f) or f.counts_inferred:
        return None
    if _PART_AFTER.match(text, f.number_end) or _NOT_TOTAL_BEFORE.search(prior):
        return None
    if f.unit in _RESCUABLE:
        return _RESCUE_KEY if _rescued(text, f, prior, end) else None
    if _held_captive(text, f, prior, end):
        return HOSTAGE_KEY
    if _rescued(text, f, prior, end):
        return _RESCUE_KEY
    if _WORKING_AFTER.match(text, f.end, end):
        return _EMPLOYEE_KEY
    if _SERVED_BEFORE.search(prior):
        return _CUSTOMER_KEY
    if _PRESENT_AFTER.match(text, f.end, end):
        return _OCCUPANT_KEY
    if _CRIME_AFTER.match(text, f.end, min(end, _clause_end(text, f.end, end))):
        return _DOER_KEY
    return _RESCUE_KEY if f.unit == "survivor" else None     # (the noun names the role when no clause does)


_BREAK = re.compile(r"[,;:()\"“”—]")


def _rescued(text: str, f: Figure, prior: str, end: int) -> bool:
    """Whether a verb of rescue tells the count: "41 people have been rescued", "crews rescued 47
    people", "pulled 96 people from the water"."""
    return bool(_RESCUED_AFTER.match(text, f.end, end) or _RESCUED_BEFORE.search(prior)
                or (_MOVED_BEFORE.search(prior) and _TO_SAFETY_AFTER.match(text, f.end, end)))


def _held_captive(text: str, f: Figure, prior: str, end: int) -> bool:
    """Whether the count is the object or the passive subject of a verb of holding
    captive: "held four clerks hostage", "three tellers were held at gunpoint"; never a
    part ("two of them were held hostage": :data:`_PART_AFTER`)."""
    if _PART_AFTER.match(text, f.number_end):
        return False
    stop = _clause_end(text, f.end, end)
    return bool((_HELD_BEFORE.search(prior) and _CAPTIVE_AFTER.match(text, f.end, stop))
                or _HELD_PASSIVE_AFTER.match(text, f.end, stop))


def _clause_end(text: str, start: int, end: int) -> int:
    """Where the clause after ``start`` ends: its first comma, semicolon, colon, bracket or
    quote before ``end``."""
    found = _BREAK.search(text, start, end)
    return found.start() if found else end
