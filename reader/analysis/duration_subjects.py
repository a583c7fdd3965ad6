"""What a length of time measures, when it is one a story's sources may disagree on: a
prison sentence ("sentenced to six years in prison", "jailed for 18 months") or how long
an outage or a closure lasted ("the outage lasted eight hours", "without power for six
hours", "the streets stayed dark for ten hours"), a standoff or a siege ("a nine-hour
standoff": ``"duration:standoff"``), a voyage ("a 12-day Caribbean voyage", "the cruise is
due to last two weeks": ``"duration:voyage"``) or a delay ("delayed by seven hours":
``"duration:delay"``). :func:`duration_subject` gives ``"duration:sentence"`` or
``"duration:outage"`` (:func:`reader.analysis.quantities.quantity_key` keys the figure by
it), how long a study
followed its people ("followed 12,400 adults for eight years": ``"duration:follow-up"``) or
a jury deliberated ("It took jurors about two days", "spent 11 hours deliberating":
``"duration:deliberation"``), how long a fire was fought, people were stuck, a fire burned
or a search went on ("battled the blaze for six hours", "were stuck for 90 minutes"), how long
a liquid flowed ("flowed down the avenue for nearly two hours": ``"duration:flow"``), an
animal or a fugitive was loose ("on the loose for nearly five hours": ``"duration:loose"``)
or a repair takes ("repairs are expected to take up to two days", "could take as long as
three days", an upper end read as the value: ``"duration:repair"``), people were held
hostage ("held four clerks hostage inside the bank for about six hours", "barricaded himself …
for": ``"duration:standoff"``), intruders were inside ("were inside for less than four
minutes", "spent about 10 minutes inside": ``"duration:inside"``), people were warned ("about
45 minutes' warning", "less than 20 minutes' notice": ``"duration:warning"``) or a search took
("a search of more than two hours", "searchers took nearly four hours to reach":
``"duration:search"``), how long a thing lasted told by its noun, whatever the thing ("the
evacuation took about 11 hours", "an evacuation that began before dawn and
lasted some 16 hours", "the walkout is due to last 72 hours": ``"duration:evacuation"``,
``"duration:strike"``, a walkout or a stoppage being a strike; an evacuation's length told by its
people's return, "residents were allowed home after about six hours", "returned to their homes within
five hours", or by its end, "had everyone off the lift in about three hours"; how long until an incident was taken back
("took deputies nine hours to retake the wing", "regained control about six hours later":
``"duration:control"``); not a
doer's time to do something, "the crew took six hours to repaint the hall"), and a
closure's length told by its end ("the runway reopened after about 90 minutes":
``"duration:outage"``), else
None: other durations ("for 30 years", "two days after the crash") mean too many things to
be compared by their unit alone. A key a story tells in two units is compared in the larger
(:func:`in_one_unit`: "90 minutes" is 1.5 hours).

An elliptic part after a comma, its verb left out, takes the held verb of its clause before
the comma ("Forty hikers were stranded on the ridge, some for about five hours":
``"duration:stranded"``); and how long a fire was fought and how long it burned are compared
as one length (:func:`one_fire_length`).

A sentence's maximum ("faces up to 10 years") is not the sentence and is not keyed.
Hand-written: the phrases are a short closed list a regular expression matches exactly.
"""

from __future__ import annotations

import re

from reader.analysis.figures import Figure
from reader.analysis.month_lengths import months_as_days
from reader.analysis.place_adjuncts import without_places
from reader.analysis.project_spans import project_span
from reader.analysis.response_times import response_time

Key = tuple[str, str | None] | None

_QUALIFIER = r"(?:(?:about|around|nearly|almost|more\s+than|over|at\s+least|roughly|some)\s+)?"
_SENTENCED = re.compile(r"\b(?:sentenced|jailed|imprisoned|handed|given)\s+(?:to\s+|for\s+)?(?:a\s+)?"
                        + _QUALIFIER + r"$", re.IGNORECASE)
_IN_PRISON = re.compile(r"\s*(?:-long\s+)?(?:in\s+(?:prison|jail)|behind\s+bars|(?:prison|jail)\s+(?:sentence|term))\b",
                        re.IGNORECASE)
