"""What a figure counts, and which values of one quantity can both be true.

A figure's *quantity key* is what it counts and, for people and things that can be killed, hurt or
lost, the event it counts them in: "at least six people were killed" is ``("person", "died")``,
"injuring more than 100" (people, from the sentence) is ``("person", "hurt")``, "80 passengers" is
``("passenger", None)``, "about 30,000 feet" is ``("measure:foot", None)``. The key never depends on
the number, so "80 mph" and "80 passengers" are two quantities. ``quantity_key`` gives None when the
figure is not keyed well enough to compare on its own: money and percentages whose subject
:mod:`reader.analysis.amount_subjects` does not find (found, they are keyed by it: "a $2.5 million
fine" is ``("money:fine", None)``), durations and ages (years, days, minutes: too many different
things; but a prison sentence and an outage's length are keyed:
:mod:`reader.analysis.duration_subjects`), a figure with no counted noun, a whole in a partitive
("Thirteen of the train's 14 cars": the 14) or of "none of" ("none of the 99 passengers or five crew
members were hurt"), an increment ("another 20 patients"), people counted with no event (which
quantity of people is it?), and vague amounts (compared only where aligned text replaced them), all
left to the sentence-context rule of :mod:`reader.analysis.conflicts`.

Events come from the figure's own words ("confirmed deaths", "injured people") and from a few words
after it ("were taken to hospitals", "with serious injuries") or before it ("killing at least
three"), never across a comma, semicolon, bracket or another figure. Hurt, injured and wounded are
one event; taken to hospital is another (a part of the hurt: "63 hospitalised" and "more than 200
injured" both hold), and serious or critical injuries a third.

Vague amounts ("several people", "dozens") are :func:`reader.analysis.vague_amounts.vague_figures`
figures: ``qualifier`` the vague word, from ``value`` to ``high`` (None: open-ended).

Which values can both be true (:func:`compatible`), the rules decided here:

- the same number agrees whatever its qualifiers ("at least 3" and "3"); exact numbers that differ conflict;
- "at least N", "more than N", "over N" are a count rounded down: they also agree with the numbers
  up to the next step of N's last digit ("more than 70" agrees with 77, "more than 150" with 156, but
  "at least four" conflicts with six, "more than a dozen" with 10, "more than 1.27 million" with 1.28);
- "about", "around", "roughly", "an estimated" N allow 3% either side ("about 700" conflicts with 860),
  a whole number under 10 half a unit ("about 3%" agrees with 3.1%), a round number of tens under 100
  half a ten, a fifth of it at most ("about 90" agrees with 87, "roughly 10" not with 15), and a number
  rounded to the thousand, the million or the billion, or to the hundred under 1,000, half its step, a
  twentieth of it at most ("about 3,000" agrees with 3,140, "about 300" with 312, "roughly $8 million"
  with $8.4 million; not "about 1,200" with 1,250, nor 40,000 with 38,500);
- "above", "exceeding", "topping" N are a bound, N and up (thresholds and forecasts agree with each other);
  so is a price that "started at" or "starts from" N (a floor: "Fares started at $1,189 per person");
- "nearly", "almost", "close to" N run from 85% of N up to N; "fewer than", "up to" N from 0 to N;
- a range ("five or six") is its two ends; a vague amount is a generous range (several: 2 to 20,
  dozens: 20 to 200, several dozen: 24 to 240, a few dozen: 24 to 120, scores: 20 to 500,
  hundreds: 100 to 5,000, "a handful": 2 to 9, "a number of" and "multiple": 2 or more), so it
  conflicts only with a count clearly outside it.
"""

from __future__ import annotations

import math
import re

