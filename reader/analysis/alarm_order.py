"""An incident told as beginning *after* the alarm another article times: "crews were
dispatched at 3:10 a.m." against "the blaze started shortly after 4 a.m."; "deputies were
called at 11:20 p.m." against "the levee failed around midnight".

The time of a call for help, a dispatch or a response and the time of the incident are two
quantities (:mod:`reader.analysis.incident_clocks` keys them apart), so their values are
never compared as one: the fire that began at 2:45 a.m. and the crews dispatched at 3:10 a.m.
agree. But they are ordered: help is called for, sent or on its way only once the incident
has begun. When one article tells its incident's *beginning* (its clause says it started,
began, broke out, erupted …, or names "the first" of its events by an event word, "the first
blast came around 4:30 p.m.": a time of the incident told with another verb may be a later
step, "the wall bulged at 5:30 p.m." after firefighters were called to a fire at 3:52; or it tells
the moment people were harmed, as a when-clause of the harm: "nine were hurt when a car broke away
around 9 p.m." is the incident itself, whatever its verb) wholly
after another article's alarm time (by at most ``MAX_GAP`` minutes: further on, it is more
likely an incident of its own), the two articles disagree on when it began, whatever verb
their clauses use otherwise.

Such an alarm time is added to the story's figures under the incident's key (then its
comparison with the late incident time is a conflict, as two times of one event would be)
only when

- its article gives no incident time itself (there the incident's own times are compared),
- and no incident time of the story lies wholly *before* it (a story that has the incident
  both before and after the alarm is told in two ways already, and adding the alarm would
  pair it with the early times, which agree with it).

An alarm time is each article's first clock time whose clause
(:func:`reader.analysis.incident_clocks.time_clause`) tells a call for help, a dispatch, a
response or an alarm that went off ("the alarms sounded around 1:30 a.m.": a fire alarm
sounds once the fire has begun), and no plan, repeat or negation.

Hand-written, not learned: the order "incident, then alarm" is a fact of how emergencies
unfold, and the words of a call or a dispatch are few and already listed for the alarm's key.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.article import AnalysedArticle, ArticleLike, sentences_of
from reader.analysis.clock_clauses import RESTORATION, when_clause
from reader.analysis.clock_times import UNIT, interval, readings
from reader.analysis.figure_uses import FigureUse, sentence_text
from reader.analysis.figure_uses import Key as FigKey
from reader.analysis.figures import Figure
from reader.analysis.incident_clocks import CALL, DETECTION, story_first, time_clause
from reader.analysis.place_adjuncts import without_places
from reader.analysis.time_events import ABSTAIN, CLOSURE, DEPARTURE, LANDING, clause_end, clause_start, events_in

DAY = 1440
MAX_GAP = 180       # minutes an incident may be told after an alarm and still be taken for the same one
_ALARM = re.compile(r"\b(?:call(?:ed|s)?|alerted|notified|summoned|dispatched|responded|paged|mayday|distress|911|999"
                    r"|raised\s+the\s+alarm|(?:fire\s+|smoke\s+)?alarms?\s+(?:went\s+off|sounded|rang|blared|was\s+raised))\b",
                    re.IGNORECASE)
# an incident's beginning, in its clause ("a fire that started …", "the blaze, which broke out …")
_BEGAN = re.compile(r"\b(?:start(?:ed|s)|began|begun|begins|broke\s+out|erupted|ignited|sparked|set\s+off"
                    r"|(?:the\s+)?(?:start|beginning|onset)\s+of)\b", re.IGNORECASE)
# the moment people were harmed, told as a when-clause of the harm: "nine people were hurt when a car
# broke away around 9 p.m." (the incident itself, whatever its verb; not a later step of it)
_HARMED_WHEN = re.compile(r"\b(?:killed|died|dead|injured|hurt|wounded)\b[^,;:.]{0,60}?\bwhen\b([^,;:]*)$",
                          re.IGNORECASE)
# ... but not harm someone did ("two were killed when he opened fire", "when officers fired"): the
# call before it may be about the threat that came first (an armed man, a standoff), not the harm
_BY_SOMEONE = re.compile(r"\s*(?:he|she|they|we|I|someone|police|officers?|deputies|troopers|agents|soldiers"
                         r"|(?:a|an|the|one)\s+(?:\w+\s+)?(?:man|woman|gunman|gunmen|shooter|suspect|attacker"
                         r"|assailant|driver|officer|deputy|teenager|boy|girl))\b", re.IGNORECASE)
# "the first <event word>": the first of the incident's events ("the first blast", "their first shots")
_FIRST = re.compile(r"\b(?:the|its|their)\s+first\s+((?:[a-z]+\s+)?[a-z]+)", re.IGNORECASE)
_NOT_INCIDENT = {CALL, DETECTION, DEPARTURE, LANDING, CLOSURE, "release", "arrest", "halt"}


def alarm_times(text: str, sentences: Sequence[tuple[int, int]]) -> list[tuple[Figure, str]]:
    """The first clock time of ``text`` whose clause tells a call, a dispatch or a response
    (module doc), with its key's first part; none or one."""
    for f, key, sentence in readings(text, sentences):
        # ("At 2:10 a.m. on Monday, crews responded": the clause after the comma)
        head, after = time_clause(text, f, sentence, ("at", "around", "about"))
        # (a named place read as one word: "responded to an explosion at the Tarn Mills depot on
        # Route 9 at 4:12 p.m." is "responded to an explosion there at 4:12 p.m.")
        plain = without_places(text[sentence[0]:f.start])
        for clause in (head + " " + after, plain[clause_start(plain, 0, len(plain)):] + " " + after):
            if _ALARM.search(clause) and not ABSTAIN.search(clause):
                return [(f, key[0])]
    return []


