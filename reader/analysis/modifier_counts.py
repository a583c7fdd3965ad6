"""Counts written as a modifier of another noun: "a six-car train", "a 10-storey block", "a
40-bed ward". The number is the size of the thing modified: "two cars of a six-car train
derailed" tells two cars off the rails and a train of six; "three cars derailed" in another
report is against the two, never against the six.

Such a count is keyed ``(noun, "size of <thing>")`` (the thing it modifies; a soft event, as
the size of a piece is in :mod:`reader.analysis.measure_kinds`), or none when the thing is
not read ("a six-car Line 4 train"), when its sentence tells another count of its noun (the
part beside the whole: "two cars of a six-car train"), or when its key took an event from
the sentence's verb (the event is the modified thing's: "a fire gutted a 10-storey block"
destroyed no ten storeys). Then it is compared only with another source's size of the same
thing whose sentence shares context ("a five-run first inning" is no "six-run lead"), and it
no longer makes the noun's count *distributive* in the article
(:func:`reader.analysis.quantity_senses.distributive_keys`).
Alone and with no event it keeps its key: "the 1,600-student campus" is the school's count
of students, against "which has 1,650 students" in another report.

Hand-written: the mark is the hyphen joining the number and a singular noun ("six-car",
"10-storey"), which the figure reader keeps in the figure's text; the other count is a
number word or digits right before the noun's plural.
"""

from __future__ import annotations

import re

from reader.analysis.ages import AGE_KEY
from reader.analysis.figure_nouns import singular
from reader.analysis.figures import Figure
from reader.analysis.measure_events import SIZE

Key = tuple[str, str | None] | None
_TIMES = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})    # ("a two-year term": a length)
_WORD = re.compile(r"[A-Za-z]+")
_HYPHEN_NOUN = re.compile(r"[\w.,]+-(?P<noun>[a-z]+)\b")


def modifier_count_key(text: str, f: Figure, key: Key) -> Key:
    """The size key of a count ``f`` written as a modifier ("six-car") beside another count of
    its noun or keyed with an event (module doc), else ``key``.
    A measure, a sum, a share, an age or a time keeps its key (their keys name a unit or a
    kind: ``measure:foot``, ``age``)."""
    if key is None or ":" in key[0] or key[0] == AGE_KEY or f.unit in _TIMES or f.unit is None or f.value <= 1:
        return key
    noun = _HYPHEN_NOUN.match(f.text)
    if noun is None or noun.group("noun") != f.unit:
        return key
    if key[1] is not None or _counted_beside(text, f):
        words = _WORD.findall(f.modifies or "")
        return (key[0], f"{SIZE} of {singular(words[0].lower())}") if words else None
    return key


_NUMBER = (r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|several|"
           r"some|all|both|many)")


def _counted_beside(text: str, f: Figure) -> bool:
    """Whether the sentence of ``f`` counts its noun's plural (``f.counts``) outside ``f``,
    up to two words after a number ("two cars of a six-car train", "Two of its six cars")."""
    if not f.counts:
        return False
    plural = re.compile(r"\b" + _NUMBER + r"(?:\s+(?:of\s+)?[\w'’-]+){0,2}?\s+" + re.escape(f.counts) + r"\b",
                        re.IGNORECASE)
    return any(m.end() <= f.start or m.start() >= f.end
               for m in plural.finditer(text, f.sentence_start, f.sentence_end))
