"""Figures told of another event or another time: background, not the story's own facts.

News copy steps back to earlier events and other years in a few set ways, and the numbers
it gives there are not the event's: "In 2019, another bus crash on the same road left 14
people injured"; "the deadliest since 2011, when a van rolled over and killed nine
people"; "Last year, the plant employed 5,000"; "the chain had 3,500 stores in 2012".
Compared with the event's own counts they made false conflicts (a toll of 5 against the
2011 crash's nine), so :mod:`reader.analysis.conflicts` compares a figure only with figures
told of the same time: the event's own with the event's own, a year's with that year's
("Harlow lost $1.2 billion last year" and "a net loss of $1.5 billion in 2025" still
disagree), and a figure of another event it cannot date ("another bus crash") with none:
a wrong claim is worse than a missed one.

A past event is also named by its time before the event noun ("the 1998 flood", "the
January fire", "last year's crash", "the earlier blaze": the clause it opens, or a clause
on it, "after the 1998 flood, when 3,000 residents were evacuated"), by a month opening
the sentence or a clause on it ("In January, a fire …", "in January, when eight residents
were hurt"), by "That fire …" after a sentence told of another time, and by a past season
ending the figure's clause ("killed at the same spot last spring"). A month is another
time only when it is not the article's own, and the story's own event told by a weekday
or a date stays its own ("Thursday's fire", "the March 3 fire"). A year ending a clause
after other words is not read ("the $14.2 million bridge was to open in 2019": the
bridge's cost, not 2019's).

Hand-written patterns, as :mod:`reader.analysis.not_figures` is: each is a frame of news
copy, and a statistical parser would not tell a background clause from the lead. A year is
"another time" only when it is not the article's own (its date's year, or when it has no
date, the latest year its text names), so "killed five people in 2026" in a 2026 report
stays the event's.
"""

from __future__ import annotations

import re

from reader.analysis.figures import Figure
from reader.analysis.update_notes import CORRECTION_RE
from reader.analysis.verb_years import verb_year

_YEAR = r"(?:1[89]|20)\d\d"
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_YEAR_RE = re.compile(rf"\b{_YEAR}\b")
_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10}
# years back from the article's own: "last year", "a year earlier", "two years ago"
_BACK = (r"(?P<back>last\s+year|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?"
         r"\s+(?:earlier|ago|before))\b")
_IN_YEAR = rf"in\s+(?:(?:early|late|mid-?)\s*)?(?:{_MONTH}\s+)?(?P<year>{_YEAR})\b(?!\s*[-–]\d)"
# a month named alone, capitalised and with no day after it: "January", not "March 3" nor "may"
_MONTH_ALONE = rf"(?-i:(?P<month>{_MONTH}))(?![\w.]|\s*\d)"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_LAST_YEAR = r"last\s+(?:fiscal\s+|financial\s+)?year"      # ("last fiscal year": last year too)
# a frame opening the sentence: the whole sentence (to a ";") is of that time
_OPENING_RE = re.compile(
    rf"^\W*(?:(?:back\s+)?{_IN_YEAR}|in\s+(?:(?:early|late|mid-?)\s*)?{_MONTH_ALONE}|{_BACK}"
    r"|(?:by\s+)?last\s+(?P<season>summer|winter|spring|fall|autumn|decade)\b"
    r"|earlier\s+this\s+(?:year|decade)\b"
    r"|an?\s+decade\s+(?:earlier|ago|before)\b|several\s+years\s+(?:earlier|ago|before)\b"
    r"|the\s+(?:following|next)\s+(?:day|morning|week)\b|a\s+day\s+later\b"      # ("The following day, 198 …")
    r"|in\s+(?:a|an)\s+(?:separate|similar|earlier|previous|unrelated)\s+(?:\w+\s+)?(?:incident|case|crash"
    r"|accident|attack)\b)",
    re.IGNORECASE)
# a past event named mid-sentence: "since 2011, when", "in 2019 that killed", "began in 2013 as a one-stage
# event"; the clause after it
_WHEN_RE = re.compile(rf"\b(?:since|in)\s+(?:(?:{_MONTH}\s+)?(?P<year>{_YEAR})|{_MONTH_ALONE}),?\s+"
                      r"(?:when|in\s+which|that|after|as)\b"
                      # (a year named alone and told of: "Nobody here has forgotten 2017, when a stampede …")
                      rf"|(?<![\d,.$£€])\b(?P<year_when>{_YEAR}),\s+when\b", re.IGNORECASE)