from reader.analysis import clock_times, degree_results, elapsed_times, tallies
from reader.analysis.aboard_counts import ABOARD, aboard
from reader.analysis.amount_subjects import amount_subject
from reader.analysis.attendance_people import crowd_attendance, public_speakers
from reader.analysis.basis_figures import is_basis
from reader.analysis.clause_durations import clause_duration
from reader.analysis.clause_priors import own_prior
from reader.analysis.currencies import MONEY_UNITS
from reader.analysis.duration_subjects import duration_subject
from reader.analysis.event_counts import RISE_TO, counted_by_event
from reader.analysis.event_places import over_verb, without_places
from reader.analysis.event_words import EVENT_PATTERNS, EVENTS, HARMED
from reader.analysis.figure_units import MEASURES, one_spelling
from reader.analysis.figures import Figure
from reader.analysis.measure_events import measure_event
from reader.analysis.measured_durations import measured_duration
from reader.analysis.money_keys import MONEY, demanded, money_event
from reader.analysis.near_bounds import nearly_slack
from reader.analysis.neighbour_counts import beside
from reader.analysis.noun_events import FELL_THINGS, WHOLE_SHARES, diverted, job_thing, noun_event, participants
from reader.analysis.number_steps import TIME_UNITS, rounding_step, written_digits
from reader.analysis.power_customers import power_customers
from reader.analysis.project_spans import ROLLOUT
from reader.analysis.report_subjects import reported_thing
from reader.analysis.same_things import SAME_THING
from reader.analysis.sentences import CLAUSE_BREAK, CLAUSE_MARKS
from reader.analysis.stated_maxima import maxima_apart
from reader.analysis.subject_durations import subject_duration
from reader.analysis.unit_prices import unit_price
from reader.analysis.vague_amounts import VAGUE, is_vague, vague_figures

__all__ = ["VAGUE", "compatible", "interval", "is_vague", "near", "quantity_key", "vague_figures"]

Interval = tuple[float, float, bool]     # low, high, whether high itself is excluded

_LOWER = {"at least", "more than", "over", "upwards of", "in excess of", "just over", "well over", "only"}
_ABOUT = {"about", "around", "approximately", "roughly", "some", "an estimated", "estimated", "exactly"}
_NEARLY = {"nearly", "almost", "close to", "just under"}
_UPPER = {"fewer than", "less than", "at most", "up to", "as many as", "under", "as few as", "as much as", "below",
          "no higher than"}
# a bound, not a count rounded down ("above 103 degrees", "exceed 95 degrees"): any two agree, and a reading above
_ABOVE = {"above", "exceed", "exceeds", "exceeded", "exceeding", "topped", "topping", "past",
          # (a price's floor: "Fares started at $1,189 per person" holds with "paid about $2,100 per person")
          *(f"{verb} {word}" for verb in ("start", "starts", "started", "starting") for word in ("at", "from")),
          "no lower than"}       # ("did not fall below 25C": figure_qualifiers)
ABOUT_SLACK = 0.03
TENS_SLACK = 0.2            # "about 10" is 8 to 12, not 5 to 15 (half a ten is half of it)
ROUND_SLACK = 0.05          # "about 3,000" rounded to the thousand: 2,850 to 3,150; "about 300" (not 1,200): 285 to 315
SMALL_ABOUT_SLACK = 0.5     # "about 3%" is a whole number rounded: 2.5 to 3.5 (3% either side would be 2.91 to 3.09)
_ROUNDED = _ABOUT - {"exactly"}
_EXACT = {None, "about", "around", "approximately", "roughly", "some"}

_HOSPITAL_STAFF = frozenset({"nurse", "doctor", "physician", "surgeon", "employee", "job", "staff", "medic"})
_TAKEN = re.compile(r"\b(?:taken|rushed|flown|airlifted|sent|admitted|treated|hospitali[sz]ed|transported)\b")
PERSON = {"person", "victim", "rider", "patient", "other", "individual", "resident", "casualty", "woman", "girl",
          "man", "boy", "child", "adult", "survivor", "passenger-and-crew"}
