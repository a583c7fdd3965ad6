"""Speakers named outside a quotation's own sentence: the sentence or paragraph before it.

Hand-written, like :mod:`reader.analysis.quotes`. A news paragraph often introduces its
speaker in one sentence and quotes them in the next, with no attribution of its own:

    Iowa State University's Dianne Bystrom agreed. “Mainstream Republicans are …”
    In a 1963 speech, he declared:
    “It is very appropriate …”

:func:`preceding_speaker` takes the subject of the sentence just before a quotation that
opens its own sentence, when that sentence has no quotation of its own and says its
subject spoke (a verb of saying, an institutional verb, ``agreed``, ``went on``, or a
colon at its end). Across a paragraph break only a colon carries the speaker over. The
subject must identify its speaker as strongly as in :mod:`reader.analysis.clause_subject`.

:func:`other_speaker_between` is the test the ``follow-on`` rule uses (a quotation after
a quotation by a known speaker, with no attribution of its own, is theirs): it fails when
someone else is the subject of a clause in between, or a verb of saying there names
another speaker; a person merely mentioned there (``Trump said, referring to Cruz``,
``beside House Minority Leader Nancy Pelosi``) does not count. Nor does it carry on to a
quotation its own sentence introduces with a clause ending in a colon (:func:`colon_lead_in`:
``In turn, a report by … offered this verdict: “…”``): that clause names its speaker, even when no
rule could read who.
"""

from __future__ import annotations

import bisect
import re

from reader.analysis.clause_subject import INSTITUTIONAL_RE, clause_subject, final_attribution
from reader.analysis.quote_attribution import opening_subject, speaking_subject
from reader.analysis.speaker_lexicon import FILL, VERB_RE, WINDOW
from reader.analysis.speaker_phrases import NP, np_before
from reader.analysis.speaker_registry import Registry

_CUE_RE = re.compile(r"\b(?:agreed|disagreed|echoed|elaborated|went on|weighed in|chimed in|put it|related|"
                     r"recounted|reflected|offered|summed up|framed it|recalled)\b")
_OPENS_RE = re.compile(r"\s*(?:(?:But|And|Yet|Still|So|Or|Now|Then)\b,?\s*)?")
# someone opening a clause just before a verb of saying (not ``after Rubio spoke``)
_SPEAKER_BEFORE_RE = re.compile(r"(?:^|[.;:!?]\s+|,\s+(?:and\s+|but\s+)?|\b(?:and|but|while)\s+)"
                                r"(?:(?:[A-Z][\w.’'\-]*|of|the)\s+){1,5}$")
_LETTER_RE = re.compile(r"[^\W\d_]")
# a clause break before a mention (a full stop only when no abbreviation or initial ends with it)
_CLAUSE_SUBJECT_RE = re.compile(r"(?:[;!?]|(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\bSen)(?<!\bRep)(?<!\bGov)"
                                r"(?<!\bGen)(?<!\bSt)(?<!\bJr)(?<!\bSr)(?<!\b[A-Z])\.|,\s+(?:and|but|while|whereas)|\b(?:but|while|whereas|and))\s+$")


def preceding_speaker(reg: Registry, sents: list[tuple[int, int]], si: int, q_open: int,
                      paras: list[tuple[int, int]]) -> tuple[NP, tuple[int, int]] | None:
    """The speaker named by the sentence before sentence ``si``, whose quotation opens at
    ``q_open`` (see the module's rules), or ``None``."""
    text = reg.text
    lo, _ = sents[si]
    if si == 0 or q_open - lo > 12 or not _OPENS_RE.fullmatch(text, lo, q_open):
        return None
    plo, phi = sents[si - 1]
    prev = text[plo:phi].rstrip()
    if not prev or FILL in prev:
        return None
    new_para = _para_of(paras, plo) != _para_of(paras, lo)
    colon = prev.endswith(":")
    if new_para and not colon:
        return None
    if not (colon or VERB_RE.search(prev) or INSTITUTIONAL_RE.search(prev) or _CUE_RE.search(prev)):
        return None
    found = final_attribution(reg, plo, plo + len(prev)) or clause_subject(reg, plo, plo + len(prev))
    if found is None:                                          # Lee announced …, the union and the city.
        np = speaking_subject(reg, plo, plo + len(prev))
        found = (np, (np.start, np.end)) if np is not None else None
    if found is None and colon:
        found = _lead_in(reg, plo, plo + len(prev))
    return found