def _incident(key: FigKey) -> bool:
    """Whether ``key`` is a clock time of an incident (not of an alarm, a trip or a closure)."""
    return key is not None and key[0].startswith(UNIT) and key[1] is not None \
        and key[1].partition(":")[0] not in _NOT_INCIDENT and not key[1].startswith(RESTORATION)


def _beginning(body: str, f: Figure, key: FigKey) -> bool:
    """Whether ``f`` (of ``body``) is a time of the incident's beginning (module doc)."""
    if not _incident(key):
        return False
    s0, s1 = f.sentence_start, f.sentence_end
    clause = body[clause_start(body, s0, f.start):f.start] + " " + body[f.end:clause_end(body, f.end, s1)]
    clause += " " + (when_clause(body, f.end, s1) or "")       # ("… at 9pm when smoke began pouring")
    if ABSTAIN.search(story_first(clause, ())):     # ("the first blast came …": no repeat)
        return False
    harmed = _HARMED_WHEN.search(body, s0, f.start)
    return bool(_BEGAN.search(clause)) or _first_event(clause) or (
        harmed is not None and not _BY_SOMEONE.match(harmed.group(1)))


def _first_event(clause: str) -> bool:
    """Whether ``clause`` names the first of the incident's events by an event word ("the first
    blast came around 4:30 p.m.", "the first shots rang out"): the incident's beginning."""
    return any(n not in _NOT_INCIDENT for m in _FIRST.finditer(clause) for *_, n in events_in(m.group(1)))


def _gap(early: Figure, late: Figure) -> float | None:
    """Minutes from the end of ``early``'s interval to the start of ``late``'s, on the day's
    circle, when ``late`` lies wholly after ``early`` by at most ``MAX_GAP``; else None.
    Two loose times whose spans meet at one minute that neither names lie apart too (as
    :func:`reader.analysis.clock_times.compatible` reads them): "raised the alarm shortly
    after 3 a.m." (to 3:30) and "broke out around 3:40 a.m." (from 3:30) meet only at the
    far edge of each one's slack."""
    e0, e1 = interval(early)
    l0, l1 = interval(late)
    for shift in (-DAY, 0, DAY):
        if 0 < l0 + shift - e1 <= MAX_GAP or (l0 + shift == e1 and _far_touch(early, late, (e0, e1), (l0, l1))):
            return l0 + shift - e1
    return None


def _far_touch(early: Figure, late: Figure, a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether ``early``'s span ``a`` ends where ``late``'s ``b`` begins at a minute that
    neither time names, both spans being loose (more than one minute)."""
    if a[0] == a[1] or b[0] == b[1]:
        return False
    return (a[1] - float(early.value)) % DAY != 0 and (b[0] - float(late.value)) % DAY != 0


def alarm_order(articles: Sequence[ArticleLike | AnalysedArticle], uses: list[FigureUse],
                keys: list[FigKey]) -> tuple[list[FigureUse], list[FigKey]]:
    """``uses`` and ``keys`` with the alarm times that precede another article's incident
    time added under that incident's key (module doc)."""
    bodies = {a.id: a.body for a in articles}
    incidents = [(u, k) for u, k in zip(uses, keys, strict=True)
                 if u.article in bodies and _beginning(bodies[u.article], u.figure, k)]
    if not incidents:
        return uses, keys
    told = {u.article for u, k in zip(uses, keys, strict=True) if _incident(k)}
    uses, keys = list(uses), list(keys)
    for a in articles:
        if a.id in told:
            continue
        sentences = sentences_of(a)
        for f, zone in alarm_times(a.body, sentences):
            same = [(u, k) for u, k in incidents if k is not None and k[0] == zone]
            late = {k for u, k in same if _gap(f, u.figure) is not None}
            early = any(_gap(u.figure, f) is not None for u, _ in same)
            if len(late) == 1 and not early:
                uses.append(FigureUse(a.id, f, sentence_text(a.body, f)))
                keys.append(next(iter(late)))
    return uses, keys
