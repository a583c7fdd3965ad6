"""What a length counts when its sentence says: a river's crest, a depth, a distance from a
named place.

:func:`reader.analysis.quantities.quantity_key` keys a length by its unit alone
(``("measure:foot", None)``), so every length of an article in one unit is one quantity: a
flood story's crest ("crested at 31.4 feet"), its flood stage ("Flood stage is 18 feet") and
its old record ("29.6 feet in 1993") share the key, the article states several values of it,
and the key is dropped as one that names several quantities
(:mod:`reader.analysis.quantity_senses`): another source's crest of 29 feet then meets
nothing. An earthquake's distance from a town ("45 km southwest of Pellan") and its depth
("at a depth of 10 kilometres") the same. These are the events of such lengths:

- ``evacuated``: the size of an evacuation zone told after it in the clause ("doubled the
  evacuation zone around the plant to 2 miles"), as "residents within a 1-mile radius were
  ordered to leave" is keyed by the evacuation (:mod:`reader.analysis.quantities`);
- ``crest``: the level a river or a flood crested or peaked at, in the past tense ("the
  river crested at 29 feet", "peaked at 8.4 metres", "a crest of 31.4 feet"); not a crest
  forecast ("is expected to crest at 33 feet") nor an old record's ("the previous record
  crest was 29.6 feet"), which are other quantities; a river crests at each gauge, so the
  place named after the crest is part of the event ("crest at marlow"; a crest told with no
  place is the story's one named gauge's: :func:`one_gauge`) and an article giving two
  crests makes the key one of several quantities;
- ``depth``: "at a depth of 10 km", "10 kilometres deep", "7 miles beneath the surface";
- ``from <place>``: a distance from a named place (or from "the airport", read as the story's
  one named airport when it names one: :func:`one_place`) ("45 km (28 miles) southwest of the city of
  Varnes", "some 60 kilometres from Varnes"): the place is part of the key, so distances from
  two towns are never one quantity. Two sources may well give a distance from one town of two
  different things (the epicentre, a village hit), so this event is a soft one
  (:func:`reader.analysis.noun_events.soft_event`): two figures of it also need words of
  their sentences in common, and an article giving two such distances makes it a key of several
  quantities;
- ``wide``: a width ("The breach, about 150 feet wide", "roughly 80 yards wide"): a story tells the
  width of its one breach, slide or path, and an article giving two widths makes the key one of
  several quantities;
- ``size``: a length written as a modifier of the thing it measures ("a 174-foot span", "the
  two-kilometre first stage"; before its conversion in brackets, "a 92-metre (302-foot) ferry"):
  a thing's size, a soft event too (its words tell which thing),
  never a distance told plainly in another sentence ("rolled 6.5 kilometres into the stage").

Hand-written: a handful of fixed phrasings of wire copy about floods and earthquakes, read
exactly by regular expressions; a parser would not tell a crest from a flood stage either.
"""

from __future__ import annotations

import re

from reader.analysis.dates import WEEKDAYS
from reader.analysis.figures import Figure
from reader.analysis.length_scale import LENGTH_KEYS, LEVEL_KEYS
from reader.analysis.speed_scale import MPH, speed_kind
from reader.text.tokens import STOPWORDS

CREST = "crest"
DEPTH = "depth"
FROM_PLACE = "from "            # the prefix of a distance's event: "from varnes"
SIZE = "size"                   # a thing's size told as a modifier: "a 174-foot span"
WIDE = "wide"                   # a width: "The breach, about 150 feet wide"
ALTITUDE = "altitude"           # a height above the sea: "at about 1,500 metres above sea level" (soft)
MEASURE_EVENTS = frozenset({CREST, DEPTH, WIDE})
_LENGTHS = LENGTH_KEYS
_LEVELS = LEVEL_KEYS - {"measure:inch"}
# (yards and metres too: "about 300 yards off Thornhaven Island", "200 yards from his enclosure")
_NEAR_UNITS = {"measure:yard", "measure:meter"}
_DISTANCES = {"measure:kilometer", "measure:mile", "measure:nautical mile"} | _NEAR_UNITS
REACH = 40      # characters read before a figure
ZONE_REACH = 120    # characters read before a figure for the evacuation zone it measures
EVACUATED = "evacuated"     # the event of people evacuated (:mod:`reader.analysis.quantities`)
# the zone people were evacuated from, told before its size: "doubled the evacuation zone around the
# plant to 2 miles" ("within a 1-mile radius ... to leave their homes" is read as evacuated already)
_EVACUATION = re.compile(r"\b(?:evacuation|exclusion)\s+(?:zone|area|radius|perimeter)\b", re.IGNORECASE)
# a radius people were told to leave, the order told around it
_RADIUS_AFTER = re.compile(r"[\s-]radius\b", re.IGNORECASE)
_LEAVE = re.compile(r"\b(?:evacuat\w*|to\s+leave|ordered\s+out|cleared\s+out)\b", re.IGNORECASE)

