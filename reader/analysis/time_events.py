"""What happened at a time: the event a clause ties a clock time or an elapsed time to.

Two articles' times can only disagree about *one* event ("the plane landed just before
noon" against "landed at roughly 11:20 a.m."). This module names that event for the
clause around a time, from a short closed list of events that happen once in a news
story and that reports time:

- ``departure``: a vehicle leaving ("took off", "takeoff", "departed", "left the
  station", and as an anchor "into the flight");
- ``landing``: "landed", "an emergency landing", "touched down";
- the incident the story is about, by its kind, so that the steps of one disaster
  (a fire, then a collapse) are never taken for one event: ``failure`` (a machine:
  "the engine exploded", "blew", "failed", "something was wrong"), ``collapse``,
  ``crash`` (crashed, derailed, collided, "left the tracks"), ``fire``, ``attack`` (a shooting), ``quake``,
  ``landfall``, a ship's ``grounding`` ("ran aground") and ``sinking`` (sank, capsized), a deal reached
  in talks (``agreement``: "shook hands on a tentative deal", "the strike ended"), the first snow or rain
  (``onset``: "the first flakes fell", "snow began falling"),
  an ``eruption``, a ``landslide``, and ``incident`` for the words that name no kind
  ("the accident"); verbs that tell one of these only in their setting (a vessel that "went
  over", a ship that "struck a pier", a dam's operators who "opened the floodgates": a
  ``release``) are read by :mod:`reader.analysis.setting_events`.

A relative clause telling when an event noun before it began or happened is that event's
("the blaze, which began on the fourth floor shortly after 3 a.m."; not "the crash, which
closed the road at 9 a.m.").

When the clause before a time names no event, :mod:`reader.analysis.told_events` reads
one around it: a named road's closure ("Interstate 47 was closed … at 5:30 p.m.", "the
closure began around 4 p.m." in an article that named one road), a when-clause right after
the time ("was walking home shortly after 6 p.m. when the dogs attacked him"), the
sentence's subject before an apposition ("The hole, now 50 feet deep, first opened around
10 p.m."). "First" before a verb ("first opened") is when it began, not a repeat.

An event word is the happening only where the clause tells it: not as the object of a
preposition or of another verb's *-ing* form ("the investigation into the crash began at
9 a.m.", "hours later he was addressing the attack": the time is the investigation's,
the speech's), and a landing only in a sentence about something that flies ("the
statement landed in reporters' inboxes at 1:48 a.m." is no landing).

Everything else (a statement, a news conference, an arrest, a rescue, people arriving)
is no event here: such things happen many times in one story, so two articles giving
them different times are not evidence of a disagreement, and the callers abstain.
They also abstain when the clause says the time was planned or expected rather than
what happened ("was due to land at 1 p.m."), tells a repeat ("another", "a second"),
or is negated ("did not land until"), and when the event cannot be told.

Hand-written, not learned: there is no labelled data of timed events to learn from,
and a closed list that a reader can check line by line is what lets the comparison
abstain everywhere else; a wrong conflict costs a fact-checker more than a missed one.
"""

from __future__ import annotations

import re

from reader.analysis.sentences import CLAUSE_MARKS
from reader.analysis.setting_events import setting_events
from reader.analysis.told_events import apposed_subject_event, closure_event, when_event

DEPARTURE, LANDING, CLOSURE = "departure", "landing", "closure"

_EVENTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (DEPARTURE, re.compile(
        r"\b(?:t(?:ook|akes?|aking)[\s-]+off|take-?off|lift-?off|depart(?:ed|ing|ure|s)?)\b"
        r"|\b(?:[Ll]eft|[Ll]eaving)\s+(?:the\s+(?:airport|station|gate|terminal|runway|port|harbou?r|dock)\b"
        r"|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]+)")),
    (LANDING, re.compile(r"\b(?:land(?:ed|ing|s)?|touch(?:ed|es|ing)?\s+down|touchdown)\b", re.IGNORECASE)),
    # a machine failing: an engine that "exploded", "blew", "failed", "something went wrong"
    ("failure", re.compile(
        r"\b(?:explo(?:ded|des|de|ding|sions?)|blew(?:\s+(?:up|out|apart))?|blasts?|burst(?:s|ing)?"
        r"|fail(?:ed|ure|ing|s)?|malfunction\w*|(?:went|go(?:es|ne)?|was|were|is|something)\s+wrong"
        r"|went\s+(?:dark|black|offline))\b",
        re.IGNORECASE)),
    ("collapse", re.compile(r"\bcollaps\w*", re.IGNORECASE)),
    # (cars that "left the tracks" or "jumped the rails" derailed)
    ("crash", re.compile(r"\b(?:crash(?:ed|es|ing)?|derail\w*|collid\w*|collisions?|(?:left|leaving|jump(?:ed|ing)|"
                         r"(?:came|went|ran|coming|going|running)\s+off)\s+the\s+(?:tracks|rails))\b", re.IGNORECASE)),
    ("fire", re.compile(r"\b(?:caught\s+fire|(?:fire|blaze)\s+(?:broke\s+out|started|began))\b", re.IGNORECASE)),
    # (shots that "rang out" or "were fired", "the first shots", "gunfire")
    ("attack", re.compile(r"\b(?:shooting|opened\s+fire|attack(?:ed)?|gunfire|(?:gun)?shots?\s+(?:rang\s+out|were"
                          r"\s+fired|was\s+fired)|first\s+(?:gun)?shots|(?:was|were)\s+shot)\b", re.IGNORECASE)),
    ("quake", re.compile(r"\b(?:earth)?quakes?\b", re.IGNORECASE)),
    ("landfall", re.compile(r"\blandfall\b", re.IGNORECASE)),
    ("grounding", re.compile(r"\b(?:r[au]n(?:s|ning)?\s+aground|grounding)\b", re.IGNORECASE)),
    ("sinking", re.compile(r"\b(?:sank|sunk|sinking|capsiz\w*)\b", re.IGNORECASE)),
    ("eruption", re.compile(r"\berupt(?:ed|ion|ing|s)?\b", re.IGNORECASE)),
    ("landslide", re.compile(r"\b(?:landslides?|mudslides?|avalanches?)\b", re.IGNORECASE)),
    # a levee or a dam that gave way; a tornado striking; a crowd crush; an escape; a break-in
    ("breach", re.compile(r"\b(?:breach(?:ed|es)?|(?:levee|dam|embankment|floodwall)s?(?:\s+[\w'’-]+){0,4}?\s+"
                          r"(?:broke|failed|gave\s+way|burst|collapsed))\b", re.IGNORECASE)),
    ("tornado", re.compile(r"\b(?:tornado(?:es)?|twisters?)\s+(?:struck|hit|touched\s+down|tore|slammed|ripped)\b",
                           re.IGNORECASE)),
    ("crush", re.compile(r"\b(?:crush|stampede)\b", re.IGNORECASE)),
    # (an animal that "got out through a gap", "left its enclosure"; not a driver who "got out of the
    # car", nor one who "got out of prison")
    ("escape", re.compile(r"\b(?:escaped|broke\s+out\s+of|got\s+out\s+(?:of|through|over|under|via)(?!\s+(?:(?:the"
                          r"|his|her|their|its|a|an)\s+)?(?:[\w-]+\s+)?(?:cars?|vehicles?|trucks?|bus|van|taxi|cab|train|plane"
                          r"|boat|bed|water|pool|way|meeting|debt|hospital|jail|prison)\b)|(?:left|fled)\s+"
                          r"(?:his|her|its|their|the)\s+(?:habitat|enclosure|cage|pen|cell|exhibit|paddock))\b",
                          re.IGNORECASE)),
    # a race or a match stopped ("the race was halted at", "officials stopped the race")
    ("halt", re.compile(r"\b(?:(?:race|marathon|match|game|concert|competition|tournament)\s+(?:was|were|had\s+been)\s+"
                        r"(?:halted|stopped|suspended|abandoned|called\s+off)|(?:halted|stopped|suspended|abandoned"
                        r"|called\s+off)\s+the\s+(?:race|marathon|match|game|concert|competition|tournament))\b",
                        re.IGNORECASE)),
    ("break-in", re.compile(r"\b(?:break-?in|broke\s+in(?:to)?|burglary|heist|robbery|forced\s+(?:open\s+)?(?:a|the)"
                            r"\s+(?:[a-z]+\s+)?(?:door|window|gate))\b", re.IGNORECASE)),
    # a water main or a pipeline that burst; a sinkhole that opened
    # ("The 90-centimetre main gave way", "the pipe under the road split"; "the hole, …, first opened")
    ("rupture", re.compile(r"\b(?:ruptur(?:ed|es|ing)|(?:mains?|pipes?|pipelines?)(?:\s+[\w'’-]+){0,3}?\s+"
                           r"(?:burst|broke|split|gave\s+way|cracked))\b", re.IGNORECASE)),
    ("sinkhole", re.compile(r"\b(?:sink)?holes?(?:\s+[\w'’-]+){0,2}?\s+(?:opened|formed|appeared|swallowed)\b",
                            re.IGNORECASE)),
    # a deal reached in talks ("shook hands on a tentative deal", "the strike ended"); snow or rain that began
    ("agreement", re.compile(r"\b(?:(?:reached|struck|hammered\s+out|shook\s+hands\s+on|signed\s+off\s+on)"
                             r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord)"
                             r"|(?:deal|agreement)\s+(?:was|had\s+been)\s+(?:reached|struck)|strike\s+ended)\b",
                             re.IGNORECASE)),
    ("onset", re.compile(r"\b(?:first\s+(?:snow)?flakes\s+fell"
                         r"|(?:snow|rain|sleet)\s+(?:began|started)\s+(?:falling|to\s+fall))\b", re.IGNORECASE)),
    ("incident", re.compile(r"\b(?:accident|incident|disaster)\b", re.IGNORECASE)),
)
# the place a departure word takes as its object: "left Seattle", "departed LaGuardia"
_PLACE_AFTER = re.compile(r"(?:[Ll]eft|[Ll]eaving|[Dd]epart(?:ed|ing|s))\s+"
                          r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?P<place>[A-Z][\w'’-]+)")
LABELS = {DEPARTURE: "departure", LANDING: "the landing", "failure": "the failure", "collapse": "the collapse",
          "crash": "the crash", "fire": "the fire", "attack": "the attack", "quake": "the quake",
          "landfall": "landfall", "grounding": "the grounding", "sinking": "the sinking",
          "eruption": "the eruption", "landslide": "the landslide", "incident": "the incident",
          "breach": "the breach", "tornado": "the tornado", "crush": "the crush", "escape": "the escape",
          "break-in": "the break-in", "rupture": "the rupture", "sinkhole": "the sinkhole",
          "arrest": "the arrest", "halt": "the halt", "release": "the release",
          "unnamed": "the incident", "call": "the call for help", "detection": "the detection",
          "agreement": "the deal", "onset": "the first snow or rain"}
# a trip's start as an anchor: "about 30 minutes into the flight"
TRIP = re.compile(r"\s*(?:the|its|their|his|her|a|this|that)\s+(?:[a-z]+\s+)?(?:flight|trip|journey|voyage|ride"
                  r"|run|drive|route|crossing|climb|ascent)\b", re.IGNORECASE)
# a clause ends here (looking either way from a time)
_STOP = re.compile(CLAUSE_MARKS + r"|\b(?:and|but|while|as|when|because|although|though|whereas|before"
                   r"|after|until|which|who)\b", re.IGNORECASE)
# what makes a clause's time no record of what happened, or of another occurrence
ABSTAIN = re.compile(r"\b(?:due|scheduled|expected|slated|supposed|planned|plans?|intended|intends|originally"
                      r"|will|would|could|should|might|may|must|set\s+to|estimated|normally|usually|typically"
                      r"|every|daily|each|not|never|no|[Aa]nother|[Aa]\s+second|second|third|again|next|[Ii]f"
                      r"|[Uu]nless|[Ff]irst(?!\s+(?:[a-z]+ed|broke|began|struck|gave|rang|blew|sank|fell|hit|tore|(?:snow)?flakes)\b)"
                      r"|last|final)\b"
                      r"|n['’]t\b")
# a verb that times the news of an event, not the event ("the crash was reported at 7:45 a.m.")
_REPORTED = re.compile(r"\b(?:reported|reports?|called|notified|alerted|dispatched|responded|received|announced"
                       r"|confirmed|warned|tweeted|posted|learned|discovered|found)\b", re.IGNORECASE)
_SUBORDINATE = re.compile(r"\b(?:after|because|when|since|while)\s*$", re.IGNORECASE)
# the comma that ends a time opening its clause, after a day at most ("At 2:35 p.m. Thursday, ...")
_OPENING_COMMA = re.compile(r"(?:\s++(?:(?:on|this|last)\s*+)?"
                            r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                            r"|today|yesterday|morning|afternoon|evening|night))?\s*+,")
# a time used as an attribute of the event noun right after it: "the 7:40 a.m. crash"
_ATTRIBUTE = re.compile(r"\b(?:the|a|an|its|this|that|[A-Z][a-z]+['’]s)\s*$")
WINDOW_WORDS = 12
NEAR = 300          # characters either side of a time that are read for its event (a text with no full
#                     stop is one sentence: reading all of it for each time made the work grow as its square)


def near(sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The part of ``sentence`` read for the time at ``start``..``end``: ``NEAR`` characters either side."""
    return max(sentence[0], start - NEAR), min(sentence[1], end + NEAR)


# what a word governing an event noun makes of it: a mention, not the happening
# ("an investigation into the crash", "questions about the collapse", "addressing the attack")
_GOVERNED = re.compile(r"(?:\b(?:of|about|into|on|over|regarding|concerning|for|from|since|to|with|by)\s+"
                       r"(?:(?:the|a|an|this|that|its|their|his|her|[A-Z][a-z]+['’]s)\s+)?"
                       r"|\b(?!(?:making|having|during)\b)[a-z]{3,}ing\s+"
                       r"(?:the|a|an|this|that|its|their|his|her|[A-Z][a-z]+['’]s)\s+)(?:[a-z]+\s+)?$")
# something that flies, for a landing to be one
_FLIES = re.compile(r"\b(?:planes?|airplanes?|aircraft|airliners?|jets?|jetliners?|flights?|helicopters?|pilots?"
                    r"|airports?|runways?|airlines?|Boeing|Airbus|Cessna|spacecraft|capsules?|landers?|rovers?"
                    r"|balloons?|drones?|emergency\s+landing)\b", re.IGNORECASE)


def events_in(text: str, sentence: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end, event) of each event word in ``text``, in order. A departure from a
    place named as its object ("left Seattle", "departed Tacoma") is that place's
    (``departure:Seattle``): a train leaves many stations. A word inside a longer event's words
    is that event's ("the dam failed": a breach, not a failure). Words governed by a preposition
    or another verb's -ing form are left out, and landings unless ``sentence`` (or else
    ``text``) speaks of something that flies (module doc)."""
    found = [(m.start(), m.end(), name) for name, pattern in _EVENTS for m in pattern.finditer(text)]
    found += setting_events(text, text if sentence is None else sentence)
    if any(name == LANDING for *_, name in found) and not _FLIES.search(text if sentence is None else sentence):
        found = [f for f in found if f[2] != LANDING]       # (the sentence is read only when a landing is)
    out = []
    for start, end, name in sorted(found):
        if _GOVERNED.search(text, max(0, start - 60), start):
            continue
        if any(a <= start and end <= b and (a, b) != (start, end) for a, b, _ in found):
            continue        # (a word inside a longer event's words: "failed" in "the dam failed", a breach)
        if name == DEPARTURE:
            place = _PLACE_AFTER.match(text, start)
            if place:
                name = f"{DEPARTURE}:{place['place']}"
        out.append((start, end, name))
    return out


def label_of(event: str) -> str:
    """How an event is named in a conflict's label: "the landing", "departure from Seattle",
    "the closure of I-47"."""
    kind, _, place = event.partition(":")
    if kind == CLOSURE:
        return f"the closure of {place}"
    return f"{LABELS.get(kind, kind)} from {place}" if place else LABELS.get(kind, kind)


# a place told with its region between two commas ("near Benning, Ohio, at 2:20 p.m.", "in Carrow,
# N.S.W., on Monday"): a capitalised word, a comma, one to three capitalised words, a comma
_NAME_WORD = r"[A-Z][\w.'’-]*"
_REGION_AFTER = re.compile(rf"\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}\s*,")
_PLACE_BEFORE = re.compile(rf"(?<![\w.'’-]){_NAME_WORD}\s*$")
_REGION_BEFORE = re.compile(rf"(?<![\w.'’-]){_NAME_WORD},\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}\s*$")
PLACE_REACH = 60        # characters read before a comma for its place


def _place_comma(text: str, comma: re.Match[str]) -> bool:
    """Whether the stop ``comma`` is one of the two commas around a place's region ("Benning,
    Ohio,"): a name and its region are one noun, no clause break, so "made an emergency landing
    near Benning, Ohio, at about 2:20 p.m." tells the landing's time."""
    if comma.group() != ",":
        return False
    before = text[max(0, comma.start() - PLACE_REACH):comma.start()]
    return bool((_PLACE_BEFORE.search(before) and _REGION_AFTER.match(text, comma.end()))
                or _REGION_BEFORE.search(before))


def clause_start(text: str, lo: int, hi: int) -> int:
    """Where the clause that ends at ``hi`` starts (at ``lo`` at the earliest): after the
    last stop (not a comma around a place's region, :func:`_place_comma`), at most
    ``WINDOW_WORDS`` words back."""
    last = next((m for m in reversed(list(_STOP.finditer(text, lo, hi))) if not _place_comma(text, m)), None)
    start = last.end() if last else lo
    words = list(re.finditer(r"\S+", text[start:hi]))
    if len(words) > WINDOW_WORDS:
        start += words[-WINDOW_WORDS].start()
    return start


def clause_end(text: str, lo: int, hi: int) -> int:
    """Where the clause that starts at ``lo`` ends (``hi`` at the latest)."""
    stop = _STOP.search(text, lo, hi)
    end = stop.start() if stop else hi
    words = list(re.finditer(r"\S+", text[lo:end]))
    if len(words) > WINDOW_WORDS:
        end = lo + words[WINDOW_WORDS - 1].end()
    return end


def clause_event(text: str, start: int, end: int, sentence: tuple[int, int]) -> tuple[str | None, int]:
    """The event the clause around ``text[start:end]`` (a time) tells, and where the
    words naming it start; None when there is none or the clause abstains (module doc).
    The event is the nearest event word before the time in its clause; only when the
    time opens its clause ("At 11:20 a.m., the plane landed"), the first after it
    (across one comma), or when it is an attribute of the noun right after it ("the
    7:40 a.m. crash"), that noun. A verb of reporting before the time in its clause ("was
    reported at"), or between an opening time and its event ("At 6:05 p.m., deputies responded to
    a report of an attack"), makes it the news's time, not the event's: None."""
    s0, s1 = near(sentence, start, end)
    lo = clause_start(text, s0, start)
    head = text[lo:start]
    opens = not head.strip() or head.strip().lower() in ("at", "by", "on", "around", "about")
    hi_lo = end
    comma = _OPENING_COMMA.match(text[end:s1]) if opens else None
    if comma:
        hi_lo = end + comma.end()
    hi = clause_end(text, hi_lo, s1)
    said = text[s0:s1]
    before = events_in(head, said)
    # the words that abstain are read back to the last punctuation, or for an event told in a clause of
    # its own, to that clause's "after", "when" ("the damage could run to £4 million after an explosion
    # tore through the street shortly before 8am": the modal is the damage's)
    own = bool(before) and _SUBORDINATE.search(text, max(s0, lo - 12), lo) is not None
    whole = text[lo if own else clause_start_at_stop(text, s0, start):hi]
    if ABSTAIN.search(whole) or _REPORTED.search(head):
        return None, lo
    if before:
        nearest = before[-1]
        return nearest[2], lo + nearest[0]
    told = _relative_event(text, s0, lo, head)
    if told is not None:
        return told
    after = events_in(text[hi_lo:hi], said) if opens or _ATTRIBUTE.search(head) else []
    if after and (opens or not text[hi_lo:hi_lo + after[0][0]].strip()):
        if _REPORTED.search(text, hi_lo, hi_lo + after[0][0]):
            return None, lo     # ("At 6:05 p.m., deputies responded to a report of a child being attacked")
        return after[0][2], hi_lo + after[0][0]
    return _told_elsewhere(text, (s0, s1), lo, head, start, end)


def _told_elsewhere(text: str, sentence: tuple[int, int], lo: int, head: str, start: int,
                    end: int) -> tuple[str | None, int]:
    """The event of a time whose clause names none, told around it (:mod:`reader.analysis.told_events`):
    a road's closure, a when-clause after the time, the sentence's subject before an apposition."""
    s0, s1 = sentence
    closure = closure_event(text, s0, start)
    if closure is not None:
        return closure, lo
    said = text[s0:s1]
    told = when_event(text, start, end, s1, lambda part: events_in(part, said)) or apposed_subject_event(
        text, s0, lo, head, lambda part: events_in(part, said))
    return told if told is not None else (None, lo)


# an event noun a relative clause tells the start of: "the blaze, which began on the fourth floor
# shortly after 3 a.m.", "the crash, which happened at about 7:40 a.m."
_RELATIVE = re.compile(r"\b(?P<noun>fire|blaze|crash|derailment|collision|collapse|explosion|blast|earthquake|quake"
                       r"|eruption|landslide|accident)(?P<place>\s+(?:at|in|on|near|inside|aboard)\s+(?:[\w'’-]+\s+){0,4}?"
                       r"[\w'’-]+)?\s*,?\s*which$", re.IGNORECASE)
_HAPPENED = re.compile(r"\s*(?:began|started|broke\s+out|happened|occurred|took\s+place|struck|erupted)\b",
                       re.IGNORECASE)
# after a place between the noun and "which" ("the blaze at the Hotel Castellan, which broke out"), only the
# verbs a place cannot take: a hotel or a festival "began" too
_BROKE_OUT = re.compile(r"\s*(?:broke\s+out|happened|occurred|took\s+place|struck|erupted)\b", re.IGNORECASE)
_NOUN_EVENTS = {"fire": "fire", "blaze": "fire", "crash": "crash", "derailment": "crash", "collision": "crash",
                "collapse": "collapse", "explosion": "failure", "blast": "failure", "earthquake": "quake",
                "quake": "quake", "eruption": "eruption", "landslide": "landslide", "accident": "incident"}


def _relative_event(text: str, s0: int, lo: int, head: str) -> tuple[str, int] | None:
    """The event of a time in a relative clause that tells when the event noun before it
    began or happened ("the blaze, which began … shortly after 3 a.m."; after a place, "the
    blaze at the Hotel Marlow, which broke out …", only a verb a place cannot take), and where
    that noun starts; None for any other clause ("the crash, which closed the road at 9 a.m.")."""
    noun = _RELATIVE.search(text, max(s0, lo - 90), lo)
    if noun is None or not (_BROKE_OUT if noun["place"] else _HAPPENED).match(head):
        return None
    if _GOVERNED.search(text, max(s0, noun.start() - 60), noun.start()):
        return None
    return _NOUN_EVENTS[noun["noun"].lower()], noun.start()


def clause_start_at_stop(text: str, lo: int, hi: int) -> int:
    """The clause start for the abstain words: back to the last punctuation only (a
    conjunction does not free "was due to" from the time after it)."""
    cut = list(re.finditer(r"[;:()\[\]—–\"“”]|\s-\s", text[lo:hi]))
    return lo + cut[-1].end() if cut else lo


def anchor_event(text: str, start: int, end: int, sentence: str | None = None) -> str | None:
    """The event an anchor phrase names ("takeoff", "the plane took off", "the crash"):
    the first event word in ``text[start:end]``, up to the clause's end (``sentence``:
    the whole sentence, for what a landing needs, see :func:`events_in`)."""
    hi = clause_end(text, start, end)
    found = events_in(text[start:hi], sentence)
    return found[0][2] if found else None
