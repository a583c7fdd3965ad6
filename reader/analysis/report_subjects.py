"""What a count of reports or complaints counts: "61 reports of the heaters overheating,
including 23 reports of burns" tells two counts, of reports of overheating and of reports
of burns, and a source's "19 reports of minor burns" is the second's.

Keyed by the counted noun alone, such counts all meet as "report" and, told twice in one
sentence, are dropped as distributive (:func:`reader.analysis.quantity_senses.distributive_keys`).
Hand-written because the phrase has one fixed shape: the noun, "of", and what was reported,
a noun phrase (its head: "burns" of "minor burns") or a thing doing something (its verb
in -ing: "overheating" of "units overheating"). Only "report" and "complaint" are read so
("cases of measles" and "measles cases" stay one key); what does not fit the shape keeps
the counted noun alone.
"""

from __future__ import annotations

import re

from reader.analysis.figure_nouns import singular
from reader.analysis.figures import Figure

REPORT_NOUNS = {"report", "complaint"}
# what was reported: up to four words after "of", to a clause break or a joining word
_OF_AFTER = re.compile(r"\s+of\s+(?P<what>(?:[A-Za-z][\w’'-]*\s*){1,4})")
_STOPS = {"and", "or", "but", "including", "in", "on", "at", "from", "with", "by", "to", "since", "over",
          "after", "before", "that", "which", "who", "among", "across", "during", "for", "as", "than", "were",
          "was", "had", "have", "has", "are", "is", "involving", "linked", "tied", "related", "near", "about",
          "of", "off", "into", "under", "through", "against", "within", "outside", "inside", "without"}
_ARTICLES = {"the", "a", "an", "its", "their", "his", "her", "such"}


def reported_thing(text: str, f: Figure, thing: str | None) -> str | None:
    """``"report of burn"`` for "23 reports of burns", ``"report of overheating"`` for
    "50 reports of units overheating"; ``thing`` unchanged for any other count or shape."""
    if thing not in REPORT_NOUNS or f.end == f.number_end:
        return thing
    m = _OF_AFTER.match(text, f.end, min(f.sentence_end, f.end + 60))
    if m is None:
        return thing
    words: list[str] = []
    for word in m["what"].split():
        low = word.lower()
        if low in _STOPS:
            break
        if low not in _ARTICLES:
            words.append(low)
    if not words:
        return thing
    doing = [w for w in words[1:] if w.endswith("ing")]
    if any(w in ("being", "having", "getting") for w in words) or (not doing and words[-1].endswith("ed")):
        return thing        # "reports of people being hurt", "reports of shots fired": no plain head
    if not doing:
        return f"{thing} of {singular(words[-1])}"
    at = words.index(doing[0])
    return f"{thing} of {' '.join(words[at:at + 2])}"      # "overheating", "catching fire"
