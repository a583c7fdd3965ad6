"""What a count of jobs, responders, new things or study participants is a count *of*:
the jobs a plan cuts ("the loss of about 120 posts", "145 jobs set to go", "shed 1,450
roles"), the crews sent to an incident ("Eighty-five firefighters battled the flames"),
what a plan adds ("5,000 extra beds", "about 4,000 new beds") and the people a study
followed ("the study followed 12,400 adults", "the analysis drew on 14,200 men and
women").

:func:`reader.analysis.quantities.quantity_key` keys a counted noun by itself, so "145
jobs" is the key ``("job", None)``: a noun with no event, which two sources' figures
share only when their sentences share two other words. Independent reports of one
budget or one fire tell it in their own words ("the loss of about 120 posts" against
"with 145 jobs set to go") and share none. These events are what the count is of, as
"killed" is for people:

- ``cut``: jobs, posts, roles and positions cut, shed, axed, lost or "to go", and staff
  laid off, and staff or people who lose their jobs ("Nearly 700 workers will lose their
  jobs"); posts and roles are jobs only so (a blog's "120 posts" are not);
- ``responded``: firefighters, officers, crews and rescuers who
  fought, battled, tackled or responded to an incident, or were sent or deployed, and
  searchers, whom the noun names by the search they are in;
- ``added`` (:data:`SOFT_EVENTS`): things counted as new, extra or additional;
- ``halted`` (:data:`SOFT_EVENTS`): vehicles, flights or services cancelled, grounded,
  idle or out of service ("1,450 buses remained out of service", "cancelled 1,400
  flights");
- ``fell``: vehicles a collapse or a flood took down ("sending five vehicles into the
  water", "seven vehicles plunged from the span");
- ``damaged``: buildings and vehicles an impact hit or struck ("31 houses hit", "rocks
  struck 23 homes"), as "damaged" is said of them;
- ``derailed``: rail cars that left the rails ("22 cars of the 140-car train left the
  tracks", "Two dozen rail cars jumped the tracks"; never the train's length, "a 140-car
  train");
- ``closed``: schools a strike, a storm or an outbreak closed, shut or canceled classes at
  ("All 47 schools remain closed", "has shut 41 schools"); one counted per place as often
  as once (:data:`PER_PLACE`), so an article giving two values of it makes the key one of
  several quantities;
- ``affected``: patients, customers, users, accounts, records, homes and the like that a
  breach, a flood or an outage affected, exposed, compromised or stole ("1.2 million
  patients were affected", "exposing the data of 40,000 customers"), and the investors a
  fraud cheated ("defrauded more than 70 investors", "about 45 investors lost money");
- ``diverted``: ambulances, flights or ships sent elsewhere, diverted, rerouted
  or turned away ("diverted 38 ambulances to other hospitals", "52 ambulances were turned
  away from its emergency rooms");
- ``took part``: people who took part in the story's collective event, a riot, a strike, a
  protest or a search ("About 70 inmates took part", "More than 100 inmates joined a riot", "a
  strike by roughly 850 registered nurses"):
  the story's participants, told apart from the other counts of the same people (those
  held, those hurt);
- ``whole``: a share or a measure an event has one of, its turnout, its containment or
  an earthquake's magnitude ("Turnout was 34.1 per cent", "the fire was 10% contained",
  "a magnitude 7.0 earthquake"): a whole election's, fire's or quake's, so two values are
  one quantity told twice, with no other word in common (not an aftershock's or a
  foreshock's magnitude);
- a person counted with no event is a study's ``participant`` when a study, trial,
  survey or analysis in its sentence followed, tracked, enrolled or drew on them.

These counts do not grow through a day as a toll does: two values of one are compared
only within ``MAX_RATIO`` (:mod:`reader.analysis.conflicts`). A soft event is weaker
evidence still: its key is still read per referent
when an article gives two values of it (:mod:`reader.analysis.quantity_senses`), and two
figures of it need one common word in their sentences
(:mod:`reader.analysis.conflicts`).

Hand-written: a newsroom's fixed verbs for layoffs, emergencies, plans and studies, a
short closed list a regular expression reads exactly.
"""

from __future__ import annotations

import re

from reader.analysis.measure_events import (
    ALTITUDE,
    CREST,
    DEPTH,
    DOWNSTREAM,
    FROM_PLACE,
    MEASURE_EVENTS,
    SIZE,
    UPSTREAM,
)
from reader.analysis.people_roles import RESCUED
from reader.analysis.speed_scale import LIMIT as SPEED_LIMIT