_DEATH_NOUNS = {"death", "fatality", "dead", "life"}
# nouns of an event that count the people it befell: "Police made 11 arrests" are 11 people arrested
_PERSON_EVENT_NOUNS = {"arrest", "injury", "hospitalization", "hospitalisation"}
_STOP_AFTER = re.compile(CLAUSE_MARKS + r"|\s(?:and|but|while|as|after|before|when)\s")
_STOP_BEFORE = CLAUSE_BREAK
_INCREMENT_BEFORE = re.compile(r"\b(?:another|an additional|additional|further|other|remaining)\s+$", re.IGNORECASE)
# a selection: "the first two contests", "the next four states" ("last" after a modal: a verb)
_SELECTION_BEFORE = re.compile(r"\b(?:first|(?<!to\s)(?<!will\s)(?<!would\s)(?<!could\s)(?<!may\s)(?<!might\s)"
                               r"(?:last|top)|next|past|final|previous|these|those)\s+$", re.IGNORECASE)
_INCREMENT_AFTER = re.compile(r"\s+(?:more|other|others|additional)\b", re.IGNORECASE)
# "the death toll rose to six after two people died at a hospital": the cause of a rise is its part, not the total
_ROSE_TO = re.compile(rf"\b{RISE_TO}\b", re.IGNORECASE)
_CAUSE_GAP = re.compile(r"\b(?:after|when|as|because|since)\b(?:\s+\S+){0,3}\s+$", re.IGNORECASE)
# the whole of a partitive, after its part: "seven of the nine counts", "7 of 9 counts", "of our 1,600 buses"
_WHOLE_BEFORE = re.compile(r"^\s+of\s+(?:(?:the|these|those|its|their|all|his|her|our)\s+)?(?:[A-Za-z]+['’]s\s+)?$")
# the people none of whom an event struck: "none of the 99 passengers or five crew members were hurt"
_NONE_OF = re.compile(r"\b(?:none|neither|nobody|no\s+one)\s+of\s+(?:the\s+|its\s+|their\s+)?"
                      r"(?:[\d,.]+\s+[a-z]+(?:\s+[a-z]+)?\s+(?:or|and|nor)\s+)?$", re.IGNORECASE)
AFTER_WORDS = 7
BEFORE_WORDS = 4


# "three times", "four times since January": how often some act was done, each act its own (a house moved,
# a letter written); never one keyed quantity, whatever its verb (round 38)
REPEATS = "time"
_OF_STAFF = re.compile(r"\s+of\s+(?:the\s+)?staff\b", re.IGNORECASE)