# "crested at", "peaked Sunday at", "a crest of", "crest was" (past tense: a forecast is another quantity;
# "had the crest at 29 feet", "put the crest at": someone's reckoning of it, not the reading)
_CREST_BEFORE = re.compile(r"\b(?:(?:crested|peaked)(?:\s+[\w'’-]+){0,2}?\s+at|(?P<noun>crest)\s+(?:of|was|reached))"
                           r"\s+(?:a\s+)?(?:record\s+)?(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?$",
                           re.IGNORECASE)
# a crest that is not this one: an old record's, an earlier flood's, a forecast
_OTHER_CREST = re.compile(r"\b(?:previous|old|former|prior|earlier|last|record|expected|forecast|predicted|"
                          r"projected|will|could|may|might|should|to)\s+(?:\w+\s+)?$", re.IGNORECASE)
# the gauge a crest was read at: "crested at 31.4 feet at Marlow", "at 24 feet in Dent on Monday"
_DAYS = "(?:" + "|".join(WEEKDAYS) + ")"
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
_GAUGE_AFTER = re.compile(r"(?:\s++(?:(?:early|late|on|this|last)\s*+)?(?:" + _DAYS + r"|morning|night))?"
                          r"\s++(?:at|in|near)\s++"
                          r"(?!" + _DAYS + r"|" + _MONTHS + r")(?P<place>[A-Z][\w'’-]+)")
# "a depth of about", "as deep as", "deep as" (the dimension before the number, as "15 feet deep" after it)
_DEPTH_BEFORE = re.compile(r"\b(?:depth\s+of|deep\s+as)\s+(?:about\s+|some\s+|roughly\s+|around\s+)?$", re.IGNORECASE)
_DEEP_AFTER = re.compile(r"^\s+(?:deep|(?:below|beneath|under)\s+(?:the\s+)?(?:surface|ground)|underground)\b",
                         re.IGNORECASE)