# a colon's lead-in naming whose words follow: "Here is how Ann Lee put it:", "This is what
# officer Ann Lee told the CBC:", "As Ann Lee wrote:"
_LEAD_IN_RE = re.compile(r"\b(?:how|what|as)\s+(?P<who>(?:[\w.’'-]+\s+){1,6}?)(?P<verb>put\s+it|puts\s+it|told|tells|"
                         r"said|says|wrote|writes|explained|explains|summed\s+it\s+up|described\s+it)\b[^:]*:$")


def _lead_in(reg: Registry, lo: int, hi: int) -> tuple[NP, tuple[int, int]] | None:
    """The person a colon's lead-in names as the next words' speaker (``_LEAD_IN_RE``): a
    name the registry resolves, right before the verb."""
    m = _LEAD_IN_RE.search(reg.text, lo, hi)
    return None if m is None else named_before_verb(reg, m)


def named_before_verb(reg: Registry, m: re.Match[str]) -> tuple[NP, tuple[int, int]] | None:
    """The name right before the verb of ``m`` (groups ``who`` and ``verb``) when the
    registry resolves it, with the span from the name to the verb's end; else None."""
    np = np_before(reg, m.start("who"), m.start("verb"))
    if np is None or np.kind != "name" or reg.resolve(np, np.start)[0] is None:
        return None
    return np, (np.start, m.end("verb"))


def _para_of(paras: list[tuple[int, int]], pos: int) -> int:
    return bisect.bisect_right(paras, (pos, float("inf"))) - 1


def has_own_tail(text: str, close: int | None, sent_end: int) -> bool:
    """Whether the quotation closing at ``close`` is followed, in its own sentence, by words
    (“…,” Bennett shot back: an attribution no rule read), so it is not a follow-on."""
    if close is None:
        return False
    hi = min(sent_end, close + 1 + WINDOW)
    fill = text.find(FILL, close + 1, hi)
    return _LETTER_RE.search(text, close + 1, hi if fill < 0 else fill) is not None


def other_speaker_between(reg: Registry, speaker: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] makes someone other than ``speaker`` the subject of a clause
    (a salient mention after a clause break) or has a second verb of saying."""
    text = reg.text
    for v in VERB_RE.finditer(text, lo, hi):                   # …, and Jones said / . Jones said
        if _SPEAKER_BEFORE_RE.search(text, max(lo, v.start() - 80), v.start()) and _names_other(reg, speaker, lo, hi):
            return True
    for p in reg.people:
        if p.name == speaker:
            continue
        k = bisect.bisect_left(p.salient, lo)
        while k < len(p.salient) and p.salient[k] < hi:
            at = p.salient[k]
            if _CLAUSE_SUBJECT_RE.search(text, max(lo, at - 12), at):
                return True
            k += 1
    return False


def _names_other(reg: Registry, speaker: str, lo: int, hi: int) -> bool:
    """Whether anyone but ``speaker`` is mentioned in text[lo:hi]."""
    return any(bisect.bisect_left(p.mentions, lo) < bisect.bisect_left(p.mentions, hi)
               for p in reg.people if p.name != speaker)


RESUME_SENTENCES = 2     # sentences about the speaker a follow-on quotation may come after


def about_speaker(reg: Registry, speaker: str, between: list[tuple[int, int]]) -> bool:
    """Whether each sentence in ``between`` (one or two, with no quotation) opens with
    ``speaker`` as its subject (their name, a title and their name, or a pronoun the
    registry resolves to them): ``“…,” Roe said. Roe is upbeat about the race. “…”`` The
    quotation after such sentences is still the speaker's, when nobody else speaks or
    becomes a clause's subject there (:func:`other_speaker_between`)."""
    if not 0 < len(between) <= RESUME_SENTENCES:
        return False
    text = reg.text
    for lo, hi in between:
        if FILL in text[lo:hi]:
            return False
        np = opening_subject(reg, lo, hi)
        if np is None or np.kind == "description" or reg.resolve(np, np.start)[0] != speaker:
            return False
    return True


# a word that may be a clause's verb (a colon's lead-in with one says whose words follow)
_VERBISH_RE = re.compile(r"[a-z]+ed|is|was|are|were|has|have|had|will|would|can|could|according|per|told")


def colon_lead_in(text: str, lo: int, q_open: int) -> bool:
    """Whether the quote opening at ``q_open`` is introduced by a clause of its own sentence
    ending with a colon, a clause with a verb (``a report … offered this verdict:``, not ``Then,
    later that week on the radio:``): that clause says whose words follow, and no rule found a
    speaker in it."""
    lead = text[lo:q_open].rstrip()
    if not lead.endswith(":") or FILL in lead:
        return False
    return VERB_RE.search(lead) is not None or any(_VERBISH_RE.fullmatch(w) for w in lead.lower().split())
