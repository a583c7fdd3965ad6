"""An epithet for the person the text is about, among several named near it: ``Senator Ann
Lee still opposes the bill, which Mayor Roe backs. “…,” the Ohio senator told reporters``.

News refers back to its main person by a description no title or appositive gave them
(``the billionaire``, ``the Ohio senator``, ``the former first lady``). The registry reads
such an epithet as the one person named in the last few hundred characters
(:func:`reader.analysis.speaker_resolve.resolve`); with two or more named there it
abstained. This picks the one the sentence before is about: the person whose name opens
that sentence as its subject (after a connective or an opening phrase: ``But``, ``Despite
the loss,``), in the same paragraph, when

* the epithet opens its own clause: it starts its sentence, or follows the quotation that
  opens it (``“…,” the senator said`` / ``“…,” said the senator``);
* its head noun is no word for an anonymous source or a stranger (``the official``, ``the
  spokesman``, ``the aide``, ``the man``): those bring in someone new, not the one named;
* the person's gender, when known, agrees with the noun's (``the congresswoman``);
* the article named the person before that sentence too: an epithet renames someone it has
  been writing about, not whoever a sentence first brings in (``Tom Webb said nothing in
  court.`` / ``“…,” the judge said``: someone else).

Hand-written, like the other speaker rules: a sentence's subject is read from the words
before it, and the rule abstains whenever the shape is not the plain one.
"""

from __future__ import annotations

import bisect
import re

from reader.analysis.offsets import span_index
from reader.analysis.speaker_lexicon import FILL, GENDERED, VERB_WORDS
from reader.analysis.speaker_people import Person

# heads that bring in someone other than the person named: sources, staff, strangers
_STRANGERS = frozenset({
    "official", "officials", "source", "sources", "aide", "aides", "adviser", "advisor", "spokesman", "spokeswoman",
    "spokesperson", "representative", "person", "people", "man", "woman", "men", "women", "member", "staffer",
    "strategist", "operative", "insider", "confidant", "ally", "friend", "observer", "witness", "voter",
    "supporter", "resident", "worker", "employee", "lawyer", "attorney", "analyst", "expert", "organizer",
    "boy", "girl", "student", "caller", "questioner", "moderator", "reporter", "host", "audience", "crowd",
})
# what may stand before an epithet opening its clause: a quotation, its marks and comma, a verb
_CLAUSE_OPENING_RE = re.compile(r"[\s" + FILL + r"“”\"'‘’,.!?—–-]*(?:(?:But|And|Yet|Still)\s+)?(?:"
                                + VERB_WORDS + r"\s+)?")
# what may stand before the subject opening the sentence before: a connective, an opening phrase, given names
_SUBJECT_OPENING_RE = re.compile(
    r"\s*(?:(?:But|And|Yet|So|Still|Meanwhile|Also|However|Instead|Now)\b,?\s+)*"
    r"(?:[A-Z][^,;:" + FILL + r"]{1,80},\s+)?(?:[A-Z][\w.’'\-]*\s+){0,4}")
_WORD_RE = re.compile(r"[\w.\-]+")
_POSSESSIVE_RE = re.compile(r"[’']s?(?!\w)")


def subject_before(text: str, sentences: list[tuple[int, int]], people: list[Person], head: str,
                   pos: int) -> Person | None:
    """The person an epithet with head noun ``head`` at ``pos`` stands for: the subject of
    the sentence before (see the module's rules); else None."""
    if head.lower() in _STRANGERS:
        return None
    k = span_index(sentences, pos)
    if k < 1 or not _CLAUSE_OPENING_RE.fullmatch(text, sentences[k][0], pos):
        return None
    lo, hi = sentences[k - 1]
    if not _same_paragraph(text, lo, hi, sentences[k][0], pos):
        return None
    subject = _subject(text, people, lo, hi)
    gender = GENDERED.get(head.lower())
    return subject if subject is not None and subject.gender in (None, gender or subject.gender) else None


def _same_paragraph(text: str, lo: int, hi: int, own: int, pos: int) -> bool:
    """Whether the sentence before (``lo``..``hi``) is in the epithet's paragraph, or ends the
    paragraph just before when the epithet's sentence (from ``own``) opens its own."""
    start = text.rfind("\n", 0, pos) + 1
    return lo >= start or (own >= start and not text[start:own].strip() and not text[hi:start].strip()
                           and "\n" not in text[lo:hi])


def _subject(text: str, people: list[Person], lo: int, hi: int) -> Person | None:
    """The person named first in text[lo:hi] whose name opens it as its subject (not a
    possessive: ``Lee’s office``), past a connective, an opening phrase and given names,
    when the article named that person before ``lo`` too."""
    named = sorted((at, n) for n, p in enumerate(people) if p.kind == "person"
                   for at in [_first_in(p.salient, lo, hi)] if at >= 0)
    for at, n in named:
        if _SUBJECT_OPENING_RE.fullmatch(text, lo, at):
            word = _WORD_RE.match(text, at)
            owner = word is not None and _POSSESSIVE_RE.match(text, word.end()) is not None
            return None if owner or people[n].salient[0] >= at else people[n]
    return None


def _first_in(positions: list[int], lo: int, hi: int) -> int:
    """The first of the sorted ``positions`` in [lo, hi), or -1."""
    k = bisect.bisect_left(positions, lo)
    return positions[k] if k < len(positions) and positions[k] < hi else -1