_MAXIMUM = re.compile(r"\b(?:up\s+to|maximum|faces?|facing|could\s+(?:get|receive|face))\b[^.;]{0,30}$",
                      re.IGNORECASE)
_OUTAGE = re.compile(r"\b(?:lasted|outage|offline|without\s+(?:power|electricity|water|service)|blackout|"
                     r"(?:power|electricity|service)\s+(?:was|were)\s+out|shut\s+down|closed"
                     r"|(?:was|were|stayed|remained|stay|remain|be|been|went|left)\s+(?:in\s+the\s+)?(?:dark|shut)"
                     r"|(?:was|were|been|stayed|remained)\s+down)\b[^,;.]{0,30}$",     # ("had been down for")
                     re.IGNORECASE)
# a sentence told as a compound: "a six-year sentence", "an 18-month prison term"
_TERM = re.compile(r"-(?:year|month|week|day)s?[\s-]+(?:(?:prison|jail)\s+)?(?:sentence|term)\b", re.IGNORECASE)
# how long a study followed its people ("followed 12,400 adults aged 50 and over for eight
# years", "were then tracked for 10 years") and how long a jury deliberated ("after the jury
# deliberated for three days", "It took jurors about two days", "after 11 hours of deliberations")
_FOLLOWED = re.compile(r"\b(?:followed|tracked|monitored)\b[^.;:]{0,80}?\bfor\s+" + _QUALIFIER + r"$", re.IGNORECASE)
_DELIBERATED = re.compile(r"(?:\bdeliberat\w*\s+(?:for\s+)?|\btook\s+(?:the\s+)?(?:jury|jurors)\s+)"
                          + _QUALIFIER + r"$", re.IGNORECASE)
_OF_DELIBERATION = re.compile(r"\s+of\s+deliberations?\b", re.IGNORECASE)
# how long an event lasted told as its compound or by its own words: "a nine-hour standoff", "the siege
# lasted for six hours", "the standoff ended after 12 hours" (a standoff's), "an eight-hour outage" (an
# outage's), "a five-hour delay", "delayed by seven hours" (a delay's)
# a voyage's ("a 12-day Caribbean voyage", "the two-week cruise"); not a strike's: a story of
# a "four-hour strike" in one city and "a two-hour strike" in another tells two strikes
_SPAN_KINDS = (("duration:standoff", r"(?:standoff|stand-off|siege|lockdown|manhunt|hostage\s+crisis)"),
               ("duration:outage", r"(?:blackout|outage|shutdown|power\s+cut)"),
               ("duration:voyage", r"(?:voyage|cruise)"),
               ("duration:delay", r"(?:delay)"))
_SPAN_COMPOUNDS = tuple((kind, re.compile(r"\w-(?:hour|minute|day|week)s?[\s-]+(?:long\s+)?(?:[A-Z][\w-]*\s+)?"
                                          + words + r"\b", re.IGNORECASE))
                        for kind, words in _SPAN_KINDS)
_SPAN_LASTED = tuple((kind, re.compile(r"\b" + words + r"\b[^,;.]{0,40}\b(?:lasted|lasting|ended\s+after|stretched"
                                       r"|went\s+on|(?:is|was|were|are)\s+(?:due|set|expected|scheduled|planned)\s+to"
                                       r"\s+last|will\s+last)\s+(?:for\s+)?" + _QUALIFIER + r"$", re.IGNORECASE))
                     for kind, words in _SPAN_KINDS[:3])
