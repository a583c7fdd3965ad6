"""The words that tell what befell the people or things a figure counts: killed, hurt, taken to hospital,
missing, ill, arrested, displaced, evacuated, sheltered, damaged, destroyed (:data:`EVENTS`, read in this
order: a stay in hospital is read before the hurt it is a part of).

Read by :mod:`reader.analysis.quantities`, which keys a figure by its noun and the first of these events
its clause tells, and by the modules that ask whether a counted noun phrase already names an event
(:func:`names_event`: "deaths", "hospitals").

Hand-written: a short table of English verbs and nouns of casualties and damage.
"""

from __future__ import annotations

import re

ILL = "ill"        # the sick of an outbreak (round 36): an event whose "others" are no increment (count_scopes)
EVENTS = (("hurt-serious", re.compile(r"\b(?:serious(?:ly)?|critical(?:ly)?|life-threatening)\b", re.IGNORECASE)),
    # "lives" as a noun ("12 lives"), not the verb ("who lives two blocks away"); "the bodies of six crew members"
    ("died", re.compile(r"\b(?:kill\w*|dead|deaths?|died|dies?|fatal\w*|deceased|perish\w*|drown\w*|toll|bodies\s+of|"
                        r"(?:\d[\d,]*|their|his|her|its|our|the|many|more|whose|innocent|of|one|two|three|four|five|six|seven|"
                        r"eight|nine|ten|dozens?|hundreds?|thousands?|millions?)\s+lives)\b", re.IGNORECASE)),
    # taken to hospital, a part of the hurt ("63 hospitalised" of "more than 200 injured"), read before the hurt
    # (admitted for observation, in intensive care: a stay in hospital with no hospital named)
    ("hospital", re.compile(r"\b(?:hospitali[sz]\w*|hospitals?|admitted\s+(?:for\s+(?:observation|treatment|tests)|"
                            r"overnight)|intensive\s+care|(?-i:ICU)|trauma\s+cent(?:er|re)s?|burn\s+(?:unit|cent(?:er|re))s?)\b",
                            re.IGNORECASE)),
    ("hurt", re.compile(r"\b(?:injur\w*|hurt|wound\w*|medical care|"
                        # ("Five riders were evaluated by paramedics", "9 were checked by paramedics": round 38)
                        r"(?:checked|evaluated|assessed|examined|seen)\s+(?:over\s+)?by\s+(?:paramedics|medics|EMTs)|"
                        r"treated(?!\s+(?:water|wastewater|sewage|effluent|"
                        r"wood|timber|lumber))|(?:needed|needing|required|requiring|received|receiving|given)\s+"
                        # ("Three firefighters needed treatment")
                        r"(?:medical\s+|hospital\s+)?treatment)\b", re.IGNORECASE)),
    ("missing", re.compile(r"\b(?:missing|unaccounted)\b", re.IGNORECASE)),
    # the sick of an outbreak ("has sickened 241 passengers", "406 people fell ill"), not those still kept apart
    # ("130 passengers were still isolated in their cabins"): round 36
    (ILL, re.compile(r"\b(?:sicken\w*|(?:fell|falling|fallen|became|become|becoming|got|gotten|were|was|are|is)\s+"
                       r"(?:\w+\s+)?(?:ill|sick)\b(?!\s+(?:at\s+)?ease))", re.IGNORECASE)),
    ("arrested", re.compile(r"\b(?:arrest\w*|detained)\b", re.IGNORECASE)),
    # displaced: out of their homes for long ("left homeless"), not the evacuated (342 evacuated, 61 displaced)
    ("displaced", re.compile(r"\b(?:displaced|(?:left|made)\s+homeless)\b", re.IGNORECASE)),
    # (or led out of a building: "620 pupils were led out of the school"; passive: "300 workers walked out" is a strike)
    ("evacuated", re.compile(r"\b(?:evacuat\w*|flee|fled|fleeing|(?:were|was|been)\s+(?:led|walked|escorted|ushered|"
                             r"hustled|guided)\s+(?:out|outside)\b|(?:ordered|asked|told|urged|forced|made)"
                             r"\s+to\s+leave|(?:forced|ordered|driven|moved|told\s+to\s+get)\s+(?:from|out\s+of)\s+"
                             r"(?:their\s+)?homes|forced\s+(?:from|out\s+of)\s+(?!(?:the\s+)?(?:race|party|company|office|"
                             r"league|jobs?)\b)|(?:left|leave|leaving)\s+(?:their\s+homes|town)|ordered\s+out\b)",
                             re.IGNORECASE)),
    # people a shelter took in for the night ("58 people spent Monday night at its shelter", "31 residents slept
    # there", "38 stayed overnight", "150 people sought shelter overnight"): a soft event (noun_events), as a
    # story may run several shelters
    ("sheltered", re.compile(r"\b(?:spent\s+(?:the\s+|a\s+)?(?:\w+\s+)?night|stayed\s+(?:\w+\s+)?overnight|"
                             r"(?:sought|found|took)\s+shelter\s+overnight|"
                             r"slept\s+(?:there|at|in)\b(?!\s+(?:their|his|her)\s+cars?))", re.IGNORECASE)),
    # things an event struck ("dented": damage by its kind); "damaged or destroyed" all, "destroyed" the lost
    ("damaged", re.compile(r"\b(?:damag\w*|dented|smashed|shattered)", re.IGNORECASE)),
    # ("At least 41 homes were lost in the fire", "gutted", "burned out", "written off")
    ("destroyed", re.compile(r"\b(?:destroy\w*|flattened|levell?ed|razed|burn(?:ed|t)\s+(?:down|out)|gutted|wrecked"
                             r"|(?:were|was|been)\s+(?:lost|written\s+off))\b", re.IGNORECASE)),
)

EVENT_PATTERNS = dict(EVENTS)
# what a serious or critical condition is told of: injuries, a stay in hospital, or a patient's "condition"
HARMED = re.compile("|".join([*(EVENT_PATTERNS[name].pattern for name in ("hospital", "hurt")),
                               r"\bin\s+(?:\w+\s+){0,2}condition\b"]), re.IGNORECASE)


def names_event(words: str, event: str) -> bool:
    """Whether ``words`` (a counted noun phrase: "deaths", "hospitals") already say the ``event`` a key counts."""
    if event == "hurt-serious":
        return HARMED.search(words) is not None and EVENT_PATTERNS[event].search(words) is not None
    return event in EVENT_PATTERNS and EVENT_PATTERNS[event].search(words) is not None
