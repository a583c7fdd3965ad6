"""How figures are written: currencies, units and their abbreviations, the measures
(units that are no counted thing), and a figure's readable form.

:mod:`reader.analysis.figures` reads numbers with these tables; the conflicts, entities
and quantities show and compare them (:func:`display_number`, :func:`digit_step`).
"""

from __future__ import annotations

import math
import re

from reader.analysis.currencies import SIGNS, money_display

CURRENCY = SIGNS
CURRENCY_WORDS = {"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR"}
# a currency named after a scale word, as a noun or as an adjective ("1.4 billion pound contract",
# "a 2 billion euro deal", "10 million dollars"): a sum; "pounds of" is a weight ("2 million pounds of beef")
_SCALED_CURRENCY_RE = re.compile(r"(?<=illion)\s+(?:(?P<gbp>pounds?|sterling)(?!\s+of\b)|(?P<eur>euros?)"
                                 r"|(?P<usd>dollars?))\b", re.IGNORECASE)


def scaled_currency(text: str, n_end: int) -> tuple[str, int] | None:
    """(currency, end) of a currency word right after a number that ends with "million",
    "billion" or "trillion" at ``n_end``, else None."""
    m = _SCALED_CURRENCY_RE.match(text, n_end)
    if m is None:
        return None
    return ("GBP" if m["gbp"] else "EUR" if m["eur"] else "USD"), m.end()

ABBREVIATIONS = {"ft": "foot", "cm": "centimeter", "mm": "millimeter", "yd": "yard", "yds": "yard",
                 "mph": "mph", "km/h": "km/h", "kph": "km/h", "kmh": "km/h", "km": "kilometer",
                 "lb": "pound", "lbs": "pound", "kg": "kilogram", "ppm": "ppm", "ppb": "ppb"}
# units written against the number only, in their own case ("204g", "30cm", "12in",
# "5,200mAh", "256GB"; "12 in" is a preposition, "5G" a network)
GLUED = {"g": "gram", "mg": "milligram", "cm": "centimeter", "mm": "millimeter", "in": "inch", "mAh": "mAh",
         "GB": "gigabyte", "TB": "terabyte"}
MEASURES = {"mph", "km/h", "year", "month", "week", "day", "hour", "minute", "second", "page", "mile", "kilometer",
            "kilometre", "meter", "metre", "foot", "inch", "pound", "kilogram", "ton", "tonne", "acre", "hectare",
            "decade", "century", "percent", "point", "degree", "gallon", "liter", "litre", "barrel",
            "celsius", "fahrenheit", "magnitude", "centimeter", "centimetre", "millimeter", "millimetre", "yard",
            "km", "cm", "mm", "nautical mile", "knot", "ppm", "ppb"}  # units that are no counted thing

# one unit spelled the British and the American way ("60 kilometres", "45 km"): one quantity's
# unit, so figures are keyed and compared under the American spelling (a tonne is no ton)
_SPELLINGS = {"kilometre": "kilometer", "metre": "meter", "centimetre": "centimeter", "millimetre": "millimeter",
              "litre": "liter", "millilitre": "milliliter", "km": "kilometer", "cm": "centimeter",
              "mm": "millimeter"}


# a unit named with its system ("38 metric tons", "12 metric tonnes"): a metric ton is a tonne
# (1,000 kg), so "38 metric tons (42 tons)" is one weight in two units, and another report's
# "45 tonnes" a weight in the first's unit
_SYSTEM_UNITS = {("metric", "ton"): "tonne", ("metric", "tonne"): "tonne", ("nautical", "mile"): "nautical mile"}


_WORKDAYS = frozenset({"school", "business", "working", "work", "trading", "court", "class"})


# a measure told as a modifier without its hyphens, the unit singular before a noun ("a 2 nautical
# mile exclusion zone", "a 12 foot fence", "a 3 metric ton load"), or hyphened with its system
# ("a 5-nautical-mile zone"): read as "a 12-foot fence" is; not "10 pound notes" (money), nor a year
# ("a 40 year old": an age), nor before a capitalised word or a number
_SPACED_UNIT_RE = re.compile(r"\s+(?P<u>(?:(?:nautical|metric)\s+)?(?:mile|foot|inch|yard|metre|meter|kilometre|"
                             r"kilometer|centimetre|centimeter|millimetre|millimeter|ton|tonne|acre|hectare|gallon|litre|liter|"
                             r"kilogram|ounce|minute|hour|day|week|month))\s+(?=[a-z]{2,})")
_SYSTEM_HYPHEN_RE = re.compile(r"-(?P<u>(?:nautical|metric)-[a-z]+)\b(?:-(?:old|long|high|wide)\b)?", re.IGNORECASE)


