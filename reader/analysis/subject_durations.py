"""A length of time a clause's subject spent in what its verb tells, when no event kind keys
it: "its backup generators failed to kick in for about 15 minutes" and "the hospital's
generators failed for almost half an hour" are one length, ``"duration:generator fail"``.

:mod:`reader.analysis.clause_durations` keys a length "for" N by the kind of event its clause
tells (a strike, an outage); any other clause named no kind, and two sources that tell how
long one thing went on in the same subject and verb were never compared. Here the clause of
"for" is read by its structure: its verb (the first past form or the word after an auxiliary,
"failed", "will sit") and its subject (the noun right before the verb, "generators"), each
reduced to a stem, name the length. Such a key tells no event (a subject and a verb may
recur in a story), so it is a soft key: two figures of it are compared only when their
sentences share words besides the unit (:func:`reader.analysis.noun_events.soft_event`). A
pronoun as the subject takes the subject of the clause before it in its sentence ("the backup
generator kicked on as designed, but it failed for about 40 minutes before crews restarted it":
``"duration:generator fail"``); with none there, it is not keyed, nor is a name as the subject, a
length of an earlier event (a year, "last", "ago") or a length followed by "after", "later" or
"into" (one followed by "before" is still how long the clause went on: "failed for roughly two hours
before crews restarted it").

Hand-written: the clause forms are fixed forms of English, read by regular expressions; the
stem is a suffix cut (:func:`reader.analysis.measured_durations.stem`).
"""

from __future__ import annotations

import re

from reader.analysis.measured_durations import stem

_UNITS = frozenset({"second", "minute", "hour", "day", "week"})
_QUALIFIER = (r"(?:(?:about|around|nearly|almost|roughly|some|approximately|at\s+least|more\s+than|up\s+to"
              r"|less\s+than|under|over|just|only)\s+)*")
_FOR = re.compile(r"\bfor\s+" + _QUALIFIER + r"$", re.IGNORECASE)
_BREAK = re.compile(r"[,;:()—–\"“”]|\s-\s|\b(?:and|but|which|who|that|when|while|after|before|because|as|if|since"
                    r"|until|where|said|says|told)\b", re.IGNORECASE)
# the subject and the verb: "generators failed", "the pumps were shut", "drivers will sit"
_CLAUSE = re.compile(r"^\s*(?:(?:the|a|an|its|their|his|her|our|all|some|[a-z]+['’]s)\s+)*(?:[a-z-]+\s+){0,2}?"
                     r"(?P<subject>[a-z]{3,})\s+(?:(?:will|would|could|may|might|was|were|had|have|has|did|to)\s+"
                     r"(?:not\s+)?(?:be\s+|been\s+)?(?P<verb>[a-z]{3,})|(?P<past>[a-z]{3,}ed))\b")
# a pronoun subject ("but it failed for about 40 minutes"), read as the subject of the clause before it
_PRONOUN = re.compile(r"^\s*(?:it|they)\s+(?:(?:will|would|could|may|might|was|were|had|have|has|did)\s+(?:not\s+)?"
                      r"(?P<verb>[a-z]{3,})|(?P<past>[a-z]{3,}ed))\b", re.IGNORECASE)
_EARLIER = re.compile(r"\b(?:(?:19|20)\d\d|last|previous|prior|ago|past|earlier|former|once)\b", re.IGNORECASE)
_NOT_LENGTH_AFTER = re.compile(r"\s+(?:to\s+[a-z]|into|after|later|earlier|ago|from\s+now|of\b)",
                               re.IGNORECASE)
_NOT_WORDS = frozenset({"they", "them", "there", "this", "that", "these", "those", "which", "were", "been", "have",
                        "said", "also", "then", "than", "just", "only", "still", "will", "would", "could"})
