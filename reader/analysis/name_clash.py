"""Two sentences about different subjects: each names someone or somewhere the other does not.

An aligned edit that changed a number is a conflict only when both sentences tell of the
same thing. Template copy breaks that: two reports of one agency on two towns' elections
("Raman took 48.6 per cent of the vote …" / "McCabe took 61.3 per cent of the vote …")
align word for word, and so do two fires' ("The Kettle Bench fire … has burned 30,000
acres" / "The Canyon Creek fire …"). Their numbers disagree because their subjects do.

A *name* here is a capitalised word that neither article writes in lower case ("Raman",
"Kettle"; not "Turnout" or "Police", which open sentences but are common words), and is no
weekday, month or wire credit (a write-through moves "Thursday" to "Friday" and drops
"(AP)"). Two sentences clash when both name something and neither's names are all in the
other's: a copy that adds or drops a name ("Fire Chief Dave Downey said" → "officials
said") does not clash.

Hand-written: a set comparison over words, cheaper and more predictable than an entity
linker for the one question asked.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable

from reader.analysis.figure_context import CAPITALISED
from reader.analysis.figures import number_word_value
from reader.analysis.place_names import demonym
from reader.text.tokens import STOPWORDS

_LOWER_WORD_RE = re.compile(r"(?<![A-Za-z’'-])[a-z][a-z’'-]*")
_NOT_NAME_WORDS = """
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december jan feb mar apr jun jul aug sep sept oct nov dec
ap afp reuters associated press upi pa cp aap dpa ani pti ians efe the a an
canadian australian agence france-presse presse
"""
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())


def lower_words(texts: Iterable[str]) -> set[str]:
    """Every word the texts write in lower case."""
    out: set[str] = set()
    for text in texts:
        out.update(_LOWER_WORD_RE.findall(text))
    return out


def name_word(word: str) -> str:
    """A capitalised word as a name: lower case, a possessive's ending dropped ("Peru's"
    is Peru)."""
    w = word.lower()
    return w[:-2] if w.endswith(("'s", "’s")) and len(w) > 3 else w.rstrip("'’")


def names_in(sentence: str, lower: Container[str]) -> frozenset[str]:
    """The names of ``sentence``: its capitalised words (lower-cased) that ``lower`` (the
    words written in lower case) does not hold, weekdays, months, wire credits and number
    words aside ("Five of the deaths" and "Seven of the deaths" name no one)."""
    return frozenset(w for m in CAPITALISED.finditer(sentence)
                     if (w := name_word(m.group(1))) not in lower and w not in _NOT_NAMES
                     and number_word_value(w) is None)


def names_inside(text: str, lower: Container[str]) -> frozenset[str]:
    """:func:`names_in` less the words ``text`` capitalises only where a sentence opens
    ("Turnout was 34.1 per cent", "Municipal elections were held"), short words only
    written abbreviated ("KITCHENER, Ont. —"), a people's words ("British") and common
    words capitalised after a dash or a bullet ("During", "What"): a name is written with its capital inside
    a sentence somewhere."""
    out = set()
    for m in CAPITALISED.finditer(text):
        w = name_word(m.group(1))
        if w in lower or w in _NOT_NAMES or w in out or w in STOPWORDS or demonym(m.group(1)):
            continue
        if not opens_sentence(text, m.start()) and not (len(w) <= 5 and text.startswith(".", m.end())):
            out.add(w)      # ("Ont.", "Calif.": a dateline's province, abbreviated, is none)
    return frozenset(out)


def opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens a sentence, a line or a clause after a dash or a
    colon (quotation marks and a parenthesis before it passed over)."""
    before = text[max(0, at - 3):at].rstrip(" \"“‘'(")
    return not before or before[-1] in ".!?\n—:"


def clash(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sentences' names say they are of different subjects: both name
    something and neither's names are all among the other's."""
    return bool(a) and bool(b) and not (a <= b or b <= a)


MIN_NAMES = 3       # names each article must have before sharing none says two events


class ArticleNames:
    """Each article's lower-case words and names, read once (by id) for every question asked
    of a pair: the words either writes in lower case (:meth:`either`), the names of a text
    body (:meth:`names`, as :func:`names_in`; :meth:`inside`, as :func:`names_inside`), and
    whether the two share no name at all (:meth:`strangers`)."""

    def __init__(self, bodies: dict[str, str]) -> None:
        self.bodies = bodies
        self._lower: dict[str, set[str]] = {}
        self._names: dict[str, frozenset[str]] = {}
        self._inside: dict[str, frozenset[str]] = {}
        self._strangers: dict[frozenset[str], bool] = {}

    def lower(self, a: str) -> set[str]:
        if a not in self._lower:
            self._lower[a] = lower_words((self.bodies[a],))
        return self._lower[a]

    def either(self, a: str, b: str) -> Either:
        """The words ``a`` or ``b`` writes in lower case."""
        return Either(self.lower(a), self.lower(b))

    def names(self, a: str) -> frozenset[str]:
        if a not in self._names:
            self._names[a] = names_in(self.bodies[a], self.lower(a))
        return self._names[a]

    def inside(self, a: str) -> frozenset[str]:
        if a not in self._inside:
            self._inside[a] = names_inside(self.bodies[a], self.lower(a))
        return self._inside[a]

    def strangers(self, a: str, b: str) -> bool:
        """Whether two articles share no name: each names at least ``MIN_NAMES`` things the
        other never writes ("The Kettle Bench fire in British Columbia" and "The Canyon Creek
        fire in Oregon": two fires, whatever their sentences share)."""
        key = frozenset((a, b))
        known = self._strangers.get(key)
        if known is None:
            x, y = self.names(a) - self.lower(b), self.names(b) - self.lower(a)
            known = self._strangers[key] = len(x) >= MIN_NAMES and len(y) >= MIN_NAMES and not (x & y)
        return known


class Either:
    """The words either of two texts writes in lower case, asked without making their union."""

    def __init__(self, a: set[str], b: set[str]) -> None:
        self.a, self.b = a, b

    def __contains__(self, word: object) -> bool:
        return word in self.a or word in self.b
