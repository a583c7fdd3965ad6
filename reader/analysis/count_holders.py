"""The named thing a count is told of: "Pine Hill Academy, which has 1,650 students", "the
300-bed Kestrel General Hospital", "Alder Creek High School, the 1,600-student campus",
"Halden's 4,200 residents", "Brenmoor Mills, with 450 workers".

A story about one school, hospital or firm often gives a neighbour's size as background
("Nearby Pine Hill Academy, which has 1,650 students, was locked down"), and its count of
the same noun, close in value to the story's own, read as a conflict ("students":
1,600 against 1,650). Two counts are not one quantity when one is told of a named holder
and the other is told of a holder of other names, or when the other's article never
names that holder at all: what an article does not name it gives no figure for.

A holder is the capitalised name a count is attached to by one of a few fixed frames of
news copy (an apposition, "which has", "with", a possessive, "has", or a compound
modifier before or after the name); its distinctive words are its capitalised words less
stop words and the generic heads of institutions' names ("High", "School", "Hospital").
A count a named organisation's own verb tells ("Tarn Rail cancelled 14 trains", "Halvorsen
Freight has laid off 60 drivers") is that organisation's: the subject name opening the clause
right before a past verb and the count is its holder, not a size (a sentence's first word
only when the body also writes it capitalised inside a sentence: not "Nurses moved 52"). Another article's count of
the same thing that never names the organisation ("forcing operators to cancel at least
30 trains", or a passive: "30 trains were cancelled") is of a whole the organisation is a
part of, not a rival value; one told of a single subject ("the operator cancelled 18") is
compared. Not a toll's verb
("Hurricane Ilse killed 12 people"): no organisation owns those it kills or hurts.

Hand-written: the frames are few and fixed, and a parser would not tell which of two
schools a count belongs to any better than this reading of the name the count is given
with.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.figure_uses import FigureUse
from reader.text.tokens import STOPWORDS

_WORD = r"[A-Z][\w&'’.-]*"
# a name, then the place it is in, which two holders may share ("in Dunmore"): not read as the name's
_NAME = rf"((?:{_WORD}[ \t]+(?:of[ \t]+|the[ \t]+)?)*{_WORD})(?:[ \t]+(?:in|at)[ \t]+(?:{_WORD}[ \t]+)*{_WORD})?"
_QUALIFIER = r"(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|just\s+over|under)\s+)?"
_HAS = r"(?:has|had|have|employs|employed|enrolls|enrolled|enroll|serves|served|houses|housed|seats|holds)"
_WITH = re.compile(rf"{_NAME},\s+(?:with|home\s+to)\s+{_QUALIFIER}$")
_POSSESSIVE = re.compile(rf"{_NAME}['’]s?\s+{_QUALIFIER}$")
# frames before the count: "X, which has", "X, with", "X's", "X has", "a supplier, X, has"; and "X, the"
# before a compound ("X, the 1,600-student campus")
_BEFORE = (
    re.compile(rf"{_NAME},\s+(?:which|that|who)\s+(?:now\s+)?{_HAS}"
               rf"\s+{_QUALIFIER}$"),
    _WITH,
    _POSSESSIVE,
    re.compile(rf"{_NAME}\s+{_HAS}\s+{_QUALIFIER}$"),
    # a name between commas only as an apposition ("Its supplier, Vessen Parts, has"), not a clause's
    # end ("The retailer, founded in Dayton, employs 7,400": the retailer's staff)
    re.compile(rf"(?:^|[a-z],\s+){_NAME},\s+{_HAS}\s+{_QUALIFIER}$"),
)
# "…, Tarn Rail cancelled 14", "Tarn Rail has laid off about 60": a clause's subject name acting on the count
_AGENT = re.compile(rf"(?:^|[,;:]\s+|\b(?:and|but)\s+){_NAME}\s+(?:has\s+|have\s+|had\s+)?"
                    r"(?!(?:killed|injured|wounded|hurt|sickened|infected|hospitali[sz]ed|rescued)\b)"
                    rf"(?:[a-z]+ed|cut|shut|laid\s+off)\s+{_QUALIFIER}$")
_APPOSED = re.compile(rf"{_NAME},\s+(?:the|a|an|its)\s+$")
# a count written as a compound modifier ("1,600-student", "300-bed") and the name after it
_MODIFIER = re.compile(r"^[\w.,]+-[a-z]+\b")
_NAME_AFTER = re.compile(rf"[ \t]+{_NAME}")
_THE_BEFORE = re.compile(r"\b(?:the|its|a|an)\s+$", re.IGNORECASE)
REACH = 80
# the generic heads and words of institutions' names (two schools share them, so they tell no holder apart),
# and the bodies and people a sentence opens with ("Police have 40 officers there")
_GENERIC_WORDS = """
high middle elementary primary secondary school schools academy college university institute hospital
medical center centre general clinic company corp corporation inc ltd plc group mills plant factory
county city town village state national international north south east west new st saint mount
police officials authorities firefighters crews officers rescuers residents students workers staff
department office agency service services ministry government council board team club party union
nearby local
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december
"""
_GENERIC = frozenset(_GENERIC_WORDS.split())


def holder(body: str, f_start: int, f_end: int, sentence_start: int, text: str) -> frozenset[str]:
    """The distinctive words of the named holder the count at ``f_start``..``f_end`` of
    ``body`` (its text ``text``) is told of (module doc); empty when it is told of none."""
    found = _holder_name(body, f_start, f_end, sentence_start, text)
    return _words(found[0]) if found else frozenset()


def _holder_name(body: str, f_start: int, f_end: int, sentence_start: int, text: str
                 ) -> tuple[str, bool | None] | None:
    """The name a count's frame gives its holder as written, and whether the frame tells
    the holder's size (None: an agent's, no size); None when no frame holds the count."""
    prior = body[max(sentence_start, f_start - REACH):f_start]
    for pattern in _BEFORE:
        m = pattern.search(prior)
        if m:
            # (a possessive as often counts those an event struck; a "with" after a day or a time is no holder's)
            return m.group(1), pattern is not _POSSESSIVE and (pattern is not _WITH or bool(_words(m.group(1))))
    m = _AGENT.search(prior if f_start - REACH <= sentence_start else "x " + prior)   # (a cut window: no start)
    if m and _proper(body, m.group(1), m.start(1) > 0):
        return m.group(1), None
    if _MODIFIER.match(text):
        m = _APPOSED.search(prior)
        if m:
            return m.group(1), True
        after = _NAME_AFTER.match(body, f_end)
        if _THE_BEFORE.search(prior):
            return (after.group(1) if after else ""), True
    return None


def _proper(body: str, name: str, inside: bool) -> bool:
    """Whether an agent's ``name`` is a name: inside its sentence, of two words, or a word the
    body also writes capitalised inside a sentence (not a sentence's first common noun,
    "Nurses moved 52 patients")."""
    return inside or " " in name or re.search(rf"[a-z,;][ \t]+{re.escape(name)}\b", body) is not None


# a count told as a whole of many or of none: a plural agent before its verb ("forcing airlines to
# cancel 30", "carriers cancelled 30") or a passive after its noun ("21 flights were cancelled")
_PLURAL_AGENT = re.compile(r"\b[a-z]+[^s\W]s\s+(?:to\s+|have\s+|had\s+)?[a-z]+\s+(?:[a-z]+\s+){0,2}$")
_PASSIVE_AFTER = re.compile(r"(?:[ \t]+[a-z]+){0,2}[ \t]+(?:were|was|have\s+been|had\s+been|are|been)[ \t]+[a-z]+ed\b")


def _whole(body: str, start: int, end: int, sentence_start: int) -> bool:
    """Whether the count at ``start``..``end`` is told of a plural agent or of none (comment above)."""
    return (_PLURAL_AGENT.search(body, max(sentence_start, start - 40), start) is not None
            or _PASSIVE_AFTER.match(body, end) is not None)


def _words(name: str) -> frozenset[str]:
    """A name's distinctive words, lower-cased (module doc)."""
    words = (w.strip(".'’").lower() for w in name.split())
    return frozenset(w for w in words if len(w) > 1 and w not in STOPWORDS and w not in _GENERIC)


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")


