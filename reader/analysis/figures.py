"""Figures in news text: a number, what qualifies it, its unit and what it counts.

``extract_figures(article_or_text)`` finds numbers written with digits ("47,000",
"1.27 million", "$10 billion", "12%") or words ("five-year", "three judges") and parses
each to a :class:`Figure`:

- ``value``: the number (``1.27 million`` → 1270000, ``five`` → 5);
- ``qualifier``: "more than", "at least", "roughly", "nearly", "about" … as written before it (lower-cased);
- ``unit``: a currency code ("USD" for "$" or "dollars"; "NZD" for "NZ$", "CHF" for "CHF 5.5 million" and
  "8 million francs", "INR" for "Rs 5 lakh": :mod:`reader.analysis.currencies`), "percent", a measure
  written as a compound adjective ("94-page ruling" → "page"; "nine school days" → "school day"), or the singular of the
  counted noun ("records" → "record");
- ``counts``: the counted noun phrase as written ("potentially undocumented taxpayers", "immigrant
  taxpayers"): the words after the number up to the first plural noun (a head noun ends the phrase);
  "1,100 of the 3,000 individuals" gives both figures "individuals"; "1.28 million of them" takes the
  noun of the figure before it in the sentence; a bare number ("bond for 615") takes the noun of an
  earlier figure of the same value. ``counts_inferred`` says when the noun came from context;
- ``key``: value and unit ("1270000 record") for comparing figures across sources, and the span.

Not figures: dates and years (:mod:`reader.analysis.dates`), times, ordinals, labels ("Section 230"), identifiers
and proportions (:mod:`reader.analysis.not_figures`), vague amounts ("millions of", "a few hundred") and "one" as a
word ("one single agent"). Nouns: :mod:`reader.analysis.figure_nouns`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from reader.analysis.currencies import (
    SCALES,
    code_before,
    dollar_before,
    rand_before,
    scaled_at,
    word_after,
)
from reader.analysis.dates import DateMention, find_dates
from reader.analysis.elliptic_counts import elliptic, noun_source, nounless, relative_part, subject_count
from reader.analysis.event_counts import counted_by_event, one_casualty
from reader.analysis.figure_nouns import noun_phrase, plural_next, singular
from reader.analysis.figure_qualifiers import OR_MORE, OR_MORE_RE, QUALIFIER_RE, qualifier_before
from reader.analysis.figure_units import (
    ABBREVIATIONS,
    CURRENCY,
    CURRENCY_WORDS,
    GLUED,
    MEASURES,
    modifier_unit,
    plain_number,
    scaled_currency,
    system_unit,
    unit_in_words,
    unit_plural,
    workday_unit,
)
from reader.analysis.not_figures import label_number, not_a_figure
from reader.analysis.offsets import membership, span_holding
from reader.analysis.partitive_nouns import partitive_noun, sentence_before, whole_next
from reader.analysis.predicate_groups import predicate_group
from reader.analysis.sentences import sentence_spans
from reader.text.speedups import native_function

_native_starts: Callable[[str, str, tuple[str, ...]], list[int]] | None = native_function("figure_starts")

# patterns compiled once (re's own cache costs a look-up at every call)
_SPACES_RE = re.compile(r"\s+")
_LETTERS_RE = re.compile(r"[A-Za-z]+")
_OF_THEM_RE = re.compile(r"\s+of\s+(?:them|these|those)\b")
_CLAUSE_MARK_RE = re.compile(r"[;:()\[\]]")

_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "dozen": 12, "hundred": 100,
           "k": 1e3, "m": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9} | SCALES
_HYPHEN_SCALES = ("thousand", "million", "billion", "trillion")     # a scale written as a compound: "850-million"
# a dimension after an abbreviated unit, in a compound: "a 10km-long plume", "a 5ft-deep hole"
_DIMENSION_WORDS = frozenset({"long", "high", "wide", "deep", "tall", "thick", "across"})
_WORD_VALUES = {w: i for i, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
     "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"])}
_WORD_VALUES |= {w: 10 * (i + 2) for i, w in enumerate(
    ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])}
_WORD_VALUES |= {"dozen": 12, "hundred": 100}
_WORDNUM = r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)" \
           r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?" \
           r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen" \
           r"|sixteen|seventeen|eighteen|nineteen|a\s+dozen|dozen|a\s+hundred|hundred)"

_NUMBER_RE = re.compile(
    rf"""
    (?P<cur>[$€£¥]\s?)?
    (?:
        (?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)
      | (?<![\w-])(?P<word>{_WORDNUM})(?![\w])
    )
    (?P<half>\s+and\s+a\s+half(?=\s+[a-z]))?
    (?:(?:\s+|(?<=\d))(?P<scale>thousand|million|billion|trillion|dozen|hundred|lakhs?|crores?)\b|(?P<short>[kKmMbB]n?)\b)?
    (?:\s?(?P<pct>%)|\s+(?P<pctw>percent|per\s+cent)\b|\s?(?P<abbr>ft|mph|km/h|kph|kmh|[kcm]m|yds?|lbs?|kg|pp[mb])(?![\w/])
       |(?P<glued>(?-i:g|mg|cm|mm|in|mAh|GB|TB))(?![\w/])
       |\s?(?P<deg>[°º]\s?(?-i:[CF]))(?![\w/])|(?P<cf>(?-i:[CF]))(?![\w/]))?
    (?:-(?!an?-)(?P<hunit>[a-z]+)(?:-(?:old|long|high|wide))?\b)?
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Where a figure can start (a currency sign, a digit, or a number word's first letters at the start of a
# word; the long s, U+017F, is an s to IGNORECASE): one character, from a set, so the search skips the rest of
# the text in C. extract_figures tries _NUMBER_RE only there (not at every position of the text).
_FIGURE_START_RE = re.compile(
    r"[$€£¥\dadefhnostzADEFHNOSTZ\u017f](?:(?<=[$€£¥\d])|(?<![\w-].)(?i:(?<=z)(?=er)|(?<=o)(?=ne)"
    r"|(?<=t)(?=w|hr|hi|en)|(?<=f)(?=ou|or|iv|if)|(?<=s)(?=ix|ev)|(?<=e)(?=ig|le)|(?<=n)(?=in)|(?<=a)(?=\s+[dh])"
    r"|(?<=d)(?=oz)|(?<=h)(?=un)))")
# A digit or currency sign (group 1, empty, set), or a character that is neither a word's nor "-" before a
# number word's first letters: _FIGURE_START_RE's matches, one character on for the second kind (_figure_starts).
_AFTER_BREAK_RE = re.compile(
    r"[\W\d](?:(?<=[$€£¥\d])()|(?<!-)(?=(?=[adefhnostzADEFHNOSTZ\u017f])(?i:z(?=er)|o(?=ne)|t(?=w|hr|hi|en)"
    r"|f(?=ou|or|iv|if)|s(?=ix|ev)|e(?=ig|le)|n(?=in)|a(?=\s+[dh])|d(?=oz)|h(?=un))))")
# a speed written out: "81.1 miles per hour", "129 kilometers an hour"
_PER_HOUR_RE = re.compile(r"\s+(?:per|an|a)\s+hour\b", re.IGNORECASE)
# a temperature's scale after "degrees" ("46.2 degrees Celsius", "113 degrees F", "45 C"): its
# unit, so that 46 degrees Celsius and 115 degrees Fahrenheit are never one quantity
_PARTITIVE_OR_RANGE_RE = re.compile(
    rf"\s+(?:of\s+(?:the|them|these|those|its|their|his|her|our)\b|(?:of|or|to)\s+(?:\d|{_WORDNUM}\b))", re.IGNORECASE)
# "1,100 of the 3,000 individuals", "Thirteen of the train's 14 cars", "7 of 9 counts": the part, then the whole
PARTITIVE_RE = re.compile(r"\s+of\s+(?:(?:the|these|those|its|their|all|his|her|our)\s+)?(?:[A-Za-z]+['’]s\s+)?")
_RANGE_GAP_RE = re.compile(r"\s+(?:or|to)\s+$|[-\u2013]$", re.IGNORECASE)    # (a dash: not_figures.dash_range)
# "between $13.9 billion and $14.2 billion", "between 40 and 175 years": a range too
_AND_GAP_RE = re.compile(r"\s+and\s+\$?$", re.IGNORECASE)
_BETWEEN_RE = re.compile(r"\bbetween\s+$", re.IGNORECASE)



@dataclass(frozen=True)
class Figure:
    start: int                 # span of the whole figure: qualifier, number and counted noun
    end: int
    text: str                  # the exact slice
    number_start: int          # span of the number itself ("1.27 million", "$10 billion")
    number_end: int
    value: int | float
    qualifier: str | None
    unit: str | None           # "USD", "percent", "page", "record"
    counts: str | None         # counted noun phrase as written
    counts_inferred: bool
    modifies: str | None       # "ruling" in "94-page ruling"
    sentence_start: int
    sentence_end: int
    high: int | float | None = None    # the top of a range: "five or six vehicles" is 5 to 6

    @property
    def key(self) -> str:
        """Value and unit, comparable across sources: "1270000 record", "10000000000 USD"."""
        return f"{plain_number(self.value)} {self.unit}" if self.unit else plain_number(self.value)

    def in_unit(self, ratio: float, unit: str) -> Figure:
        """This figure restated in ``unit``, ``ratio`` of which its own unit is ("90 minutes" as 1.5 hours)."""
        high = None if self.high is None else self.high * ratio
        return replace(self, value=self.value * ratio, high=high, unit=unit)

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "value": self.value,
                "qualifier": self.qualifier, "unit": self.unit, "counts": self.counts,
                "counts_inferred": self.counts_inferred, "modifies": self.modifies, "key": self.key,
                "number_start": self.number_start, "number_end": self.number_end,
                "sentence_start": self.sentence_start, "sentence_end": self.sentence_end, "high": self.high}