_SPAN_UNITS = {"hour", "minute", "day", "week"}
# how long the people of an event were held by it, or it was fought, told by its verb before
# "for": "firefighters battled the blaze for six hours" (``"duration:firefight"``), "passengers
# were stuck for 90 minutes", "stranded for two days" (``"duration:stranded"``), "the fire
# burned for nine hours" (``"duration:burning"``), "searched for three days" (``"duration:search"``);
# the verb in the figure's clause, at most a few words before its "for"
_HELD_KINDS = (("duration:firefight", r"(?:battl\w*|fought|fight\w*)\s+(?:the\s+|a\s+)?(?:\w+\s+)?"
                                      r"(?:blaze|fire|flames|inferno|wildfire)s?"),
               ("duration:stranded", r"(?:stuck|stranded|trapped|stalled)"),
               ("duration:burning", r"(?:burned|burnt|raged|smoul?dered)"),
               # (a search's object may be long: "searched the rubble of a neighbouring building for")
               ("duration:search", r"(?:searched|searching|combed|combing|scoured|scouring"
                                   r"|(?:sifted|sifting)\s+through)(?:\s+[\w'’-]+){0,3}?"),
               # a liquid that flowed ("flowed down the avenue for", "water ran down Main Street for")
               ("duration:flow", r"(?:flowed|gushed|spewed|leaked|(?:water|sewage|oil|fuel)\s+(?:ran|poured|spilled"
                                 r"|streamed))"),
               # an animal or a fugitive loose ("on the loose for", "was free for", "remained at large for")
               ("duration:loose", r"(?:on\s+the\s+loose|at\s+large|(?:was|were|remained|had\s+been|stayed)\s+free"
                                  r"|roam\w*\s+free)"),
               # people held by an armed man ("held four employees hostage inside the office for", "kept
               # them at gunpoint for", "barricaded himself in the house for"): the standoff's length
               ("duration:standoff", r"(?:(?:held|holding|kept|keeping)\s+(?:[\w'’-]+\s+){0,3}?(?:hostage|captive"
                                     r"|at\s+gunpoint)|barricaded)"),
               # how long intruders were inside ("the robbers were inside for less than four minutes")
               ("duration:inside", r"(?:(?:was|were|remained|stayed)\s+inside)"))
_HELD_FOR_STANDOFF = re.compile(r"\b(?:held|holding|kept|keeping)\s+(?:[\w'’-]+\s+){0,3}?(?:hostage|captive"
                                r"|at\s+gunpoint)\b(?:\s+[\w'’-]+){0,5}?\s+for\s+" + _QUALIFIER + r"$", re.IGNORECASE)
_HELD_FOR = tuple((kind, re.compile(r"\b" + words + r"\b(?:\s+[\w'’-]+){0,4}?\s+for\s+" + _QUALIFIER + r"$",
                                    re.IGNORECASE)) for kind, words in _HELD_KINDS)
# the same told as the time spent doing it: "the jury spent 11 hours deliberating", "crews spent
# nine hours battling the blaze", "divers spent three days searching the lake"
# an elliptic part after a comma, its verb left out: "…, some for about five hours", "…, most of them for"
_ELIDED = re.compile(r",\s+(?:some|most|many|several|all|others|a\s+few|one|(?:\w+\s+)?of\s+them)(?:\s+of\s+them)?"
                     r"\s+for\s+" + _QUALIFIER + r"$", re.IGNORECASE)
_SPENT = re.compile(r"\bspent\s+" + _QUALIFIER + r"$", re.IGNORECASE)
_SPENT_DOING = tuple((kind, re.compile(r"\s+" + words + r"\b", re.IGNORECASE)) for kind, words in (
    *(held for held in _HELD_KINDS if held[0] not in ("duration:burning", "duration:inside")),
    ("duration:deliberation", r"deliberat\w*"), ("duration:inside", r"inside")))
# how long people were warned before an event came ("about 45 minutes' warning", "less than 20 minutes
# of notice", "an hour's warning")
_WARNING = re.compile(r"(?:['’]s?)?\s+(?:of\s+)?(?:advance\s+|prior\s+)?(?:warning|notice)\b", re.IGNORECASE)
# how long a search took, as its noun ("after a search of more than two hours") or as the time searchers
# took to reach what they looked for ("searchers took nearly four hours to reach")
_SEARCH_OF = re.compile(r"\bsearch\s+of\s+" + _QUALIFIER + r"$", re.IGNORECASE)
_SEARCHERS_TOOK = re.compile(r"\b(?:searchers|rescuers|rescue\s+teams?|search\s+teams?|divers)\s+took\s+"
                             + _QUALIFIER + r"$", re.IGNORECASE)
