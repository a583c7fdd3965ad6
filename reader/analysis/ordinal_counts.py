"""Counts told as ordinals: "A fourth resident of the home has died" tells a toll of four
(the fourth death means four deaths so far), and "the sixth confirmed case this year" a
running count of six cases. The figure reader reads no ordinal (an ordinal is mostly a
position, a rank or a date), so a later source's "fourth" death met nothing, and an
earlier source's "three residents died" had no figure to disagree with: the toll that rose
between outlets, the most common real conflict.

Two forms only, read from the clause's structure rather than its words:

* a toll: "a/the Nth NOUN [of ...] has died / was killed / died / has been found dead",
  "the Nth NOUN to die", "a Nth body was recovered": the ordinal the head of the clause's
  subject and a death verb its predicate; the figure is a count of NOUN, which the key
  reader keys by that verb as the other tolls;
* a running count: "the Nth [confirmed] case / death / fatality / victim", the noun a thing
  that is counted one by one over time (a case, a death), never a position or a rank.

Not counts, and never read: "the first time", "the second day", "third-party", "fourth
quarter", "fifth-largest", "the 4th", anniversaries and floors (a position, not a count);
"the first" (one is no running count); "a third clung to a guardrail" (no noun).

Hand-written: a closed list of English ordinal words, a few death verbs and the few nouns
counted one by one; read by two regular expressions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.figure_nouns import singular
from reader.analysis.figures import Figure
from reader.analysis.offsets import span_holding
from reader.text.word_gate import gated_finditer

_ORDINALS = {w: n for n, w in enumerate((
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
    "nineteenth", "twentieth"), start=2)}
_ORD = r"(?P<ord>" + "|".join(_ORDINALS) + r")"
# "A fourth resident of the care home has died", "the third worker was killed",
# "a fifth victim, a 70-year-old man, died": the ordinal heads the subject of a death verb
_TOLL_RE = re.compile(
    r"\b(?:an?|the)\s+" + _ORD + r"\s+(?!-|of\b)(?P<noun>(?:[a-z]+\s+){0,2}?(?P<head>[a-z]+))"
    r"(?:\s+(?:of|from|at|in)\s+[^,.;:!?()]{1,60}?)?(?:,[^,.;:!?()]{1,60},)?\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:(?:also\s+)?died|dies|been\s+killed|was\s+killed|is\s+dead|"
    r"(?:has\s+)?been\s+(?:found|confirmed|pronounced)\s+dead|was\s+(?:found|confirmed|pronounced)\s+dead|"
    r"succumbed|passed\s+away|lost\s+(?:his|her|their)\s+li(?:fe|ves)|to\s+(?:die|have\s+died|be\s+killed)"
    r"|(?<=body\s)(?:was|has\s+been|had\s+been)\s+(?:found|recovered|pulled|retrieved))\b", re.IGNORECASE)
# "the sixth confirmed measles case", "the state's seventh death": a running count
_RUNNING_RE = re.compile(
    r"\b(?:the|its|their|[A-Za-z]+['’]s)\s+" + _ORD + r"\s+(?!-)(?P<noun>(?:(?:confirmed|known|reported|"
    r"recorded|probable|[a-z]+-related|[a-z]+)\s+){0,2}?(?P<head>cases?|deaths?|fatalit(?:y|ies)|victims?))\b"
    r"(?!-|\s+(?:row|toll|rate|certificate|notice|sentence|penalty)\b)"
    r"(?!\s+of\s+(?:the\s+)?(?:year|season|month|week|day))", re.IGNORECASE)
# heads that are no counted thing: times, ranks, positions and parts
_NOT_HEADS = frozenset((
    "time", "times", "day", "days", "week", "weeks", "month", "months", "year", "years", "quarter", "half",
    "round", "floor", "floors", "storey", "story", "level", "place", "largest", "biggest", "party", "hand",
    "person-to-person", "straight", "consecutive", "annual", "anniversary", "generation", "grade", "term",
    "edition", "minute", "hour", "leg", "stage", "game", "inning", "period", "set", "lap", "try", "attempt"))
_PRONOUNS = frozenset(("he", "she", "they", "it", "we", "who", "that", "which", "i", "you"))
# people a toll counts: a death verb after any other noun ("a third vehicle was found") is no toll
_NOT_PEOPLE = frozenset((
    "car", "vehicle", "building", "house", "home", "truck", "boat", "ship", "plane", "tree", "wall", "section"))


def ordinal_figures(text: str, figures: Sequence[Figure], sentences: Sequence[tuple[int, int]]) -> list[Figure]:
    """The counts told as ordinals in ``text`` (module doc) that no figure of ``figures``
    covers, each a figure of its plural noun with no qualifier."""
    taken = [(f.start, f.end) for f in figures]
    spans = list(sentences)
    starts = [start for start, _ in spans]
    out: list[Figure] = []
    for regex in (_TOLL_RE, _RUNNING_RE):
        for m in gated_finditer(regex, text, _ORDINALS):
            head = m["head"].lower()
            if _NOT_HEADS.intersection(m["noun"].lower().split()) or head in _PRONOUNS or (
                    regex is _TOLL_RE and singular(head) in _NOT_PEOPLE):
                continue
            if any(s < m.end("noun") and m.start() < e for s, e in taken):
                continue
            if any(f.start == m.start() for f in out):
                continue
            sentence = span_holding(spans, starts, m.start())
            if sentence is None:
                continue
            value = _ORDINALS[m["ord"].lower()]
            noun = m["noun"]
            counts = noun if noun.endswith("s") else _plural(noun)
            out.append(Figure(m.start("ord"), m.end("noun"), text[m.start("ord"):m.end("noun")], m.start("ord"),
                              m.end("ord"), value, None, singular(head), counts, False, None,
                              sentence[0], sentence[1]))
    return out


def _plural(noun: str) -> str:
    """The plural of a counted noun phrase as the figure reader writes its ``counts``."""
    if noun.endswith("y") and not noun.endswith(("ay", "ey", "oy")):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")
