"""The subject of a verb of saying that is not right before it: past an aside (``Michael
Green, associate professor of history at …, said``), through a relative ``who`` (``Bret
Stephens, who, after …, said``), or an organisation named by its owner (``Powell’s office
said``, ``the Clinton campaign said``).

Hand-written, like :mod:`reader.analysis.quotes` (a rule can say why it chose a speaker, and
news attribution is formulaic): in PolNeAR's annotated news these subjects were left empty
because the phrase finder of :mod:`reader.analysis.speaker_phrases` reads only a name, a short
appositive or a parenthesis right before the verb. The evidence stays strict: the subject
opens the sentence and is a person the registry knows (a pronoun, a titled or known name),
the aside has no verb of saying of its own (a passive one, ``when asked``, is skipped), and
a relative's antecedent is a name.
"""

from __future__ import annotations

import re

from reader.analysis.speaker_lexicon import VERB_RE
from reader.analysis.speaker_names import is_org
from reader.analysis.speaker_phrases import NP, np_before
from reader.analysis.speaker_registry import Registry

# between a sentence's subject and its verb: a parenthesis, an aside to a comma (no clause break)
_LONG_ASIDE_RE = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:(?:,[^;:\n]{1,220}?)?,|\s[—–]\s[^;:\n—–]{1,160}?\s[—–])"
                            r"\s*(?:[a-z]+ly\s+)?")
_PASSIVE_ASIDE_RE = re.compile(r"\b(?:when|if|after|before|once|while|as)\s+(?:being\s+)?$")   # X, when asked …, said
_AND_VERB_RE = re.compile(r"\s+[a-z][^;:,.\n]{0,120}?\s+and\s+(?:then\s+|later\s+|also\s+)?")
_WHO_BEFORE_RE = re.compile(r"(?:,|\s[-—–])\s+who\b(?:,[^,;:\n]{1,120},)?\s*(?:(?:[a-z]+ly|also|has|had|once|"
                            r"previously|then|later)\s+)*$")
# an office's organisation after its member: "… of the", "…, president at the" (lower-case words between)
_OF_ORG_RE = re.compile(r"\s+(?:of|at|for|with|from)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$")
_THE_BEFORE_RE = re.compile(r"\b[Tt]he\s+$")          # the European Observatory: no person's name
_ROLE_AFTER_NAME_RE = re.compile(r",\s+(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*$")   # Tom Baker|, president
_OWNED_BEFORE_RE = re.compile(r"(?<![\w’'.\-])(?:((?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*[’']s\s+(?:campaign|office|"
                              r"team|camp|administration|staff|spokesman|spokeswoman|spokesperson|press\s+secretary))|[Tt]he\s+((?:[A-Z][\w.\-]*\s+){1,3}(?:campaign|"
                              r"administration)))\s+(?:also\s+|later\s+|[a-z]+ly\s+)?$")


def antecedent(reg: Registry, s: int, hi: int) -> NP | None:
    """Bret Stephens, who, after trading insults …, said / Donald Trump - who previously said:
    the name a relative ``who`` right before a verb of saying (at ``hi``) stands for."""
    m = _WHO_BEFORE_RE.search(reg.text, max(s, hi - 200), hi)
    if m is None:
        return None
    np = np_before(reg, s, m.start())
    if np is not None and np.kind == "name" and (is_org(np.name) or _THE_BEFORE_RE.search(reg.text, s, np.start)):
        return _member_of(reg, s, np) or np
    return np if np is not None and np.kind == "name" else None


def _member_of(reg: Registry, s: int, org: NP) -> NP | None:
    """``Pieter de Wolf of the Climate Observatory, who said`` / ``Tom Baker, president of
    the Guides Association, who said``: the person the organisation is the office of, whom a
    relative ``who`` stands for (an organisation is a "which"); None without one."""
    of = _OF_ORG_RE.search(reg.text, max(s, org.start - 60), org.start)
    if of is None:
        return None
    np = np_before(reg, s, of.start())
    if np is None or np.kind != "name":
        role = _ROLE_AFTER_NAME_RE.search(reg.text, max(s, of.start() - 60), of.start())
        np = np_before(reg, s, role.start()) if role is not None else None
    return np if np is not None and np.kind == "name" and not is_org(np.name) else None


def owned_before(reg: Registry, s: int, hi: int) -> NP | None:
    """Clinton’s campaign said / the Clinton campaign said (at ``hi``): an organisation named
    by its owner."""
    m = _OWNED_BEFORE_RE.search(reg.text, max(s, hi - 120), hi)
    if m is None:
        return None
    g = 1 if m.group(1) else 2                                 # Clinton’s campaign / the Clinton campaign
    return NP("name", m.start(g), m.end(g), name=m.group(g))


def subject_past_aside(reg: Registry, s: int, q_open: int) -> tuple[NP, tuple[int, int]] | None:
    """Michael Green, associate professor of history at …, said places “…” / Sen. Jack Reed
    (D-R.I.), said …: the sentence's subject, then an aside of any shape up to a comma, or a
    verb phrase and ``and`` (X confirmed it and said), then its first verb of saying (the aside
    has none of its own); ``s`` is the sentence's start."""
    np = reg.subject(s, q_open)
    if np is None or np.kind == "description":
        return None
    v = next((m for m in VERB_RE.finditer(reg.text, np.end, q_open)
              if not _PASSIVE_ASIDE_RE.search(reg.text, max(np.end, m.start() - 20), m.start())), None)
    if v is None or not (_LONG_ASIDE_RE.fullmatch(reg.text, np.end, v.start())
                         or _AND_VERB_RE.fullmatch(reg.text, np.end, v.start())):
        return None
    return np, (np.start, v.end())