_TO_REACH = re.compile(r"\s+to\s+(?:reach|find|locate)\b", re.IGNORECASE)
_DELAYED = re.compile(r"\bdelayed\s+(?:by|for)\s+" + _QUALIFIER + r"$", re.IGNORECASE)
# how long a fire was fought, told by its end: "brought under control after more than five
# hours", "extinguished after six hours", "took more than five hours to bring under control"
_CONTROLLED_AFTER = re.compile(r"\b(?:under\s+control|extinguished|put\s+out|knocked\s+down)\s+(?:after|in|within)\s+"
                               + _QUALIFIER + r"$", re.IGNORECASE)
_TOOK_TO_CONTROL = re.compile(r"\s+to\s+(?:bring|get|put|knock)\s+(?:\w+\s+){0,2}?(?:under\s+control|out|down)\b",
                              re.IGNORECASE)
# how long until those in charge took an incident back, told by taking it back: "took deputies nearly nine
# hours to retake the units", "regained control about six hours later", "order was restored after five hours"
_RETAKEN = r"(?:regain\w*\s+control|retak(?:e|en|es|ing)|retook|restor\w*\s+order|order\s+was\s+restored|quell\w*)"
_TOOK_TO_RETAKE = re.compile(r"\s+to\s+" + _RETAKEN + r"\b", re.IGNORECASE)
_TOOK_ANYONE = re.compile(r"\btook\s+(?:[a-z]+\s+){0,2}?" + _QUALIFIER + r"$", re.IGNORECASE)
_RETAKEN_AFTER = re.compile(r"\b" + _RETAKEN + r"\b[^.;:,]{0,40}?\s+(?:(?:after|in|within)\s+)?" + _QUALIFIER + r"$",
                            re.IGNORECASE)
_LATER = re.compile(r"\s+later\b", re.IGNORECASE)
# how long a repair takes, as said: "repairs are expected to take up to two days", "the repair could take as
# long as three days" (an upper end, read as the value: against "up to two days" a conflict)
_REPAIR = re.compile(r"\brepairs?\b[^.;:,]{0,40}?\b(?:take|took|last|lasted|require|need)\s+(?:as\s+long\s+as\s+)?"
                     + _QUALIFIER + r"$", re.IGNORECASE)
# how long a closure lasted told by its end: "the runway reopened after about 90 minutes", "service was
# restored within two hours", "trains resumed after five hours"
# ("was reopened to traffic after 90 minutes"; "Highway 47 reopened more than three hours after the crash")
_REOPENED_AFTER = re.compile(r"\b(?:re-?open(?:ed|s|ing)?|restored|resum(?:ed|es|ing)|back\s+(?:open|on|online|up))"
                             r"(?:\s+to\s+(?:traffic|the\s+public|visitors|service))?"
                             r"\s+(?:(?:after|in|within)\s+)?" + _QUALIFIER + r"$", re.IGNORECASE)
_THE_EVENT_AFTER = re.compile(r"\s+(?:after|since)\s+(?:the|it|its)\b", re.IGNORECASE)
# how long an event lasted told by the noun that lasted, whatever the event: "the evacuation took about 11
# hours", "an evacuation that began before dawn and lasted some 16 hours", "the storm hit at 4 p.m. and lasted
# about 20 minutes" (``"duration:<noun>"``; a closure's or an outage's noun is the outage's)
_LASTED_SUBJECT = re.compile(
    r"(?:(?:[A-Z][\w'’-]*|[a-z]+-[\w-]+)\s+){0,2}(?P<noun>(?!(?:that|which|were|was|had|has|and)\b)[a-z]{4,})"
    r"(?:\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?"
    r"(?:,?\s+(?:that|which)\b[^;:!?]{0,80}?|\s+[a-z][^;:,!?]{0,60}?\s+and)?\s+(?:has\s+|had\s+)?"
    r"(?:lasted|took|went\s+on|gone\s+on|(?:is|was|are|were)\s+(?:due|set|expected|scheduled|planned)\s+to\s+last|"
    r"will\s+last)"
    r"\s+(?:for\s+)?(?:[a-z]+\s+){0,2}$")     # (a qualifier: "barely", "more than")
