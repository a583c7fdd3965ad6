"""The noun a figure counts: the phrase right after a number, up to its plural head
("47,000 taxpayers", "five on duty crew", "80 of them passengers"), and a plural's
singular ("people" → "person", "injuries" → "injury"). The head is found past what
modifies it: a name and a lower-case word or two ("1,500 Ashbrook bus drivers"), two
modifiers joined by "and" or "or" ("six afternoon and evening sailings"), a number and
unit joined by a hyphen ("Two 40-tonne trucks").

Read by :mod:`reader.analysis.figures` (and :mod:`reader.analysis.quantities`).
Hand-written: a few rules of English plurals and a short list of irregular and
always-counted nouns cover news copy; a tagger would cost more than all of figure
extraction for the same answers here.
"""

from __future__ import annotations

import re

from reader.text.tokens import STOPWORDS

_STOP = STOPWORDS | {
    "were", "was", "is", "are", "had", "has", "have", "been", "will", "would", "could", "should", "must",
    "may", "might", "can", "per", "each", "than", "since", "according", "including", "like", "plus",
    "less", "fewer", "ago", "later", "earlier", "already", "whose", "among", "across", "within", "without",
    "toward", "towards", "upon", "via", "let", "alone", "else", "instead", "ever", "even", "still",
}
# a number word ends a counted phrase: "Its crew of 12 included five men" counts the men by
# "five", not by 12 ("12 included five men" is no noun phrase)
_CARDINALS = """two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"""
_NUMBER_WORDS = frozenset(_CARDINALS.split())
_IRREGULAR = {"people": "person", "children": "child", "men": "man", "women": "woman", "police": "police",
              "staff": "staff", "personnel": "personnel", "data": "data", "feet": "foot", "teeth": "tooth",
              "mice": "mouse", "geese": "goose", "cattle": "cattle", "sheep": "sheep", "deer": "deer",
              "lives": "life", "wives": "wife", "knives": "knife", "leaves": "leaf", "wolves": "wolf",
              "thieves": "thief", "shelves": "shelf", "halves": "half", "calves": "calf", "loaves": "loaf",
              "hooves": "hoof", "scarves": "scarf", "wharves": "wharf",
              **{w: w for w in ("fish", "salmon", "trout", "livestock", "poultry", "swine", "moose", "bison")}}
# the animals English counts with no plural ending ("12,000 fish", "40 salmon": not people), which may
# also modify a plural ("12 fish farms")
ZERO_PLURALS = frozenset(("fish", "salmon", "trout", "livestock", "poultry", "swine", "moose", "bison", "sheep",
                          "deer", "cattle"))
# "-men" plurals of "-man" nouns ("gunmen", "firemen", "fishermen", "crewmen"), less the words
# that end so in the singular
_NOT_MEN = frozenset(("specimen", "abdomen", "regimen", "acumen", "stamen", "hymen", "semen", "omen", "amen", "lumen",
                      "albumen", "cyclamen", "dolmen", "rumen", "foramen", "gravamen"))
# nouns counted even in the singular ("five crew"), and reached over a word or two
# ("five on duty crew")
COUNT_NOUNS = {"crew", "staff", "personnel", "people", "police", "aircraft"}
_COUNT_NOUN_REACH = re.compile(
    r"\s+((?:on|off)\s+[a-z]+(?:-[a-z]+)?\s+(?:" + "|".join(sorted(COUNT_NOUNS)) + r")(?:\s+members)?)\b")
_WORD_RE = re.compile(r"[“”\"‘’']|[A-Za-z][A-Za-z’'-]*|\S")
# one or two capitalised words naming a kind before a lower-case plural: "three Oscar
# nominations", "two Supreme Court justices", "four British soldiers" (not "Three Mile Island")
_LAST_WORD_RE = re.compile(r"([A-Za-z][A-Za-z-]*)\s+$")
# (and a lower-case modifier or two between: "1,500 Ashbrook bus drivers", "90 New York
# City fire crews")
_NAMED_KIND = re.compile(r"(?:[A-Z][a-z]+(?:-[A-Za-z]+)?\s+){1,3}")
_LOWER_WORD = re.compile(r"([a-z][a-z’'-]*)(?=[^A-Za-z’'-]|$)\s*")


def counted_noun(text: str, pos: int) -> tuple[str | None, int, bool]:
    """The noun phrase right after ``pos`` as figures read it: (phrase, end, whether a
    plural or counted head noun ended it)."""
    return noun_phrase(text, pos)




def plural_next(text: str, pos: int) -> bool:
    _, _, plural = noun_phrase(text, pos)
    return plural


