"""The day one event happened, told differently by two sources: "The first case was confirmed
Feb. 17" against "The health department confirmed the outbreak's first case on Feb. 20";
"Groundbreaking is planned for Sept. 14" against "Groundbreaking is set for Oct. 5".

A date is no figure (:mod:`reader.analysis.figures`), and no closed list of events names what
a story dates: a first case, an inspection, a groundbreaking, a breach. So this module reads a
day's event by the words of its clause, and pairs two articles' days only when those words
say they tell one event:

- a *dated clause* is the clause of a day of a month ("Feb. 17", "February 17, 2026"; a
  weekday or a month alone names no day; its year is not compared) in a sentence with no other
  day (a sentence of two is a schedule: "Nevada holds caucuses on Feb. 20, and then South
  Carolina …"; reading each day alone in its clause let such schedules meet other articles'
  sentences; but two clauses telling a series' first and last day are two ends, each read:
  "The first illness began on March 21, and the most recent onset date so far is April 9"),
  cut at ";", ":", a dash, ", and" and the subordinators that start another event
  ("when", "after", "before", "while", "because"), and after "said" before its reported clause
  ("Lindqvist said the building is expected to reopen …": the speaker's name is no name of the event),
  and after the day at its next comma (", Kessler said", ", according to the team"); not one that
  tells a change, a repeat or a habit ("postponed", "moved", "again", "another", "originally",
  "usually", "a law that allows communities … to open polls at midnight"), nor a day
  that is a bound ("until", "through", "by", "before", "after", "between", "since", "as of",
  "starting on", "effective", a range: the first of a schedule's steps is no event's day; but a
  plan's target, "hopes to reopen Corvina Avenue by Aug. 28", is its day, and a series' first day
  told after its verb, "notices will go out beginning July 1", is its first, and a closure's end,
  "will stay closed until March 11", is the day the place reopens),
  a dispatch's ("Aug 26 (Reuters) -"), a page's ("Updated March 23") or a statement's ("said at
  4:30 p.m. that …");
- its *words* are the stems (first ``STEM`` letters) of its words in lower case of four
  letters or more, no stop word, no word of time nor of attribution, and marks of its frame:
  a plan ("planned", "scheduled", "set for", "will", "next", "take effect": :data:`PLAN`; or a plan
  guessed from an aim, "aiming to", a day something is called for, "a strike vote for Friday, May 22",
  or a schedule's, "The last day for orders is June 28": a frame, but no word the two clauses share,
  since one shared word and a guessed plan let two meetings meet), a first
  ("first", "initial") and a last ("last", "latest", "most recent", "previous");
- two dated clauses of two articles tell one event when they share ``MIN_SHARED`` words,
  each is the other's best match in its article by a margin (a tie abstains: an article that
  dates two events with the same words is not read), their frames agree (a plan against a
  past, a first against a last: two events; but a find is a first, and a dated inspection the last
  before the event: "discovered the breach" and "first detected the intrusion" are one), when both
  name someone (capitalised words but a time's name and a title, and the first only if the article
  never writes it in lower case), they
  share a name, and the weekdays and the years they name agree ("the House voted on Feb. 5" and "the
  Senate voted on Feb. 12" are two votes; "spent $2.4 million on a refurbishment in 2019" and "a $3
  million refurbishment in 2023" are two refurbishments).

Matched days with two values are a conflict, unless either article also gives the other's value in
another clause told with words of it; matched days that agree support one value.
Articles with the same dated clauses (copies of one wire story) are read once, so a family of
hundreds of copies costs what one copy does. Hand-written: no library reads the event a date
tells; the rules are a handful of word lists over :func:`reader.analysis.dates.find_dates`.
"""

from __future__ import annotations

import datetime
import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Container, Iterator, Sequence
from dataclasses import dataclass

from reader.analysis.article import AnalysedArticle, ArticleLike, sentences_of
from reader.analysis.clock_times import UNIT as CLOCK
from reader.analysis.dates import MONTHS, WEEKDAYS, DateMention, find_dates
from reader.analysis.figure_uses import FigureUse
from reader.analysis.figures import Figure
from reader.analysis.gazetteer import TITLES
from reader.analysis.mutual_match import mutual_matches
from reader.text.tokens import STOPWORDS