# compared within MAX_RATIO, not KEYED_RATIO
CLOSED = "closed"
TOOK_PART = "took part"
NOUN_EVENTS = frozenset({"cut", "responded", "added", "halted", "affected", "fell", "whole", "diverted",
                         "derailed", CLOSED, TOOK_PART, RESCUED}) | MEASURE_EVENTS
# events counted per place as often as once: an article giving two values of one makes its key
# one of several quantities (:mod:`reader.analysis.quantity_senses`), as for a soft event
PER_PLACE = frozenset({CLOSED})


def per_place(event: str | None) -> bool:
    """Whether ``event`` is one counted per place (:data:`PER_PLACE`, and a river's crest, at
    each gauge: :mod:`reader.analysis.measure_events`)."""
    return event is not None and (event in PER_PLACE or event == CREST or event.startswith(CREST + " at "))
WHOLE_SHARES = frozenset({"percent:turnout", "percent:containment", "percent:funded ratio", "measure:magnitude"})
LIMIT = SPEED_LIMIT    # a figure told as a bound of a quantity ("the threshold of 8": limit_keys; a speed limit)
# (the rescued, :mod:`reader.analysis.people_roles`: a flood's rooftop and boat rescues are two counts)
SOFT_EVENTS = frozenset({"added", "halted", DEPTH, LIMIT, RESCUED, "sheltered", DOWNSTREAM, UPSTREAM, ALTITUDE})
PLACED = "in "      # a count of one place ("stores", "in Ohio": :mod:`reader.analysis.place_counts`)


def soft_event(event: str | None) -> bool:
    """Whether a key's event is no event's count: none, a soft one, or a place."""
    return (event is None or event in SOFT_EVENTS or event == SIZE
            or event.startswith((PLACED, FROM_PLACE, SIZE + " of ")))      # (a piece's size: measure_kinds)

