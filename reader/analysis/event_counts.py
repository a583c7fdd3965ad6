"""A bare number that counts people by its event: "11 were hurt", "the blast killed
12,", "killing at least four", and a toll ("the death toll rose to six", "stands at 25").

Two layers read these cues (a count sent to hospital too: "three were taken to the
hospital", "two were flown to the burn unit at a Wichita hospital", or in the active,
"paramedics took four to hospital"; a stay in hospital with none named: "Seven were admitted for
observation", "Four are in the intensive care unit"; a check by paramedics: "Nine were checked by
paramedics"; and the rescued: "Four were pulled alive from the debris", "Two were pulled from the water
alive", "Eleven were airlifted to safety", "Seven were brought down by rescue teams", keyed by
:mod:`reader.analysis.people_roles`):
:mod:`reader.analysis.figures` takes a number word such as "six" for a figure when a cue
is beside it (a number word alone is otherwise no figure: "one of the six"; "one" counts
only as a casualty, :func:`one_casualty`), and :mod:`reader.analysis.quantities` keys
the bare figure as a death toll ("dead") or as people killed or hurt ("person"). One
module keeps the two readings the same.
"""

from __future__ import annotations

import re

from reader.analysis.hospital_names import HOSPITAL_NAME, MOVED_TO

# the cue ends right before the number; a toll's verb may be up to fourteen words after
# "toll" ("the death toll from a commuter train's collision with a dump truck near
# Cleveland rose to"), never across a period
# "the number of people confirmed dead in Millbrook has risen to": the dead counted by a
# rise, as a toll (a rise verb is needed: "found dead near Route 4" counts nothing)
# a word, or a number with a decimal point ("the death toll from a magnitude 7.0 earthquake
# rose to"), never a sentence's full stop
_WORD = r"(?:[\w'’-]+|\d+(?:[.,]\d+)+)"
RISE_TO = r"(?:rose|risen|rises|climbed|climbs|increased|jumped|grew|went\s+up)\s+to"
_BEFORE = re.compile(r"(?:\b(?:kill(?:ing|ed|s)?|injur(?:ing|ed|es)|wound(?:ing|ed|s)|hurt(?:ing|s)?)"
                     rf"|\b(?P<toll>toll)\s+(?:{_WORD},?\s+){{0,14}}?(?:to|at|of|is|was|reached|hit|topped|passed)"
                     rf"|\b(?P<dead>dead|deaths|fatalities)\s+(?:{_WORD},?\s+){{0,14}}?{RISE_TO})\s+$",
                     re.IGNORECASE)
