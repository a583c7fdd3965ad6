"""The qualifier written before a figure ("more than", "about", "nearly") or after it ("or more"), as
:mod:`reader.analysis.figures` reads it, and where the figure then starts.

A bound a negated verb turns around is read as the bound it states: "The temperature did not fall below
25C overnight" tells 25C or more, not a reading under 25C (against "peaked at 36.4C" it was a conflict);
"never rose above 30 feet" tells 30 feet at most.

Hand-written: a closed list of English qualifiers, as figures read them before this module held them.
"""

from __future__ import annotations

import re

_LETTERS_RE = re.compile(r"[A-Za-z]+")
QUALIFIER_RE = re.compile(
    r"\b(?P<q>more than|fewer than|less than|at least|at most|up to|as many as|as few as|as much as"
    r"|in excess of|upwards of|close to|nearly|almost|approximately|roughly|about|around|over|under"
    r"|just over|just under|well over|some|an estimated|estimated|only|just|exactly"
    r"|above|below|exceed(?:s|ed|ing)?|topp(?:ed|ing)|past|start(?:s|ed|ing)?\s+(?:at|from))\s+[$€£¥]?$",
    re.IGNORECASE,
)
# A qualifier written after the figure ("10 points or more"), read as the one before it would be.
OR_MORE_RE = re.compile(r"\s+or\s+(?P<q>more|greater|higher|above|fewer|less|lower|below)\b", re.IGNORECASE)
# (a floor or a ceiling, not a count rounded: "48 aftershocks of magnitude 3.0 or greater" holds with "a
# magnitude 5.1 aftershock")
OR_MORE = {"more": "no lower than", "greater": "no lower than", "higher": "no lower than", "above": "no lower than",
           "fewer": "no higher than", "less": "no higher than", "lower": "no higher than", "below": "no higher than"}
# "climbed past 90 degrees", "shot past 1,000": a bound, as "topped"; "the past 90 days" is none
_RISE_PAST = {"climbed", "climbing", "rose", "risen", "rising", "soared", "soaring", "surged", "surging", "pushed",
              "pushing", "crept", "creeping", "went", "gone", "jumped", "shot", "edged", "moved", "passed"}
# "information about 47,000 taxpayers": "about" there is a preposition, not a qualifier.
_ABOUT_AFTER = {"information", "data", "details", "news", "talk", "talked", "know", "knew", "questions",
                "question", "concerns", "concern", "worried", "asked", "told", "care", "cares", "thinking"}
# a negated verb of moving before "below" or "above": "did not fall below", "never rose above", "didn't dip under"
_NOT_PAST_RE = re.compile(r"\b(?:not|never|n['’]t)\s+(?:\w+\s+)?(?:fall|fallen|fell|drop|dropped|dip|dipped|sink|sank|"
                          r"go|gone|went|rise|risen|rose|climb|climbed|get|got)\s+$", re.IGNORECASE)
_TURNED = {"below": "no lower than", "under": "no lower than", "above": "no higher than", "over": "no higher than"}


def qualifier_before(before: str, n_start: int) -> tuple[str | None, int]:
    """The qualifier written before the number ("more than") and where the figure starts.
    "about" after a word such as "information" is a preposition, not a qualifier; a bound after a
    negated verb is turned around (module doc)."""
    q = QUALIFIER_RE.search(before)
    if not q:
        return None, n_start
    prev = _LETTERS_RE.findall(before[: q.start()])
    word = q["q"].lower()
    if word == "about" and prev and prev[-1].lower() in _ABOUT_AFTER:
        return None, n_start
    if word == "past" and not (prev and prev[-1].lower() in _RISE_PAST):
        return None, n_start        # "the past 90 days"; "climbed past 90 degrees" is a bound
    if word in _TURNED and _NOT_PAST_RE.search(before, 0, q.start()):
        word = _TURNED[word]        # ("did not fall below 25C": 25C or more, a floor)
    return word, n_start - (len(before) - q.start())
