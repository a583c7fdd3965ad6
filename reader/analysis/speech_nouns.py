"""A quotation inside a noun of saying owned by its speaker: "Mayor Ann Lee's claim that the
budget was “fully balanced”", "his promise to “drain the swamp”".

The owner of the noun (a name in the possessive, or "his"/"her") said the quoted words,
whatever verb the sentence has ("Critics seized on …"). Read only when no speech verb
stands between the noun and the quote (then that verb's subject is the speaker), the quote
follows within the noun's clause (80 characters, no other quotation or sentence between),
the noun opens its content ("that", "call for", "claim of", a colon or a dash), and nothing
between makes the quote another's view of the words ("denounced Trump's remarks as “…”", "said his comments were
“…”"; a content clause after "that" may hold any verb).

Hand-written: a closed list of nouns for something said, and one pattern before the mark.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.analysis.speaker_lexicon import VERB_RE
from reader.analysis.speaker_phrases import NP, NameReader, np_before

_NOUNS = ("claim|claims|assertion|assertions|promise|promises|pledge|vow|remark|remarks|comment|comments|"
          "statement|warning|insistence|argument|boast|suggestion|charge|accusation|declaration|complaint|"
          "admission|plea|prediction|contention|characterization|characterisation|retort|quip|description|"
          "criticism|denial|assurance|threat|call|calls|tweet|tweets|answer|response|reply|words")
# the owner's possessive, up to two modifiers ("recent evidence-free"), the noun, then what opens
# its content: "that", a preposition ("call for", "claim of"), a colon or a dash ("stock answer — “…”")
_SPEECH_NOUN_RE = re.compile(rf"(?P<owner>(?<![\w’'])(?:[Hh]is|[Hh]er)|[’']s)\s+(?P<mod>(?:[a-z-]+\s+){{0,2}}?)"
                             rf"(?P<noun>{_NOUNS})\b(?:\s+(?:then\s+|was\s*(?=:))?)?"
                             r"(?:(?P<that>that)\b|(?:to|of|about|on|for)\b|\s*[:—–])")
# between the noun and the quote, words that make the quote another's view of what was said
# ("described Obama's statement that he opposed the war as “…”"; "his claims, saying they were “…”"
# unless in a content clause after "that": "her claim that she was “…”")
_AS_RE = re.compile(r"\bas\b")
_JUDGED_RE = re.compile(r"\b(?:is|are|was|were|be|been|saying|calling|telling|describing|dismissing|labell?ing)\b")
# a sentence's end or another quotation between the noun and the quote
_BREAK_RE = re.compile(r"[.!?]\s+[A-Z]|[“”\"‘]")


def speech_noun_owner(reg: NameReader, s: int, q_open: int) -> tuple[NP, tuple[int, int]] | None:
    """The owner of a noun of saying whose content the quote at ``q_open`` is (``s``: where
    its sentence, or the window before the quote, starts): a name before ``'s``, or the
    pronoun "his"/"her" as ``he``/``she``; with the span from the owner to the noun."""
    text = reg.text
    found = None
    for m in _SPEECH_NOUN_RE.finditer(text, max(s, q_open - 160), q_open):
        found = m
    if found is None or q_open - found.end() > 80 or VERB_RE.search(text, found.end(), q_open):
        return None
    if found["mod"] and found["noun"].endswith("s"):
        return None             # "her team calls for “…”": a verb, not a noun
    if _AS_RE.search(text, found.end(), q_open) or _BREAK_RE.search(text, found.end(), q_open) or (
            found["that"] is None and _JUDGED_RE.search(text, found.end(), q_open)):
        return None
    if found["owner"].lower() in ("his", "her"):
        pronoun = "he" if found["owner"].lower() == "his" else "she"
        return NP("pronoun", found.start(), found.start() + 3, name=pronoun), (found.start(), found.end())
    np = np_before(reg, s, found.start())
    if np is None or np.kind != "name" or np.end != found.start():
        return None
    # (the words before a name ending in the possessive are no role: "young voters prefer Roe's call")
    return replace(np, role="") if np.role else np, (np.start, found.end())