UNIT = "date of event"
STEM = 5                 # letters a word is compared by ("confirmed", "confirms")
MIN_SHARED = 2           # words two dated clauses share, at least, to tell one event
REACH = 200             # characters of a sentence read on each side of its day (a hostile sentence is long)
MOST_DAYS = 100         # dated clauses an article has at most to be read (more: a list or a table of days)
MOST_SHARING = 200      # articles a pair of words may be shared by and still point to one event
MARGIN = 1               # words the best match shares beyond the next best
PLAN, FIRST, LAST = "~plan", "~first", "~last"
GUESSED_PLAN = "~plan?"   # a plan read from an aim or a schedule's shape, no word of a plan: one frame, no evidence
_GUESSED = frozenset({PLAN, GUESSED_PLAN})
_DAY_RE = re.compile(r"^(?:(?P<year>\d{4})|-)-(?P<month>\d\d)-(?P<day>\d\d)$")
_CUT_RE = re.compile(r"[;:]|\s[—–]\s|\s--\s|,\s+and\b|\b(?:when|after|before|while|because|although|whereas|but)\b"
                     r"|\b(?:said|says)\b(?=\s+(?:the|a|an|that|it|its|their|his|her)\b)",
                     re.IGNORECASE)
# a day that bounds a span or a state, not the day something happened
_BOUND_RE = re.compile(r"\b(?:until|till|through|thru|by|before|after|between|from|since|as\s+of|ending|ends|to|and|or|"
                       r"starting(?:\s+on)?|beginning(?:\s+on)?|effective|"
                       r"than|no\s+later|deadline\s+of)\s+(?:(?:" + "|".join(WEEKDAYS) + r"),?\s+)?$", re.IGNORECASE)
# a plan's target day, told by "by" after the planned verb ("the city hopes to reopen Corvina Avenue by
# Aug. 28"): the day the plan names, not a bound of a state
_TARGET_BY_RE = re.compile(r"\b(?:hopes?|hoped|hoping|plans?|planned|planning|expects?|expected|aims?|aiming|intends?|"
                           r"intended)\s+to\s+[a-z]+(?:\s+[\w'’.-]+){0,4}?\s+by\s+(?:(?:" + "|".join(WEEKDAYS)
                           + r"),?\s+)?$", re.IGNORECASE)
# the first day of a series told after its verb ("Layoff notices will go out beginning July 1"): its start,
# not a bound (a clause's opening "Beginning July 1, …" stays one)
_STARTS_ON_RE = re.compile(r"(?-i:\b[a-z]+)\s+(?:beginning|starting)(?:\s+on)?\s+(?:(?:" + "|".join(WEEKDAYS)
                           + r"),?\s+)?$", re.IGNORECASE)
# a plan told by an aim ("The ministry is aiming to reopen the road by June 26"), and a day a plan is made for or a
# schedule's ("The union has called a strike vote for Friday, May 22", "The last day for orders … is June 28")
_AIM_RE = re.compile(r"\b(?:aim(?:s|ing)?|intends?|intending)\s+to\b", re.IGNORECASE)
_SCHEDULED_FOR_RE = re.compile(r"(?<![.,;:])\s(?:for|is|are)\s+(?:(?:" + "|".join(WEEKDAYS) + r"),?\s+)?$")
# a closure's end, the day a place reopens: "will stay closed until March 11" is "will reopen March 11"
_CLOSED_UNTIL_RE = re.compile(r"\b(?:closed|shut|shuttered)\s+(?:\w+\s+)?until\s+(?:(?:" + "|".join(WEEKDAYS)
                              + r"),?\s+)?$", re.IGNORECASE)
REOPEN = "reope"     # the stem of "reopen" (STEM letters), the event a closure's end tells
# the stems of verbs news uses for one event, read as one word: a find ("discovered the crack", "found a crack",
# "detected the activity", "spotted"), a start ("began", "started"), a departure ("left", "sailed from",
# "departed"), a closure ("closed", "shut"), an inspection ("inspected", "checked", "examined"), an alarm's
# ("sounded", "was triggered", "rang"), a stop ("halted", "stopped", "suspended"), a birth ("was born", "the
# calf's birth"); and a ship told as a vessel
_SAME_EVENT = {stem: family for family, stems in (
    ("found", ("disco", "found", "detec", "spott", "notic", "uncov")),
    ("begin", ("began", "begin", "begun", "start")),
    ("depar", ("depar", "left", "saile", "saili")),
    ("close", ("close", "closi", "shut", "shutt")),
    ("inspe", ("inspe", "check", "exami")),
    ("sound", ("sound", "trigg", "rang", "ringi", "rung")),
    ("halte", ("halt", "halte", "halti", "halts", "stop", "stops", "stopp", "suspe")), ("born", ("born", "birth")),
    ("ship", ("ship", "ships", "vesse"))) for stem in stems}