def extract_figures(article: Any, dates: Sequence[DateMention] | None = None,
                    sentences: list[tuple[int, int]] | None = None) -> list[Figure]:
    """Every figure in an article's body (or in a string), in order of appearance.
    ``dates`` and ``sentences``, when given, are the text's dates and sentence spans,
    found already (so they are not found again)."""
    text = article if isinstance(article, str) else article.body
    in_date = membership((d.start, d.end) for d in (find_dates(text) if dates is None else dates))
    sentences = sentence_spans(text) if sentences is None else sentences
    starts, raw = [s for s, _ in sentences], []
    for m in _numbers(text):
        fig = _parse(text, m, in_date)
        if fig is not None:
            fig["sentence"] = span_holding(sentences, starts, m.start()) or (m.start(), m.end())
            raw.append(fig)
    raw = _join_ranges(text, raw)
    _infer_counts(text, raw)
    return [_build(text, f) for f in raw if not nounless(text, f)]


def _numbers(text: str) -> Iterator[re.Match]:
    """``_NUMBER_RE.finditer(text)``, trying the pattern only where a figure can start."""
    at, n = 0, len(text)
    for start in _figure_starts(text):
        if start >= at:
            m = _NUMBER_RE.match(text, start)
            while m is not None:
                yield m
                at = m.end()
                # a digit right after the figure ("1,2345": "1,234" then "5") starts the next one
                # (_figure_starts lists only the first digit of a run; \d is str.isdecimal's)
                m = _NUMBER_RE.match(text, at) if at < n and text[at].isdecimal() else None