# ... or a noun with one lower-case modifier right before its verb: "The ambulance diversion lasted about 36 hours"
_MODIFIED_LASTED = re.compile(r"(?!(?:that|which|were|was|had|has|and)\b)[a-z]{4,}\s+"
                              r"(?P<noun>(?!(?:that|which|were|was|had|has|and)\b)[a-z]{4,})\s+(?:has\s+|had\s+)?"
                              r"(?:lasted|took|went\s+on|gone\s+on)\s+(?:for\s+)?(?:[a-z]+\s+){0,2}$")
_OF_BEFORE = re.compile(r"\bof\s+$")       # (a noun of a phrase after "of" is not the subject)
_DETERMINER = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his)\s+|\b[A-Z][a-z]+['’]s\s+")
_SENTENCE_START = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“])")
# a doer's time to do a thing, not what lasted: "the crew took six hours to repaint the hall"
_TO_DO = re.compile(r"\s+to\s+[a-z]", re.IGNORECASE)
# the lengths named by the closed lists above (a length keyed by its noun is any other "duration:<noun>")
LISTED = frozenset("duration:" + kind for kind in (
    "sentence", "outage", "follow-up", "deliberation", "standoff", "voyage", "delay", "firefight", "stranded",
    "burning", "search", "flow", "loose", "inside", "warning", "repair", "control"))
# an evacuation's length told by its end, everyone out: "had everyone off the lift in", "got all 40 pupils out
# within", "all of the residents were evacuated within"
_ALL_OUT = re.compile(
    r"\b(?:(?:had|got|brought)\s+(?:everyone\s+|everybody\s+|all\s+(?:[\w'’-]+\s+){0,3}?)(?:off|out|down|to\s+safety)"
    r"|(?:everyone\s+|everybody\s+|all\s+(?:[\w'’-]+\s+){0,3}?)(?:was|were|had\s+been)\s+(?:evacuated|off|out|brought\s+down))"
    r"\b[^.;:,]{0,40}?\b(?:in|within)\s+" + _QUALIFIER + r"$", re.IGNORECASE)
# an evacuation's length told by its people's return: "were allowed home after", "allowed to return
# within", "returned to their homes after", "were back in their homes in"
_RETURNED_AFTER = re.compile(
    r"\b(?:(?:allowed|permitted|cleared|able|free)\s+(?:to\s+(?:return|go\s+back|come\s+back|move\s+back)"
    r"(?!\s+to\s+(?:work|play|action|duty))|(?:back\s+)?(?:home|inside|back|in))|returned\s+(?:home|to\s+(?:their|his|her)\s+(?:homes?|houses?))"
    r"|back\s+(?:home|in\s+their\s+homes))\b[^.;:,]{0,40}?\b(?:after|within|in)\s+" + _QUALIFIER + r"$", re.IGNORECASE)
_OUTAGE_NOUNS = {"closure", "outage", "blackout", "shutdown", "closing"}
_STRIKE_NOUNS = {"walkout", "walk-out", "stoppage"}     # a strike's other names ("The walkout lasted nine days")
_EARLIER_ONE = re.compile(r"\b(?:previous|last|earlier|prior|former|another|first)\s+$", re.IGNORECASE)
_SUBJECT_REACH = 160
_SENTENCE_UNITS = {"year", "month", "week", "day"}
_OUTAGE_UNITS = {"hour", "minute", "day", "week"}     # (a closure of weeks: "reopen within a week")
_REACH = 60


def duration_subject(text: str, unit: str | None, start: int, end: int, before: int) -> str | None:
    """``"duration:sentence"``, ``"duration:outage"``, ``"duration:follow-up"`` or
    ``"duration:deliberation"`` for the length of time at
    ``text[start:end]`` (its words from ``before`` on belong to it), else None."""
    prior = text[max(before, start - _REACH):start]
    if (project := project_span(text, unit, start, end, before) or response_time(text, unit, start, end, before)):
        return project      # ("a 30-month construction period": project_spans; "Police arrived within four
        #                     minutes": response_times)
    if unit in _SENTENCE_UNITS and not _MAXIMUM.search(prior) and (
            _SENTENCED.search(prior) or _TERM.search(text, start, end + 20)
            or (_IN_PRISON.match(text, end) and "sentenc" in prior.lower())):
        return "duration:sentence"
    if unit in _SPAN_UNITS and (span := _span(text, prior, start, end)) is not None:
        return span
    if unit in _OUTAGE_UNITS and _WARNING.match(text, end):
        return "duration:warning"
    if unit in _OUTAGE_UNITS and not _TO_DO.match(text, end) and (lasted := _lasted_subject(text, start)) is not None:
        return lasted
    if unit in _OUTAGE_UNITS and (_RETURNED_AFTER.search(prior) or _ALL_OUT.search(prior)):
        return "duration:evacuation"
    if unit in _OUTAGE_UNITS and (_OUTAGE.search(prior) or _reopened_after(text, prior, end)):
        return "duration:outage"
    if unit in _SENTENCE_UNITS and _FOLLOWED.search(text, max(0, start - 2 * _REACH), start):
        return "duration:follow-up"
    if unit in _OUTAGE_UNITS | _SENTENCE_UNITS and (_DELIBERATED.search(prior) or _OF_DELIBERATION.match(text, end)):
        return "duration:deliberation"
    return None