_REACH = 100
# a length the verb "last" tells of its subject: "The fireball lasted about 10 seconds", "the ban is expected
# to last 10 days"; a verb of staying before "for" tells the same ("the ban will remain in place for a week")
_LASTED = re.compile(r"\b(?:lasted|lasts|last|lasting)\s+" + _QUALIFIER + r"$", re.IGNORECASE)
_LAST_AUX = frozenset({"is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "should",
                       "expected", "to", "due", "set", "likely", "has", "have", "had", "been", "be", "not", "only",
                       "just", "probably", "still", "also"})
_NOT_SUBJECTS = frozenset({"the", "its", "his", "her", "our", "who", "and", "but", "each", "one", "all", "it", "which",
                           "what", "how", "long"})
_STAYING = {"remain": "last", "stay": "last", "last": "last"}


def subject_duration(text: str, unit: str | None, start: int, end: int, floor: int) -> str | None:
    """``"duration:<subject> <verb>"`` for the length at ``text[start:end]`` told "for" in a
    clause of a subject and a verb (module doc), else None; nothing before ``floor`` is read."""
    if unit not in _UNITS or _NOT_LENGTH_AFTER.match(text, end):
        return None
    lo = max(floor, start - _REACH)
    held = _FOR.search(text, lo, start)
    if held is None:
        return _lasted(text, lo, start)
    head = text[lo:held.start()]
    clause, cut = _last_clause(head)
    if _EARLIER.search(clause):
        return None
    m = _CLAUSE.match(clause if cut else clause[:1].lower() + clause[1:])
    subject = m["subject"] if m is not None else None
    if m is None and (m := _PRONOUN.match(clause)) is not None and cut:
        subject = _antecedent(head)
    verb = m["verb"] or m["past"] if m is not None else None
    if subject is None or verb is None or subject in _NOT_WORDS or subject in _NOT_SUBJECTS or verb in _NOT_WORDS:
        return None
    return "duration:" + stem(subject) + " " + _STAYING.get(stem(verb), stem(verb))


def _last_clause(head: str) -> tuple[str, bool]:
    """The last clause of ``head`` (the words before a length's "for" or "last"), and whether a break cut it."""
    cuts = [m.end() for m in _BREAK.finditer(head)]
    return (head[cuts[-1]:], True) if cuts else (head, False)


def _lasted(text: str, lo: int, start: int) -> str | None:
    """``"duration:<subject> last"`` for a length the verb "last" tells of its clause's subject
    (``_LASTED``), its auxiliaries passed ("is expected to last"), else None."""
    held = _LASTED.search(text, lo, start)
    if held is None:
        return None
    clause, _ = _last_clause(text[lo:held.start()])
    words = clause.split()
    while words and words[-1].lower() in _LAST_AUX:
        words.pop()
    if not words or _EARLIER.search(clause):
        return None
    subject = words[-1].lower().removesuffix("'s").removesuffix("’s")
    if not subject.isalpha() or len(subject) < 3 or subject in _NOT_WORDS or subject in _NOT_SUBJECTS:
        return None
    return "duration:" + stem(subject) + " last"


def _antecedent(head: str) -> str | None:
    """The subject a pronoun takes from a clause before its own, in ``head`` (the words before
    "for", its own clause last): the nearest of the two before it that has a subject and a verb
    ("Briarwood's diesel backup generator kicked on as designed, but it failed for" → "generator")."""
    bounds = [0] + [e for m in _BREAK.finditer(head) for e in (m.start(), m.end())] + [len(head)]
    segments = [head[bounds[k]:bounds[k + 1]] for k in range(0, len(bounds) - 1, 2)]
    before = [k for k in range(len(segments) - 1) if segments[k].strip()][-2:]
    for k in reversed(before):
        clause = segments[k]        # (the sentence's first clause opens with a capital: lowered)
        m = _CLAUSE.match(clause[:1].lower() + clause[1:] if k == 0 else clause)
        if m is not None and m["subject"] not in _NOT_WORDS:
            return str(m["subject"])
    return None