# The number words as _NUMBER_RE reads them (_WORDNUM's), each found in the text in lower case
# by its first letters here, as many as tell it from common words ("fort" for "forty", not
# "for"; "thirt", not "this"); "a" before "dozen" or "hundred" by _A_BEFORE_RE; and each
# currency sign and run of digits, found together (one character set: the search skips the
# rest in C). A run right after a sign is not listed: the figure starting at the sign takes it in.
_NUMBER_WORD_STARTS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                       "eleven", "twe", "thirt", "fift", "fort", "dozen", "hundred")
_A_BEFORE_RE = re.compile(r"a(?=\s+(?:dozen|hundred))")
_SIGN_OR_DIGITS_RE = re.compile(r"[$€£¥\d]\d*")


def _figure_starts(text: str) -> list[int] | Iterator[int]:
    """Where a match of ``_NUMBER_RE`` may start, in order: each currency sign, the first
    digit of each run of digits not right after one (:func:`_numbers` tries a digit inside a
    run when a figure ends before it), and each place a number word of _WORDNUM begins (``str.find`` of its first
    letters in the text in lower case, a scan in C for each) not after a word's character or
    "-". IGNORECASE matches the dotless i (U+0131) as "i" and the long s (U+017F) as "s",
    which lower() keeps, and "İ" as "i", which it makes two characters: a text with any of
    these is read as before (:func:`_figure_starts_by_breaks`: where _FIGURE_START_RE
    matches). In C when ``reader._native`` is there (one pass over the text, not one per
    word: ``figure_starts`` in reader/native/names.c; 1 M instructions per 1,000 words of
    real news less)."""
    low = text.lower()
    if len(low) != len(text) or "\u0131" in text or "\u017f" in text:
        return _figure_starts_by_breaks(text)
    if _native_starts is not None:
        return _native_starts(text, low, _NUMBER_WORD_STARTS)
    starts = [m.start() for m in _SIGN_OR_DIGITS_RE.finditer(text)]
    add, find = starts.append, low.find
    for word in _NUMBER_WORD_STARTS:
        at = find(word)
        while at >= 0:
            if not at or not (text[at - 1].isalnum() or text[at - 1] in "_-"):
                add(at)
            at = find(word, at + 1)
    for m in _A_BEFORE_RE.finditer(low):
        at = m.start()
        if not at or not (text[at - 1].isalnum() or text[at - 1] in "_-"):
            add(at)
    starts.sort()
    return starts


