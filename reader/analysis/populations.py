"""A place's population is no count of the story's people: "a blow to a town of 18,000"
borrowed "workers" from the sentence before and was keyed as the plant's workforce, beside
"640 employees" and "Nearly 700 workers" of the story.

A number right after "a town of", "the city of about", "a village of some", or after
"population (of)", counting nothing or only people ("a city of 2 million people",
"residents", "inhabitants"), is the place's population and gets no key (it is compared
by sentence context only, as any unkeyed figure is), and a counted noun it only borrowed
from the sentence is taken off it (:func:`as_population`: the town's 9,000 are no
workers, so they are not the mill's "9,200 workers" told again). "A town of 300 homes" still counts
homes.

Hand-written: one pattern of news copy for a place's size.
"""

from __future__ import annotations

import dataclasses
import re

from reader.analysis.figures import Figure

_PLACES = (r"(?:town|city|village|community|borough|suburb|county|island|parish|municipality|district|nation|"
           r"country|hamlet|settlement|region|province|state|metropolis)")
_HEDGE = (r"(?:(?:about|around|roughly|some|nearly|almost|only|just|over|under|more\s+than|fewer\s+than|"
          r"less\s+than)\s+)*")
_BEFORE = re.compile(rf"(?:\b(?:a|an|the|its|this|that)\s+(?:[\w'’-]+\s+){{0,2}}{_PLACES}\s+of\s+{_HEDGE}"
                     rf"|\bpopulation\s+(?:of\s+|is\s+|was\s+|stands\s+at\s+|,\s*)?{_HEDGE})$", re.IGNORECASE)
_PEOPLE = frozenset({"person", "people", "resident", "inhabitant", "soul", "citizen", "worker", "employee"})
REACH = 80


def population(text: str, f: Figure) -> bool:
    """Whether ``f`` is a place's population (module doc): counting nothing of its own, or
    only people, right after "a town of", "population"."""
    if f.unit is not None and not f.counts_inferred and f.unit not in _PEOPLE:
        return False
    return _BEFORE.search(text, max(f.sentence_start, f.start - REACH), f.start) is not None


def as_population(text: str, f: Figure) -> Figure:
    """``f`` less the counted noun it borrowed when it is a place's population ("a town
    of 18,000" after "700 workers"), else ``f``."""
    if f.counts_inferred and population(text, f):
        return dataclasses.replace(f, unit=None, counts=None, counts_inferred=False)
    return f