# "(28 miles) southwest of the city of Varnes", "from Varnes", "north-northeast of Tolland"
_DIRECTION = r"(?:(?:north|south|east|west)(?:[\s-]?(?:north|south)?-?(?:east|west))?|away)"
# how a distance names the place it is from: "from", "off", or a direction and "of" ("southwest
# of"); a plain "of" names what a length is the extent of ("along 3.5 km of the eastern shore",
# "two miles of Lake Merrow's bank"): the stretch itself, the same whatever its words
_AWAY = r"(?:(?:" + _DIRECTION + r"\s+)?(?:from|off)|" + _DIRECTION + r"\s+of)"
_FROM_AFTER = re.compile(r"^(?:\s*\([^()]{0,40}\))?\s+" + _AWAY + r"\s+"
                         r"(?:the\s+(?:city|town|village|capital|port|coastal\s+city)\s+of\s+)?"
                         r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?![\w'’-])(?!\s+to\s+(?:the\s+)?[A-Z])")
# ("stretches 18 miles from Ardmore to Harlan": an extent between two places, no distance from one)

# "about 5 miles north of the airport": a place named by its kind, which :func:`one_place`
# reads as the story's one named place of that kind ("Marlow County Airport"); "from his enclosure" and
# "65 miles from town" are "the enclosure" and "the town"
# (a place's end or edge is the place: "half a mile from the end of the runway" is from the runway)
_FROM_THE_AFTER = re.compile(r"^(?:\s*\([^()]{0,40}\))?\s+" + _AWAY + r"\s+(?:(?:the|his|her|its|their)\s+(?=[a-z])|"
                             r"(?=town\b))(?:(?:end|edge|foot|base|tip|mouth)\s+of\s+the\s+)?"
                             r"(?P<noun>[a-z]+)\b(?!\s+of\b)")
_WIDE_AFTER = re.compile(r"[\s-]wide\b(?!\s+(?:of|range|array|variety|margin|open|receiver|shot|angle|awake)\b)",
                         re.IGNORECASE)
_ALTITUDE_AFTER = re.compile(r"\s+(?:above\s+sea\s+level|above\s+the\s+sea|in\s+altitude|of\s+altitude)\b",
                             re.IGNORECASE)
# ("at an elevation of 2,100 metres"; a place that "sits at 1,650 metres", "lies at", "perched at")
_ALTITUDE_BEFORE = re.compile(r"\b(?:(?:altitude|elevation)\s+of|(?:sits|sat|lies|lay|perched|situated|located)\s+at)"
                              r"\s+(?:about\s+|some\s+|nearly\s+|roughly\s+|around\s+)?$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s$")        # ("off Thornhaven Island's eastern shore": the island)
# a noun right after the place's first noun, its head ("the apartment complex"), not a verb, an adverb
# nor a preposition ("off the coast near Cape Morrow": the coast)
_HEAD_AFTER = re.compile(r"\s+(?!(?:near|off|along|past|beyond|outside|inside|toward|towards|around|across|behind|"
                         r"below|above|beside|opposite)\b)([a-z]{3,}(?<!ed)(?<!ly)(?<!ing))\b(?![-'’])")
# a distance along a river, told by its direction ("stretched about 5 miles downstream", "12 kilometers
# downstream from the leak"): the river's way, whatever place it is told from (a soft event: words in common)
_RIVERWARD_AFTER = re.compile(r"^(?:\s*\([^()]{0,40}\))?\s+(?P<dir>down|up)(?:stream|river)\b", re.IGNORECASE)
DOWNSTREAM, UPSTREAM = "downstream", "upstream"
# "at least 20 feet from windows and doors", "35 feet away from downed lines": things of a kind, no one place
# (in any unit of length: a distance kept from things is told in feet or metres)
_FROM_THINGS_AFTER = re.compile(r"^\s+" + _AWAY + r"\s+(?:[a-z]+\s+)?(?P<noun>[a-z]{3,}s)\b(?!\s+of\b)")


# how near a thing came to a place, "within" a distance "of" it: "the fire came within roughly 1.5 miles of the
# town's western edge" is a distance from the edge (as "about 800 yards from the western edge of town"); not
# in a sentence of an order, where "within a mile of the plant" is the zone people were told to leave or to
# stay indoors in, one order's zone beside another's
_WITHIN_BEFORE = re.compile(r"\bwithin\s+$", re.IGNORECASE)
_OF_PLACE_AFTER = re.compile(r"\s+of\s+(?:the|his|her|its|their)\s+(?:[a-z]+['’]s\s+)?(?:[a-z]+\s+)?"
                             r"(?P<noun>[a-z]{3,})\b(?!\s+of\b|['’])")
_ORDER = re.compile(r"\b(?:evacuat\w*|leave|shelter\w*|indoors|inside|ordered|order|warned|told|advised|urged)\b",
                    re.IGNORECASE)


def _within_of(text: str, f: Figure, floor: int) -> str | None:
    """The place a distance told as "within" it "of" a place is from (comment above), else None."""
    if not _WITHIN_BEFORE.search(text, max(floor, f.start - 12), f.start):
        return None
    place = _OF_PLACE_AFTER.match(text, f.end, f.sentence_end)
    if place is None or place["noun"] in STOPWORDS or _ORDER.search(text, f.sentence_start, f.sentence_end):
        return None
    return place["noun"].lower()


# a modifier written with its conversion in brackets before the thing it measures: "a 92-metre (302-foot)
# ferry", "the 40-foot (12-metre) mast" (the figure ends at its unit's last letter)
_CONVERTED_MODIFIER = re.compile(r"[a-z]\s*\((?:about\s+|some\s+)?[\d.,]+[\s-]?[a-z]+\)\s+(?:[A-Z][\w'’-]*\s+)*"
                                 r"[a-zA-Z][\w'’-]*", re.IGNORECASE)


# a place along a route told by its distance: "near the 20-mile mark", "at the 18-mile point", "about 32km
# into the race"; what happened there names it (a runner collapsed), else the word before it ("one station
# near the 18-mile point"): two such places are one only when the same thing happened at both
_MARK_AFTER = re.compile(r"[\s-](?:mark|point|marker|post)\b", re.IGNORECASE)
_MARK_END = re.compile(r"[\s-](?:mark|point|marker|post)$", re.IGNORECASE)     # (the figure "18-mile point")
_INTO_AFTER = re.compile(r"\s+into\s+(?:the|his|her|their|its|a)\s+(?:[a-z]+\s+)?(?:race|route|course|run|journey|"
                         r"flight|trip|climb|hike|ride|walk|swim|marathon|stage|descent|ascent)\b", re.IGNORECASE)
_HAPPENED = re.compile(r"\b(?:collaps\w*|crash\w*|fell|fall(?:s|en)?|stopp\w*|died|stumbl\w*|faint\w*|derail\w*|"
                       r"sank|stall\w*|turned\s+back|dropp\w*\s+out|pulled\s+out|withdr\w*|broke\s+down|"
                       r"ran\s+(?:out|short|dry))\b", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([a-z]+)\s+(?:[a-z]+\s+){0,2}(?:at|near|from|past|by|around)\s+(?:the\s+|about\s+|"
                          r"roughly\s+|some\s+)*$", re.IGNORECASE)
POSITION = "at "


def _position(text: str, f: Figure, floor: int) -> str | None:
    """The event of a distance naming a place along a route (comment above), or None."""
    if not (_MARK_END.search(f.text) or (f.modifies and _MARK_AFTER.match(text, f.end))
            or _INTO_AFTER.match(text, f.end)):
        return None
    happened = _HAPPENED.search(text, max(floor, f.sentence_start), f.sentence_end)
    if happened is not None:
        return POSITION + happened.group().split()[0].lower()[:6]
    word = _WORD_BEFORE.search(text, max(floor, f.start - 60), f.start)
    return POSITION + (word.group(1).lower() if word else "?")


def measure_event(text: str, f: Figure, thing: str, floor: int) -> str | None:
    """The event of a length ``f`` keyed ``thing`` (module doc), or None; nothing before
    ``floor`` is read."""
    if thing not in _LENGTHS:
        return speed_kind(text, f) if thing in MPH else None
    if thing in _DISTANCES and (position := _position(text, f, floor)) is not None:
        return position
    before = text[max(floor, f.start - REACH):f.start]
    if _EVACUATION.search(text, max(floor, f.start - ZONE_REACH), f.start):
        return EVACUATED
    if _RADIUS_AFTER.match(text, f.end) and _LEAVE.search(text, floor, f.sentence_end):
        return EVACUATED        # "ordered everyone within a half-mile radius of the wreck to leave"
    if thing in _LEVELS and (crest := _CREST_BEFORE.search(before)) is not None:
        if _OTHER_CREST.search(before, 0, crest.start()):
            return None
        gauge = _GAUGE_AFTER.match(text[f.end:f.end + 60])
        return f"{CREST} at {gauge['place'].lower()}" if gauge else CREST
    if _DEPTH_BEFORE.search(before) or _DEEP_AFTER.match(text[f.end:f.end + 30]):
        return DEPTH
    # (not "the 5-metre pipe from the trench": the pipe's size)
    distance = thing in _DISTANCES and not (thing in _NEAR_UNITS and f.modifies)
    if distance and (river := _RIVERWARD_AFTER.match(text[f.end:f.end + 60])) is not None:
        return DOWNSTREAM if river["dir"].lower() == "down" else UPSTREAM
    if distance and (place := _FROM_AFTER.match(text[f.end:f.end + 90])) is not None:
        return FROM_PLACE + _POSSESSIVE.sub("", place.group("place").lower())
    if distance and (the := _FROM_THE_AFTER.match(text[f.end:f.end + 60])) is not None:
        head = _HEAD_AFTER.match(text, f.end + the.end())      # ("the apartment complex": the complex)
        noun = head[1] if head and head[1] not in STOPWORDS else the.group("noun")
        return FROM_PLACE + "the " + noun.lower()
    if distance and (within := _within_of(text, f, floor)) is not None:
        return FROM_PLACE + "the " + within
    if (things := _FROM_THINGS_AFTER.match(text[f.end:f.end + 60])) is not None:
        return FROM_PLACE + things.group("noun").lower()
    if _WIDE_AFTER.match(text, f.end):
        return WIDE
    if _ALTITUDE_AFTER.match(text, f.end) or _ALTITUDE_BEFORE.search(text, max(floor, f.start - 30), f.start):
        return ALTITUDE
    return SIZE if f.modifies or (_CONVERTED_MODIFIER.match(text, f.end - 1) and "-" in f.text) else None


def one_gauge(keys: list[tuple[str, str | None] | None]) -> list[tuple[str, str | None] | None]:
    """``keys`` with a crest told with no gauge read as the crest at the story's one named gauge
    ("the river peaked at 8.4 metres" beside "peaked at 8.1 metres at Kempsey"); left as it is
    when the story names two gauges or none."""
    gauges = {key for key in keys if key is not None and key[1] is not None and key[1].startswith(CREST + " at ")}
    if len({key[1] for key in gauges}) != 1:
        return keys
    (at,) = {key[1] for key in gauges}
    return [(key[0], at) if key is not None and key[1] == CREST and (key[0], at) in gauges else key for key in keys]



def one_place(keys: list[tuple[str, str | None] | None]) -> list[tuple[str, str | None] | None]:
    """``keys`` with a distance from a place named by its kind ("from the airport") read as the
    distance from the story's one named place of that kind ("from marlow county airport");
    left as it is when the story names two such places or none."""
    named = {key[1] for key in keys if key is not None and key[1] is not None
             and key[1].startswith(FROM_PLACE) and not key[1].startswith(FROM_PLACE + "the ")}
    out = list(keys)
    for n, key in enumerate(keys):
        if key is None or key[1] is None or not key[1].startswith(FROM_PLACE + "the "):
            continue
        kind = key[1].rsplit(" ", 1)[-1]
        places = [place for place in named if place.endswith(" " + kind)]
        if len(places) == 1:
            out[n] = (key[0], places[0])
    return out