_EVENT_NOUNS = (r"crash|collision|accident|attack|shooting|fire|blaze|explosion|blast|quake|earthquake|storm"
                r"|hurricane|typhoon|cyclone|flood|derailment|incident|outbreak|bombing|disaster|tragedy|spill"
                r"|collapse|riot|breach|recall|landslide|mudslide|eruption|stampede|crush|wreck|sinking"
                r"|tornado|wildfire|avalanche|blizzard|snowstorm|hailstorm|windstorm|heat\s+wave"
                r"|fault|outage|blackout|failure|leak|shutdown"      # ("a 2019 fault at the same site left …")
                r"|drought|famine|strike|lockout|recession|pandemic|epidemic|crisis|season")   # (round 38)
# "another bus crash", "a similar attack", "the previous fire": the clause after it
_OTHER_EVENT_RE = re.compile(
    r"\b(?:another|a\s+similar|a\s+previous|an\s+earlier|a\s+separate|the\s+previous|the\s+last|an\s+unrelated"
    r"|a\s+prior|the\s+prior)\s+(?:[a-z-]+\s+){0,2}?(?:" + _EVENT_NOUNS + r")(?:es|s)?\b",
    re.IGNORECASE)
# a time right after the figure: "3,500 stores in 2012", "5,000 last year", "a year earlier"
# (not a change measured against it: "up 12% from a year earlier" is now)
_AFTER_RE = re.compile(
    r"\s*(?:(?!(?:from|over|than|compared|versus|vs|on|since)\b)[a-z-]+\s+){0,3}?"
    # ("31 salmonella cases in all of 2025": the whole year's)
    rf"(?:in\s+(?:all\s+of\s+)?(?:(?:a|an|the)\s+)?(?:{_MONTH}\s+)?(?P<year>{_YEAR})\b(?!\s*[-–]\d)|{_BACK})",
    re.IGNORECASE)
_CLAUSE_END_RE = re.compile(r";|\b(?:now|today|currently|this\s+year)\b", re.IGNORECASE)
# a past event named by its time before the event noun: "the 1998 flood", "the January fire",
# "January's blaze", "last year's crash", "last spring's floods", "the earlier fire"; never by a
# weekday or a date ("Thursday's fire", "the March 3 fire": the story's own event)
_PAST_EVENT = (
    rf"(?:(?:the|an?)\s+(?:{_MONTH}\s+)?(?P<year>{_YEAR})|the\s+{_MONTH_ALONE}|(?-i:(?P<month_s>{_MONTH}))['’]s"
    rf"|(?P<back>last\s+year)['’]s|last\s+(?P<season>{_SEASON})['’]s|the\s+earlier)"
    r"\s+(?:[a-z-]+\s+){0,2}?(?:" + _EVENT_NOUNS + r"|case)(?:es|s)?\b")     # ("a 2022 case at a water park")
_PAST_EVENT_RE = re.compile(rf"\b{_PAST_EVENT}", re.IGNORECASE)
# a past event named by its time after the event noun: "a tornado in March 2023 killed one person",
# or after its place ("A fire at a similar block in Harwell Green in 2019 injured 11 people")
_EVENT_IN_YEAR_RE = re.compile(r"\b(?:a|an|the|another)\s+(?:[a-z-]+\s+){0,2}?(?:" + _EVENT_NOUNS
                               + r")(?:es|s)?(?:\s+(?:at|on|near|outside|in)\s+[^,;:()\d]{1,40}?)?"
                               + rf"\s+in\s+(?:{_MONTH}\s+)?(?P<year>{_YEAR})\b", re.IGNORECASE)
# one opening the sentence, alone or after "in", "during": "In the 1998 flood, 3,000 residents …"
_PAST_OPENING_RE = re.compile(rf"^\W*(?:(?:in|during)\s+)?{_PAST_EVENT}", re.IGNORECASE)
# a clause on the past event right after it: "after the 1998 flood, when 3,000 residents were …"
# ("a 2022 case at a water park, where"; "the 2021 gas explosion in Ust-Kalinsk, 60 kilometres down the river, which")
_ITS_CLAUSE_RE = re.compile(r"(?:\s+(?:at|in|on|near|outside)\s+[^,;:()]{1,40}?)?(?:,\s+[^,;:()]{1,40}?)?,?\s+"
                            r"(?:when|where|in\s+which|during\s+which|which|that)\b", re.IGNORECASE)