class CountHolders:
    """The named holder of every figure of ``uses`` and the capitalised words of each
    article, to tell two figures told of two holders (:meth:`apart`)."""

    def __init__(self, bodies: dict[str, str], uses: Sequence[FigureUse]) -> None:
        self.bodies = bodies
        self.articles = [u.article for u in uses]
        found = [_holder_name(bodies[u.article], u.figure.start, u.figure.end, u.figure.sentence_start,
                              u.figure.text) for u in uses]
        self.holders = [_words(h[0]) if h else frozenset() for h in found]
        self.agents = [h is not None and h[1] is None for h in found]
        self.wholes = [_whole(bodies[u.article], u.figure.start, u.figure.end, u.figure.sentence_start) for u in uses]
        # whether each count is told as the size of a holder, named or not ("The school, which has
        # 1,600 students", "a 300-bed hospital"; not a possessive's "Halden's 4,200 residents", which
        # as often counts those an event struck), read from the same frame as its holder
        self.sizes = [h is not None and bool(h[1]) for h in found]
        self.named: dict[str, set[str]] = {}

    def apart(self, i: int, j: int) -> bool:
        """Whether figures ``i`` and ``j`` are told of two holders: both named and sharing no
        distinctive word, or one named and the other's article naming none of its words."""
        a, b = self.holders[i], self.holders[j]
        if not a and not b:
            return False
        if a and b:
            return not a & b
        named, other, k = (a, self.articles[j], i) if a else (b, self.articles[i], j)
        if self.agents[k] and not self.wholes[j if a else i]:
            return False        # (an agent's count against one told of a single subject: "the dairy recalled")
        return not named & self._capitalised(other)

    def _capitalised(self, article: str) -> set[str]:
        words = self.named.get(article)
        if words is None:
            words = self.named[article] = {w.strip("'’").lower() for w in _CAPITALISED.findall(self.bodies[article])}
        return words