def _reopened_after(text: str, prior: str, end: int) -> bool:
    """Whether a length is how long a closure lasted, told by its end: "reopened after about 90 minutes",
    or "reopened more than three hours after the crash" (no "after" before it: the event's after it)."""
    m = _REOPENED_AFTER.search(prior)
    if m is None:
        return False
    told_after = re.search(r"\b(?:after|in|within)\s", m.group(), re.IGNORECASE)
    return bool(told_after or _THE_EVENT_AFTER.match(text, end))


def _lasted_subject(text: str, start: int) -> str | None:
    """``"duration:<noun>"`` for a length told as what a noun lasted or took (``_LASTED_SUBJECT``),
    read back to the sentence's start; None for any other."""
    window = text[max(0, start - _SUBJECT_REACH):start]
    cuts = list(_SENTENCE_START.finditer(window))
    if cuts:
        window = window[cuts[-1].end():]
    # (the nearest noun phrase that can be the subject: "an evacuation" in "the ward was emptied in an
    # evacuation that began before dawn and lasted")
    found = next((m for d in reversed(list(_DETERMINER.finditer(window))) if not _OF_BEFORE.search(window, 0, d.start())
                  and (m := _LASTED_SUBJECT.match(window, d.end()) or _MODIFIED_LASTED.match(window, d.end()))
                  is not None), None)
    if found is None:
        return None
    noun = found["noun"].lower()
    noun = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    if noun in _STRIKE_NOUNS and not _EARLIER_ONE.search(window, 0, found.start("noun")):
        return "duration:strike"     # (not "The previous walkout went on for 12 days": another strike)
    return "duration:outage" if noun in _OUTAGE_NOUNS else "duration:" + noun


def _elided(text: str, start: int) -> str | None:
    """The held length of an elliptic part after a comma ("N riders were stranded on the hill,
    some for about five hours"): the verb of its sentence's clause before that comma."""
    window = text[max(0, start - _SUBJECT_REACH):start]
    part = _ELIDED.search(window)
    if part is None:
        return None
    cuts = list(_SENTENCE_START.finditer(window, 0, part.start()))
    main = window[cuts[-1].end() if cuts else 0:part.start()]
    return next((kind for kind, words in _HELD_KINDS if re.search(r"\b" + words + r"\b", main, re.IGNORECASE)), None)


def _span(text: str, prior: str, start: int, end: int) -> str | None:
    """How long a standoff, an outage or a delay lasted, as its compound ("a nine-hour
    standoff") or its words before the figure ("the siege lasted for", "delayed by"), or
    how long an event held its people or was fought ("were stuck for", "battled the blaze for")."""
    for kind, pattern in _SPAN_COMPOUNDS:
        if pattern.search(text, start, end + 20):
            return kind
    for kind, pattern in _SPAN_LASTED:
        if pattern.search(prior):
            return kind
    for kind, pattern in _HELD_FOR:
        if pattern.search(prior) or pattern.search(without_places(prior)):     # (place_adjuncts)
            return kind
    if (elided := _elided(text, start)) is not None:
        return elided
    if _HELD_FOR_STANDOFF.search(text, max(0, start - 2 * _REACH), start):
        return "duration:standoff"      # (the people held, a count of their own, before the figure)
    # (whoever took it: "took crews", "took us", "took the three companies")
    if _CONTROLLED_AFTER.search(prior) or (_TOOK_ANYONE.search(prior) and _TOOK_TO_CONTROL.match(text, end)):
        return "duration:firefight"
    if (_TOOK_ANYONE.search(prior) and _TOOK_TO_RETAKE.match(text, end)) or (
            (m := _RETAKEN_AFTER.search(prior)) and (_LATER.match(text, end) or re.search(r"\b(?:after|in|within)\s",
                                                                                       m.group()))):
        return "duration:control"
    if _REPAIR.search(prior):
        return "duration:repair"
    if _SEARCH_OF.search(prior) or (_SEARCHERS_TOOK.search(prior) and _TO_REACH.match(text, end)):
        return "duration:search"
    if _SPENT.search(prior):
        return next((kind for kind, pattern in _SPENT_DOING if pattern.match(text, end)), None)
    return "duration:delay" if _DELAYED.search(prior) else None


