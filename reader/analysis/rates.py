"""Figures that are rates, not totals: "an average of nine deaths per day", "3.5 percent a
year", "2,000 riders daily".

A rate and a total of one noun are two quantities ("nine deaths per day over three days"
is no toll of nine beside "at least 27 dead"), so :mod:`reader.analysis.conflicts`
compares a rate only with rates over the same span. Hand-written: the pattern is a word
or two right after the figure ("per day", "a week", "daily", "annually"; after a
comparative too: "$240 more per year"), an average before it, or a cost named yearly or
monthly before it ("the annual cost at $9,000"), which no library of this project reads.
"""

from __future__ import annotations

import re

from reader.analysis.comma_clauses import comma_clause
from reader.analysis.figures import Figure

_SPANS = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year", "annual": "year",
          "hourly": "hour", "nightly": "day"}
# (a typical span too: "carries 180,000 riders on a weekday", "on an average day", "on weekdays")
# (after a comparative too: "will pay about $240 more per year")
_PER_RE = re.compile(r"(?:\s++(?:more|less|extra|fewer)\b)?"
                     r"[\s-]*(?:(?:on\s+)?(?:a|an|per|each|every)[\s-]+(?:(?:typical|average|normal|ordinary|busy)\s+)?"
                     r"(?P<span>second|minute|hour|day|night|week|month|year|weekday|weeknight)"
                     r"|on\s+(?P<days>weekdays|weeknights|weekends)"
                     r"|(?P<ly>daily|weekly|monthly|annual|annually|yearly|hourly|nightly))\b"
                     r"(?!\s+(?:after|before|earlier|later|ago|when|since|of|that|in\s+which)\b)", re.IGNORECASE)
_AVERAGE_RE = re.compile(r"\b(?:an?\s+average\s+of|averag(?:e|ed|es|ing)|on\s+average)\s+$", re.IGNORECASE)
AVERAGE = "average"
# the spans a habit is told over ("carries 11,400 vehicles a day"); a rate per hour or minute is an event's
HABIT_SPANS = frozenset({"day", "week", "month", "year"})
# a word naming when a rate held, or that it is a plan's: its clause tells that time's rate, no habit ("4 trains a
# day ran on Monday", "95 trains a day would need new paths")
_TIMED_RE = re.compile(r"\b(?:(?i:since|during|until|(?:this|last)\s+(?:week|month|year|morning|night|weekend|"
                       r"summer|winter)|so\s+far|yesterday|today|tonight|now|currently|will|would|could|might|"
                       r"should|must|(?:past|previous|last|next|coming|first)\s+(?:(?:few|several|\w+)\s+)?"
                       r"(?:hours|days|weeks|months|years))|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{4})\b")
# a cost named yearly before the figure: "putting the annual cost at about $9,000", "a monthly bill of $80",
# "annual cost savings of £85m"
_SPAN_INSIDE_RE = re.compile(r"\s(?P<ly>daily|weekday|weekly|monthly|annual|yearly|nightly)\s+[a-z]", re.IGNORECASE)
_NAMED_SPAN_RE = re.compile(r"\b(?P<ly>annual|yearly|monthly|weekly|daily)\s+(?:[a-z]+\s+)?"
                            r"(?:cost|bill|price|charge|saving|revenue|income|profit|loss|budget|fee|rent)(?:s|es)?"
                            r"\s+(?:at|of|is|was|will\s+be|would\s+be)\s+(?:about\s+|around\s+|roughly\s+|"
                            r"nearly\s+|almost\s+|some\s+|more\s+than\s+|less\s+than\s+|over\s+|under\s+|"
                            r"approximately\s+|up\s+to\s+)?$", re.IGNORECASE)
_NAMED_SPANS = {"annual": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day"}


def rate_of(body: str, f: Figure) -> str | None:
    """The span ``f`` is a rate over ("day", "year"), ``AVERAGE`` for an average over no
    named span, or None for a plain figure."""
    m = _PER_RE.match(body, f.end, f.sentence_end)
    if m:
        if m["days"]:
            return "week" if m["days"].lower() == "weekends" else "day"
        return (m["span"] or _SPANS[m["ly"].lower()]).lower().replace("weekday", "day").replace("night", "day")
    if _AVERAGE_RE.search(body, max(f.sentence_start, f.start - 24), f.start):
        return AVERAGE
    if named := _NAMED_SPAN_RE.search(body, max(f.sentence_start, f.start - 60), f.start):
        return _NAMED_SPANS[named["ly"].lower()]
    if inside := _SPAN_INSIDE_RE.search(f.text):          # "about 190 daily flights": flights a day
        return _SPANS.get(inside["ly"].lower(), "day")    # ("61,700 weekday riders": riders a day too)
    return None


def timeless_rate(sentence: str, at: tuple[int, int], span: str | None) -> bool:
    """Whether a rate over ``span`` told at ``sentence[at[0]:at[1]]`` names no time, so is a habit ("The bridge
    carries 11,400 vehicles a day", as "normally handles roughly 9,800 cars a day" is): a rate per day,
    week, month or year whose clause (between commas) and the sentence's opening name no weekday, no year
    (a month alone is a season's: "an average of 1,650 passengers a day in July and August") nor a word
    of when or of a mood ("since", "during", "this week", "over the past three days", "now", "would": "95
    trains a day would need new paths" is a plan's; "4 trains a day ran on Monday" is Monday's,
    and so is "On Monday, 4 trains a day ran")."""
    if span not in HABIT_SPANS:
        return False
    opening = sentence[:max(0, sentence.find(","))]
    return not any(_TIMED_RE.search(part) for part in (comma_clause(sentence, *at), opening))