def quantity_key(text: str, f: Figure, before: int) -> tuple[str, str | None] | None:
    """(what the figure counts, the event) or None (module doc). ``before`` is where the
    words that may belong to this figure start: the end of the figure before it in the
    sentence, or the sentence start."""
    thing = (public_speakers(text, f) or power_customers(text, f, reported_thing(text, f, _thing(f)))
             or _bare_people(text, f, before)
             or unit_price(text, f) or amount_subject(text, f.unit, f.start, f.end, _past_change(text, f, before))
             or demanded(text, f.unit, f.start, before)
             or duration_subject(text, f.unit, f.start, f.end, before) or crowd_attendance(text, f, before)
             or measured_duration(text, f.unit, f.start, f.end, max(before, f.sentence_start))
             or clause_duration(text, f.unit, f.start, f.end, f.sentence_start)
             or subject_duration(text, f.unit, f.start, f.end, f.sentence_start))
    if thing == "member" and _OF_STAFF.match(text, f.end):
        thing = "employee"          # ("Three members of staff have also tested positive")
    if thing is None or is_vague(f) or is_basis(text, f) or beside(f) or thing == REPEATS:
        return None                 # (nor an example bill's usage, nor things nearby: basis_figures, neighbour_counts)
    gap = text[before:f.start]
    if _WHOLE_BEFORE.match(gap) or _NONE_OF.search(text, max(f.sentence_start, f.start - 80), f.start) or (
            _INCREMENT_BEFORE.search(gap) and not (
            _ANOTHER_BEFORE.search(gap) and _others_of_another_event(text, f, before, another=True))):
        return None
    if _INCREMENT_AFTER.match(text, f.number_end) and not _others_of_another_event(text, f, before):
        return None
    if _CAUSE_GAP.search(gap) and _ROSE_TO.search(text, f.sentence_start, before) and thing not in FELL_THINGS:
        return None         # (the toll "rose to five after two more died"; not "after seven vehicles plunged")
    if _SELECTION_BEFORE.search(text, max(before, f.start - 24), f.start) and thing != ROLLOUT:
        return None     # (but a plan's span: "carried out over the next 18 months", project_spans)
    event = None if thing.startswith("duration:") else _event(text, f, before)   # (a length: what lasted)
    if event == "hospital" and thing in _HOSPITAL_STAFF and not _TAKEN.search(text, f.end, f.sentence_end):
        event = None        # ("850 registered nurses at Ashgrove General": where they work, not where they were taken)
    if event == ABOARD and thing != "person":
        event = None        # (passengers and crew are counted by their noun, aboard or not)
    if diverted(text, thing, f.start, f.end, max(before, f.sentence_start)):
        event = "diverted"      # "diverted 38 ambulances to other hospitals"
    if event == "died" and _OF_THE_HURT_AFTER.match(text, f.number_end):
        return None         # "two of the injured died": deaths added to a toll, not the toll
    if thing == "dead":
        thing, event = "person", "died"
    if thing in WHOLE_SHARES:       # (a magnitude counts no dead: "the death toll from a magnitude 7.0 quake")
        if _SHOCKS_NEAR.search(text, max(f.sentence_start, f.start - 100), min(f.sentence_end, f.end + 30)):
            return thing, "aftershock"     # an aftershock's magnitude, not the quake's
        event = "whole"
    if event is None or event == "destroyed" or thing in FELL_THINGS:       # (jobs "lost" are cut, not destroyed)
        own = f.counts or f.unit or ""
        event = over_verb(noun_event(text, thing, f.start, f.end, own, max(before, f.sentence_start)), event)
        thing = job_thing(thing, event, own)
    if event is None and thing.startswith("measure:"):
        event = measure_event(text, f, thing, max(before, f.sentence_start))   # "crested at 29 feet"
    if thing == "person" and event is None:
        window, floor = max(before, f.start - 40), max(before, f.sentence_start)
        if _EMPLOYS_BEFORE.search(text, window, f.start):
            thing = "employee"
        elif _STUDIED_BEFORE.search(text, window, f.start) or participants(text, f.start, floor):
            thing = "participant"
        else:
            return None
    if thing.startswith(MONEY):
        return money_event(text, f.start, before, thing, event)     # a sum: by what it is of
    return thing, event


# "Operating profit increased 18% to €512 million": the sum the change reached
_CHANGE_TO_BEFORE = re.compile(r"(?:%|\bper\s*cent|\bpercent)(?:\s+(?:higher|lower|up|down))?\s+(?:to|at)\s+$",
                               re.IGNORECASE)


def _past_change(text: str, f: Figure, before: int) -> int:
    """Where the words a sum's subject is read in start: ``before``, or, for the sum a
    percentage change reached ("revenue rose 6.5% to €4.2 billion"), the sentence's start,
    so the subject before the change is the sum's too."""
    if _CHANGE_TO_BEFORE.search(text, max(before - 20, f.sentence_start), f.start):
        return f.sentence_start
    return before


# "two of the injured died", "three of those hospitalized": a part of the hurt
_OF_THE_HURT_AFTER = re.compile(r"\s+of\s+(?:the|them|those|these)\s+(?:\w+\s+)?(?:injured|wounded|hurt|"
                                r"hospitali[sz]ed|critically)\b", re.IGNORECASE)
# "a study of 1,240 children", "a trial involving 900 patients": the people a study enrolled
_STUDIED_BEFORE = re.compile(r"\b(?:study|trial|survey|poll|studies|trials)\s+(?:of|involving|including|with|"
                             r"that\s+enrolled|enrolling)\s+$", re.IGNORECASE)
