"""Who said a quotation: the rules that look for its speaker around its marks (after
the closing mark, before the opening one, a participle, "according to", an aside, the
sentence's end, a tag, the clause's subject), tried in that order by :func:`attribute`,
each naming a phrase the registry resolves to a person or an organisation
(:mod:`reader.analysis.speaker_registry`). Split from :mod:`reader.analysis.quotes`, which finds
the quotations and calls :func:`attribute` for each."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.analysis.clause_subject import (
    PASSIVE_AUX,
    SAID_LEAD_RE,
    attributed_after,
    clause_subject,
    final_attribution,
    passive_lead,
)
from reader.analysis.quote_tags import any_verb_tag
from reader.analysis.speaker_lexicon import (
    ACCORDING_RE,
    ASIDE_NOUNS,
    FILL,
    VERB_RE,
    VERB_WORDS,
    WINDOW,
    appositive_role,
    by_first_letter,
)
from reader.analysis.speaker_names import is_org
from reader.analysis.speaker_phrases import NP, PHRASE, described_who, np_after, np_before
from reader.analysis.speaker_registry import Registry
from reader.analysis.speech_nouns import speech_noun_owner
from reader.analysis.verb_subject import antecedent, owned_before, subject_past_aside

# patterns compiled once (re's own cache costs a look-up at every call)
SO_CALLED_END_RE = re.compile(r"\bso-called\s*$")  # "so-called" just before a mark: scare quotes
_THE_ONLY_RE = re.compile(r"(?:[Tt]he\s+)?")
_FEW_WORDS_RE = re.compile(r"(?:[Tt]he\s+)?(?:[\w’'\-.]+\s+){1,6}")
_RELATIVE_END_RE = re.compile(r"\b(?:that|which|who)\s*$")

_ASIDE_RE = re.compile(r",\s+([^,]{1,60}?)\s+(?:" + VERB_WORDS + r")\s*[,.]")
_PARTICIPLES = [
    "saying", "adding", "writing", "tweeting", "posting", "noting", "arguing", "insisting", "warning", "declaring",
    "explaining", "asking", "telling", "calling", "describing", "vowing", "pledging", "promising", "accusing",
    "blaming", "joking", "complaining", "urging", "stating", "replying", "responding", "recalling", "claiming",
    "suggesting", "predicting", "acknowledging", "admitting", "conceding", "boasting", "labeling", "labelling",
    "shouting", "chanting", "yelling", "lamenting", "quipping", "countering", "stressing", "emphasizing",
    "announcing", "proclaiming", "characterizing", "dismissing",
]
_PARTICIPLE_RE = re.compile(r"([," + FILL + r"]\s*(?:and\s+)?)?\b(" + by_first_letter(_PARTICIPLES)
                            + r")\b(?:\s+\S+){0,8}?\s*[,:—–]?\s*$")
_DOCUMENT_RE = re.compile(r"\b(?:a|an|the|his|her|their|its)\s+(?:[\w\-]+\s+)?(?:statement|tweet|email|e-mail|"
                          r"letter|message|post|memo|note|release|video)\s*$")
_COLON_RE = re.compile(r"(?<![\s" + FILL + r"]):\s*$")
_CLAUSE_LEADS = r"(?:(?:But|And|Yet|So|Still|Meanwhile|Also|Then|Later|However|Instead|Now|Earlier|Separately)\b,?\s+)*"
_OPENING_PHRASE = (r"(?:(?:(?:On|In|At|During|For|From|With|Last|This|Earlier|Later|Over|Early|Late)\s+|"
                   r"(?:After|Before|Since|Despite|Following|Until)\s+(?:the|a|an|his|her|their|its|this|that|last|"
                   r"\d)\b)[^,;:" + FILL + r"]{1,60},\s+)?")
_HEAD_RE = re.compile(_CLAUSE_LEADS + _OPENING_PHRASE)
# who the subject is to the writer or to someone, before the name: "My friend Rolo", "His wife Ann"
_KIN_LEAD = r"(?:(?:My|Our|His|Her|Their)\s+(?:" + "|".join(sorted(ASIDE_NOUNS)) + r")\s+(?=[A-Z]))?"
_SUBJECT_RE = re.compile(_CLAUSE_LEADS + _OPENING_PHRASE + _KIN_LEAD
                         + r"(?P<np>He|She|[A-Z][^\s,;:()" + FILL + r"]*(?:\s+(?:[A-Z][^\s,;:()" + FILL
                         + r"]*|de|van|von|der|da|al|bin|of)){0,7})"
                         + r"(?:\s*\([^()" + FILL + r"]{1,40}\)|,[^,;:" + FILL + r"]{1,200},)?"
                         + r"\s+(?P<verb>[a-z][a-z’'\-]*)\b")
_NOT_VERBS = {"and", "or", "who", "which", "that", "of", "for", "to", "in", "on", "at", "with", "by", "from", "as",
              "about", "than", "the", "a", "an", "is", "was"}
_FUNCTION_WORDS = {"but", "and", "or", "then", "while", "as", "when", "after", "before", "though", "although",
                   "because", "since", "so", "yet", "if", "that", "which", "who", "where", "until", "unless",
                   "once", "not", "also", "even", "only", "later", "earlier"}
# a preposition before a name: the name is its object (a lawyer for Sen. Roe, the wife of Gov. Lee)
_OF_WORDS = frozenset({"of", "for", "to", "with", "by", "from", "at", "in", "on", "about", "against", "behind"})
_NAME_OF_RE = re.compile(r"(.{3,60}?)\s+of\s+(?:the\s+)?")
_LEAD_SPACE_RE = re.compile(r"[\s,]*")
_LABEL = r"([^\W\d_][\w.’'\- ]{0,60}?)\s*:\s*"
_LABEL_RE = re.compile(r"\s*" + _LABEL)
_DASH_LABEL_RE = re.compile(r"(?<=\s[-—–]\s)" + _LABEL + r"$")
_INVERTED_ASIDE_RE = re.compile(r"(?<=\w),\s+(?:says|said|writes|wrote|argues|argued|notes|noted|explained|explains|"
                                r"added|adds|continued|warned|warns|insisted|insists|recalled|observed)\s+(?=[A-Z])")
# a preposition (or "of") right before a name: the name is its object, not the verb's subject
_PREPOSITIONS = "on|to|in|at|from|by|for|via|through"
_PREPOSITION_END_RE = re.compile(rf"\b(?:{_PREPOSITIONS})\s+$")
_OBJECT_OF_RE = re.compile(rf"\b(?:{_PREPOSITIONS}|into|of|with|near|outside|inside)\s+(?:the\s+)?$")
# one or two hyphenated epithets before a known name after a quote (“…,” warm-and-fuzzy Trump said)
_EPITHET_GAP_RE = re.compile(r"(?:[a-z]+(?:-[a-z]+)+\s+){1,2}")
_AS_RE = re.compile(r"as\s+(?=[A-Z]|he\b|she\b|the\b)")
# after a quote: X read (from) Y's words / letter: the words are Y's
_READ_OUT_RE = re.compile(r"[\s,]*(?:[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,2}|he|she)\s+(?:then\s+)?read\s+"
                          r"(?:aloud\s+)?(?:from\s+)?(?P<writer>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})[’']s\s+"
                          r"(?:own\s+)?(?:words|letter|statement|note|post|tweet|message|remarks|email|e-mail)\b")
_ISSUED_BY_RE = re.compile(r"(?:a|an|the)\s+(?:[a-z]+\s+)?(?:statement|release|email|e-mail|letter|memo|post|"
                           r"tweet|filing)\s+(?:from|by|issued\s+by)\s+")
# "by" and a capitalised word: a passive's agent named ("described by trustee Mary Okoro as")
_BY_NAME_RE = re.compile(r"\bby\s+(?:[a-z]+\s+){0,3}[A-Z]")
# an auxiliary that makes the verb after it passive ("was called", "were later described")
_PASSIVE_AUX_RE = re.compile(PASSIVE_AUX + "$")
# "was prompted to", "was quick to", "had been forced to" before a verb of saying: its subject is the speaker's
_TO_SAY_RE = re.compile(r"\s+(?:was|is|were|are|had\s+been|has\s+been)\s+[a-z]+\s+to\s+$")
# a parenthetical aside after a verb of saying and its listener: "Ford told her, | she later | recalled, that"
_REPORT_ASIDE_RE = re.compile(r"\b(?:" + VERB_WORDS + r")\s+(?:her|him|them|me|us)\s*,\s+(?:he|she|they|I|we)\s+"
                              r"(?:[a-z]+ly\s+|later\s+)?$")
_QUOTED_AS_RE = re.compile(r"\s(?:is|was|has been|had been)\s+(?:also\s+|later\s+)?quoted\s+as\s+saying\b")


# --- attribution ----------------------------------------------------------------------


@dataclass(frozen=True)
class Attribution:
    speaker: str | None = None
    role: str | None = None
    kind: str | None = None             # person | organization
    start: int | None = None            # the attribution's span in the body
    end: int | None = None
    how: str | None = None
    described: str | None = None        # the phrase an attribution names nobody identified by


Found = tuple[NP, str, tuple[int, int]]     # the phrase naming the speaker, the rule, its span


def attribute(reg: Registry, q_open: int, q_close: int, sentence: tuple[int, int]) -> Attribution:
    """Attribute the quote whose marks are at ``q_open`` and ``q_close`` (the closing mark,
    or the paragraph's last character when the quote runs on) within its sentence. A
    quote a passive verb leads to ("X was called “…”") with no named agent is nobody's
    (not its subject's, nor the speaker before), unless another rule attributes it ("…,”
    Song wrote)."""
    s, e = max(sentence[0], q_open - WINDOW), min(sentence[1], q_close + 1 + WINDOW)
    if "so-called" in reg.text[s:q_open] and SO_CALLED_END_RE.search(reg.text[s:q_open]):
        return Attribution()                                   # a term in scare quotes: nobody's words
    passive = passive_lead(reg.text, sentence[0], q_open)
    passive_only = passive is not None and _BY_NAME_RE.search(reg.text, passive.end(), q_open) is None
    rules = (lambda: _after(reg, q_close + 1, e), lambda: _read_out(reg, q_close + 1, e),
             lambda: _before(reg, s, q_open), lambda: _participle(reg, s, q_open, sentence[0]),
             lambda: _according(reg, s, e),
             lambda: _aside(reg, q_close + 1, e), lambda: _final(reg, q_close + 1, sentence[1], e),
             lambda: _tag(reg, q_open, q_close, sentence), lambda: _headline(reg, sentence),
             lambda: _owned_noun(reg, s, q_open),
             lambda: _clause(reg, s, q_open, q_close, e))
    described = None
    for rule in rules:
        found = rule()
        if found is None or (described is not None and rule is rules[-1]):
            continue
        np, how, span = found
        speaker, role, kind = reg.resolve(np, span[0])
        if speaker is None:
            described = described or reg.text[np.start:np.end]
            continue
        if np.appositive and kind == "person":
            role = role or appositive_role(np.appositive) or None
        return Attribution(speaker, role, kind, span[0], span[1], how)
    if passive_only and passive is not None:
        described = described or passive.group()             # She was called “a hero”: no follow-on either
    return Attribution(described=described)                   # the clause rule never overrides a described speaker


def _after(reg: Registry, lo: int, hi: int) -> Found | None:
    """“…,” Chen said / said Chen, a … / Skye Perryman, president of …, said / according to X."""
    text = reg.text
    lead_space = _LEAD_SPACE_RE.match(text, lo, hi)           # no-break spaces too (“…,”\xa0Trump said)
    p = lead_space.end() if lead_space else lo
    as_said = _AS_RE.match(text, p, hi)                        # “…,” as Cruz said on Monday
    p = as_said.end() if as_said else p
    if p >= hi:
        return None
    lead = ACCORDING_RE.match(text, p, hi) or VERB_RE.match(text, p, hi)
    if lead:
        np = np_after(reg, lead.end(), hi)
        how = "according" if lead.re is ACCORDING_RE else "after"
        return (np, how, (p, np.end)) if np else None
    for v in VERB_RE.finditer(text, p, min(hi, p + 260)):
        np = np_before(reg, p, v.start()) or owned_before(reg, p, v.start())
        if np is not None and (_THE_ONLY_RE.fullmatch(text[p:np.start])
                               or ((np.title or " " in np.name) and _premodified(text[p:np.start]))
                               or (reg.find(np.name) and _EPITHET_GAP_RE.fullmatch(text, p, np.start))):
            return np, "after", (p, v.end())
        named = _name_of(reg, p, np) if np is not None else None
        if named is not None:
            return named, "after", (p, v.end())
        if FILL in text[p:v.start()]:
            break
    quoted = _QUOTED_AS_RE.search(text, p, min(hi, p + 120))     # “…,” Roe was quoted as saying
    if quoted is not None and FILL not in text[p:quoted.start()]:
        np = np_before(reg, p, quoted.start())
        if np is not None and _THE_ONLY_RE.fullmatch(text[p:np.start]):
            return np, "after", (p, quoted.end())
    return None


def _read_out(reg: Registry, lo: int, hi: int) -> Found | None:
    """“…,” Lee read Roe’s words / she read from Roe’s letter: words read out are their
    writer's; the writer is a name the article knows."""
    m = _READ_OUT_RE.match(reg.text, lo, hi)
    if m is None or reg.find(m.group("writer")) is None:
        return None
    np = NP("name", m.start("writer"), m.end("writer"), name=m.group("writer"))
    return np, "after", (m.start(), m.end())


def _name_of(reg: Registry, p: int, np: NP) -> NP | None:
    """“…,” Jo Lee of the Lee Institute said: the full name opening the attribution at
    ``p``, before "of" and the organisation ``np`` names."""
    m = _NAME_OF_RE.fullmatch(reg.text, p, np.start)
    own = np_before(reg, p, m.end(1)) if m is not None and is_org(np.name) else None
    return own if own is not None and own.kind == "name" and own.start == p and " " in own.name else None


def _premodified(gap: str) -> bool:
    """``police`` in “…,” police Chief Ann Lee said, ``Democratic pollster`` in “…,”
    Democratic pollster Peter Fenn said: up to six words before a titled or full name,
    none of them a function word, a verb (“…,” but Sen. Roe said is another matter) or a
    preposition (“…,” a lawyer for Sen. Roe said: the lawyer's words, not Roe's)."""
    ws = gap.split()
    return (bool(_FEW_WORDS_RE.fullmatch(gap))
            and not any(w.lower() in _FUNCTION_WORDS or w in _OF_WORDS or VERB_RE.fullmatch(w) for w in ws))


def _before(reg: Registry, s: int, q_open: int) -> Found | None:
    """The nearest speech verb before the quote whose subject names someone; or a headline's
    ``Zelensky: ‘…’``."""
    text = reg.text
    labelled = text[s:q_open].rstrip().endswith(":")           # both patterns end with a colon and spaces
    for colon in (_LABEL_RE.fullmatch(text, s, q_open), _DASH_LABEL_RE.search(text, s, q_open)) if labelled else ():
        if colon:                                               # Zelensky: ‘…’ / HEADLINE - Ann Lee: “…”
            np = np_before(reg, s, colon.end(1))
            if (np is not None and np.kind == "name" and np.start == colon.start(1)
                    and not SAID_LEAD_RE.match(text, colon.start(1))):       # Stated Stone: the clause rule's
                return np, "before", (np.start, np.end)
    relative = False
    unnamed: Found | None = None                        # a judge who told him “…”, the judge unnamed
    cue = _participle_cue(text, s, q_open)               # X left, saying “…”: not a verb before it
    for v in list(VERB_RE.finditer(text, cue.start() if cue else s, q_open))[::-1][:8]:
        if _PASSIVE_AUX_RE.search(text, max(s, v.start() - 24), v.start()):
            continue                                    # She was later called “a hero”: not her words
        if _REPORT_ASIDE_RE.search(text, max(s, v.start() - 40), v.start()) and text.startswith(",", v.end()):
            continue                                    # X told her, she recalled, that …: X's words
        lead = _TO_SAY_RE.search(text, max(s, v.start() - 40), v.start())   # X was prompted to say “…”
        end = lead.start() if lead else v.start()
        np = np_before(reg, s, end) or antecedent(reg, s, end) or owned_before(reg, s, end)
        if np is not None and np.kind == "name" and _object_of(text, s, np, v.start()):
            np = None                                   # an inquiry into the home in Westmoor has found “…”
        who = described_who(reg, s, v.start()) if np is None else None
        np = np or who
        gap = text[v.end():q_open].strip()
        how = "before" if not gap or (gap[-1] in ",:" and len(gap.split()) <= 8) else "sentence"
        if np is not None and reg.resolve(np, np.start)[0] is not None:
            return np, how, (np.start, v.end())
        if who is not None and unnamed is None:
            unnamed = who, "sentence", (who.start, v.end())
        elif np is not None and unnamed is None and (how == "before" or np.kind == "indefinite") and np.kind != "name":
            unnamed = np, how, (np.start, v.end())      # A council spokeswoman said: “…”: unnamed
            # (… jailed after a judge said he had betrayed “…”: the judge's words, unnamed)
        relative = relative or _RELATIVE_END_RE.search(text[s:v.start()]) is not None
    aside = subject_past_aside(reg, s, q_open)
    if aside is not None:
        return aside[0], "sentence", aside[1]
    inverted = _inverted_aside(reg, s, q_open)
    if inverted is not None:
        return inverted, "sentence", (inverted.start, inverted.end)
    if relative:                                                # a ruling … that called it “…”
        np = reg.subject(s, q_open)
        if np is not None:
            return np, "sentence", (np.start, np.end)
    return unnamed                      # (its speaker described, not named: no clause subject for it)


def _object_of(text: str, s: int, np: NP, verb: int) -> bool:
    """Whether the name before a verb is a preposition's object, not the verb's subject
    ("the home in Westmoor has found", "a spokesman for Mayor Roe said"): a preposition
    (and perhaps "the") right before it, not inside a name ("The Council on American-Islamic
    Relations … Director Nihad Awad says"; but "Speaking to the Financial Courier, the chief
    executive said"), and no relative clause after it ("from Mike Lee, who
    declared")."""
    m = _OBJECT_OF_RE.search(text, s, np.start)
    if m is None or ", who" in text[np.end:verb]:
        return False
    before = text[s:m.start()].split()
    return not (before and before[-1][:1].isupper() and not before[-1].endswith("ing"))  # (but "Speaking to")


def _inverted_aside(reg: Registry, s: int, q_open: int) -> NP | None:
    """``The paradox, says Carl Anton, historian at …, is that …“…”``: a parenthetical
    attribution with the verb first, between commas, before the quote; its speaker is a
    name the registry resolves."""
    text = reg.text
    m = _INVERTED_ASIDE_RE.search(text, s, q_open)
    if m is None:
        return None
    np = np_after(reg, m.end(), q_open)
    if np is None or np.kind != "name" or not text.startswith(",", np.end) or reg.resolve(np, np.start)[0] is None:
        return None
    return np


def _participle_cue(text: str, s: int, q_open: int) -> re.Match | None:
    """``_PARTICIPLE_RE.search(text, s, q_open)``, begun where a match can start: one ends at
    ``q_open`` with at most nine words after the participle, and its comma and "and" are
    in the two words before it, so it lies in the last twelve (the search tried the
    pattern at every character of a long sentence)."""
    head = text[s:q_open].rsplit(None, 14)
    m = _PARTICIPLE_RE.search(text, s + len(head[0]) if len(head) == 15 else s, q_open)
    while m is not None:            # the last participle introduces the quote: "Roe saying he was “…”
        later = _PARTICIPLE_RE.search(text, m.end(2), q_open)   # and Lee calling it “…”": Lee's
        if later is None:
            return m
        m = later
    return None


def _participle(reg: Registry, s: int, q_open: int, sent_lo: int) -> Found | None:
    """X attacked Y, saying “…” / calling it “…” / with X telling reporters “…” / X had a
    message: “…”: the quote introduced by a participle of saying or a colon; the speaker
    is the name right before the participle, else the subject of the sentence's clause."""
    text = reg.text
    m = _participle_cue(text, s, q_open)
    document = m is not None and m.group(1) is None and _DOCUMENT_RE.search(text, s, m.start(2)) is not None
    if m is not None and m.group(1) is None and not document:  # with X telling reporters “…”
        np = np_before(reg, s, m.start(2))
        if np is not None and np.kind != "description" and not _PREPOSITION_END_RE.search(text, s, np.start):
            return np, "participle", (np.start, m.end(2))         # (not: responded on Facebook writing “…”)
        return None
    if m is not None and not document:                         # X said, adding / said X, adding
        np = _speaker_before(reg, s, m.start())
        if np is not None:
            return np, "participle", (np.start, np.end)
    if s != sent_lo:
        return None
    if m is not None or _COLON_RE.search(text, s, q_open):
        np = _clause_subject(reg, sent_lo, m.start() if m else q_open)
        if np is not None:
            return np, "participle" if m else "colon", (np.start, np.end)
    if m is not None:                                           # X, who …, said …, stating “…”
        head = _HEAD_RE.match(text, sent_lo, m.start())
        for v in list(VERB_RE.finditer(text, sent_lo, m.start()))[::-1][:8]:
            np = np_before(reg, sent_lo, v.start())
            if (np is not None and head is not None and np.start == head.end() and np.kind != "description"
                    and reg.resolve(np, np.start)[0] is not None):
                return np, "participle", (np.start, v.end())
    return None


def opening_subject(reg: Registry, lo: int, hi: int, copula: bool = True) -> NP | None:
    """The subject opening the sentence at ``lo`` (see :func:`_clause_subject`), the verb
    after it ``is`` or ``was`` too (``Roe is upbeat``) unless ``copula`` is false."""
    return _clause_subject(reg, lo, hi, _NOT_VERBS - {"is", "was"} if copula else _NOT_VERBS)


def speaking_subject(reg: Registry, lo: int, hi: int) -> NP | None:
    """The subject opening the sentence at ``lo`` when the verb right after it (past an
    appositive, if any) is one of saying: ``Lynch announced on Monday …`` / ``Ann Lee, the
    mayor, says she …``; else ``None``."""
    m = _SUBJECT_RE.match(reg.text, lo, hi)
    if m is None or not VERB_RE.fullmatch(m.group("verb")):
        return None
    return _clause_subject(reg, lo, hi)


def _speaker_before(reg: Registry, s: int, hi: int) -> NP | None:
    """The speaker of a speech verb ending the text just before ``hi``: ``X said`` or
    ``said X`` (``…,” said Mr. Roe, adding …``)."""
    text = reg.text
    for v in VERB_RE.finditer(text, max(s, hi - PHRASE), hi):
        if not text[v.end():hi].strip():
            np = np_before(reg, s, v.start())
        else:
            np = np_after(reg, v.end(), hi)
            np = np if np is not None and not text[np.end:hi].strip() else None
        if np is not None and np.kind != "description" and reg.resolve(np, np.start)[0] is not None:
            return np
    return None


def _clause_subject(reg: Registry, lo: int, hi: int, not_verbs: set[str] = _NOT_VERBS) -> NP | None:
    """The subject opening the sentence at ``lo`` when it is a person or organisation the
    article identifies (a pronoun, a titled name or a known one) and a verb follows it
    (after an appositive or a parenthesis, if any); never after a subordinate clause
    (``After X …, Y …``) or for two subjects (``X and Y``)."""
    m = _SUBJECT_RE.match(reg.text, lo, hi)
    if m is None or m.group("verb") in not_verbs:
        return None
    np = np_before(reg, lo, m.start("verb"))
    if np is None or np.start != m.start("np") or np.kind == "description":
        return None
    if np.kind == "name" and not (np.title or reg.find(np.name)):
        return None
    return np


def _owned_noun(reg: Registry, s: int, q_open: int) -> Found | None:
    """Mayor Ann Lee's claim that the budget was “…”: the noun's owner
    (:func:`reader.analysis.speech_nouns.speech_noun_owner`)."""
    found = speech_noun_owner(reg, s, q_open)
    return (found[0], "noun", found[1]) if found is not None else None


def _according(reg: Registry, s: int, e: int) -> Found | None:
    """According to X / according to a statement from X: X, a name the registry resolves."""
    for m in ACCORDING_RE.finditer(reg.text, s, e):
        issued = _ISSUED_BY_RE.match(reg.text, m.end(), e)        # a statement from X: X's words
        np = np_after(reg, issued.end() if issued else m.end(), e)
        if np is not None and reg.resolve(np, m.start())[0] is not None:
            return np, "according", (m.start(), np.end)
    return None


def _clause(reg: Registry, s: int, q_open: int, q_close: int, e: int) -> Found | None:
    """Trump mocked Rubio for “…”: the subject of the clause the quote is worked into; not
    when the sentence attributes the quote after it to someone the article leaves unnamed
    (“…,” the statement added / according to his memoir)."""
    if attributed_after(reg.text, q_close + 1, e):
        return None
    found = clause_subject(reg, s, q_open)
    return None if found is None else (found[0], "clause", found[1])


def _final(reg: Registry, lo: int, sent_end: int, e: int) -> Found | None:
    """“…” about inequality, said Marla Kilfoyle: the attribution closing the sentence."""
    found = final_attribution(reg, lo, sent_end) if e == sent_end else None
    return None if found is None else (found[0], "final", found[1])


def _tag(reg: Registry, q_open: int, q_close: int, sentence: tuple[int, int]) -> Found | None:
    """“…,” Hannity pressed: the tag after a quote opening its sentence, any verb."""
    found = any_verb_tag(reg, q_open, q_close, sentence)
    return None if found is None else (found[0], "tag", found[1])


def _aside(reg: Registry, lo: int, e: int) -> Found | None:
    """The “new” rule, she said, …: a parenthetical attribution after the quote."""
    m = _ASIDE_RE.search(reg.text, lo, e)
    if m and FILL not in m.group(1):
        np = np_after(reg, m.start(1), m.end(1))
        if np is not None and np.end == m.end(1):
            return np, "aside", (m.start(1), m.end() - 1)
    return None


# --- headlines ---------------------------------------------------------------------------

_TITLE_WORD_RE = re.compile(r"[^\W\d_][\w’'\-]{3,}")
_TITLE_VERB = (r"(?:(?:Just|Now|Is\s+Now|Also)\s+)?(?:Says|Said|Tells|Told|Calls|Called|Calling|Blasts|Slams|"
               r"Rips|Praises|Warns|Urges|Vows|Admits|Claims|Insists|Defends|Accuses|Endorses|Sees|Rebuffs|"
               r"Announced|Announces|Takes|Makes|Wants|Thinks|Hits|Mocks|Knocks|Pledges|Promises|Predicts|"
               r"Declares|Touts|Denies)")
_TITLE_VERB_RE = re.compile(r"\s+" + _TITLE_VERB + r"\b")
_TITLE_FINAL_RE = re.compile(r"[," + FILL + r"]\s+((?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w.’'\-]*)\s+"
                             r"(?:Says|Said|Tells|Told|Writes|Wrote)\b[^,;:" + FILL + r"]{0,40}[.!?]?\s*$")


def _title_case(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] is a headline in title case: at least four words of four letters
    or more outside the quotes, four in five of them capitalised."""
    ws = _TITLE_WORD_RE.findall(text, lo, hi)
    return len(ws) >= 4 and 5 * sum(w[0].isupper() for w in ws) >= 4 * len(ws)


def _headline(reg: Registry, sentence: tuple[int, int]) -> Found | None:
    """A headline in title case, whose verbs are capitalised too: ``Ann Lee Calls the Plan
    ‘Reckless’`` / ``Rivals Are ‘Unfit,’ Ann Lee Says``: the name opening it before a
    verb of saying or judging, or the one closing it before ``Says``; a person the
    article identifies (a full name, a titled or a known one)."""
    text, (lo, hi) = reg.text, sentence
    key = ("title case", lo, hi)
    title_case = reg.sentence_facts.get(key)
    if title_case is None:                  # (the same for every quote in the sentence)
        title_case = reg.sentence_facts[key] = _title_case(text, lo, hi)
    if not title_case:
        return None
    final = _TITLE_FINAL_RE.search(text, lo, hi)
    if final is not None:
        np = np_before(reg, final.start(1), final.end(1))
        if np is not None and np.kind == "name" and np.start == final.start(1) and identified(reg, np):
            return np, "headline", (np.start, final.end())
    head = _LEAD_SPACE_RE.match(text, lo, hi)
    start = head.end() if head else lo
    for v in _TITLE_VERB_RE.finditer(text, start, min(hi, start + 80)):
        np = np_before(reg, start, v.start())
        if np is not None and np.kind == "name" and np.start == start and identified(reg, np):
            return np, "headline", (np.start, v.end())
        break
    return None


def identified(reg: Registry, np: NP) -> bool:
    """A name strong enough for a speaker with no verb of saying beside it (a headline's, a
    credit line's: :func:`reader.analysis.quote_paragraphs.credit_line`): two words or more,
    a title, or a name the registry knows."""
    return " " in np.name or bool(np.title) or reg.find(np.name) is not None