# a keyed length told in two units ("stuck for 90 minutes", "for two hours"; "18 months", "two years")
# is compared in the larger: "90 minutes" is 1.5 hours, as "an hour and a half"
_IN_MINUTES = {"minute": 1, "hour": 60, "day": 1440, "week": 10080}
_IN_MONTHS = {"month": 1, "year": 12}


def in_one_unit(figures: list[Figure], keys: list[Key]) -> list[Figure]:
    """``figures`` (a story's, with their keys) with every length keyed by what it measures
    (``"duration:..."``) and told in two units by the story restated in the largest of them
    ("90 minutes" as 1.5 hours beside "two hours"; weeks only when every value is a whole or a
    quarter week, "11 days" beside "two weeks" as days: :func:`_target`; the text is the source's), so a key's
    values are compared in one unit; days and months are never converted into each other."""
    units: dict[tuple[str, int], set[str]] = {}
    minutes: dict[tuple[str, int], list[float]] = {}
    for f, key in zip(figures, keys, strict=True):
        if (scale := _scale_of(f, key)) is not None:
            units.setdefault((str(key), id(scale)), set()).add(str(f.unit))
            minutes.setdefault((str(key), id(scale)), []).append(f.value * scale[str(f.unit)])
    out = list(figures)
    for n, (f, key) in enumerate(zip(figures, keys, strict=True)):
        scale = _scale_of(f, key)
        used = units.get((str(key), id(scale)), set()) if scale is not None else set()
        if scale is None or len(used) < 2:
            continue
        target = _target(used, scale, minutes[(str(key), id(scale))])
        ratio = scale[str(f.unit)] / scale[target]
        out[n] = f.in_unit(ratio, target)
    return months_as_days(out, keys)      # ("two months" beside "six weeks": month_lengths)


def _target(used: set[str], scale: dict[str, int], values: list[float]) -> str:
    """The largest of the ``used`` units ("90 minutes" as 1.5 hours); but a week, whose days are
    sevenths, only when every value is a whole or a quarter of it, else the days ("11 days"
    beside "two weeks" stays 11 days, not 1.57 weeks)."""
    largest = max(used, key=scale.__getitem__)
    if largest != "week":
        return largest
    for unit in sorted(used, key=scale.__getitem__, reverse=True):
        if all(abs(v / scale[unit] * 4 - round(v / scale[unit] * 4)) < 1e-6 for v in values):
            return unit
    return min(used, key=scale.__getitem__)


def _scale_of(f: Figure, key: Key) -> dict[str, int] | None:
    """The units ``f``'s length may be restated in, when it is a keyed length."""
    if key is None or not key[0].startswith("duration:"):
        return None
    return next((scale for scale in (_IN_MINUTES, _IN_MONTHS) if f.unit in scale), None)


def one_fire_length(keys: list[Key]) -> list[Key]:
    """``keys`` with how long a fire was fought (``"duration:firefight"``: "battled the blaze for
    six hours", "under control after nearly nine hours") taken for how long it burned
    (``"duration:burning"``: "burned for about six hours before crews declared it contained"):
    news tells the fire's one length either way, and two articles that do, one each way,
    disagree on it."""
    return [("duration:burning", k[1]) if k is not None and k[0] == "duration:firefight" else k for k in keys]