# "employs about 7,400 people", "a workforce of 3,000 people": people counted as staff
_EMPLOYS_BEFORE = re.compile(r"\b(?:employs|employed|employing|employ|(?:work)?force\s+of|staff\s+of)\s+$",
                             re.IGNORECASE)


_SHOCKS_NEAR = re.compile(r"\b(?:after|fore)shocks?\b", re.IGNORECASE)
_OTHERS_AFTER = re.compile(r"\s+(?:others?|more)\b", re.IGNORECASE)
_ANOTHER_BEFORE = re.compile(r"\banother\s+$", re.IGNORECASE)


def _others_of_another_event(text: str, f: Figure, before: int, another: bool = False) -> bool:
    """"killing three people and injuring at least 24 others" ("three dead and 24 more
    hurt", or "… killed three workers. Ten other people were injured" in the next
    sentence; with ``another``, "… rose to 14. Another 27 people were injured"): the
    others are all the hurt, a count of its own; but "four others died" or "another
    two people died" after a toll adds to it."""
    if not another and not _OTHERS_AFTER.match(text, f.number_end):
        return False
    event = _event(text, f, before)
    if before <= f.sentence_start:
        # "… killed three workers. Ten other people were injured": the sentence before
        earlier = _nearest_event(text[max(0, f.sentence_start - PREVIOUS_CHARS):f.sentence_start])
    else:
        earlier = _nearest_event(text[f.sentence_start:before] + _OWN_PART.split(text[before:f.start], 1)[0])
    return event is not None and earlier is not None and event != earlier


PREVIOUS_CHARS = 300      # how far back "N other people were injured" looks for the event it is other than


# where the words after the figure before end and this figure's own words begin
_OWN_PART = re.compile(r"\s(?:and|but|while|with)\s|[,;:]", re.IGNORECASE)


def _nearest_event(words: str) -> str | None:
    """The event named last in ``words``."""
    found = [(m.start(), name) for name, pattern in EVENTS for m in pattern.finditer(words)]
    return max(found)[1] if found else None


def counted_thing(f: Figure) -> str | None:
    """What ``f`` counts by its unit alone ("worker" → "employee"), None for money and times."""
    return _thing(f)


def _thing(f: Figure) -> str | None:
    if f.unit is None or f.unit in (*MONEY_UNITS, "percent") or f.unit in TIME_UNITS:
        return None
    if f.unit.endswith(" day"):     # ("nine school days": a length of its own, keyed by nothing)
        return None
    if f.unit in MEASURES:
        return "measure:" + one_spelling(f.unit)
    if f.unit in _DEATH_NOUNS:
        return "dead"
    if f.unit in PERSON or f.unit in _PERSON_EVENT_NOUNS:
        return "person"
    if "crew" in (f.counts or "").lower():
        return "crew"
    if f.unit == "worker" and "rescue" in (f.counts or "").lower():
        return "rescuer"        # ("48 rescue workers": round 38; volunteers stay volunteers)
    return "attendance" if f.unit.endswith("goer") else SAME_THING.get(f.unit, one_spelling(f.unit))


def _bare_people(text: str, f: Figure, before: int) -> str | None:
    """What a figure with no unit and no counted noun counts by its event: "dead" for a
    death toll, "person" for people killed or hurt, else None. A toll's cue is read past
    another figure ("the death toll from a magnitude 7.0 earthquake rose to 23")."""
    if f.unit is not None or f.counts or f.number_end != f.end:
        return None
    found = counted_by_event(text, f.start, f.end, max(before, f.sentence_start))
    if found is None and before > f.sentence_start:
        found = counted_by_event(text, f.start, f.end, f.sentence_start)
        return found if found == "dead" else None
    return found


def _without_articles(words: list[str]) -> list[str]:
    return [w for w in words if w.lower() not in ("a", "an", "the")]


# the people an event forced out, the verb before them: "forced about 500 residents out of their homes"
_DROVE_BEFORE = re.compile(r"\b(?:forc|driv|drove|chas|push)\w*\s*$", re.IGNORECASE)
_FROM_HOMES = re.compile(r"(?:from|out\s+of)\s+(?:their|his|her)\s+(?:homes?|houses?|apartments?)\b", re.IGNORECASE)