def _figure_starts_by_breaks(text: str) -> Iterator[int]:
    """Where ``_FIGURE_START_RE`` matches, in order, found mostly with ``_AFTER_BREAK_RE``:
    its first character (white space, punctuation or a digit) is far rarer than the
    letters a number word starts with, so the search skips more of the text in C."""
    if text[:1].isalpha() and _FIGURE_START_RE.match(text):
        yield 0                                           # a number word opening the text
    for m in _AFTER_BREAK_RE.finditer(text):
        at = m.start()
        if m.lastindex is None:                           # a number word after a non-word character
            yield at + 1
        else:                                             # a currency sign or a digit
            yield at
            if (text[at] in "$€£¥" and _FIGURE_START_RE.match(text, at + 1)
                    and not _AFTER_BREAK_RE.match(text, at + 1)):
                yield at + 1                              # and a number word right after a sign


def _join_ranges(text: str, raw: list[dict]) -> list[dict]:
    """"five or six vehicles", "40 to 175 years", "between 40 and 175 years": one figure from
    the first number to the second, with the second's unit and noun (``high`` is the top of the range)."""
    out: list[dict] = []
    for f in raw:
        prev = out[-1] if out else None
        if (prev is not None and prev["high"] is None and not prev["counts"] and prev["value"] < f["value"]
                and prev["unit"] in (None, f["unit"]) and prev["sentence"] == f["sentence"]
                and (_RANGE_GAP_RE.match(text[prev["n_end"]:f["n_start"]])
                     or (_AND_GAP_RE.match(text[prev["n_end"]:f["n_start"]])
                         and _BETWEEN_RE.search(text, max(0, prev["start"] - 12), prev["start"])))):
            prev.update(end=f["end"], n_end=f["n_end"], high=f["value"], unit=f["unit"], counts=f["counts"],
                        modifies=f["modifies"], hunit=f["hunit"])
            continue
        out.append(f)
    return out


# "41.3C" with no degree sign is a temperature only beside a word of one ("a temperature of
# 41.3C"; "Gate 5C" is a code)
_TEMPERATURE_CUE_RE = re.compile(r"\b(?:temperatures?|degrees?|heat(?:wave)?|hot(?:test)?|thermometers?|"
                                 r"warm(?:est)?|cold(?:est)?|forecast|mercury|celsius|fahrenheit)\b", re.IGNORECASE)
_HALF_BEFORE_RE = re.compile(r"\bhalf\s+$", re.IGNORECASE)
# "several dozen", "a few hundred": a vague amount (reader.analysis.vague_amounts), not 12 nor 100
_VAGUE_DOZEN_RE = re.compile(r"(?:\bseveral|\bfew|\bcouple(?:\s+of)?)\s+$", re.IGNORECASE)
_SCALES_ALONE = ("dozen", "hundred", "thousand")