# a dispatch's day ("Aug 26 (Reuters) -", "LONDON, March 23 —") or a page's ("Updated March 23"), no event's
_DATELINE_RE = re.compile(r"^\s*(?:\([^()\n]{1,40}\)\s*)?[-—–]")
# a statement's day or time, not its subject's: "The county said at 4:30 p.m. that the hopper gave out"
_SAID_RE = re.compile(r"\b(?:said|says|told|announced|stated|wrote|tweeted|posted|testified)\s+(?:\w+\s+){0,2}?"
                      r"(?:at|on|by)?\s*$", re.IGNORECASE)
_STAMP_RE = re.compile(r"\b(?:updated|published|posted|modified)(?:\s+on)?\s+$", re.IGNORECASE)
_RANGE_AFTER_RE = re.compile(r"^\s*(?:[-–]|to\b|and\b|or\b|through\b)\s*\d")
# (an ordinal in a compound tells no repeat: "The third-floor balcony … gave way at 11:35 p.m.")
_CHANGE_RE = re.compile(r"\b(?:postpon\w*|reschedul\w*|moved|delay\w*|push\w*\s+back|pushed|originally|initially|"
                        r"instead|again|another|re-?set|changed|revised|earlier\s+than|later\s+than|anniversary|"
                        r"(?:second|third|fourth|fifth)(?!-)|every|each|allows?|permits?|usually|typically|normally|"
                        r"always|often|generally|traditionally|routinely|regularly)\b", re.IGNORECASE)
_PLAN_RE = re.compile(r"\b(?:will|would|planned|plans\s+to|planning|hopes?\s+to|hoping\s+to|scheduled|slated|"
                      r"expected|expects?\s+to|set\s+(?:for|to)|due|next|upcoming|is\s+to|are\s+to|proposed|"
                      r"takes?\s+effect)\b",
                      re.IGNORECASE)
_FIRST_RE = re.compile(r"\b(?:first|initial|earliest)\b", re.IGNORECASE)
_LAST_RE = re.compile(r"\b(?:last|latest|most\s+recent|previous|prior|recent)\b", re.IGNORECASE)
_WORD_RE = re.compile(r"[A-Za-z][a-z]{3,}")
_YEAR_RE = re.compile(r"(?<![\w$£€¥.,])(?:1[89]|20)\d\d(?![\w.,]\d)")
_ALL_WORDS_RE = re.compile(r"[A-Za-z]+")
_ATTRIBUTION = "According"     # (opens an attribution, never a name: "According to a police statement, …")
_NAME_RE = re.compile(r"(?<=\s)[A-Z][a-z]+")
_LOWER_RE = re.compile(r"\b[a-z]+\b")
_IGNORED = frozenset({"said", "says", "saying", "told", "according", "reported", "added", "officials", "official",
                      "spokesman", "spokeswoman", "spokesperson", "statement", "morning", "afternoon", "evening",
                      "night", "today", "yesterday", "about", "around", "shortly", "just", "nearly", "early",
                      "late", "later", "earlier", "week", "month", "year", "days", "weeks", "months", "years",
                      "first", "initial", "earliest", "last", "latest", "most", "recent", "previous", "prior",
                      "will", "would", "planned", "plans", "scheduled", "slated", "expected", "next", "upcoming",
                      "within", "hour", "hours", "minute", "minutes", "seconds", "percent", "million", "billion",
                      "thousand"})
# a sentence's first word that counts, never a name ("Many had about 45 minutes' notice")
_QUANTIFIERS = frozenset({"many", "several", "every", "none", "nearly", "almost", "others"})
_TIME_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS) | {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
                                                        "Sept", "Oct", "Nov", "Dec"}