def _event(text: str, f: Figure, before: int) -> str | None:
    own = text[f.start:f.end]
    after = text[f.end:min(f.sentence_end, f.end + 80)]
    stop = _STOP_AFTER.search(after)
    words = _without_articles(without_places(after[:stop.start() if stop else len(after)]).split())
    after = degree_results.event_words(words, EVENT_PATTERNS.values(), AFTER_WORDS)   # (not: "within a radius were")
    prior = text[max(before, f.sentence_start, f.start - 60):f.start]
    cut = list(_STOP_BEFORE.finditer(prior))
    prior = own_prior(" ".join(without_places(prior[cut[-1].end() if cut else 0:]).split()[-BEFORE_WORDS:]), after)
    if _DROVE_BEFORE.search(prior) and _FROM_HOMES.match(after):
        return "evacuated"      # "the flood drove 3,000 people from their homes"
    for window in (own, after, prior):
        for name, pattern in EVENTS:
            if pattern.search(window):
                if name == "hurt-serious" and not HARMED.search(window):
                    continue
                return name
    return aboard(own, after, prior)


def interval(f: Figure) -> Interval:
    """The values a figure allows, as its qualifier reads (module doc)."""
    v = float(f.value)
    q = f.qualifier
    if is_vague(f):
        return v, math.inf if f.high is None else float(f.high), False
    if f.high is not None:
        return v, float(f.high), False
    if q in _ABOVE:
        return v, math.inf, True
    if q in _LOWER:
        return v, v + rounding_step(f), True
    if q in _ABOUT:     # (rounded half up, "about 1,200" is 1,150 up to 1,250, not 1,250 itself)
        step = rounding_step(f)
        slack = max(v * ABOUT_SLACK, SMALL_ABOUT_SLACK if v < 10 and v == int(v) else 0.0,
                    min(step / 2, v * TENS_SLACK) if 10 <= v < 100 and v % 10 == 0 else 0.0,
                    # (and to the million or the billion: "roughly $8 million" for $8.4 million, round 36)
                    min(step / 2, v * ROUND_SLACK) if step == 1000 or step >= 1e6 or (step == 100 and v < 1000)
                    else 0.0,
                    step / 2 if 100 <= step <= 2 * v * ROUND_SLACK else 0.0)
        return v - slack, v + slack, slack == step / 2 and v >= 100
    if q in _NEARLY:
        return v * (1 - nearly_slack(f)), v, False
    if q in _UPPER:
        return 0.0, v, False
    return v, v, False


MAX_RATIO = 2.5          # figures of one key further apart than this are not one quantity restated ...
SMALL_GAP = 5            # ... unless they differ by at most this much


def near(f: Figure, g: Figure, ratio: float = MAX_RATIO) -> bool:
    """Values close enough to be one quantity restated: at most ``ratio`` apart, or
    by at most ``SMALL_GAP`` (two vehicles and five; not 0.2 points and 5)."""
    lo, hi = sorted((abs(float(f.value)), abs(float(g.value))))
    return (hi - lo <= SMALL_GAP and lo >= 1) or (lo > 0 and hi / lo <= ratio)


def compatible(f: Figure, g: Figure) -> bool:
    """Whether two figures of one quantity can both be true (module doc; elapsed and clock times and
    tallies by the rules of :mod:`reader.analysis.elapsed_times`, :mod:`reader.analysis.clock_times`
    and :mod:`reader.analysis.tallies`)."""
    if f.unit == g.unit == tallies.UNIT and tallies.reversed_pair(f, g):
        return True
    if f.unit == g.unit == elapsed_times.UNIT:
        return elapsed_times.compatible(f, g)
    if f.unit == g.unit == clock_times.UNIT:
        return clock_times.compatible(f, g)
    if f.value == g.value and f.high == g.high:
        return True
    if _rounded_alike(f, g) or maxima_apart(f, g, rounding_step, near):
        return False
    if rounding_of(f, g) or rounding_of(g, f):
        return True
    if _hedged_apart(f, g):
        return False
    a_low, a_high, a_open = _measured(f, g) or interval(f)
    b_low, b_high, b_open = _measured(g, f) or interval(g)
    below = b_high < a_low or (b_open and b_high == a_low)
    above = a_high < b_low or (a_open and a_high == b_low)
    return not (below or above)