def modifier_unit(text: str, pos: int, value: int | float) -> tuple[str, int] | None:
    """A measure's unit written as a modifier right after a number ending at ``pos`` with no hyphen
    or with its system's (``_SPACED_UNIT_RE``): (the unit as a hyphened unit is read, its end)."""
    m = _SYSTEM_HYPHEN_RE.match(text, pos) or (_SPACED_UNIT_RE.match(text, pos) if value != 1 else None)
    return (" ".join(m["u"].lower().replace("-", " ").split()), m.end("u")) if m else None


def workday_unit(unit: str | None, counts: str | None) -> str | None:
    """A length in days told in days of work as its own unit ("nine school days": "school day"; weekends
    left out, it is no length in days), else ``unit``."""
    if unit == "day" and counts and counts.split()[0].lower() in _WORKDAYS:
        return f"{counts.split()[0].lower()} day"
    return unit


def system_unit(phrase: str, head: str) -> str:
    """The unit a noun phrase ending in ``head`` names: "metric tons" → "tonne"; else ``head``."""
    words = phrase.lower().replace("-", " ").split()
    return _SYSTEM_UNITS.get((words[-2], head), head) if len(words) > 1 else head


def one_spelling(unit: str) -> str:
    """``unit`` under one spelling of it ("kilometre" → "kilometer"); any other unit as it is."""
    return _SPELLINGS.get(unit, unit)


def plain_number(value: int | float) -> str:
    """A number as a key's text: "1270000", "1.5"."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def digit_step(value: float) -> float:
    """The place of a number's last non-zero digit, the step it was rounded to
    (70 → 10, 156 → 1, 1.5 → 0.1, 1,270,000 → 10,000; 0 → 1)."""
    value = abs(float(value))
    if value == 0:
        return 1.0
    step = 10.0 ** math.floor(math.log10(value))
    while step >= 1e-6 and abs(value / step - round(value / step)) > 1e-9:
        step /= 10
    return step


def display_number(value: int | float, unit: str | None = None) -> str:
    """A readable form: "1.27 million", "47,000", "$10 billion", "94 pages", "12%"."""
    number = abs(value)
    if number >= 1e6:
        for scale, name in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
            if number >= scale:
                shown = f"{number / scale:.3f}".rstrip("0").rstrip(".") + " " + name
                break
    else:
        shown = f"{number:,.2f}".rstrip("0").rstrip(".") if not float(number).is_integer() else f"{int(number):,}"
    shown = ("-" if value < 0 else "") + shown
    if unit is not None and (money := money_display(unit, shown)) is not None:
        return money
    if unit == "percent":
        return shown + "%"
    if unit == "magnitude":
        return f"magnitude {number:.1f}"      # as seismologists give it: "magnitude 7.0"
    if unit in _DEGREES:
        return f"{shown} {_DEGREES[unit]}"
    if unit in MEASURES:
        return f"{shown} {unit if value == 1 else unit_plural(unit)}"
    return shown


_SCALE_RE = re.compile(r"\s*(?:(?P<c>Celsius|centigrade|C)|(?P<f>Fahrenheit|F))\b(?!['’-])")
_PARTS_PER_RE = re.compile(r"\s+per\s+(?P<per>million|billion)\b", re.IGNORECASE)


def unit_in_words(text: str, unit: str | None, end: int) -> tuple[str | None, int]:
    """A unit and its end, told in words after its noun: "degrees Celsius" is ``celsius``, "degrees F"
    ``fahrenheit``, "parts per million" ``ppm`` (as "400 ppm" is) and "parts per billion" ``ppb``; else
    as it is."""
    if unit == "part" and (per := _PARTS_PER_RE.match(text, end)):
        return ("ppm" if per["per"].lower() == "million" else "ppb"), per.end()
    if unit != "degree" or not (m := _SCALE_RE.match(text, end)):
        return unit, end
    return ("celsius" if m["c"] else "fahrenheit"), m.end()


def unit_plural(unit: str) -> str:
    """A measure's plural: "feet", "inches", "mph", "stories", else the singular plus "s"."""
    if unit in _PLURALS or unit.endswith("s"):
        return _PLURALS.get(unit, unit)
    return unit[:-1] + "ies" if len(unit) > 2 and unit[-1] == "y" and unit[-2] not in "aeiou" else unit + "s"


_DEGREES = {"celsius": "°C", "fahrenheit": "°F"}
# measures whose plural is not the singular plus "s" ("30,000 feet", "80 mph")
_PLURALS = {"mph": "mph", "km/h": "km/h", "km": "km", "cm": "cm", "mm": "mm", "ppm": "ppm", "ppb": "ppb",
            "foot": "feet", "inch": "inches",
            "century": "centuries"}
