"""Shares of a counted whole, in words or in percent: "About a third of scheduled surgeries
have been postponed" against "About 40 percent of scheduled surgeries were postponed", and
a share one thing is below another: "labour costs are about a third lower" in Sarnau
against "labour in Sarnau costs 40 percent less".

A fraction in words was no figure at all, and a percentage whose subject is none of the
closed list of :mod:`reader.analysis.amount_subjects` had no key, so neither was ever
compared (a percentage's context link needs values within 5%). Here a fraction word ("a
third", "two-thirds", "a quarter", "three-quarters", "a fifth", "half") before "of the
…" ("half the …" too) or a comparative ("lower", "less") is a percentage figure
(:func:`fraction_shares`);
written without a qualifier it is read as "about" that share, as it is a rounding. A
percentage, in words or digits, is keyed (:func:`share_key`) when

- it is the share of a plural noun that something was done to, told by a passive or
  perfect verb ("of scheduled surgeries have been postponed", "of the homes were
  damaged"): keyed by the noun and the verb, ``("percent:share of surgeries postponed",
  "share")``;
  "40 percent of voters backed Smith" is not keyed (two candidates' shares), nor a
  count's progress, which reports give at different hours ("95 percent of the votes have
  been counted", "60 percent of customers have had power restored", "the fire was 40
  percent contained");
- or it is the share of a whole its clause's subject holds, told by a verb right before it
  ("The port handles roughly a third of the country's seaborne imports"): keyed by the
  whole's noun and the subject's head, ``("percent:share of imports (port)", "share")``;
- or it is how much lower or higher a thing is than elsewhere, told with one place or
  name in its clause ("labour in Sarnau costs 40 percent less"): keyed by the direction,
  the clause's first word and the name, ``("percent:how much lower labour is (Sarnau)",
  "share")``.

A fraction in words is shown as written ("about a third": :func:`in_words`).

Hand-written: fractions in words and these two sentence forms are a short fixed
vocabulary of news copy.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.area_shares import area_share
from reader.analysis.bracket_shares import bracket_share
from reader.analysis.change_shares import change_share
from reader.analysis.figure_nouns import singular
from reader.analysis.figures import Figure
from reader.analysis.offsets import span_holding
from reader.analysis.same_things import SAME_THING
from reader.analysis.share_wholes import PREFIX as _PREFIX
from reader.analysis.share_wholes import whole_share
from reader.text.word_gate import gated_finditer

UNIT = "percent"
# fractions in words, in percent (also read by fullness and phrase_numbers)
FRACTIONS = {"a third": 100 / 3, "one-third": 100 / 3, "one third": 100 / 3, "two-thirds": 200 / 3,
              "two thirds": 200 / 3, "a quarter": 25.0, "one-quarter": 25.0, "one quarter": 25.0,
              "three-quarters": 75.0, "three quarters": 75.0, "a fifth": 20.0, "one-fifth": 20.0,
              "one fifth": 20.0, "half": 50.0, "a half": 50.0, "one half": 50.0}
# (fifths and tenths: "two-fifths of the lake", "a tenth of the crop")
FRACTIONS |= {f"{n}{sep}fifths": 20.0 * k for k, n in ((2, "two"), (3, "three"), (4, "four")) for sep in ("-", " ")}
FRACTIONS |= {"a tenth": 10.0, "one-tenth": 10.0, "one tenth": 10.0}
QUALIFIERS = {"about": "about", "around": "about", "roughly": "about", "some": "about", "approximately": "about",
               "nearly": "nearly", "almost": "nearly", "more than": "more than", "over": "more than",
               "less than": "less than", "under": "less than", "just over": "more than",
               "just under": "less than"}
_FRACTION_WORDS = ("third", "quarter", "fifth", "tenth", "half")     # (word_gate)
_FRACTION_RE = re.compile(
    r"\b(?:(?P<q>just\s+over|just\s+under|more\s+than|less\s+than|about|around|roughly|some|approximately|nearly|"
    r"almost|over|under)\s+)?(?P<frac>(?:a|one)[- ]third|two[- ]thirds|(?:a|one)[- ]quarter|three[- ]quarters|"
    r"(?:a|one)[- ]fifth|(?:two|three|four)[- ]fifths|(?:a|one)[- ]tenth|half)\s+"
    r"(?=(?P<of>of\s+(?!a\b|an\b|one\b|an?\s+hour)(?:the\s+|its\s+|their\s+|all\s+)?[a-z])"
    r"|(?P<the>(?:the|its|their)\s+[a-z])"
    r"|(?P<than>lower|less|cheaper|fewer|smaller|higher|more|larger|bigger|dearer)\b)", re.IGNORECASE)
_AUX = r"(?:were|was|are|is|have\s+been|has\s+been|had\s+been|will\s+be|would\s+be|could\s+be|be)"
# the share's whole and what was done to it: "of (the) scheduled surgeries have been postponed"
# (the whole may be told of a place: "of the roofs in Ashby were damaged"; "half the roofs" is half of them)
_OF_DONE = re.compile(rf"\s+(?:of\s+(?:the\s+|its\s+|their\s+|all\s+)?|(?:the|its|their)\s+)"
                      rf"(?:[a-z]+(?:['’]s)?\s+)?(?P<noun>[a-z]+s)\s+"
                      rf"(?:(?:in|at|on|across|along)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?"
                      rf"(?:\w+\s+)?{_AUX}\s+(?:\w+ly\s+)?(?P<verb>[a-z]+(?:ed|en))\b")
_THAN = re.compile(r"\s+(?P<dir>lower|less|cheaper|fewer|smaller|higher|more|larger|bigger|dearer)\b")
_LESS = frozenset({"lower", "less", "cheaper", "fewer", "smaller"})
# where a clause starts, before a comparative share: "Sarnau, where labour costs …", "said labour …"
_CLAUSE_START = re.compile(r"(?:^|[,;:—]\s*|\b(?:where|said|says|that|while|and)\s+)(?=[A-Za-z])")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")
_NOT_SUBJECT = frozenset(["the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "it",
                          "they"])
# a count's progress, which reports give at different hours ("95 percent of votes have been counted")
_PROGRESS = frozenset(["counted", "tallied", "processed", "reported", "completed", "returned", "cast", "checked",
                       "inspected", "restored", "reopened", "contained", "vaccinated", "screened", "tested"])


def fraction_shares(text: str, figures: Sequence[Figure], sentences: Sequence[tuple[int, int]]) -> list[Figure]:
    """The fractions in words of ``text`` read as shares (module doc) that :func:`share_key`
    keys, none inside a figure of ``figures`` (one that is no share of a counted whole, "half
    of the 40 homes", is left unread: it would change what the figures after it count)."""
    taken = [(f.start, f.end) for f in figures]
    spans = list(sentences)
    starts = [start for start, _ in spans]
    out = []
    for m in gated_finditer(_FRACTION_RE, text, _FRACTION_WORDS):
        half = m["frac"].lower() == "half"
        if (half and not (m["of"] or m["the"])) or (m["the"] and not half):
            continue        # ("half the roofs" is half of them; "a third the size" is no share)
        start, end = m.start(), m.end("frac")
        if any(s < end and start < e for s, e in taken):
            continue
        sentence = span_holding(spans, starts, start)
        if sentence is None:
            continue
        qualifier = QUALIFIERS[" ".join(m["q"].lower().split())] if m["q"] else "about"
        value = round(FRACTIONS[" ".join(m["frac"].lower().split())], 2)
        share = Figure(start=start, end=end, text=text[start:end], number_start=m.start("frac"), number_end=end,
                       value=value, qualifier=qualifier, unit=UNIT, counts=None, counts_inferred=False,
                       modifies=None, sentence_start=sentence[0], sentence_end=sentence[1])
        if share_key(text, share) is not None:
            out.append(share)
    return out


def share_key(text: str, f: Figure) -> tuple[str, str | None] | None:
    """The key of the percentage ``f`` as a share of a counted whole or a share one thing
    is below or above another (module doc; a share written beside the ratio it is worked
    from: :mod:`reader.analysis.bracket_shares`; how much a thing rose or fell:
    :mod:`reader.analysis.change_shares`), else None."""
    if f.unit != UNIT or f.high is not None:
        return None
    done = _OF_DONE.match(text, f.end, f.sentence_end)
    if done and done["verb"].lower() in _PROGRESS:
        return None
    if done:
        return _one_noun((f"percent:share of {done['noun']} {done['verb'].lower()}", "share"))
    if (change := change_share(text, f)) is not None:
        return change
    than = _THAN.match(text, f.end, f.sentence_end)
    if than is None:
        # (a share kept, "reopened a fifth of its branches": share_complements; a share of a whole with no verb)
        return _one_noun(whole_share(text, f, kept_only=True) or area_share(text, f) or _held_share(text, f)
                         or whole_share(text, f) or bracket_share(text, f))
    return _compared(text, f, "lower" if than["dir"].lower() in _LESS else "higher")


def _one_noun(key: tuple[str, str | None] | None) -> tuple[str, str | None] | None:
    """``key`` with its whole named by one noun of a thing, in the singular
    (:data:`reader.analysis.same_things.SAME_THING`: "percent:share of crude" → "percent:share of
    oil"; "of its tracks" and "of the city's track": "track")."""
    if key is None or not key[0].startswith(_PREFIX):
        return key
    head, _, rest = key[0][len(_PREFIX):].partition(" ")
    head = singular(head)
    return _PREFIX + " ".join(w for w in (SAME_THING.get(head, head), rest) if w), key[1]


def _compared(text: str, f: Figure, direction: str) -> tuple[str, str] | None:
    """The key of a share one thing is below or above another: its clause's first word
    and the one name in the clause, or nearest before it in its sentence."""
    before = text[f.sentence_start:f.start]
    starts = [m.end() for m in _CLAUSE_START.finditer(before)]
    clause = before[starts[-1]:] if starts else before
    words = [w for w in clause.split() if w.lower() not in _NOT_SUBJECT]
    if not words or not words[0].isalpha():
        return None
    names = _NAME.findall(clause) or _NAME.findall(before)
    if not names:
        return None
    return f"percent:how much {direction} {words[0].lower()} is ({names[-1]})", "share"


def in_words(f: Figure) -> str | None:
    """The fraction in words a share figure is written as ("a third"), else None."""
    words = f.text[f.number_start - f.start:f.number_end - f.start]
    if f.unit == UNIT and _RATIO_WORDS.fullmatch(words):
        return words        # "two in five" (reader.analysis.ratio_shares)
    return words if f.unit == UNIT and " ".join(words.lower().split()) in FRACTIONS else None


_RATIO_WORDS = re.compile(r"\w+(?:\s+\w+)?\s+(?:in|out\s+of)\s+\w+(?:\s+\w+)?", re.IGNORECASE)


# a share of a whole its clause's subject holds, told by a verb right before it: "The port handles
# roughly a third of the country's seaborne imports", "the plant supplies 40 percent of the region's
# homes" (the whole's noun after "of", past a possessive and a modifier or two)
_VERB_BEFORE = re.compile(r"\b(?P<verb>[a-z]+(?:s|ed))\s+$")
_OF_WHOLE = re.compile(r"\s+of\s+(?:(?:the|its|their|all)\s+)?(?:[A-Za-z]+['’]s\s+)?(?:[a-z]+\s+){0,2}?"
                       r"(?P<noun>[a-z]{3,}s)\b(?!\s+(?:of|who|that|which)\b)")
_NOT_HOLDING = frozenset(["is", "was", "has", "does", "increased", "decreased", "rose", "fell", "dropped",
                          "jumped", "climbed", "gained", "lost", "raised", "cut", "reduced", "boosted", "lowered",
                          "says", "said", "claimed", "estimated", "expected"])


def _held_share(text: str, f: Figure) -> tuple[str, str] | None:
    """The key of a share of a whole held by its clause's subject (comment above):
    ``("percent:share of imports (port)", "share")``, with the subject's first word."""
    verb = _VERB_BEFORE.search(text, max(f.sentence_start, f.start - 20), f.start)
    whole = _OF_WHOLE.match(text, f.end, f.sentence_end)
    if verb is None or whole is None or verb["verb"].lower() in _NOT_HOLDING:
        return None
    before = text[f.sentence_start:verb.start()]
    starts = [m.end() for m in _CLAUSE_START.finditer(before)]
    clause = before[starts[-1]:] if starts else before
    words = [w.lower().removesuffix("'s").removesuffix("’s") for w in clause.split() if w.lower() not in _NOT_SUBJECT]
    if not words or len(words) > 4 or not words[-1].isalpha():
        return None
    return f"percent:share of {whole['noun'].lower()} ({words[-1]})", "share"