# an adverb between a count's verb and its participle: "were later treated", "were also taken", "were quickly flown"
_ADVERB = r"(?:(?:\w+ly|later|also|then|all|both)\s+)?"
# a part of a group told before its verb: "Two of the hikers were flown to a hospital", "three of them were hurt"
_PART_OF = r"(?:\s+of\s+(?:them|these|those|the\s+[a-z]+s))?"
_AFTER = re.compile(_PART_OF + r"(?:"
                    r"\s+(?:(?:were|was|are|have\s+been|had\s+been|are\s+now|remain(?:ed|s)?)\s+(?:still\s+)?"
                    r"(?:(?:seriously|critically|badly|severely|slightly)\s+)?)?"
                    r"(?:killed|hurt|injured|wounded|dead|died|hospitali[sz]ed|arrested|detained)\b"
                    # (in hospital: "Six were still in hospital", "Twenty-three were treated at area hospitals")
                    r"|\s+(?:were|was|are|remain(?:ed|s)?)\s+(?:still\s+)?(?:being\s+)?(?P<in>in|treated\s+(?:at|in))\s+"
                    r"(?:a\s+|the\s+)?(?:local\s+|nearby\s+|area\s+)?hospitals?\b"
                    # (sent to hospital: "three were taken to the hospital", "two went to hospital"; not "three were
                    # treated at the scene", which the hurt would count as theirs)
                    r"|\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+" + _ADVERB + r""
                    r"(?:taken|rushed|flown|airlifted|sent)|went)(?:\s+(?:straight|directly))?"
                    r"(?:\s+by\s+(?:ambulance|helicopter|air))?"    # ("were taken by ambulance to area hospitals")
                    r"\s+to\s+(?:(?:a\s+|the\s+)?(?:local\s+|nearby\s+|area\s+)?hospitals?"
                    r"|(?:[A-Z][\w'’-]+\s+){1,3}Hospital"
                    # (a ward or a hospital a few words on: "were flown to the burn unit at a Wichita hospital")
                    r"|(?:a\s+|the\s+)?(?:[\w'’-]+\s+){0,6}?(?:hospitals?|burn\s+(?:unit|cent(?:er|re))s?"
                    r"|trauma\s+cent(?:er|re)s?))\b"
                    # (a hospital by its name alone: "Fourteen were taken to Dunford General")
                    rf"|\s+(?:were|had\s+been|have\s+been)\s+{MOVED_TO}\s+(?:the\s+)?{HOSPITAL_NAME}"
                    # (the rescued: "Four were pulled alive from the debris", "Two were pulled from the water
                    # alive", "three were rescued"; not the
                    # dead, "two were pulled from the river")
                    r"|\s+(?:were|was|had\s+been|have\s+been)\s+" + _ADVERB + r"(?:rescued|saved|"
                    r"(?:pulled|dug|freed|carried|brought)(?:\s+(?:out|from|of)(?:\s+[a-z]+){0,3})?\s+alive)"
                    # (the treated: "Three were treated for smoke inhalation", "two needed treatment")
                    r"|\s+(?:were|was|had\s+been|have\s+been)\s+" + _ADVERB + r"(?:treated\s+(?:for|by\s+paramedics)|"
                    r"(?:checked|evaluated|assessed|examined|seen)\s+(?:over\s+)?by\s+(?:paramedics|medics|EMTs))"
                    r"|\s+(?:needed|required)\s+(?:\w+\s+)?treatment"
                    # (admitted, or in intensive care: "Seven were admitted for observation", "Four are in the
                    # intensive care unit"; and lifted to safety: "Eleven were airlifted to safety", "Two were plucked
                    # from the roofs of stalled cars", "Seven were brought down by rescue teams")
                    r"|\s+(?:were|was|had\s+been|have\s+been)\s+" + _ADVERB + r"admitted\s+(?:for\b|overnight\b|"
                    r"to\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,4}?(?:hospitals?|infirmary|ward|unit|cent(?:er|re)|clinic)\b)"
                    r"|\s+(?:were|was|are|remain(?:ed|s)?)\s+(?:still\s+)?in\s+(?:the\s+)?intensive\s+care"
                    r"|\s+(?:were|was|had\s+been|have\s+been)\s+" + _ADVERB + r"(?:airlifted|winched|plucked|hoisted|"
                    r"(?:lifted|brought|flown)\s+(?:out|down|off)(?:\s+[\w'’-]+){0,4}?\s+(?:by|in)\s+(?:the\s+|a\s+)?"
                    r"(?:[\w'’-]+\s+){0,2}?(?:rescuers?|(?:rescue\s+)?teams?|helicopters?|crews?|ladders?|platforms?|"
                    r"firefighters|lifeboats?|winch(?:es)?)|(?:lifted|brought|flown)\s+(?:out|down|off)\s+to\s+safety)"
                    # (a patient's condition: "Five were in critical condition", "two remained in serious condition")
                    r"|\s+(?:were|was|are|remain(?:ed|s)?)\s+(?:still\s+)?(?:listed\s+)?in\s+(?:critical|serious|grave)"
                    r"(?:\s+but\s+stable)?\s+condition)\b", re.IGNORECASE)
# the active form: "paramedics took four to hospital", "transported two to Dunford County Hospital": a verb
# that moves people right before the bare number, a hospital right after it
_MOVED_BEFORE = re.compile(r"\b(?:took|take|takes|taking|transported|transporting|transports|rushed|rushing|"
                           r"brought|bringing|flew|airlifted|airlifting|sent|sending)\s+$", re.IGNORECASE)
_TO_HOSPITAL_AFTER = re.compile(r"\s+(?:more\s+|others?\s+)?to\s+(?:a\s+|the\s+)?(?:local\s+|nearby\s+|area\s+)?"
                                r"(?-i:(?:St\.\s+|[A-Z][\w'’-]*\s+){0,4})hospitals?\b", re.IGNORECASE)