# a figure in the condition that opens its sentence, a case that may be or not: "If you lost power for more
# than six hours, you may be entitled to a discount", "Should the strike last 10 days, …"
_IF_RE = re.compile(r"^\W*(?:if|unless|should|were)\s+[^,;:]*$", re.IGNORECASE)
# "That fire injured eight people": the event the sentence before told of, whatever its time
_THAT_EVENT_RE = re.compile(r"^\W*That\s+(?:[a-z-]+\s+){0,2}?(?:" + _EVENT_NOUNS + r")(?:es|s)?\b")
# a past season or last year that ends the figure's clause: "two people were killed at the same spot last
# spring.", "The CDC recorded 18 outbreaks on cruise ships last year,", "It spent about ¥780 billion on space
# programmes last fiscal year."
# (a year ending it is as often another thing's: "the $14.2 million bridge was to open in 2019")
_CLAUSE_TIME_RE = re.compile(rf"\s(?:last\s+(?P<season>{_SEASON})|(?P<back>{_LAST_YEAR}))"
                             r"[.!?]?[\"”’']?\s*$", re.IGNORECASE)
# the month each season (northern) ends: "last spring" in an article of May or earlier is last year's
_SEASON_ENDS = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11}
# a time a change is measured against, not the figure's: "up 12% from a year earlier", "than in 2012"
_COMPARED_RE = re.compile(r"\b(?:from|than|compared|versus|vs|over|against|since|period|on\s+the\s+same|on\s+last)\b",
                          re.IGNORECASE)
# where the figure's clause ends: a punctuation mark (not the comma of "40,000") or a word that opens another clause
_CLAUSE_STOP_RE = re.compile(r",(?!\d)|[;:()]|\s[—–-]\s|\s(?:and|but|while|whereas|when|after|before|as|because)\s",
                             re.IGNORECASE)