_JOBS = {"job", "post", "role", "position", "employee", "redundancy", "staff"}     # ("30 staff members will be cut")
_CUT_OWN = re.compile(r"\b(?:layoffs?|redundanc\w*)\b", re.IGNORECASE)
_CUT_BEFORE = re.compile(r"\b(?:cut(?:s|ting)?|shed(?:s|ding)?|ax(?:e|es|ed|ing)|slash\w*|eliminat\w*|los(?:s|e|es|ing)"
                         r"\s+of|lose|losing|lost|reduc\w*(?:\s+\w+){0,2}\s+by|lay(?:ing)?\s+off|laid\s+off|"
                         r"cost|costing|scrap\w*)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_CUT_AFTER = re.compile(r"^(?:\s+[\w'’-]+){0,3}?\s+(?:(?:set|are|were|is|due)\s+to\s+go|will\s+go|to\s+go|"
                        r"(?:will\s+be\s+|were\s+|are\s+|being\s+)?(?:cut|axed|lost|shed|eliminated|scrapped|"
                        r"made\s+redundant|laid\s+off))\b", re.IGNORECASE)
# the count as the subject of losing its own jobs: "Nearly 700 workers will lose their jobs", "some
# 300 people are set to lose their jobs" (any modal or aspect before, a possessive determiner before
# the noun): jobs cut, told by who holds them
_LOSE_JOBS_AFTER = re.compile(r"^(?:\s+[\w'’-]+){0,3}?\s+(?:lose|loses|losing|lost)\s+(?:their|his|her)\s+"
                              r"(?:jobs?|posts?|positions?)\b", re.IGNORECASE)
# who can hold the jobs so lost: staff, or people told by no other noun
_JOB_HOLDERS = frozenset({"employee", "person", "staff", "member"})
_RESPONDERS = {"firefighter", "officer", "police", "trooper", "rescuer", "paramedic", "crew", "responder",
               "firefighting crew"}
# people named by the search they are in: "About 60 searchers took part", "More than 100 searchers, many
# of them volunteers, ..." (unlike "the department's 120 firefighters", no staff or standing force)
_SEARCHERS = {"searcher", "search-and-rescue volunteer"}
_RESPONDED_AFTER = re.compile(r"^(?:\s+[\w'’-]+){0,4}?\s+(?:fought|battled|tackled|responded|attended|"
                              r"were\s+(?:sent|called|deployed|dispatched)|(?:are|were)\s+at\s+the\s+scene)\b",
                              re.IGNORECASE)
# lower case, not in a compound: not "New Yorkers", "10 extra-base hits"
_ADDED = re.compile(r"\b(?:new|extra|additional)\b(?![-’'])")
# "cancelled 1,400 flights", "1,450 buses remained out of service", "about 1,200 of the city's
# 1,600 buses were idle" (the words after a whole of the part are the part's too)
_SERVICES = {"bus", "buse", "train", "tram", "flight", "plane", "aircraft", "jet", "ferry", "ferrie", "vehicle",
             "truck", "lorry", "lorrie", "taxi", "route", "service", "ship", "vessel", "coach", "coache", "carriage"}
_HALTED_BEFORE = re.compile(r"\b(?:cancel(?:s|l?ed|l?ing)?|ground(?:ed|ing)|idl(?:ed|ing)|suspend(?:ed|ing)|"
                            r"halt(?:ed|ing))\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_HALTED_AFTER = re.compile(r"^(?:\s+of\s+(?:(?:the|our|its|their)\s+)?(?:[\w'’]+\s+)?[\d,]+\s+[\w'’-]+)?"
                           r"(?:\s+[\w'’-]+){0,2}?\s+(?:(?:were|was|are|is|remain(?:ed|s)?|have\s+been|had\s+been|"
                           r"stood|sat|being)\s+)?(?:idle|idled|cancell?ed|grounded|out\s+of\s+service|off\s+the\s+road|"
                           r"suspended|halted|stranded)\b", re.IGNORECASE)
_STUDY = re.compile(r"\b(?:study|studies|trial|survey|analysis|research|researchers)\b", re.IGNORECASE)
_FOLLOWED_BEFORE = re.compile(r"\b(?:followed|tracked|enrolled|recruited|drew\s+on|involved|monitored|"
                              r"surveyed|examined|analy[sz]ed)\s+$", re.IGNORECASE)
# people and records a breach, a flood or an outage reached: "1.2 million patients were affected",
# "exposing the data of 40,000 customers", "about 300 homes were affected"; a strike's or an outage's
# travellers whose plans it upset ("disrupt the travel plans of 150,000 passengers", "21,000 passengers had
# their plans upended")
_AFFECTED_THINGS = {"patient", "customer", "user", "account", "record", "individual", "client", "subscriber",
                    "member", "household", "home", "property", "resident", "passenger", "student", "investor",
                    "depositor", "saver", "pensioner"}
_AFFECTED_AFTER = re.compile(r"^(?:\s+[\w'’-]+){0,3}?\s+(?:(?:were|was|are|is|have\s+been|had\s+been|"
                             r"(?:may|might|could)\s+have\s+been|being)\s+)?(?:affected|exposed|compromised|"
                             r"impacted|breached|stolen|leaked|accessed|defrauded|cheated|scammed|swindled|duped|"
                             r"lost\s+(?:money|their\s+(?:money|savings|investments?))|"
                             r"had\s+their\s+(?:travel\s+|holiday\s+)?(?:plans|journeys|trips|flights)\s+(?:upended|"
                             r"disrupted|thrown|ruined|wrecked|scrambled))\b", re.IGNORECASE)
_AFFECTED_BEFORE = re.compile(r"\b(?:(?:affect(?:ed|ing|s)?|expos(?:ed|ing|es)|compromis(?:ed|ing|es)|"
                              r"impact(?:ed|ing|s)|stole|steal(?:ing|s)?|leak(?:ed|ing|s)?|defraud(?:ed|ing|s)?|"
                              r"cheat(?:ed|ing|s)?|scamm(?:ed|ing)|swindl(?:ed|ing)|dup(?:ed|ing)|bilk(?:ed|ing))\s+(?:(?:the\s+)?"
                              r"(?:data|records|details|information)\s+of\s+)?|(?:took|taken|taking|accessed|"
                              r"obtained)\s+(?:the\s+)?(?:personal\s+)?(?:data|records|details|information)\s+of\s+|"
                              r"disrupt(?:ed|ing|s)?\s+(?:the\s+)?(?:travel\s+|holiday\s+)?(?:plans|journeys|trips)\s+of\s+)"
                              r"(?:\w+\s+){0,2}$", re.IGNORECASE)
# vehicles a collapse or a flood took down: "sending five vehicles into the water", "seven
# vehicles plunged from the span", "Five vehicles went into the river"
_VEHICLES = {"vehicle", "car", "truck", "lorry", "lorrie", "bus", "buse", "van", "suv"}
# (their own event is read before a nearby one: "missing after seven vehicles plunged")
FELL_THINGS = frozenset(_VEHICLES)
_FELL_AFTER = re.compile(r"^(?:\s+[\w'’-]+){0,4}?\s+(?:plunged|plummeted|fell|tumbled|dropped|"
                         r"went\s+(?:into|off|down\s+with)|were\s+(?:swept|sent|thrown|pulled|swallowed)|ended\s+up\s+in|"
                         r"landed\s+in)\b", re.IGNORECASE)
_FELL_BEFORE = re.compile(r"\b(?:sen(?:t|ding)|swe(?:pt|eping)|plung(?:ed|ing))\s+$", re.IGNORECASE)
_INTO_AFTER = re.compile(r"^\s+(?:into|off|onto|from)\b", re.IGNORECASE)
# what an outage or a closure sends elsewhere: "diverted 38 ambulances", "52 ambulances were turned away"
# schools a strike, a storm or an outbreak closed: "All 47 schools remain closed", "has shut 41
# schools", "Classes at all 47 district schools are canceled" (closed, shut and canceled are one sense)
# buildings and vehicles an impact struck: "31 houses hit", "31 homes on two streets were struck", "rocks
# struck 23 homes" (damaged: the verbs of an impact, told of a thing; not "hit by power cuts", affected)
_STRUCK_THINGS = {"home", "house", "building", "property", "propertie", "shop", "business", "businesse",
                  "apartment", "flat", "roof", *_VEHICLES}
_STRUCK_AFTER = re.compile(r"^(?:\s+(?!(?:were|was|had|have|are|is)\b)[\w'’-]+){0,6}?\s+"
                           r"(?:(?:were|was|had\s+been|have\s+been|being)\s+)?"
                           r"(?:hit|struck|pelted|peppered|holed|battered)\b(?!\s+by\s+(?:power|outages?|"
                           # (no object after it: "Nine cars hit the barrier" struck, were not struck)
                           r"blackouts?|cuts?|the\s+outage))(?!\s+(?:the|a|an|another|its|their|his|her|\d))",
                           re.IGNORECASE)
_STRUCK_BEFORE = re.compile(r"\b(?:hit|hitting|struck|striking|pelted|pelting|battered|battering)\s+$",
                            re.IGNORECASE)
# (and the places a business closes: "would close 212 stores", "57 Ohio stores slated to close")
_SCHOOLS = {"school", "campus", "college", "store", "branch", "pharmacy", "restaurant", "shop", "clinic", "outlet"}
_CLOSED_BEFORE = re.compile(r"\b(?:clos(?:e|ed|es|ing)|shut(?:s|ting)?|shutter(?:ed|ing|s)?)\s+"
                            r"(?:(?:all|the|its|their)\s+)?$", re.IGNORECASE)
_CLOSED_AFTER = re.compile(r"^(?:\s+[\w'’-]+){0,2}?\s+(?:(?:remain(?:ed|s)?|were|are|was|have\s+been|had\s+been|"
                           r"stay(?:ed|s)?|sat)\s+)?(?:closed|shut|shuttered|canceled|cancelled)\b"
                           r"|^(?:\s+[\w'’-]+){0,2}?\s+(?:will|(?:set|slated|due|are)\s+to)\s+close\b", re.IGNORECASE)
# rail cars that left the rails: "22 cars of the 140-car train left the tracks", "Two dozen rail cars
# jumped the tracks", "derailing 11 tank cars", "pulled 13 cars off the tracks"
_RAIL_CARS = {"car", "railcar", "wagon", "carriage", "coach", "coache", "tanker", "boxcar"}
_RAILS = r"(?:the\s+)?(?:tracks?|rails?)"
_DERAILED_AFTER = re.compile(r"^(?:\s+of\s+(?:the|a|an|its)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?)?(?:\s+[\w'’-]+){0,2}?"
                             r"\s+(?:(?:were|have|had|was)\s+)?(?:derailed|(?:left|jumped|leaving|jumping)\s+" + _RAILS
                             + r"|(?:came|went|ran|coming|going|running)\s+off\s+" + _RAILS + r")\b", re.IGNORECASE)
_DERAILED_BEFORE = re.compile(r"\bderail(?:ed|ing|s)?\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
_PULLED_BEFORE = re.compile(r"\b(?:pull|sen[dt]|knock|thr[eo]w|push)\w*\s+$", re.IGNORECASE)
_OFF_RAILS = re.compile(r"\s+off\s+" + _RAILS + r"\b", re.IGNORECASE)
_MODIFIER = re.compile(r"[\w.,]+-(?:" + "|".join(sorted(_RAIL_CARS)) + r")\b", re.IGNORECASE)  # "140-car"
_DIVERTED_THINGS = {"ambulance", "flight", "plane", "aircraft", "jet", "ship", "vessel"}
_DIVERTED_BEFORE = re.compile(r"\b(?:divert(?:ed|ing|s)?|re-?rout(?:e|ed|ing|es)|redirect(?:ed|ing|s)?|"
                              r"turn(?:ed|ing|s)?\s+away)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_DIVERTED_AFTER = re.compile(r"^(?:\s+[\w'’-]+){0,2}?\s+(?:(?:were|was|are|had\s+been|have\s+been|had\s+to\s+be|"
                             r"being|had\s+to)\s+)?(?:diverted|re-?routed|redirected|turned\s+away"
                             # (sent or landed somewhere else: "19 flights were sent to other airports",
                             # "had to land elsewhere")
                             r"|(?:sent|moved|switched|directed|routed|land|landed|go|went|flown)\s+(?:elsewhere"
                             r"|(?:to|at|into)\s+(?:\w+\s+)?(?:other|another|alternative|alternate|different)\s))\b",
                             re.IGNORECASE)
# people who took part in the story's collective event: "About 70 inmates took part", "More than 100
# inmates joined a riot", "some 300 workers joined the walkout" (a kind of event, not "joined the union")
_GATHERINGS = (r"riot|protest|strike|walkout|march|rally|demonstration|disturbance|uprising|revolt|mutiny|"
               r"sit-in|stoppage|occupation|blockade|brawl|melee|fight|search|vigil|boycott")
# (joining, starting or staging one: "began a 72-hour strike"; and a strike's own verbs: "walked out",
# "downed tools", "are on strike", past the body they belong to: "3,400 members of the Union walked out")
_TOOK_PART_AFTER = re.compile(r"^(?:\s+of(?:\s+[\w'’-]+){1,7}?)?(?:\s+[\w'’-]+){0,2}?\s+(?:(?:took|take|taking|"
                              r"have\s+taken|had\s+taken)\s+part|participated|(?:joined|join|joining|began|begin|begun|started|"
                              r"staged|launched|mounted|held|led)\s+(?:in\s+)?"
                              rf"(?:the|a|an)\s+(?:[\w'’-]+\s+)?(?:{_GATHERINGS})s?|walked\s+(?:out|off)|walk\s+(?:out|off)|"
                              r"downed\s+tools|went\s+on\s+strike|(?:are|were|remain|remained)\s+on\s+strike|"
                              r"stopped\s+work)\b", re.IGNORECASE)
# the people a gathering is told by, before them: "a strike by roughly 850 registered nurses"
_GATHERING_BY_BEFORE = re.compile(rf"\b(?:{_GATHERINGS})s?\s+by\s+(?:(?:about|around|roughly|some|nearly|almost|"
                                  r"more\s+than|over|at\s+least|an\s+estimated|up\s+to)\s+)?$", re.IGNORECASE)
# the people a strike or a walkout counts, whatever their trade ("3,400 members", "4,000 dockworkers",
# "1,850 pilots"): one count of strikers (a table of kinds: union members and workers)
_STRIKERS = re.compile(r"(?:member|employee|worker|staff|staffer|[a-z]+worker|longshoreman|longshoremen)$")
REACH = 80        # characters read before the figure
AFTER = 60        # characters read after it


def noun_event(text: str, thing: str, start: int, end: int, own: str, floor: int) -> str | None:
    """The event of a count of jobs, responders or new things at ``text[start:end]``
    (``own``: its counted noun phrase; nothing before ``floor`` is read), else None."""
    if _TOOK_PART_AFTER.match(text[end:end + AFTER + 20]) or _GATHERING_BY_BEFORE.search(text, max(floor, start - 40),
                                                                                         start):
        return TOOK_PART
    if thing in _JOB_HOLDERS and _LOSE_JOBS_AFTER.match(text[end:end + AFTER]):
        return "cut"
    if thing in _JOBS:
        before = text[max(floor, start - REACH):start]
        if _CUT_OWN.search(own) or _CUT_BEFORE.search(before) or _CUT_AFTER.match(text[end:end + AFTER]):
            return "cut"
        return None
    if (thing in _RESPONDERS and _RESPONDED_AFTER.match(text[end:end + AFTER])) or thing in _SEARCHERS:
        return "responded"
    if _ADDED.search(own):
        return "added"
    if thing in _SERVICES and (_HALTED_BEFORE.search(text, max(floor, start - REACH), start)
                               or _HALTED_AFTER.match(text[end:end + AFTER])):
        return "halted"
    if thing in _VEHICLES and (_FELL_AFTER.match(text[end:end + AFTER])
                               or (_FELL_BEFORE.search(text, max(floor, start - 24), start)
                                   and _INTO_AFTER.match(text[end:end + 12]))):
        return "fell"
    if thing in _SCHOOLS and (_CLOSED_BEFORE.search(text, max(floor, start - REACH), start)
                              or _CLOSED_AFTER.match(text[end:end + AFTER])):
        return CLOSED
    if thing in _RAIL_CARS and derailed(text, start, end, floor):
        return "derailed"
    if thing in _STRUCK_THINGS and (_STRUCK_AFTER.match(text[end:end + AFTER])
                                    or _STRUCK_BEFORE.search(text, max(floor, start - 16), start)):
        return "damaged"
    if affected_thing(own) is not None and (_AFFECTED_AFTER.match(text[end:end + AFTER])
                                            or _AFFECTED_BEFORE.search(text, max(floor, start - REACH), start)):
        return "affected"
    return None


def derailed(text: str, start: int, end: int, floor: int) -> bool:
    """Whether the cars counted at ``text[start:end]`` left the rails ("22 cars derailed", "Two
    dozen rail cars jumped the tracks", "derailing 11 tank cars", "pulled 13 cars off the
    tracks"); never a train's length written as a modifier ("a 140-car train")."""
    if _MODIFIER.match(text, start, end):
        return False
    return bool(_DERAILED_AFTER.match(text[end:end + AFTER + 20]) or _DERAILED_BEFORE.search(
        text, max(floor, start - 30), start) or (_PULLED_BEFORE.search(text, max(floor, start - 16), start)
                                                  and _OFF_RAILS.match(text, end)))


def diverted(text: str, thing: str, start: int, end: int, floor: int) -> bool:
    """Whether the ambulances, flights or ships counted at ``text[start:end]`` were sent
    elsewhere ("diverted 38 ambulances", "52 ambulances were turned away"): that is their
    event, before any other word of their sentence ("… to other hospitals" is no injury)."""
    return thing in _DIVERTED_THINGS and bool(_DIVERTED_BEFORE.search(text, max(floor, start - 40), start)
                                              or _DIVERTED_AFTER.match(text[end:end + AFTER]))


def affected_thing(own: str) -> str | None:
    """The noun of a count a breach or an outage can reach ("1.2 million patients" →
    "patient"): kept as counted, so patients and staff affected are two quantities."""
    words = own.lower().split()
    noun = words[-1] if words else ""
    noun = noun[:-1] if noun.endswith("s") and noun[:-1] in _AFFECTED_THINGS else noun
    return noun if noun in _AFFECTED_THINGS else None


def job_thing(thing: str, event: str | None, own: str = "") -> str:
    """Posts, roles, positions and staff cut are jobs; what was affected is the noun counted
    (:func:`affected_thing`); otherwise a noun is itself."""
    if event == "affected":
        return affected_thing(own) or thing
    if event == TOOK_PART and _STRIKERS.match(thing):
        return "employee"       # (the strikers: "members" of the union, "dockworkers")
    return "job" if event == "cut" else thing


def participants(text: str, start: int, floor: int) -> bool:
    """Whether the people counted at ``start`` are a study's: a study in the sentence
    before them and a verb of following right before ("The study followed 12,400
    adults")."""
    before = text[max(floor, start - REACH):start]
    return bool(_FOLLOWED_BEFORE.search(before) and _STUDY.search(before))
