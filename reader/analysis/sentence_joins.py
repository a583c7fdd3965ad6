"""Sentence ends the splitter takes for ends but news style writes inside a sentence: a
clock time's ``a.m.`` / ``p.m.`` followed by the day or the time zone ("shortly before 3
a.m. Thursday when she saw …", "at 9 p.m. EST on Monday"). AP style puts the day right
after the time, so the full stop of ``a.m.`` is no sentence end when a weekday, a month, a
time zone or "local" comes next. Split there, the sentence loses its second half: a pronoun
in it ("when she saw …") no longer refers back to the name opening the sentence, and the
quotation after it ("…," she said) finds no one (:mod:`reader.analysis.speaker_introduced`).

Hand-written: one join over the spans :func:`reader.analysis.quotes.sentences` gives (the
native splitter and the Python one alike), keyed to the shape of a clock time, not to words.
"""

from __future__ import annotations

import re

# a clock time ending a span: a digit, then a.m. / p.m.
_CLOCK_END_RE = re.compile(r"\d(?::\d\d)?\s*[ap]\.m\.$")
# what goes on the sentence after a clock time: the day, the month, the time zone, "local"
_GOES_ON_RE = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
                         r"|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\."
                         r"|Sept?\.|Oct\.|Nov\.|Dec\.|(?:[ECMP][SD]?T|GMT|UTC|BST|CET)\b|local\b|Eastern\b"
                         r"|Pacific\b|Central\b|Mountain\b)")


def join_clock_times(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (sentence spans of ``text``, in order) with each span that ends on a clock
    time's ``a.m.``/``p.m.`` joined to the next one when that one, in the same paragraph,
    opens with a day, a month or a time zone (:data:`_GOES_ON_RE`)."""
    out: list[tuple[int, int]] = []
    for lo, hi in spans:
        if out and _goes_on(text, out[-1], lo):
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _goes_on(text: str, prev: tuple[int, int], lo: int) -> bool:
    """Whether the sentence starting at ``lo`` carries on ``prev``: ``prev`` ends on a clock
    time, only spaces stand between them and ``lo`` opens as :data:`_GOES_ON_RE` says."""
    gap = text[prev[1]:lo]
    if "\n" in gap or gap.strip() or _CLOCK_END_RE.search(text, max(prev[0], prev[1] - 12), prev[1]) is None:
        return False
    return _GOES_ON_RE.match(text, lo) is not None