_KNOWN_BEFORE = re.compile(r"\b(?:the|these|those|both|all)\s+$", re.IGNORECASE)
# how far back a cue before the number is looked for
REACH = 120


def counted_by_event(text: str, start: int, end: int, floor: int = 0) -> str | None:
    """What the number at ``text[start:end]`` counts by the words around it: "dead" for
    a death toll, "person" for people killed or hurt, else None. Nothing before
    ``floor`` (the sentence's start) is read."""
    found = _BEFORE.search(text[max(floor, start - REACH):start])
    if found:
        return "dead" if found["toll"] or found["dead"] else "person"
    if _MOVED_BEFORE.search(text, max(floor, start - 24), start) and _TO_HOSPITAL_AFTER.match(text, end):
        return "person"     # ("took four to hospital")
    after = _AFTER.match(text, end)
    if after and after["in"] and _KNOWN_BEFORE.search(text, max(floor, start - 8), start):
        return None         # ("the two were in hospital together": known people, no count)
    return "person" if after else None


# "one person was killed", "killing one passenger", "one other was hurt": a toll of one
# (any one singular noun right before its verb: what the event tells of it makes it a person, "One
# contractor was treated for smoke inhalation"; a noun of the known list may stand further from its verb)
_ONE_PERSON_RE = re.compile(r"\s+(?:person|man|woman|child|boy|girl|passenger|worker|driver|resident|victim|"
                            r"firefighter|officer|student|pedestrian|other|motorist|soldier|runner|climber|hiker|"
                            r"skier|swimmer|cyclist|rider|spectator|fan|miner|inmate|patient|tourist|visitor|"
                            r"player|teenager|infant|baby|pilot|sailor|fisherman|guest|employee)\b", re.IGNORECASE)
_ONE_NOUN_RE = re.compile(r"\s+[a-z]{3,}(?<![^s]s)\b")
_CASUALTY = (r"(?:killed|dead|injured|hurt|wounded|hospitali[sz]ed|treated\s+(?:for|at|in)"
             r"|(?:taken|flown|airlifted|rushed)\s+to\s+(?:a\s+|the\s+)?hospital)")
_ONE_EVENT_RE = re.compile(r"^(?:\s+\S+){0,5}?\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:\w+\s+)?"
                           rf"{_CASUALTY}\b|^\s+(?:(?:has|had)\s+)?(?:died|dies)\b", re.IGNORECASE)
# "one" as a pronoun for one of a group told before: "one of them", "one of those", "One of the hikers"
_ONE_OF_THEM_RE = re.compile(r"\s+of\s+(?:them|these|those|the\s+[a-z]+s)\b", re.IGNORECASE)
# ("no one was hurt" counts no one; "the one", "every one", "any one" are no count)
_NOT_ONE_RE = re.compile(r"\b(?:no|not|any|every|each|the)\s+$", re.IGNORECASE)
_ONE_VERB_RE = re.compile(rf"\s+(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?{_CASUALTY}\b", re.IGNORECASE)


def one_casualty(text: str, start: int, end: int) -> bool:
    """Whether the word "one" at ``text[start:end]`` counts a person in a casualty ("One
    person was killed", "killing one passenger"): a figure, where "one" is otherwise none
    ("one of the six cars", "one day", "one person familiar with the talks")."""
    if text[start:end].lower() != "one" or _NOT_ONE_RE.search(text, max(0, start - 12), start):
        return False        # ("no one else was hurt", "no one inside was hurt": none)
    noun = _ONE_NOUN_RE.match(text, end)
    if noun is not None and _ONE_VERB_RE.match(text, noun.end()):
        return True         # "One contractor was treated for smoke inhalation"
    pronoun = _ONE_OF_THEM_RE.match(text, end)
    if _ONE_VERB_RE.match(text, pronoun.end() if pronoun else end):
        return True         # "one of them was taken to hospital", "and one was hospitalized": a pronoun
    person = _ONE_PERSON_RE.match(text, end)
    if person is None:
        return False
    if counted_by_event(text, start, end) is not None:      # "killing one passenger"
        return True
    return _ONE_EVENT_RE.match(text[person.end():person.end() + 80]) is not None