@dataclass(frozen=True)
class DatedClause:
    figure: Figure
    sentence: str
    words: frozenset[str]      # stems and frame marks
    names: frozenset[str]
    weekdays: frozenset[str]   # the weekdays its clause names ("at 11 a.m. Monday")
    known: frozenset[str]      # every word of its article, in lower case (a name it knows)
    years: frozenset[str] = frozenset()     # the years its clause names ("a refurbishment in 2019")
    opener: str | None = None      # its first word, when read as a name ("Federal grants are expected to …")
    lower: Container[str] = frozenset()     # the words its article writes in lower case


def told_in(body: str, s0: int, s1: int, figure: Figure, words: tuple[Container[str], frozenset[str]],
            cut: re.Pattern[str] | None = None, dated: bool = True) -> DatedClause | None:
    """``figure`` (the one day or time of day of ``body``'s sentence ``s0``-``s1``: a sentence of two
    is a schedule, "Nevada holds caucuses on Feb. 20, and then South Carolina …") with the words of
    its clause (module doc), or None where it bounds a span or tells no event; ``words``: the words
    the article writes in lower case, and all its words (:func:`article_words`); ``cut``: what ends
    a clause, when not the words that start another event's; ``dated``: a day's or a time's guards
    (a change, a repeat or a habit, a bound, a stamp, a statement's time) apply, else only a range's
    and a dateline's."""
    said = body[s0:s1]
    if dated and _CHANGE_RE.search(said):
        return None
    span = _clause(said, figure.start - s0, figure.end - s0, cut or _CUT_RE, dated)
    if span is None:
        return None
    clause = f"{said[span[0]:figure.start - s0]} {said[figure.end - s0:span[1]]}"
    days = frozenset(w for w in WEEKDAYS if w in clause)
    years = frozenset(_YEAR_RE.findall(clause))
    names = _names(clause, words[0])
    opener = next((n for n in names if clause.strip().startswith(n)), None)
    near = (max(0, figure.start - s0 - 30), figure.start - s0)
    marks = frozenset({FIRST}) if _STARTS_ON_RE.search(said, *near) else (
        frozenset({REOPEN}) if _CLOSED_UNTIL_RE.search(said, *near) else frozenset())
    told = _words(clause)
    if figure.unit == UNIT and PLAN not in told and (_SCHEDULED_FOR_RE.search(said, *near) or _AIM_RE.search(clause)):
        marks |= {PLAN, GUESSED_PLAN}
    return DatedClause(figure, said, told | marks, names, days, words[1], years, opener, words[0])