def _parse(text: str, m: re.Match, in_date: Callable[[int], bool]) -> dict | None:
    n_start, n_end = m.span()
    if not_a_figure(text, m, in_date):
        return None
    if m.group(0).lower() in _SCALES_ALONE and _VAGUE_DOZEN_RE.search(text, max(0, n_start - 12), n_start):
        return None
    value = _value(text, m)
    if value is None:
        return None
    half = _HALF_BEFORE_RE.search(text, max(0, n_start - 8), n_start)
    if half and m["word"] and "dozen" in m["word"].lower() and not m["scale"]:
        value, n_start = int(value) // 2, half.start()   # "half a dozen people": six
    unit = CURRENCY[m["cur"].strip()] if m["cur"] else "percent" if m["pct"] or m["pctw"] else None
    named = dollar_before(text, n_start) if unit == "USD" else code_before(text, n_start) if unit is None else None
    if named is not None:
        unit, n_start = named       # ("NZ$4 million", "CHF 5.5 million": reader.analysis.currencies)
    if m["abbr"]:
        unit = ABBREVIATIONS[m["abbr"].lower()]
    elif m["glued"]:
        unit = GLUED[m["glued"]]
    elif m["deg"] or m["cf"]:
        if m["cf"] and not _TEMPERATURE_CUE_RE.search(text, max(0, n_start - 120), n_end + 60):
            return None                   # "Gate 5C", "Level 1F": a code, as before
        unit = "celsius" if (m["deg"] or m["cf"])[-1] == "C" else "fahrenheit"
    hunit = m["hunit"].lower() if m["hunit"] else None
    if hunit in _HYPHEN_SCALES and not (m["scale"] or m["short"]) and not text.startswith("-", m.end("hunit")):
        value, hunit = _scaled(value, _SCALES[hunit]), None       # ("$850-million plan")
    if unit is None and m["num"] and scaled_at(text, m.end("num")) and (rand := rand_before(text, n_start)):
        unit, n_start = rand        # ("R850-million", "R1.2bn": reader.analysis.currencies)
    if unit is None and (spaced := modifier_unit(text, n_end if hunit is None else m.start("hunit") - 1, value)):
        hunit, n_end = spaced         # ("a 2 nautical mile exclusion zone": figure_units.modifier_unit)
    if (m["abbr"] or m["glued"]) and hunit in _DIMENSION_WORDS:
        hunit = unit         # ("a 10km-long plume" is in kilometres, as "a 10-kilometre-long plume")
    if hunit:
        unit = system_unit(hunit, singular(hunit.split()[-1]))
    before = text[max(0, n_start - 30):n_start]
    qualifier, start = qualifier_before(before, n_start)
    unit, counts, modifies, end = _counted(text, n_end, value, unit, hunit)
    if unit is None and counts is None and (group := predicate_group(text, n_start, n_end)) is not None:
        unit, counts = group        # ("27 were children", "Eleven of the dead were children")
    unit, end = unit_in_words(text, unit, end)
    counts = unit if unit in ("ppm", "ppb") else counts      # ("400 parts per million": no count of parts)
    unit = workday_unit(unit, counts)
    if unit in (None, "magnitude") and _magnitude(text, n_start, n_end):
        unit, counts = "magnitude", None
    if qualifier is None and (after := OR_MORE_RE.match(text, end)):
        qualifier, end = OR_MORE[after["q"].lower()], after.end()
        if counts is None and unit is None:        # "5 or more people": the noun after the qualifier
            unit, counts, modifies, noun_end = _counted(text, end, value, unit, hunit)
            end = max(end, noun_end)
    return {"start": start, "end": end, "n_start": n_start, "n_end": n_end, "value": value,
            "qualifier": qualifier, "unit": unit, "counts": counts, "inferred": False, "modifies": modifies,
            "hunit": hunit, "high": None}


_MAGNITUDE_BEFORE_RE = re.compile(r"\bmagnitude(?:\s+of)?[\s-]+$|\bM$", re.IGNORECASE)
_MAGNITUDE_AFTER_RE = re.compile(r"[\s-]+magnitude\b|\s+on\s+the\s+Richter\s+scale\b", re.IGNORECASE)