def noun_phrase(text: str, pos: int, whole: bool = False) -> tuple[str | None, int, bool]:
    """The noun phrase right after ``pos``: up to a plural head noun (or two or three
    words before a stop word). Returns (phrase, end offset, whether a plural head ended it)."""
    words: list[re.Match] = []
    reach = _COUNT_NOUN_REACH.match(text, pos)
    if reach:       # "five on duty crew": a counted noun a word or two away
        return reach.group(1), reach.end(), True
    compound = _NUMBER_COMPOUND.match(text, pos)
    if compound:    # "Two 40-tonne trucks", "nine 12-hour shifts": the compound modifies the head
        phrase, end, plural = noun_phrase(text, compound.end())
        if phrase and plural:
            return text[compound.start(1):end], end, True
    for w in _WORD_RE.finditer(text, pos, min(len(text), pos + 90)):
        token = w.group()
        gap = text[(words[-1].end() if words else pos):w.start()]
        if "\n" in gap:
            break
        if token in "“”\"‘’'":
            if not words:
                continue
            break
        if not token[0].isalpha():
            break
        low = token.lower()
        if words and low in _COORDINATORS and not _is_plural(words[-1].group()):
            head = _coordinated_head(text, w.end())
            if head is not None:        # "six afternoon and evening sailings": two modifiers, one head
                return text[words[0].start():head], head, True
            break
        if not words and low in _BESIDES and _plural_after(text, w.end()):
            words.append(w)             # "10 other people", "ten more passengers": the people counted
            continue
        if low in _STOP or low in _NUMBER_WORDS:
            break
        if token[0].isupper() and not token.isupper():
            kind = _named_kind(text, w.start())
            if kind is None:
                break
            return text[(words[0] if words else w).start():kind], kind, True
        words.append(w)
        if (_is_plural(token) or low in COUNT_NOUNS) and not (low in ZERO_PLURALS and _plural_after(text, w.end())):
            return text[words[0].start():w.end()], w.end(), True      # (not "12 fish farms": the farms)
        if len(words) == 3:
            break
    if not words:
        return None, pos, False
    if not whole:
        words = words[:1] if not words[0].group().lower().endswith("ly") else words[:2]
    return text[words[0].start():words[-1].end()], words[-1].end(), False


_BESIDES = {"other", "more", "additional"}
# a number joined to its unit by a hyphen, modifying the noun after it ("40-tonne", "12-hour")
_NUMBER_COMPOUND = re.compile(r"[^\S\n]+(\d[\d,.]*-[a-z]+(?:-[a-z]+)?)(?=[^\S\n]+[a-z])")


_COORDINATORS = {"and", "or"}
# one or two lower-case modifiers and their plural head after a coordinator
_COORDINATED_HEAD = re.compile(r"\s+(?:[a-z][a-z-]*\s+)?([a-z][a-z’'-]*)\b")


def _coordinated_head(text: str, pos: int) -> int | None:
    """The end of the plural head after the coordinator ending at ``pos`` when the words
    before it modify that head too ("afternoon and evening sailings", "wind or solar
    farms"), else None; "men and women" is two heads, ended at the first plural."""
    m = _COORDINATED_HEAD.match(text, pos)
    if m is None or any(word in _STOP or word in _NUMBER_WORDS for word in m[0].split()):
        return None
    words = m[0].split()
    if len(words) == 2 and _is_plural(words[0]):
        return None
    return m.end() if _is_plural(m[1]) else None


def _named_kind(text: str, pos: int) -> int | None:
    """The end of a plural noun after one or two capitalised words at ``pos`` that name
    its kind ("Oscar nominations", "Supreme Court justices"), else None. Not after a
    capitalised number word: "Four Seasons hotels", "Three Mile Island" are names."""
    before = _LAST_WORD_RE.search(text, max(0, pos - 24), pos)
    if before is not None and before[1][0].isupper():
        return None
    m = _NAMED_KIND.match(text, pos)
    at = m.end() if m else pos
    for _ in range(3 if m else 0):
        w = _LOWER_WORD.match(text, at)
        if w is None or w[1] in _STOP or w[1] in _NUMBER_WORDS:
            return None
        if _is_plural(w[1]) or w[1] in COUNT_NOUNS:
            return w.end(1)
        at = w.end()
    return None


def _plural_after(text: str, pos: int) -> bool:
    """Whether the word right after ``pos`` is a plural or a counted noun."""
    w = _WORD_RE.search(text, pos, min(len(text), pos + 40))
    if w is None or text[pos:w.start()].strip():
        return False
    return _is_plural(w.group()) or w.group().lower() in COUNT_NOUNS


def _is_plural(token: str) -> bool:
    low = token.lower().rstrip("’'")
    if low in _IRREGULAR or (token.isupper() and len(token) > 1 and not token.endswith("S")):
        return low in _IRREGULAR
    return (len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "ous", "’s", "'s", "ics"))
            and not token.isupper()) or low in ("years", "days", "pages") or _men_plural(low)


def _men_plural(low: str) -> bool:
    return len(low) > 4 and low.endswith("men") and low.isalpha() and low not in _NOT_MEN


# nouns in "-us" whose plural adds "-es" ("campuses", "buses"; not "houses", "causes")
_US_ES = ("campuses", "buses", "bonuses", "viruses", "censuses", "circuses", "surpluses", "statuses")


def singular(word: str) -> str:
    low = word.lower().rstrip("’'")
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if _men_plural(low):
        return low[:-3] + "man"
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("ches", "shes", "sses", "xes")) or low.endswith(_US_ES):
        return low[:-2]
    if low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return low[:-1]
    return low