@functools.lru_cache(maxsize=1024)
def article_words(body: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words ``body`` writes in lower case (a capitalised word among them is no name), and
    all its words in lower case (a name one clause gives is known to the article if among them)."""
    return frozenset(_LOWER_RE.findall(body)), frozenset(w.lower() for w in _ALL_WORDS_RE.findall(body))


def dated_clauses(body: str, sentences: Sequence[tuple[int, int]]) -> list[DatedClause]:
    """Each sentence of ``body`` that dates one event by a day (module doc), in order."""
    out, words = [], article_words(body)
    for s0, s1 in sentences:
        said = body[s0:s1]
        days = [(d, m) for d in find_dates(said) if (m := _DAY_RE.match(d.value))]
        if len(days) > 2:
            continue
        found = [told_in(body, s0, s1, _day_figure(s0, s1, d, m), words) for d, m in days]
        clauses = [c for c in found if c is not None]
        if len(days) == 1 or _first_and_last(clauses):
            out.extend(clauses)
    return out


def _day_figure(s0: int, s1: int, d: DateMention, m: re.Match[str]) -> Figure:
    """A day of a month found in the sentence ``s0``-``s1`` as a figure, its value a day count."""
    return Figure(start=s0 + d.start, end=s0 + d.end, text=d.text, number_start=s0 + d.start, number_end=s0 + d.end,
                  value=day_ordinal(int(m["month"]), int(m["day"])), qualifier=None, unit=UNIT, counts="date",
                  counts_inferred=False, modifies=None, sentence_start=s0, sentence_end=s1)


def _first_and_last(clauses: list[DatedClause]) -> bool:
    """Whether a sentence's two dated clauses tell a series' first and last ("The first illness began
    on March 21, and the most recent onset date so far is April 9"): two ends, no schedule."""
    if len(clauses) != 2:
        return False
    a, b = (c.words for c in clauses)
    return (FIRST in a and LAST in b and LAST not in a and FIRST not in b) or (
        FIRST in b and LAST in a and LAST not in b and FIRST not in a)


def _clause(said: str, start: int, end: int, cuts: re.Pattern[str], dated: bool = True) -> tuple[int, int] | None:
    """The span of ``said`` around its day at ``start``-``end`` whose words tell the day's event,
    or None where the day bounds a span (module doc; ``dated``: see :func:`told_in`)."""
    before, after = max(0, start - 30), said[end:end + 50]
    bound = _BOUND_RE.search(said, before, start) and not (_TARGET_BY_RE.search(said, max(0, start - 80), start)
                                                            or _STARTS_ON_RE.search(said, before, start)
                                                            or _CLOSED_UNTIL_RE.search(said, before, start))
    if dated and (bound or _STAMP_RE.search(said, before, start) or _SAID_RE.search(said, before, start)):
        return None
    if _RANGE_AFTER_RE.match(after) or _DATELINE_RE.match(after):
        return None
    lo = max((m.end() for m in cuts.finditer(said, max(0, start - REACH), start)), default=max(0, start - REACH))
    cut = cuts.search(said, end, end + REACH)
    comma = said.find(",", end, end + REACH)
    hi = min(cut.start() if cut else len(said), comma if comma >= 0 else len(said), end + REACH)
    return lo, hi


def day_ordinal(month: int, day: int) -> int:
    """A day of a month as a day count (in a leap year, so "Feb. 29" is one); 0 for no such day."""
    try:
        return datetime.date(2000, month, day).toordinal()
    except ValueError:
        return 0


def _words(clause: str) -> frozenset[str]:
    """The stems and frame marks of ``clause`` (module doc)."""
    words = {_SAME_EVENT.get(stem, stem) for w in _WORD_RE.findall(clause)
             if w.lower() not in STOPWORDS and w.lower() not in _IGNORED and w not in _TIME_NAMES
             and (w[0].islower() or clause.lstrip().startswith(w)) for stem in (w.lower()[:STEM],)}
    marks = {mark for mark, rule in ((PLAN, _PLAN_RE), (FIRST, _FIRST_RE), (LAST, _LAST_RE)) if rule.search(clause)}
    return frozenset(words | marks)


def _names(clause: str, common: Container[str]) -> frozenset[str]:
    """The capitalised words of ``clause`` but a time's name, a stop word and "According" ("According to a
    police statement, the alarm sounded"); its first word only when the
    article never writes it in lower case (``common``: "Swift (1-0) made his first start", not "Team
    officials said")."""
    words = _NAME_RE.findall(" " + clause.strip())
    first = words[:1] if clause.strip().startswith(tuple(words[:1])) else []
    return frozenset(n for n in words if n not in _TIME_NAMES and n.lower() not in STOPWORDS | _QUANTIFIERS
                     and n != _ATTRIBUTION and not (n in first and n.lower() in common))


def _one_event(a: DatedClause, b: DatedClause, strict: bool = False) -> int:
    """The words ``a`` and ``b`` share, or 0 where their frames or names say two events (with
    ``strict``, also a name one side alone gives that the other's article never writes)."""
    if not _frames_agree(a.words, b.words):
        return 0
    names, other = _own_names(a, b), _own_names(b, a)     # ("Senator Reyes" and "Senator Whitcomb": two people)
    if not names & other and ((names and other) or (strict and not (_known(names, b) and _known(other, a)))):
        return 0
    # (a day of a month's weekday is its own: "Thursday, Sept. 17" and "Friday, Sept. 18" differ as their days do)
    dated = a.figure.unit == UNIT and b.figure.unit == UNIT
    if (not dated and a.weekdays and b.weekdays and not a.weekdays & b.weekdays and not _across_midnight(a, b)) or (
            a.years and b.years and not a.years & b.years):
        return 0
    return len((a.words & b.words) - (_GUESSED if GUESSED_PLAN in a.words | b.words else {GUESSED_PLAN}))


# a frame one side's shared event implies: a find is a first ("FreshWay discovered the breach on March 2" and
# "first detected the intrusion on March 9"), a dated inspection the last before the event ("passed a fire
# inspection on Feb. 11" and "the building's last fire inspection, on March 4")
_IMPLIED = {FIRST: ("found", LAST), LAST: ("inspe", FIRST)}


def _frames_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two clauses' words tell one frame: both a plan or neither, a first with a first and a
    last with a last, or a first (a last) with a find (an inspection) that names no other frame."""
    for mark in (PLAN, FIRST, LAST):
        if (mark in a) == (mark in b):
            continue
        implied = _IMPLIED.get(mark)
        if implied is None or implied[0] not in a & b or implied[1] in a | b:
            return False
    return True


LATE, EARLY = 20 * 60, 6 * 60      # a night's evening from 8 p.m., its morning until 6 a.m. (minutes)


def _across_midnight(a: DatedClause, b: DatedClause) -> bool:
    """Whether two times of day told on two weekdays are one night's: the evening of one day and the
    small hours of the next ("around 11:40 p.m. Thursday" / "shortly after 1 a.m. Friday")."""
    if a.figure.unit != CLOCK or b.figure.unit != CLOCK or len(a.weekdays) != 1 or len(b.weekdays) != 1:
        return False
    (day_a,), (day_b,) = a.weekdays, b.weekdays
    (first, one), (second, other) = sorted(((WEEKDAYS.index(day_a), a), (WEEKDAYS.index(day_b), b)))
    if (second - first) % 7 not in (1, 6):
        return False
    evening, morning = (one, other) if (second - first) % 7 == 1 else (other, one)
    return evening.figure.value >= LATE and morning.figure.value < EARLY


def _own_names(a: DatedClause, b: DatedClause) -> frozenset[str]:
    """``a``'s names but titles, and but its first word when ``b``'s article writes that word in lower case
    ("Federal grants are expected to cover 49%" against "the federal government would pay about 60
    percent": a common word opening a sentence, no name)."""
    names = a.names - TITLES
    return names - {a.opener} if a.opener is not None and a.opener.lower() in b.lower else names


def _known(names: frozenset[str], other: DatedClause) -> bool:
    """Whether every one of ``names`` is a word of ``other``'s article ("CEDAR GULCH —" knows "Cedar Gulch")."""
    return all(n.lower() in other.known for n in names)


def matched_days(first: Sequence[DatedClause], second: Sequence[DatedClause],
                 strict: bool = False) -> Iterator[tuple[int, int]]:
    """Pairs (index in ``first``, index in ``second``) of clauses that tell one event: each the
    other's clear best match (module doc; ``strict``: see :func:`_one_event`)."""
    return mutual_matches(first, second, lambda a, b: _one_event(a, b, strict), MIN_SHARED, MARGIN)


def date_conflicts(told: dict[str, list[DatedClause]], apart: frozenset[frozenset[str]] = frozenset(),
                   agree: Callable[[Figure, Figure], bool] = lambda f, g: f.value == g.value,
                   strict: bool = False,
                   related: Callable[[Figure, Figure], bool] = lambda f, g: True,
                   apart_pair: Callable[[DatedClause, DatedClause], bool] = lambda a, b: False,
                   ) -> list[list[FigureUse]]:
    """The uses of each day (or time) two or more of ``told``'s articles (id → dated clauses) give
    one event with values that do not ``agree`` (module doc), each group's uses in article order;
    articles of a pair in ``apart`` are never compared (``strict``: see :func:`_one_event`), nor
    two matched clauses whose values are not ``related`` (too far apart to tell one thing) or that
    ``apart_pair`` says tell two things."""
    groups: dict[tuple, list[str]] = defaultdict(list)     # articles with the same dated clauses: read once
    for article, clauses in told.items():
        groups[tuple((c.words, c.names, c.weekdays, c.years, c.figure.value) for c in clauses)].append(article)
    reps = [(ids, told[ids[0]]) for ids in groups.values() if 0 < len(told[ids[0]]) <= MOST_DAYS]
    parent: dict[tuple[int, int], tuple[int, int]] = {}
    disagree: set[tuple[int, int]] = set()
    for x, y in sorted(_candidates([clauses for _, clauses in reps])):
        (ids_a, first), (ids_b, second) = reps[x], reps[y]
        if frozenset((ids_a[0], ids_b[0])) in apart:
            continue
        for i, j in matched_days(first, second, strict):
            if not related(first[i].figure, second[j].figure) or apart_pair(first[i], second[j]):
                continue
            differ = not agree(first[i].figure, second[j].figure)
            if differ and (_holds(first, i, second[j], agree) or _holds(second, j, first[i], agree)):
                continue
            _join(parent, (x, i), (y, j))
            if differ:
                disagree.add((x, i))
    return _groups(parent, disagree, reps)


def _holds(clauses: Sequence[DatedClause], i: int, other: DatedClause,
           agree: Callable[[Figure, Figure], bool]) -> bool:
    """Whether an article whose clause ``i`` was matched with ``other`` also gives ``other``'s value in
    another clause of ``MIN_SHARED`` words in common with it, whatever their frames and weekdays ("no
    readings for more than 24 hours" and "the order, in place for 60 hours" against "The order lasted
    two and a half days"): no disagreement."""
    return any(k != i and agree(c.figure, other.figure) and len(c.words & other.words) >= MIN_SHARED
               for k, c in enumerate(clauses))


def _candidates(told: Sequence[Sequence[DatedClause]]) -> set[tuple[int, int]]:
    """Pairs (x < y) of ``told`` with a clause each that share ``MIN_SHARED`` words: indexed by
    the pairs of words of each clause, so unrelated articles are never compared (nor by a pair
    more than ``MOST_SHARING`` of them share: it names no one event)."""
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for x, clauses in enumerate(told):
        for pair in {p for c in clauses for p in itertools.combinations(sorted(c.words), MIN_SHARED)}:
            index[pair].append(x)
    return {(x, y) for xs in index.values() if len(xs) <= MOST_SHARING for x, y in itertools.combinations(xs, 2)}


def _find(parent: dict[tuple[int, int], tuple[int, int]], node: tuple[int, int]) -> tuple[int, int]:
    while parent.setdefault(node, node) != node:
        node = parent[node]
    return node


def _join(parent: dict[tuple[int, int], tuple[int, int]], a: tuple[int, int], b: tuple[int, int]) -> None:
    parent[_find(parent, a)] = _find(parent, b)


def _groups(parent: dict[tuple[int, int], tuple[int, int]], disagree: set[tuple[int, int]],
            reps: list[tuple[list[str], list[DatedClause]]]) -> list[list[FigureUse]]:
    """The uses of each joined set of clauses that holds a disagreeing match."""
    members: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for node in list(parent):
        members[_find(parent, node)].append(node)
    out = []
    for root, nodes in members.items():
        if not any(_find(parent, d) == root for d in disagree):
            continue
        uses = [FigureUse(article, reps[x][1][i].figure, reps[x][1][i].sentence)
                for x, i in sorted(nodes) for article in reps[x][0]]
        if len({u.figure.value for u in uses}) > 1:
            out.append(uses)
    return out


def display(f: Figure) -> str:
    """A day as "February 17" (its year left out: a day of one story's event)."""
    day = datetime.date.fromordinal(int(f.value)) if f.value else None
    return f"{MONTHS[day.month - 1]} {day.day}" if day else f.text


def label(uses: Sequence[FigureUse], what: str | None = None) -> str:
    """"date (told with “first case confirmed”)", "time of day (told with “final vote”)": the words
    the first two sentences share; ``what``: the kind, when neither a date nor a time of day."""
    first, other = uses[0].sentence, next((u.sentence for u in uses if u.sentence != uses[0].sentence), "")
    theirs = {w.lower()[:STEM] for w in _WORD_RE.findall(other)}
    shared = [w for w in dict.fromkeys(_WORD_RE.findall(first))
              if w.lower()[:STEM] in theirs and w.lower() not in STOPWORDS and (w[0].islower() or first.startswith(w))
              and w.lower() not in _IGNORED - {"first", "last", "next"}]
    what = what or ("date" if uses[0].figure.unit == UNIT else "time of day")
    return f"{what} (told with “{' '.join(shared[:4])}”)" if shared else what


def story_dates(articles: Sequence[ArticleLike | AnalysedArticle], off: Container[str] = frozenset(),
                apart: frozenset[frozenset[str]] = frozenset()) -> list[list[FigureUse]]:
    """:func:`date_conflicts` of ``articles``, none of an article in ``off`` (one that seems to
    tell another event)."""
    told = {a.id: dated_clauses(a.body, sentences_of(a))
            for a in articles if a.id not in off}
    return date_conflicts(told, apart)