def _magnitude(text: str, n_start: int, n_end: int) -> bool:
    """An earthquake's magnitude: "magnitude 7.0", "a magnitude of 7.1", "M7.1", "a
    7.1-magnitude quake", "6.8 on the Richter scale"."""
    return bool(_MAGNITUDE_BEFORE_RE.search(text, max(0, n_start - 16), n_start)
                or _MAGNITUDE_AFTER_RE.match(text, n_end))


def _value(text: str, m: re.Match) -> int | float | None:
    """The number's value, scaled; None for a number word that is no figure ("one", or
    "five" not before a plural or a unit) and for "5m" without a currency (metres?)."""
    value: float
    if m["word"]:
        word_value = _word_value(_SPACES_RE.sub(" ", m["word"].lower()))
        if word_value is None or (word_value < 2 and not m["hunit"] and not m["half"]
                                  and not one_casualty(text, m.start(), m.end())) or (
                not m["hunit"] and not m["scale"] and not _word_counts(text, m)):
            return None
        value = word_value
    else:
        value = float(m["num"].replace(",", ""))
    if m["short"] and not m["cur"] and not (m["num"] and rand_before(text, m.start())):
        return None
    value += 0.5 if m["half"] else 0        # "three and a half hours"
    return _scaled(value, _SCALES.get((m["scale"] or m["short"] or "").lower(), 1))


def _scaled(value: float, scale: float) -> int | float:
    """``value`` times ``scale``, an int when whole."""
    value = round(value * scale, 6)
    return int(value) if value == int(value) else value


def _word_counts(text: str, m: re.Match) -> bool:
    """Whether a number word counts something: a plural or a counted noun follows
    ("five crew"), a qualifier comes before it ("more than a dozen"), an event counts it
    ("the death toll rose to six", "killing four,", "six were hurt"), it is a list's item
    told of a place ("and five in Walsall"), or it opens a partitive or a range ("Thirteen
    of the 14 cars", "five or six vehicles")."""
    if plural_next(text, m.end()) or m["abbr"] or m["glued"]:
        return True
    if QUALIFIER_RE.search(text[max(0, m.start() - 30):m.start()]):
        return True
    if counted_by_event(text, m.start(), m.end()) is not None or one_casualty(text, m.start(), m.end()):
        return True
    if _LISTED_AT_PLACE_RE.search(text, max(0, m.start() - 6), m.start()) and _AT_PLACE_RE.match(text, m.end()):
        return True     # a list's item that drops its noun: "12 cases in Sandwell and five in Walsall"
    return _PARTITIVE_OR_RANGE_RE.match(text, m.end()) is not None or elliptic(text, m.start(), m.end(), True) or (
        predicate_group(text, m.start(), m.end()) is not None)     # ("Four were children": predicate_groups)


_LISTED_AT_PLACE_RE = re.compile(r"(?:,|\band)\s+$")
_AT_PLACE_RE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z]")


def _counted(text: str, n_end: int, value: int | float, unit: str | None,
             hunit: str | None) -> tuple[str | None, str | None, str | None, int]:
    """(unit, counted noun, modified noun, end) from the words after the number ("47,000 taxpayers")."""
    if unit is None and (money := scaled_currency(text, n_end) or word_after(text, n_end)) is not None:
        return money[0], None, None, money[1]       # ("1.4 billion pound contract", "8 million francs")
    phrase, p_end, plural = noun_phrase(text, n_end, whole=bool(hunit))
    if hunit:
        counts = unit_plural(hunit) if value != 1 else hunit
        return (unit, counts, phrase, p_end) if phrase else (unit, counts, None, n_end)
    if unit is None and phrase and (plural or value == 1):
        if currency := CURRENCY_WORDS.get(phrase.split()[-1].lower()):
            return currency, None, None, p_end
        per_hour = _PER_HOUR_RE.match(text, p_end)
        head = singular(phrase.split()[-1])
        if per_hour and head in ("mile", "kilometer", "kilometre"):
            return ("mph" if head == "mile" else "km/h"), None, None, per_hour.end()
        return system_unit(phrase, singular(phrase.split()[-1].strip("“”\"‘’'"))), phrase, None, p_end
    return unit, None, None, n_end


