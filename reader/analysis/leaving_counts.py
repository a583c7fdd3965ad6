"""People told as leaving a place, whatever the verb: "more than 300 people were sent out of
the plant", "Some 450 people poured out of the terminal", "forcing about 180 people out into
the car park" are counts of an evacuation, as "240 employees were evacuated" is.

:func:`reader.analysis.quantities.quantity_key` reads an evacuation by its verbs (evacuated,
fled, ordered to leave, forced from their homes); a report in its own words moves the people
out with any verb, and the count met nothing. The mark is structural: the people's own verb
(right after them, or a verb of forcing right before them) carries them "out of", "out into"
or "out onto" a place. Verbs that take people out of wreckage or rubble (pulled, dug, cut,
freed, rescued, carried, thrown) tell a rescue or a crash, not an evacuation, and are not
read. Only people counted as "people" or "persons" are read: a count by a noun of its
own ("300 patients were moved out of the hospital") is compared by that noun's rules
(:mod:`reader.analysis.present_people`, :mod:`reader.analysis.unkeyed_counts`: "214
patients had been safely moved" and "More than 300 patients were moved out"), which an
event on one side only would break.

Reports then name the evacuated by a noun of their own ("employees", "workers") or as
"people". :func:`one_evacuated_noun` reads a count of "people" evacuated as a count of the one
other noun the story's evacuation counts, when the story's evacuation is told of exactly one
such noun and no article tells both (one that does tells two groups: "240 workers were
evacuated and 1,500 people nearby were told to stay indoors" are not one count). People told
as living near ("residents", "homes", "nearby") are the surroundings' evacuation, and stay
apart.

Hand-written: a particle after a verb and a closed list of rescue verbs, over keys already read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.figures import Figure
from reader.analysis.measure_events import EVACUATED
from reader.analysis.one_kind import one_kind

Key = tuple[str, str | None] | None
_PEOPLE = frozenset({"person", "individual"})        # ("people", "persons", "individuals")
_RESCUE = (r"pulled|dug|cut|freed|rescued|lifted|winched|hauled|thrown|flung|ejected|taken|carried|helped|"
           r"plucked|airlifted|stretchered|"
           # (a walkout, a choice or a shortage: "walked out of the talks", "opted out of", "priced out of")
           r"walked|stormed|stepped|checked|dropped|opted|locked|shut|priced|voted|kicked|cashed|ran")
# "were sent out of", "poured out of", "were ordered out onto" (at most two words of the verb phrase)
_OUT_AFTER = re.compile(r"^\s+(?:(?:were|was|had\s+been|have\s+been|been|being)\s+)?(?:(?:quickly|safely|hastily|"
                        rf"all)\s+)?(?!(?:{_RESCUE})\b)[a-z]+(?:ed|ent)\s+out\s+(?:of|into|onto)\b",
                        re.IGNORECASE)
# "forcing more than 340 students out into", "ordered about 300 shoppers out of"
_FORCED_BEFORE = re.compile(r"\b(?:forc|order|send|sent|driv|drove|push|chas|clear)\w*\s+$", re.IGNORECASE)
_OUT_RIGHT_AFTER = re.compile(r"^\s+out\s+(?:of|into|onto)\b", re.IGNORECASE)
# the surroundings of a site: people living near it are evacuated by another order
_AROUND = re.compile(r"\b(?:residents?|homes?|houses?|households?|nearby|neighbou?rs?|neighbou?rhoods?|streets?)\b",
                     re.IGNORECASE)
_REACH = 40


def left_key(text: str, f: Figure, key: Key) -> Key:
    """``(noun, EVACUATED)`` for a count of people told as leaving a place (module doc),
    else ``key``; a key of an event is kept."""
    if key is not None and key[1] is not None:
        return key
    if f.unit not in _PEOPLE or f.high is not None:
        return key
    after = text[f.end:min(f.sentence_end, f.end + _REACH)]
    if _OUT_AFTER.match(after) or (_OUT_RIGHT_AFTER.match(after) and _FORCED_BEFORE.search(
            text, max(f.sentence_start, f.start - 24), f.start)):
        return "person", EVACUATED
    return key


# the surroundings' evacuation told by its dwellings or its residents: never the people of one place
_SURROUNDINGS = frozenset({"home", "resident", "building"})


def one_evacuated_noun(articles: Sequence[str], keys: Sequence[Key], sentences: Sequence[str]) -> list[Key]:
    """``keys`` with each ``("person", EVACUATED)`` read as the one other noun the story's
    evacuation counts (module doc)."""
    nouns = {k[0] for k in keys if k is not None and k[1] == EVACUATED and k[0] != "person"
             and not k[0].startswith("measure:")}      # (acres under an order are no people)
    if nouns & _SURROUNDINGS:
        return list(keys)       # ("95 residences were under an evacuation order": homes, never the people)
    return one_kind(articles, keys, ("person", EVACUATED), {(noun, EVACUATED) for noun in nouns},
                    [_AROUND.search(s) is not None for s in sentences])
