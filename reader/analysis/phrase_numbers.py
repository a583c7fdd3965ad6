"""Numbers told as phrases the figure reader does not read: a fraction of a scale ("nearly a
quarter of a million customers", "half a million people", "three-quarters of a million
homes") and a group word ("a trio of masked gunmen", "a quartet of climbers"), as figures
of the counted noun after them, with the hedge before them as their qualifier; and a number
word told of a crew ("a jet with a crew of four"), a bare figure keyed as the crew.

Without them a source's "nearly a quarter of a million customers" met nothing, and another's
"about 212,000 customers" had no figure to disagree with. Read by
:mod:`reader.analysis.figure_uses` beside the extracted figures.

Hand-written: a closed list of English fractions, scales and group words, read by one
regular expression; the counted noun is read as :mod:`reader.analysis.vague_amounts` reads it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.figure_nouns import counted_noun, singular
from reader.analysis.figure_units import MEASURES
from reader.analysis.figures import NUMBER_WORDS, Figure, number_word_value
from reader.analysis.offsets import span_holding
from reader.analysis.shares import FRACTIONS
from reader.text.word_gate import gated_finditer

_SCALES = {"million": 1e6, "billion": 1e9}
_GROUPS = {"trio": 3, "quartet": 4, "quintet": 5}
_HEDGES = r"(?:(?P<hedge>nearly|almost|about|around|roughly|some|more\s+than|over|at\s+least|close\s+to)\s+)?"
_PHRASE_RE = re.compile(r"\b" + _HEDGES + r"(?:(?P<fraction>a\s+quarter|one\s+quarter|a\s+third|one\s+third|"
                        r"three[\s-]quarters|two[\s-]thirds|a\s+half|one\s+half|half)\s+(?:(?:of\s+)?an?\s+)?"
                        r"(?P<scale>million|billion)|an?\s+(?P<group>trio|quartet|quintet)\s+of)\b", re.IGNORECASE)


def phrase_figures(text: str, figures: Sequence[Figure], sentences: Sequence[tuple[int, int]]) -> list[Figure]:
    """The phrase numbers of ``text`` (module doc) that no figure of ``figures`` covers, each
    with a plural counted noun right after it (not a measure: "half a million tonnes" is
    read by the figure reader or not at all)."""
    taken = [(f.start, f.end) for f in figures]
    spans = list(sentences)
    starts = [start for start, _ in spans]
    out: list[Figure] = []
    for m in gated_finditer(_PHRASE_RE, text, (*_SCALES, *_GROUPS)):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        sentence = span_holding(spans, starts, m.start())
        phrase, end, plural = counted_noun(text, m.end())
        if sentence is None or not phrase or not plural:
            continue
        unit = singular(phrase.split()[-1].strip("“”\"‘’'"))
        if unit in MEASURES:
            continue
        if m["group"]:
            value: int | float = _GROUPS[m["group"].lower()]
        else:
            value = round(FRACTIONS[" ".join(m["fraction"].lower().split())] / 100 * _SCALES[m["scale"].lower()])
        hedge = " ".join(m["hedge"].lower().split()) if m["hedge"] else None
        number_start = m.start("fraction") if m["fraction"] else m.start("group")
        out.append(Figure(m.start(), end, text[m.start():end], number_start, m.end(), value, hedge, unit, phrase,
                          False, None, sentence[0], sentence[1]))
    return out + _crew_words(text, taken, spans, starts)


def _crew_words(text: str, taken: Sequence[tuple[int, int]], spans: list[tuple[int, int]],
                starts: list[int]) -> list[Figure]:
    """The number words told of a crew ("a cargo jet with a crew of four"), which the figure
    reader leaves alone (a number word alone is no figure), as bare figures :func:`noun_key`
    keys as the crew."""
    out: list[Figure] = []
    for m in gated_finditer(_CREW_WORD_RE, text, ("crew",)):
        value = number_word_value(m["n"])
        sentence = span_holding(spans, starts, m.start("n"))
        if value is None or value < 2 or sentence is None or any(s < m.end() and m.start("n") < e for s, e in taken):
            continue
        out.append(Figure(m.start("n"), m.end("n"), m["n"], m.start("n"), m.end("n"), value, None, None, None,
                          False, None, sentence[0], sentence[1]))
    return out


# "the ship's crew of 24": a bare number told of the crew before it
# (the ship's own: "its crew of 24", "a crew of 24"; not "a lifeboat crew of 6")
_CREW_OF_BEFORE = re.compile(r"(?:['’]s|\b(?:its|their|her|a|the))\s+crew\s+of\s+"
                             r"(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+)?$", re.IGNORECASE)
# a number word told of a crew, the number's span named "n": "a jet with a crew of four"
_CREW_WORD_RE = re.compile(r"(?:['’]s|\b(?:its|their|her|a|the))\s+crew\s+of\s+(?P<n>" + NUMBER_WORDS + r")\b(?!-)",
                           re.IGNORECASE)
# "Two dozen bodies have been pulled from the sea": the dead, counted by their bodies (not "bodies of water")
_BODIES_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
DEAD = ("person", "died")
# the people a crew is counted as: "the crew of 21 seafarers", "a crew of 6 sailors"
_CREW_NOUNS = frozenset({"seafarer", "sailor", "mariner", "member", "person", "crewmember"})


def noun_key(text: str, f: Figure) -> tuple[str, str | None] | None:
    """The key of a count whose noun the figure reader leaves out or reads as another thing:
    ``("crew", None)`` for "a crew of 24" or "the crew of 21 seafarers", people killed for "two dozen
    bodies"; else None."""
    if ((f.unit is None and not f.counts) or f.unit in _CREW_NOUNS) and _CREW_OF_BEFORE.search(
            text, max(f.sentence_start, f.start - 40), f.start):
        return "crew", None
    if f.unit == "body" and (f.counts or "").lower() == "bodies" and not _BODIES_OF_AFTER.match(text, f.end):
        return DEAD
    return None