def _word_value(word: str) -> int | None:
    word = word.removeprefix("a ")
    if word in _WORD_VALUES:
        return _WORD_VALUES[word]
    if "-" in word:
        tens, ones = word.split("-", 1)
        if tens in _WORD_VALUES and ones in _WORD_VALUES:
            return _WORD_VALUES[tens] + _WORD_VALUES[ones]
    return None


# the number words figures read ("twenty-five", "a dozen"), as a pattern and as values,
# for the modules that parse other amounts (elapsed times, clock times)
NUMBER_WORDS = _WORDNUM


def number_word_value(word: str) -> int | None:
    """The value of a number word of :data:`NUMBER_WORDS` ("twenty-five" → 25), else None."""
    return _word_value(_SPACES_RE.sub(" ", word.lower()))


def _infer_counts(text: str, raw: list[dict]) -> None:
    """A bare number's noun from the figure that counts it ("80 of them", "100" after "three
    people"; a partitive's own whole: :mod:`reader.analysis.partitive_nouns`), kept in an index."""
    by_value: dict[int | float, dict] = {}
    by_sentence: dict[tuple[int, int], dict] = {}
    for i, f in enumerate(raw):
        if not (f["counts"] or f["unit"]):
            _infer_count(text, raw, i, by_value, by_sentence)
        if f["counts"]:
            by_value[f["value"]] = f
            by_sentence[f["sentence"]] = f


def _infer_count(text: str, raw: list[dict], i: int, by_value: dict[int | float, dict],
                 by_sentence: dict[tuple[int, int], dict]) -> None:
    f = raw[i]
    tail = text[f["n_end"]:f["n_end"] + 40]
    partitive = PARTITIVE_RE.match(tail)
    pronoun = _OF_THEM_RE.match(tail)
    source = None
    relative = relative_part(text, f["n_end"])
    if relative is not None or subject_count(text, f["n_start"], f["n_end"], f["sentence"][0], opening=True):
        source = noun_source(text, f, by_sentence.get(f["sentence"]), lambda: sentence_before(text, raw, i))
        f["end"], f["elliptic"] = relative or f["end"], True
    elif partitive and i + 1 < len(raw) and whole_next(f, raw[i + 1], partitive.end()):
        source = raw[i + 1]
    elif partitive and partitive_noun(text, f, partitive.end()):
        return      # "all eight of the port's container terminals", "Four of the injured"
    elif label_number(text, f["n_start"], f["n_end"]):
        return      # "a packed Line 4 train": the number names the train, counts nothing
    elif pronoun:
        f["end"] = f["n_end"] + pronoun.end()
        phrase, p_end, plural = noun_phrase(text, f["end"])
        if phrase and plural:           # "86 aboard, 80 of them passengers"
            f["counts"], f["unit"], f["inferred"], f["end"] = phrase, singular(phrase.split()[-1]), True, p_end
            return
        source = by_sentence.get(f["sentence"]) or sentence_before(text, raw, i)
    else:       # (no partitive's: "Two of the students" are no "about 2 miles" told before)
        source = None if partitive else by_value.get(f["value"])
        if source is None and i and _same_list(text, raw[i - 1], f):
            source = raw[i - 1]     # "killing three people, injuring more than 100"
    if source is not None:
        f["counts"], f["unit"], f["inferred"] = source["counts"], source["unit"], True


def _same_list(text: str, prev: dict, f: dict) -> bool:
    """Whether a bare number continues the count of the figure just before it in the
    sentence ("At least 50 people were hospitalized, more than a dozen with ..."): a
    plain count with a noun, no compound measure, nothing in brackets between."""
    return (prev["sentence"] == f["sentence"] and bool(prev["counts"]) and not prev["hunit"]
            and prev["unit"] not in MEASURES and not _CLAUSE_MARK_RE.search(text[prev["end"]:f["start"]]))


def _build(text: str, f: dict) -> Figure:
    s, e = f["sentence"]
    return Figure(f["start"], f["end"], text[f["start"]:f["end"]], f["n_start"], f["n_end"], f["value"],
                  f["qualifier"], f["unit"], f["counts"], f["inferred"], f["modifies"], s, e, f["high"])
