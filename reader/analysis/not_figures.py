"""Numbers that are no figures: the rules :func:`reader.analysis.figures.extract_figures`
asks before it reads a number as an amount.

A number is no figure when it is part of a date, a label ("Section 230", "Flight 1380",
"a Category 4 storm", "day 3 of the trial"; not a count told of a span, "on an average day 28
inmates"),
a part of a name ("members of Local 17", "near Tower 7"),
a code (COVID-19, 3/4, A.1), a time (3:02, 2 p.m.), an ordinal (1st), a range of years
(2024-25), an identifier (a run of ten or more digits with no separator: a tweet's id, a
phone number), "a two-way street", or a term of a proportion ("two-thirds", "six in 10
voters", "one out of five": no count of thirds or voters). Hand-written: each rule is a
pattern of news copy, and each was found where a number read as an amount made a false
conflict (`benchmarks/story_unseen.py`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.analysis.currencies import code_before, dollar_before, rand_before, scaled_at

_GLUED_AFTER_RE = re.compile(r"[:/\u2013-]\d|\w|\.\d|,\d")     # (an en dash too: a score "7–2")
ID_DIGITS = 10     # a run of this many digits with no separator is an identifier, not an amount
_CLOCK_AFTER_RE = re.compile(r"\s?(?:[ap]\.\s?m\.|[ap]m\b)", re.IGNORECASE)
# The terms of a proportion: a fraction ("two-thirds", "three fifths"; "quarter" and "half"
# only joined by a hyphen: "three quarters" may be a count of them) and "N in 10", "N out of
# five" (not "3 in 10 days", a count over a span).
_FRACTION_AFTER_RE = re.compile(r"(?:-|\s+)(?:thirds?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b"
                                r"|-(?:quarters?|halves|half)\b", re.IGNORECASE)
_FRACTION_UNIT_RE = re.compile(r"thirds?|quarters?|halves|half|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?"
                               r"|tenths?", re.IGNORECASE)
_SPAN_NOUNS = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|games?|matches|races?|tries|attempts?)"
_RATIO_AFTER_RE = re.compile(r"\s+(?:in|out\s+of)\s+(10|ten|100|a\s+hundred|[3-9]|three|four|five|six|seven|eight"
                             r"|nine)\b(?!\s+" + _SPAN_NOUNS + r"\b)", re.IGNORECASE)
_RATIO_BEFORE_RE = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+$",
                              re.IGNORECASE)
_PER_SPAN_AFTER_RE = re.compile(r"\s+" + _SPAN_NOUNS + r"\b", re.IGNORECASE)
_LABEL_BEFORE_RE = re.compile(r"\b(?:No\.|Section|Article|Rule|Title|Chapter|Route|Room|Highway|Interstate"
                              r"|Flight|Amendment|Form|Part|Item|Page|Vol\.|Volume|Case|Docket|Seed"
                              r"|Category|Level|Stage|Phase|Tier|Grade|Class"
                              # a ballot measure's, a union local's, a crew's or a unit's number ("Proposition 1")
                              r"|Proposition|Prop\.|Measure|Question|Initiative|Referendum|Issue|Local|District|Unit"
                              r"|Station|Engine|Ladder|Squad|Battalion|Runway|Line|Track|Building|Mine)\s+$"
                              # and in lower case too: "a World Cup European group 8 qualifier",
                              # "gate 12", "game 7", "day 3 of the trial"
                              r"|\b(?i:group|gate|terminal|platform|lane|hole|zone|ward|precinct|game|week|round|heat"
                              r"|day|match|exit|pier|channel|season|route|flight|section|stage|level|category)\s+$")
# a span of time told as one of many, not a numbered one: "on an average day 28 inmates", "each week 40 buses"
_SPAN_BEFORE_RE = re.compile(r"\b(?:an?|each|every|per|any|typical|average|normal|given|single)\s+"
                             r"(?:day|week|season|match|game|round)\s+$", re.IGNORECASE)


def not_a_figure(text: str, m: re.Match, in_date: Callable[[int], bool]) -> bool:
    """Whether the number ``m`` found in ``text`` (a match of the number pattern of
    :mod:`reader.analysis.figures`, with its groups ``num``, ``word`` and ``hunit``) is
    no figure (module doc); ``in_date`` tells whether an offset lies in a date."""
    if m["word"] is None and m["num"] is None:
        return True
    return (in_date(m.start("num" if m["num"] else "word")) or _identifier(m) or _time_or_way(text, m)
            or _proportion(text, m) or _glued(text, m)
            or _label(text[max(0, m.start() - 30):m.start()])
            or _named_number(text, m))


def _label(before: str) -> bool:
    """Whether the words ``before`` a number make it a label ("Section 230", "day 3 of the trial"),
    not a count told of a span ("on an average day 28 inmates are boarded")."""
    return _LABEL_BEFORE_RE.search(before) is not None and _SPAN_BEFORE_RE.search(before) is None


def _identifier(m: re.Match) -> bool:
    return bool(m["num"]) and len(m["num"]) >= ID_DIGITS and m["num"].isdigit()


def _time_or_way(text: str, m: re.Match) -> bool:
    """"2 p.m.", "11am"; "a two-way street"."""
    return bool(_CLOCK_AFTER_RE.match(text, m.end()) or (m["hunit"] and m["hunit"].lower() in ("way", "ways")))


def _proportion(text: str, m: re.Match) -> bool:
    """"two-thirds", "three fifths", "six in 10 voters" (both numbers), "one out of five";
    a part smaller than its whole only: "sickened 34 in 11 states" is 34 people and 11 states."""
    n_start, n_end = m.span()
    if (m["hunit"] and _FRACTION_UNIT_RE.fullmatch(m["hunit"])) or _FRACTION_AFTER_RE.match(text, n_end):
        return True
    own = _term(m.group())
    after = _RATIO_AFTER_RE.match(text, n_end)
    if after:
        return _part_of(own, _term(after.group(1)))
    before = _RATIO_BEFORE_RE.search(text[max(0, n_start - 24):n_start])
    return before is not None and _part_of(_term(before.group(1)), own) and not _PER_SPAN_AFTER_RE.match(text, n_end)


_TERM_WORDS = {w: n for n, w in enumerate(("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                            "nine", "ten"))}


def _term(number: str) -> float | None:
    """The value of a term of a proportion ("34", "six", "a hundred"), or None."""
    low = number.lower().strip()
    if low in _TERM_WORDS:
        return float(_TERM_WORDS[low])
    if low.endswith("hundred"):
        return 100.0
    try:
        return float(low.replace(",", ""))
    except ValueError:
        return None


def _part_of(part: float | None, whole: float | None) -> bool:
    """Whether "``part`` in ``whole``" may be a proportion: the part smaller than the whole
    (a term not read is taken to be one)."""
    return part is None or whole is None or part < whole


# a range written with a dash, "30-40 people", "10–12 inches", "5-10%": its two numbers are
# figures (joined into one by reader.analysis.figures), when the second is the larger and
# a noun, a unit or "%" follows (not a score, "lost 2-3 to Hull", nor "pages 12-14" alone)
_DASH_RANGE_RE = re.compile(r"(?<![\w.,/:-])(\d{1,3}(?:,\d{3})*(?:\.\d+)?)[-\u2013](\d{1,3}(?:,\d{3})*(?:\.\d+)?)"
                            r"(?=%|\s?(?:percent|per\s+cent)\b|\s+(?!(?:to|in|at|on|for|with|against|and|or|of|"
                            r"the|a|an|win|victory|loss|defeat|vote|votes|decision|draw|tie|lead|margin)\b)[a-z])")


def dash_range(text: str, start: int) -> re.Match | None:
    """The dash range ("30-40 people") whose first or second number starts at ``start``."""
    first = _FIRST_OF_RANGE_RE.search(text, max(0, start - 16), start)     # (``start`` is the second)
    m = _DASH_RANGE_RE.match(text, first.start() if first else start)
    if m is None or start not in (m.start(1), m.start(2)) or _value(m[1]) >= _value(m[2]):
        return None
    return m


# the first number of a range and its dash, right before the second
_FIRST_OF_RANGE_RE = re.compile(r"(?<![\w.,/:-])\d{1,3}(?:,\d{3})*(?:\.\d+)?[-\u2013]$")


def _value(number: str) -> float:
    return float(number.replace(",", ""))


def _glued(text: str, m: re.Match) -> bool:
    """Part of a code, a time or an ordinal: a letter or digit right before ("A1", "#3" after
    a word), or a digit, letter or separator glued after ("COVID-19", "3:02", "1st", "3/4");
    not a number of a dash range (:func:`dash_range`)."""
    n_start, n_end = m.span()
    if m["num"] and dash_range(text, n_start) is not None:
        return False
    if n_start and (text[n_start - 1].isalnum() or (text[n_start - 1] in "-\u2013/:.#" and n_start > 1
                                                    and text[n_start - 2].isalnum())):
        # (but a currency's letters: "NZ$4 million", "Rs.500", "RM5 million")
        named = dollar_before(text, n_start) if m["cur"] and m["cur"].strip() == "$" else code_before(text, n_start)
        rand = m["num"] is not None and scaled_at(text, m.end("num")) and rand_before(text, n_start) is not None
        return named is None and not rand
    return bool(_GLUED_AFTER_RE.match(text[n_end:n_end + 2]))


# a bare number glued to the name before it and naming the noun after it: "a packed Line 4
# train", "the Pier 39 gates", "a Boeing 737 jet"; not "Cruz 370, Kasich 63", "Kasich 63 and
# Rubio 40" (values of a list), nor "On Sunday 12 people" (a plural noun: a count)
_NAME_BEFORE_RE = re.compile(r"(?<![.!?]\s)\b[A-Z][a-z]+\s$")
_NOUN_AFTER_RE = re.compile(r"\s(?!(?:and|or|but|nor|in|on|at|to|of|for|by|from|with|while|than|as|per|a|an|the)\b)"
                            r"[a-z]+(?<!s)\b")
_WHEN_NAMES = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                         "saturday", "sunday"})


def label_number(text: str, start: int, end: int) -> bool:
    """Whether the bare number at ``start``-``end`` names a thing with the name before it
    (comment above), so it counts nothing a figure before it counted ("three cars of a
    packed Line 4 train": the 4 is no number of cars)."""
    name = _NAME_BEFORE_RE.search(text, max(0, start - 20), start)
    return (name is not None and name.group().strip().lower() not in _WHEN_NAMES
            and _NOUN_AFTER_RE.match(text, end) is not None)


# a number that is part of a name: a digit run right after a capitalised word that follows a
# preposition, an article or another capitalised word inside the sentence ("members of Local 17",
# "near Tower 7", "the Dock Union Local 17", "between Route 9 and"), with no plural noun after it;
# not a list's value ("Cruz 370, Kasich 63": after a comma or "and"), not "On Friday 12 people";
# a name does not run over a line break (a byline's last name and a paragraph's first word)
_NAMED_BEFORE_RE = re.compile(r"(?:\b(?:of|near|at|on|from|to|in|into|onto|by|past|between|beside|behind|outside|inside"
                              r"|under|above|below|beyond|via|toward|towards|the|a|an|its|their|his|her)"
                              r"|(?<![.!?]\s)\b[A-Z][a-z'’]+)[^\S\n]+(?P<name>[A-Z][a-z]{2,})\s$")
_PLURAL_AFTER_RE = re.compile(r"\s+(?:[a-z]+-)?(?:people|men|women|children|police|staff|crew|[a-z]+s)\b")
_SHARE_AFTER_RE = re.compile(r"\s?(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)


def _named_number(text: str, m: re.Match) -> bool:
    """Whether the digits of ``m`` are part of a name (comment above)."""
    if not m["num"] or any(m[g] for g in ("cur", "scale", "short", "pct", "pctw", "abbr", "glued", "deg", "cf",
                                          "hunit")):
        return False
    before = _NAMED_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
    if before is None or before["name"].lower() in _WHEN_NAMES:
        return False
    return not (_PLURAL_AFTER_RE.match(text, m.end()) or _SHARE_AFTER_RE.match(text, m.end()))