def _measured(f: Figure, other: Figure) -> Interval | None:
    """A measure told as a plain whole number ("Eight inches of rain", "crested at 29 feet")
    against a count rounded down ("more than 7 inches"): a measurement rounded to
    the whole unit, half a unit either side, so "more than 7" and "8" both hold (7.6 inches);
    None for anything else (two plain numbers, "29 feet" and "31.4 feet", stay apart as written)."""
    if f.qualifier is not None or not _single(f) or other.qualifier not in _LOWER:
        return None
    if f.unit not in MEASURES or f.unit in TIME_UNITS or f.unit == "percent" or f.value != int(f.value):
        return None
    digits = written_digits(f)
    if digits is not None and "." in digits:
        return None
    return float(f.value) - 0.5, float(f.value) + 0.5, False


def _hedged_apart(f: Figure, g: Figure) -> bool:
    """An approximation against a count told short of ("about 58,000" and "nearly 70,000"):
    each hedge widens its number, and their two ranges touch (59,500 to 59,740) though
    neither writer's number is within the other's: they agree only when one of the two
    numbers is ("about 1,900" and "nearly 2,000")."""
    if not (_single(f) and _single(g)):
        return False
    hedges = (f.qualifier, g.qualifier)
    if not (hedges[0] in _ROUNDED and hedges[1] in _NEARLY) and not (hedges[0] in _NEARLY and hedges[1] in _ROUNDED):
        return False
    return not any(_within(float(a.value), interval(b)) for a, b in ((f, g), (g, f)))


def _within(value: float, span: Interval) -> bool:
    low, high, open_high = span
    return low <= value and (value < high if open_high else value <= high)


def _single(f: Figure) -> bool:
    return f.high is None and not is_vague(f)


def _written_rounded(f: Figure) -> bool:
    """Whether ``f`` is written as a rounding: with a decimal point ("3.4"), or as a whole
    number of millions or more of two digits or more, the last not 0 ("$312 billion"; not
    "$300 billion", which may be the writer's own round sum, nor "$3 million", whose
    rounding would allow a sixth either side)."""
    digits = written_digits(f)
    if digits is None:
        return False
    if "." in digits:
        return True
    return int(digits) >= 10 and abs(float(f.value)) / int(digits) >= 1e6 and not digits.endswith("0")


def _rounded_alike(f: Figure, g: Figure) -> bool:
    """Two approximations rounded to the same place that name different numbers ("about
    7,400" against "roughly 7,100"): each writer rounded the quantity, and they rounded it
    to different values, however close the two stand."""
    return (_single(f) and _single(g) and f.qualifier in _ROUNDED and g.qualifier in _ROUNDED
            and rounding_step(f) == rounding_step(g) and f.value != g.value)


def rounding_of(fine: Figure, coarse: Figure) -> bool:
    """``coarse`` prints ``fine`` rounded to fewer decimals ("$3.4 billion" for "$3.42
    billion", "$312 billion" for "$312.4 billion"): only a number written with a decimal
    point or a scale word is read as a rounding (:func:`_written_rounded`), because "80
    passengers" may well mean 80 and not 77."""
    if not (_single(fine) and _single(coarse)) or fine.qualifier not in _EXACT or coarse.qualifier not in _EXACT:
        return False
    if not _written_rounded(coarse):
        return False
    step = rounding_step(coarse)
    return rounding_step(fine) < step and abs(float(fine.value) - float(coarse.value)) <= step / 2 + 1e-9