_MONTHS = {m: n for n, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"), start=1)}


def reference_year(body: str, published: str | None) -> int | None:
    """The article's own year: its date's, or the latest year its text names."""
    if published and published[:4].isdigit():
        return int(published[:4])
    years = [int(y) for y in _YEAR_RE.findall(body)]
    return max(years) if years else None


def reference_month(published: str | None) -> int | None:
    """The article's own month (1-12), from its date ("2026-04-27" → 4); None when undated."""
    if published and len(published) >= 7 and published[5:7].isdigit() and 1 <= int(published[5:7]) <= 12:
        return int(published[5:7])
    return None


OTHER = "another event"     # a time :func:`told_when` cannot name: "another crash", "earlier this year"
FORECAST = "forecast"       # a figure told as what was forecast: compared only with other forecasts
USUAL = "what is usual"     # a figure told as a habit ("normally clears its streets within 48 hours"): likewise


def _when(m: re.Match, year: int | None, month: int | None = None) -> str | None:
    """The time a frame's match names: None for the article's own year, else the year (as
    said, "2 years back", in an article of no year), a month (:func:`_month_when`), or
    ``OTHER`` when it names none that can be worked out."""
    groups = m.groupdict()
    said, back = groups.get("year") or groups.get("year_when"), groups.get("back")
    named = groups.get("month") or groups.get("month_s")
    if named:
        return _month_when(named, year, month)
    if said:
        return None if year is not None and int(said) == year else said
    if back:
        first = back.split()[0].lower()
        years = 1 if first == "last" else _COUNT_WORDS.get(first) or int(first)
        return str(year - years) if year is not None else f"{years} years back"    # undated: as said
    return _season_when(groups.get("season"), year, month)


def _season_when(season: str | None, year: int | None, month: int | None) -> str:
    """The year "last spring" (``season``) names in an article of ``year`` and ``month``: the
    year before when this year's season has not ended yet ("fined last spring" in May 2027 is
    2026's, as "fined last year" is); else ``OTHER`` (in November, this year's or the year
    before's; a winter spans two years)."""
    ends = _SEASON_ENDS.get(season.lower()) if season else None
    if ends is None or year is None or month is None or month > ends:
        return OTHER
    return str(year - 1)


def _month_when(name: str, year: int | None, month: int | None) -> str | None:
    """The time a month named alone tells: None for the article's own month, else that
    month of this year ("2026-01") when it is earlier in the year, of last year when it is
    later ("the December fire" in April), or the month alone in an undated article."""
    number = _MONTHS[name[:3].lower()]
    if month is None:
        return f"month {number}"
    if number == month:
        return None
    at = year if number < month else (year - 1 if year is not None else None)
    return f"{at}-{number:02d}" if at is not None else f"month {number}"


READ_BACK = 2000    # characters of a figure's sentence read either side of it (longer than any real sentence)


def told_when(body: str, f: Figure, year: int | None, month: int | None = None) -> str | None:
    """When figure ``f`` of ``body`` is told of: None for the story's own event, a year
    ("2019") or a month ("2026-01") for another time, ``OTHER`` for another event of no
    time it names, for a condition's figure ("If you lost power for more than six hours"), or for the
    figure a correction takes back ("An earlier version of this article said 62 …"; see the module doc),
    ``FORECAST`` for a forecast's ("Forecasters had predicted 2 to 3 inches", "gusts of up to 110 km/h
    forecast for coastal areas"), ``USUAL`` for a habit's ("normally produces about 38 million gallons a
    day", "Eighteen trains a day normally run on the line", "A normal run down the channel takes around three
    hours"); ``year`` and ``month`` are the article's own (:func:`reference_year`, :func:`reference_month`).
    "That fire injured eight people" is told of the time of the sentence before it."""
    # (a sentence read at most READ_BACK characters either side of the figure: a hostile
    # "sentence" of thousands of figures was read whole for each of them)
    lo, hi = max(f.sentence_start, f.number_start - READ_BACK), min(f.sentence_end, f.end + READ_BACK)
    if CORRECTION_RE.search(body, lo, hi):
        return OTHER
    sentence = body[lo:f.number_start]
    if _IF_RE.match(sentence):
        return OTHER        # (a condition's: "If you lost power for more than six hours, you may …")
    when = _frame(sentence, year, month)
    if when is None and _THAT_EVENT_RE.match(sentence):
        when = _frame(_sentence_before(body, f.sentence_start), year, month, whole=True)
    if when is not None:
        return when
    if own := _own_time(body, f):
        return _when(own, year, month)
    if main := _main_clause_year(sentence):
        return _when(main, year, month)     # ("… in 2025, according to the tally, killing three workers")
    if _FORECAST_AFTER_RE.match(body, f.end, f.sentence_end):
        return FORECAST     # ("gusts of up to 110 km/h forecast for coastal areas")
    if _usual(sentence) or _usual_after(body, f):
        return USUAL        # ("normally produces about 38 million gallons a day", "12 trains a day normally run")
    after = _AFTER_RE.match(body, f.end, f.sentence_end)
    if after is not None and _made_in(body, f, after):
        return None
    after = after or _clause_time(body, f) or verb_year(body, f)
    when = _when(after, year, month) if after else None
    return when if when is not None or not _forecast(sentence) else FORECAST


# what a forecast is told by, in the figure's clause before it: "Forecasters had predicted 2 to 3 inches",
# "Seasonal models had forecast bleaching on about 45 per cent of reefs", "the distributor's forecast demand
# … was 520 megawatts"; not a warning ("warned members that some could be without power for up to a week"
# is the story's own estimate, as another report's "could be without service for as long as 10 days")
_FORECAST_RE = re.compile(r"\b(?:forecast(?:s|ed|ing|ers?)?|predict(?:s|ed|ing|ions?)?|projections?)\b", re.IGNORECASE)


# a forecast told after its figure: "gusts of up to 110 km/h forecast for coastal areas"
_FORECAST_AFTER_RE = re.compile(r"\s+(?:were\s+|was\s+|had\s+been\s+)?(?:forecast|predicted|projected)\s+"
                                r"(?:for|in|on|at|by)\b", re.IGNORECASE)
# what is usual, not what happened: "The utility normally produces about 38 million gallons of water a day"
_USUAL_RE = re.compile(r"\b(?:normally|usually|typically|ordinarily|averag(?:es|ed)|"
                       r"(?:an?|the)\s+(?:normal|typical|usual)\s+"
                       r"(?:run|trip|journey|transit|crossing|day|week|year|season|night|shift|month)\b|"
                       r"on\s+an?\s+(?:average|typical|normal|ordinary)\s+"
                       r"(?:day|week|night|year))\b", re.IGNORECASE)


def _usual(sentence: str) -> bool:
    """Whether the figure at the end of ``sentence`` (its words before it) is told as what is usual: a word of
    habit in its clause ("normally produces about 38 million gallons a day"; not "normally 3 feet, but rose to
    12 feet": another clause)."""
    return _in_last_clause(sentence, _USUAL_RE)


def _usual_after(body: str, f: Figure) -> bool:
    """Whether figure ``f``'s clause after it tells a habit's time ("About 3,900 vehicles use the tunnel on an
    average day"), or ``f`` is a rate a word of habit follows in its clause ("Eighteen trains a day normally
    run on the line"; not "… 12 trains a day, as it usually does": another clause)."""
    end = min(f.sentence_end, f.end + READ_BACK)
    stop = _CLAUSE_STOP_RE.search(body, f.end, end)
    clause_end = stop.start() if stop else end
    if _HABIT_FRAME_RE.search(body, f.end, clause_end):
        return True         # ("About 3,900 vehicles use the tunnel on an average day")
    rate = _RATE_AFTER_RE.match(body, f.end, end)
    return rate is not None and _USUAL_RE.search(body, rate.end(), clause_end) is not None


# a figure told as a rate ("Eighteen trains a day normally run"): a habit after it is the rate's; a count's
# ("17 bus routes normally cross the bridge", "Sixty cabins hang from the line on a normal day") tells which
# things are counted, not that the count is a habit
# a habit's own time, wherever it stands in the clause: "on an average day", "in a normal year"
_HABIT_FRAME_RE = re.compile(r"\b(?:in|on|during)\s+an?\s+(?:normal|typical|average|ordinary|usual)\s+"
                             r"(?:day|week|month|year|season|night|weekday|summer|winter)\b", re.IGNORECASE)
_RATE_AFTER_RE = re.compile(r"\s+(?:a|an|per|each)\s+(?:day|week|month|year|night|hour|weekday)\b", re.IGNORECASE)


def _forecast(sentence: str) -> bool:
    """Whether the figure at the end of ``sentence`` (its words before it) is told as a forecast: a word of
    one in its clause. "More than 120 millimetres of rain fell" and "Forecasters had predicted up to 70
    millimetres" are the rain and its forecast, two quantities."""
    return _in_last_clause(sentence, _FORECAST_RE)


def _in_last_clause(sentence: str, words: re.Pattern[str]) -> bool:
    """Whether ``words`` occur in the last clause of ``sentence`` (after its last clause stop)."""
    stops = [m.end() for m in _CLAUSE_STOP_RE.finditer(sentence)]
    return words.search(sentence, stops[-1] if stops else 0) is not None


# a thing's making or opening, dated by a year: "The 42-metre vessel was built in 1994", "a 30-storey
# tower completed in 2004", "the 300,000-square-foot depot opened in 2012"; the year dates the thing,
# not its size (a compound modifier: "42-metre")
_MADE_RE = re.compile(r"\b(?:built|constructed|founded|established|launched|completed|commissioned|made|opened|"
                      r"inaugurated|erected|dedicated)\b", re.IGNORECASE)
_MODIFIER_RE = re.compile(r"^[\w.,]+-[a-z]+")


# the figure's own time told with it: "last year's $118 million budget", "2024's 3.1 million visitors",
# "last summer's record of 11,100 megawatts", or after it when it stands in apposition ("The river's record
# crest, 31.2 feet, came in June 2008")
_POSSESSED_RE = re.compile(rf"\b(?:(?P<back>{_LAST_YEAR})|(?P<year>{_YEAR})"
                           rf"|last\s+(?P<season>{_SEASON}))['’]s\s+(?:record\s+(?:of\s+)?|total\s+of\s+)?$",
                           re.IGNORECASE)
# (not a relative clause, another event's: "Vukovich, 66, who became president in 2021")
_APPOSED_RE = re.compile(rf",\s+(?!(?:who|whom|whose|which|that)\b)(?:[a-z-]+\s+){{1,3}}?in\s+"
                         rf"(?:(?:early|late|mid-?)\s*)?(?:{_MONTH}\s+)?"
                         rf"(?P<year>{_YEAR})\b(?!\s*[-–]\d)", re.IGNORECASE)


def _own_time(body: str, f: Figure) -> re.Match | None:
    """The time told with ``f`` itself, before it as a possessive or after it when it is an apposition."""
    if possessed := _POSSESSED_RE.search(body, max(f.sentence_start, f.start - 24), f.start):
        return possessed
    if body[max(f.sentence_start, f.start - 2):f.start] == ", ":
        return _APPOSED_RE.match(body, f.end, f.sentence_end)
    return None


def _made_in(body: str, f: Figure, after: re.Match) -> bool:
    """Whether the year after ``f`` dates the making of the thing ``f`` measures (a size
    written as a compound modifier: see :data:`_MADE_RE`), not the time ``f`` is told of."""
    return bool(_MODIFIER_RE.match(f.text) and _MADE_RE.search(body, f.end, after.end()))


def _frame(sentence: str, year: int | None, month: int | None, whole: bool = False) -> str | None:
    """The other time the words of ``sentence`` before a figure (its end, or with ``whole``
    anywhere in it) put the figure in: an opening frame ("In 2019, …", "In January, …"),
    or a past event named in its clause ("since 2011, when", "another bus crash", "the
    1998 flood", "a tornado in March 2023"); None when they put it in none."""
    for pattern in (_OPENING_RE, _PAST_OPENING_RE):
        opening = pattern.match(sentence)
        if opening and not _CLAUSE_END_RE.search(sentence, opening.end()):
            when = _when(opening, year, month)
            if when is not None:
                return when
    for pattern in (_WHEN_RE, _OTHER_EVENT_RE, _PAST_EVENT_RE, _EVENT_IN_YEAR_RE):
        for m in pattern.finditer(sentence):
            if whole or (not _ends_between(sentence, m.end())
                         and (pattern not in (_PAST_EVENT_RE, _EVENT_IN_YEAR_RE)
                              or _in_its_clause(sentence, m.end()))):
                when = _when(m, year, month)
                if when is not None:
                    return when
    return None


def _in_its_clause(sentence: str, start: int) -> bool:
    """Whether the figure (at the end of ``sentence``) stands in the clause a past event
    named at ``start`` opens: no clause breaks between them, or only a clause on the event
    ("the January fire caused $1.1 million"; "after the 1998 flood, when 3,000 residents";
    not "the worst since the 1998 flood and forced 1,200 residents")."""
    on_it = _ITS_CLAUSE_RE.match(sentence, start)
    return not _CLAUSE_STOP_RE.search(sentence, on_it.end() if on_it else start)


# a figure in a participle clause after its sentence's main one ("Nine explosions were recorded in 2025,
# according to the university's tally, killing three workers") is told of the main clause's year
_PARTICIPLE_RE = re.compile(r"(?:,|\s+and)\s+(?:killing|injuring|wounding|leaving|forcing|displacing|destroying|"
                            r"damaging)"
                            r"\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_MAIN_YEAR_RE = re.compile(rf"\bin\s+(?P<year>{_YEAR})\b(?![-–/]\d)")


def _main_clause_year(sentence: str) -> re.Match | None:
    """The year "in YEAR" names in the main clause of ``sentence`` (its words before a figure) when the
    figure opens a participle clause after it, else None."""
    participle = _PARTICIPLE_RE.search(sentence)
    return _MAIN_YEAR_RE.search(sentence, 0, participle.start()) if participle else None


SENTENCE_BEFORE_CHARS = 400


def _sentence_before(body: str, start: int) -> str:
    """The sentence before the one that starts at ``start`` (its last ``SENTENCE_BEFORE_CHARS``)."""
    text = body[max(0, start - SENTENCE_BEFORE_CHARS):start].rstrip()
    ends = list(re.finditer(r"[.!?][\"”’']?\s+(?=\S)", text))
    return text[ends[-1].end():] if ends else text


def _clause_time(body: str, f: Figure) -> re.Match | None:
    """A past season or last year ending the figure's clause, however far after the figure ("two
    people were killed at the same spot last spring"; not "up 40% from last spring")."""
    end = min(f.sentence_end, f.end + READ_BACK)
    stop = _CLAUSE_STOP_RE.search(body, f.end, end)
    clause = body[f.end:stop.start() if stop else end]
    return None if _COMPARED_RE.search(clause) else _CLAUSE_TIME_RE.search(clause)


def _ends_between(sentence: str, start: int) -> bool:
    """A clause ends between ``start`` and the figure (the end of ``sentence``)."""
    return bool(_CLAUSE_END_RE.search(sentence, start)) or ". " in sentence[start:]
