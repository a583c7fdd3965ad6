"""Capitalised-name chunks of an article's tokens, the raw material of :mod:`reader.analysis.entities`.

``find_chunks`` joins runs of capitalised tokens (:mod:`reader.analysis.name_tokens`) into
:class:`Chunk` spans (with "of", "for", "&", "the" after "of", and "and" only inside
organisation names), trimming a leading "The" and a sentence's common first word (kept
when with the next words it names a major place: "New Zealand beat …");
``split_titles`` cuts a person's title run out of a longer chunk ("White House Press
Secretary Karoline Leavitt"). Which lines are furniture or headline-like is
:mod:`reader.analysis.name_lines`' (``line_kinds``, importable from here too, as are the
token's names: ``Tok``, ``tokenize`` ...).

Hand-written rules over the gazetteer's word lists. The loop over every token that finds the
runs of name words ``find_chunks`` joins runs in C when ``reader._native`` is there
(``reader/native/names.c``); the Python here is the fallback, and tests/test_native_names.py
holds the two equal.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import compress, count
from operator import itemgetter

from reader.analysis import gazetteer
from reader.analysis.cue_words import PORTFOLIOS, RANKS, TAIL_ORG_WORDS
from reader.analysis.first_names import first_name_gender
from reader.analysis.gazetteer import (
    COMMON_STARTERS,
    COMPANY_FORMS,
    CONNECTORS,
    DETERMINERS,
    HEAD_TITLES,
    ORG_WORDS,
    PLACE_WORDS,
    ROLE_NOUNS,
    SUFFIXES,
    TITLES,
)
from reader.analysis.name_lines import line_kinds
from reader.analysis.name_tokens import POSSESSIVE_RE, Tok, bare_of, make_tok, retext, tok_at, tokenize, word_at
from reader.analysis.place_names import demonym, place_of
from reader.text.speedups import native_function

__all__ = ["NAMEISH_RE", "PARTICLES", "POSSESSIVE_RE", "Chunk", "Tok", "bare_of", "find_chunks", "line_kinds",
           "make_tok", "retext", "split_titles", "tok_at", "tokenize", "word_at"]

_native_runs: Callable[..., list[tuple[int, int]]] | None = native_function("name_runs")
if native_function("name_tokens") is None:   # (both names.c functions or neither: a module built before either
    _native_runs = None                      # was in it; name_tokens does the same for name_tokens)

NAMEISH_RE = re.compile(r"^(?:[A-Z][a-z]+|(?:Mc|De|Di|Da|Du|La|Le|Van|Mac)[A-Z][a-z]+|O[’'][A-Z][a-z]+"
                        r"|[A-Z][a-z]+(?:-[A-Za-z][a-z]+)+|[A-Z]\."
                        r"|(?:al|el|bin|ibn|abu|ad|as|ash|ar|an|at|az|d)[-’'][A-Z][a-z]+(?:-[A-Za-z][a-z]+)*)$")
# A family name with an Arabic article or a particle joined by a hyphen ("al-Kabariti"): part of
# the name before it, though it starts in lower case.
_PREFIXED_RE = re.compile(r"^(?:al|el|bin|ibn|abu|ad|as|ash|ar|an|at|az|d)[-’'][A-Z]")


@dataclass
class Chunk:
    toks: list[Tok]         # change them with :meth:`retoks`, which reads them again
    at: int                 # index of the first token in the article's token list
    strict: bool = False    # from a headline-like line: only names already known count
    type: str | None = None
    role: str | None = None
    weak: bool = False      # typed by default, not by a cue
    cued: bool = False      # typed by a specific cue (a team's or a body's), though weakly
    side: bool = False      # that cue a team's ("beat X"): a player's surname may stand there too
    own: bool = False       # typed by its own line alone (a fixture's venue): gives and takes no type
    before_title: bool = False   # the words before a person's title ("Riverton County Fire" Chief X): no person
    # its name parts (words and suffix), kept by :func:`reader.analysis.entities` until the tokens change
    parts_memo: tuple[tuple[str, ...], str | None] | None = field(default=None, init=False, repr=False,
                                                                   compare=False)

    # read from the tokens when they are set (plain attributes: a chunk's text is read some
    # 600 times per 1,000 words): the words as written, one space between them, and where
    # they start and end (the last without a possessive "’s")
    text: str = field(init=False, repr=False, compare=False)
    start: int = field(init=False, repr=False, compare=False)
    end: int = field(init=False, repr=False, compare=False)

    def retoks(self, toks: list[Tok], at: int) -> None:
        """Make ``toks`` (from the article's token ``at`` on) the chunk's tokens."""
        self.toks, self.at = toks, at
        self.__post_init__()
        self.parts_memo = None

    def __post_init__(self) -> None:
        """Read the text, start and end from the tokens."""
        if not self.toks:
            self.text, self.start, self.end = "", 0, 0
            return
        first, last = self.toks[0], self.toks[-1]
        self.start, self.end = first.start, last.start + len(last.bare)
        self.text = " ".join(first.src[self.start:self.end].split())



# Function words of a line in capitals ("TORONTO AT CHICAGO", "RUSSIA AND BRAZIL DRAW IN FRIENDLY"):
# they end a name there as their lower-case forms do in running text.
_CAPS_BREAKS = {"AT", "V", "VS", "IN", "ON", "TO", "FOR", "WITH", "BY", "FROM", "AND", "OR", "AS", "AFTER",
                "BEFORE", "OVER", "INTO", "THE", "A", "AN", "IS", "ARE", "WAS", "WERE", "BE", "HAS", "HAVE", "HAD",
                "WILL", "NOT", "NO", "UP", "OUT", "OFF", "SAYS", "SAID", "BUT", "ITS", "THEIR", "WHO"}


# Month names never part of a name (a date the date finder missed: "Yeltsin Sept 7"); "May",
# "June", "August" are names too and stay.
_MONTHS = {"Feb", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "January",
           "February", "September", "October", "November", "December"}
# Particles inside a name: "Nikolaus van der Pas", "Abd al Aziz".
_PARTICLES = {"de", "van", "von", "der", "den", "del", "della", "da", "di", "du", "la", "le", "bin", "al", "el",
              "ter", "dos", "das", "y"}
PARTICLES = frozenset(_PARTICLES)       # (the words of a name that are no name words: "Joost van der Westhuizen")


def _is_name_token(t: Tok) -> bool:
    # t.cap and t.bare inline (asked for very often)
    text = t.text
    return (text[0].isupper() and text[0].isalpha() and not t.brk and text not in _CAPS_BREAKS
            and (text[:-2] if text.endswith(("’s", "'s")) else text) not in _MONTHS)


def _continues(prev: Tok, t: Tok) -> bool:
    """``t`` goes on the name ``prev`` ends: a name word after no possessive, or "al-Kabariti"."""
    if _is_name_token(t):
        return not POSSESSIVE_RE.search(prev.text) and prev.end <= t.start
    # (_PREFIXED_RE's first letters tested first: most words after a name are not prefixed)
    return t.text[0] in _PREFIX_FIRST and bool(_PREFIXED_RE.match(t.text)) and prev.end < t.start


_PREFIX_FIRST = frozenset("aebid")          # the first letters of _PREFIXED_RE's particles


def _particles(toks: list[Tok], j: int) -> int:
    """How many particles from ``toks[j]`` on lead to a name word (0 if they do not)."""
    k = j
    while k < len(toks) and k - j < 3 and toks[k].text in _PARTICLES:
        k += 1
    return k - j if k > j + 1 and k < len(toks) and _is_name_token(toks[k]) else 0


def find_chunks(toks: list[Tok], lower: set[str]) -> list[Chunk]:
    out: list[Chunk] = []
    for i, j in _name_runs(toks):
        if i and toks[i - 1].text in _LEADING_PARTICLES:
            i = _leading_particle(toks, i)
        # (one word, most names: nothing to split)
        parts = [(i, j)] if j - i == 1 else [p for v in _split_and(toks, i, j) for w in _split_affiliation(toks, *v)
                                             for p in _split_of_place(toks, *w)]
        for n, part in enumerate(parts):
            chunk = _trim(Chunk(toks[part[0]:part[1]], part[0]), lower)
            if chunk is not None and n and _from_place(toks, parts[n - 1], part) and chunk.type is None:
                chunk.type, chunk.weak = "place", True   # where the person is from, unless stronger cues say otherwise
            if chunk is not None:
                out.append(chunk)
    return out


# Particles that open a surname written without the given name ("de Silva", "van Basten").
_LEADING_PARTICLES = frozenset({"de", "van", "von", "da", "du", "dos", "ter", "di"})


def _leading_particle(toks: list[Tok], i: int) -> int:
    """Where a name run starting at ``toks[i]`` starts with the particle before it ("Ranatunga
    and de Silva"): the particle's index when nothing capitalised precedes it on its line."""
    p = toks[i - 1]
    if p.brk or toks[i].start - (p.start + len(p.text)) != 1:
        return i
    if i > 1:
        q = toks[i - 2]
        if (q.text[:1].isupper() or q.text in _LEADING_PARTICLES) and "\n" not in p.src[q.start + len(q.text):p.start]:
            return i
    return i - 1


def _split_affiliation(toks: list[Tok], i: int, j: int) -> list[tuple[int, int]]:
    """"Shares of Denver-based Pellworth Mining": a connector before "X-based" ends the name
    before it; the words after it are a name of their own."""
    for k in range(i + 2, j - 1):
        if toks[k].bare.endswith(_AFFILIATIONS) and toks[k - 1].text in CONNECTORS:
            return [(i, k - 1), (k, j)]
    return [(i, j)]


def _from_place(toks: list[Tok], before: tuple[int, int], part: tuple[int, int]) -> bool:
    """``part`` is a place split from the name before it by "of" ("Dennis Farrow of Elyria")."""
    return (before[1] == part[0] - 1 and toks[part[0] - 1].text == "of"
            and place_of(" ".join(t.text for t in toks[part[0]:part[1]])) is not None)


def _name_runs(toks: list[Tok]) -> list[tuple[int, int]]:
    """The runs of name words (first, end) that :func:`find_chunks` reads as names, before
    they are split and trimmed: a name word, and the words, particles and connectors that
    go on it (in C when reader._native is there: reader/native/names.c)."""
    if _native_runs is not None:
        return _native_runs(toks, _FROZEN_CAPS_BREAKS, _FROZEN_MONTHS, _FROZEN_PARTICLES, _FROZEN_CONNECTORS,
                            _FROZEN_TRAILING)
    runs = []
    n = len(toks)
    # most words are not capitalised: only those that are can start a chunk
    caps = list(compress(count(), map(str.isupper, map(_FIRST, map(_TEXT, toks)))))
    k, m = 0, len(caps)
    while k < m:
        i = caps[k]
        k += 1
        if not _is_name_token(toks[i]):
            continue
        j = i + 1
        while j < n:
            t, prev = toks[j], toks[j - 1]
            gap = prev.start + len(prev.text)           # (prev.end; no line break between them)
            if gap < t.start and "\n" in t.src[gap:t.start]:
                break
            if _continues(prev, t):
                j += 1
            elif t.text in _PARTICLES and (particles := _particles(toks, j)):
                j += particles + 1
            elif (t.text in CONNECTORS and j + 1 < n and _is_name_token(toks[j + 1])
                  and toks[j - 1].text not in CONNECTORS):
                j += 2 if toks[j + 1].text != "the" else 1
            elif t.text == "the" and toks[j - 1].text in ("of", "for") and j + 1 < n and _is_name_token(toks[j + 1]):
                j += 1
            elif (t.text == "," and j + 1 < n and toks[j + 1].text in ("D.C.", "D.C")):
                j += 2
            else:
                break
        while j > i and toks[j - 1].text in _TRAILING:
            j -= 1
        runs.append((i, j))
        k = bisect_left(caps, j, k)
    return runs


_TEXT, _FIRST = itemgetter(1), itemgetter(0)       # a token's text; a string's first character


def _split_and(toks: list[Tok], i: int, j: int) -> list[tuple[int, int]]:
    """Keep "and" only inside an organisation's name ("Immigration and Customs Enforcement")."""
    if j - i == 1:
        return [(i, j)]                     # one word (most names): a name word, never "and"
    parts, start = [], i
    ends_org = toks[j - 1].bare in ORG_WORDS
    for k in range(i, j):
        if toks[k].text != "and":
            continue
        left = toks[k - 1]
        if not ends_org or left.bare in ORG_WORDS or left.acronym or left.bare in SUFFIXES:
            parts.append((start, k))
            start = k + 1
    parts.append((start, j))
    return [p for p in parts if p[1] > p[0]]


# Words that open a sentence before a name without being part of it ("Midfielder Marco Rossi",
# "Neither Meri nor ...").
_STARTERS = {"neither", "either", "both", "key", "trainer", "midfielder", "striker", "defender", "goalkeeper",
             "keeper", "forward", "winger", "centre", "center", "lock", "prop", "hooker", "flanker", "fullback",
             "full-back", "scrum-half", "fly-half", "reliever", "pitcher", "catcher", "outfielder", "shortstop",
             "infielder", "batsman", "bowler", "opener", "skipper", "sprinter", "rider", "driver", "veteran",
             "champion", "holder", "seed", "newcomer", "teenager", "rookie", "captain", "manager", "coach"}


# Heads whose "of" + place is one name ("Republic of Ireland", "Prince of Wales").
_OF_PLACE_HEADS = {"Republic", "Kingdom", "State", "States", "Emirate", "Emirates", "Province", "Sultanate",
                   "Principality", "Commonwealth", "Federation", "Union", "Duchy", "Isle", "Islands", "Mayor",
                   "Governor", "Archbishop", "Bishop", "President", "Duke", "Duchess", "Earl", "Prince", "Princess",
                   "King", "Queen", "Bank", "University", "Church"}


def _split_of_place(toks: list[Tok], i: int, j: int) -> list[tuple[int, int]]:
    """"Marcelo Rios of Chile", "Tony Hall of Ohio", "Scott Randall of Soundview Financial
    Group", "Dennis Farrow of Elyria", "Kia Motor Corp of South Korea": a person or a firm
    and a place or a body, not one name, when
    what follows "of" is a country, a state or an organisation's name (or a city, after a
    known first name and a surname) and what precedes it reads as a name."""
    for k in range(i + 1, j - 1):
        if toks[k].text != "of":
            continue
        head = [t.bare for t in toks[i:k]]
        tail = toks[k + 1:j]
        place = place_of(" ".join(t.text for t in tail))
        body = 2 <= len(head) <= 3 and any(t.bare in ORG_WORDS or t.bare in TAIL_ORG_WORDS for t in tail)
        person = 2 <= len(head) <= 3 and first_name_gender(" ".join(head)) is not None   # "Dennis Farrow of Elyria"
        if head[-1] in COMPANY_FORMS and place is not None:
            return [(i, k), (k + 1, j)]        # "Kia Motor Corp of South Korea": where the firm is
        if (not body and (place is None or (place.kind == gazetteer.CITY and not person))) or any(
                h in ORG_WORDS or h in TAIL_ORG_WORDS or h in PLACE_WORDS or not _head_word(h) for h in head) \
                or head[-1] in _OF_PLACE_HEADS or head[-1] in TITLES:
            return [(i, j)]     # ("King Birendra of Nepal" splits, "King of Spain" does not)
        return [(i, k), (k + 1, j)]
    return [(i, j)]


def _head_word(word: str) -> bool:
    """A word of a name before "of" + a place: a name's ("Marcelo Rios"), a title, or a
    club's initials ("IFK Gothenburg of Sweden")."""
    return bool(NAMEISH_RE.match(word)) or word in TITLES or (word.isupper() and word.isalpha())


def _common(t: Tok, lower: set[str]) -> bool:
    low = t.bare.lower()
    # (a particle the article writes in lower case still opens a name: "Van der Berg said")
    return not t.acronym and t.bare not in TITLES and (
        low in COMMON_STARTERS or (low in lower and low not in _PARTICLES) or _role_noun(low) or low in _STARTERS)


def _opens_place(toks: list[Tok]) -> bool:
    """A common first word that with the next one or two names a major place ("New Delhi said",
    "New South Wales"): part of the name, not a sentence's opening word to drop."""
    return any(len(toks) >= n and (p := place_of(" ".join(t.bare for t in toks[:n]))) is not None and p.major
               for n in (2, 3))


def _role_noun(low: str) -> bool:
    """A role noun or its plural ("Neighbors said …", "Witnesses told …")."""
    if low in ROLE_NOUNS:
        return True
    if not low.endswith("s"):
        return False
    return low[:-1] in ROLE_NOUNS or (low.endswith("es") and low[:-2] in ROLE_NOUNS) or (
        low.endswith("ies") and low[:-3] + "y" in ROLE_NOUNS)


# "Ohio-based", "Communist-led", "British-ruled": a hyphenated word saying where a body is or
# who runs it, never the first word of the name it qualifies.
_AFFILIATIONS = ("-based", "-led", "-ruled", "-owned", "-backed", "-controlled", "-run", "-headquartered",
                 "-listed", "-born")
# what such a word says the name after it is: a body ("Singapore-listed X") or a person ("Kenyan-born X")
_AFFILIATED = {"-based": "organization", "-listed": "organization", "-headquartered": "organization",
               "-owned": "organization", "-backed": "organization", "-run": "organization", "-led": "organization",
               "-born": "person"}


def _modifier(toks: list[Tok]) -> bool:
    """A first word that qualifies the name after it: "X-based", "X-led" and the like, or a
    people's word ("Canadian Daniel Nestor", "Russian Duma") unless the name is an
    organisation's ("British Airways") or a place ("British Columbia")."""
    if len(toks) < 2:
        return False
    first = toks[0].bare
    if first.endswith(_AFFILIATIONS):
        return True
    if not demonym(first):
        return False
    if len(toks) == 2 and (place_of(toks[1].bare) is not None or toks[1].bare in PLACE_WORDS):
        return False      # one place word after it: the two are the place ("British Columbia", "Indian Ocean")
    return not any(t.bare in ORG_WORDS or t.bare in TAIL_ORG_WORDS for t in toks[1:])


_TRAILING = CONNECTORS | {"the"}            # never the last word of a name
# the word sets _name_runs reads, as the C version takes them
_FROZEN_CAPS_BREAKS, _FROZEN_MONTHS, _FROZEN_PARTICLES, _FROZEN_CONNECTORS, _FROZEN_TRAILING = map(
    frozenset, (_CAPS_BREAKS, _MONTHS, _PARTICLES, CONNECTORS, _TRAILING))
_LEADING = CONNECTORS | {"the", ","}        # nor the first, once a leading word goes


def _trim(c: Chunk, lower: set[str]) -> Chunk | None:
    """``c`` without its leading determiner, common first word or modifier (``c`` itself
    when it has none; only a chunk just made, with no type yet, is trimmed)."""
    toks = c.toks
    affiliated = None
    while toks and (toks[0].text in DETERMINERS or toks[0].text == "I"      # (the pronoun: "At half-time I told")
                    or (toks[0].initial and _common(toks[0], lower) and not _opens_place(toks))
                    or _modifier(toks)):
        first = toks[0].bare
        affiliated = _AFFILIATED.get(first[first.rfind("-"):]) if "-" in first else None
        toks = toks[1:]
        while toks and toks[0].text in _LEADING:
            toks = toks[1:]
    if not toks:
        return None
    at = c.at + (len(c.toks) - len(toks))
    if _role_title(toks):   # "Paramedic Ann Cole": a person, the role noun written as a title
        return Chunk(toks[1:], at + 1, c.strict, "person", toks[0].bare.lower())
    if affiliated:
        # "Ohio-based Carrow": a firm or a body (a person is "a Denver-based lawyer"), unless
        # the article's stronger cues say otherwise
        return Chunk(toks, at, c.strict, affiliated, weak=True, cued=True)
    return c if toks is c.toks else Chunk(toks, at)


def _role_title(toks: list[Tok]) -> bool:
    """A capitalised role noun that is no title of its own (``Paramedic``, ``Passenger``:
    the titles, ``Judge``, are read by :func:`split_titles`) before two or three
    name-like words with no organisation's word among them."""
    if not 3 <= len(toks) <= 4:
        return False
    first = toks[0].bare
    return (first[:1].isupper() and first not in TITLES and first.lower() in ROLE_NOUNS
            and all(NAMEISH_RE.match(t.bare) and t.bare not in _NOT_NAME and t.bare not in PLACE_WORDS
                    for t in toks[1:]))



_TITLE_RUN = TITLES | RANKS | PORTFOLIOS | {"Press", "Staff", "of", "for"}
_HEADS = HEAD_TITLES | RANKS | {"Staff"}
_NOT_NAME = _TITLE_RUN | ORG_WORDS | TAIL_ORG_WORDS


def split_titles(chunks: list[Chunk]) -> list[Chunk]:
    """"White House Press Secretary Karoline Leavitt" → White House + (Press Secretary) Karoline Leavitt;
    "Deputy Secretary of State Strobe Talbott" → (Deputy Secretary of State) Strobe Talbott; a
    trailing title with no name after it ("White House Press Secretary") is left out."""
    out = []
    for c in chunks:
        if len(c.toks) == 1:                # one word: neither a title run with a name nor one before
            out.append(c)
            continue
        names = [t.bare for t in c.toks]
        k = len(names)
        while k > 0 and NAMEISH_RE.match(names[k - 1]) and names[k - 1] not in _NOT_NAME:
            k -= 1
        t = k
        while t > 0 and names[t - 1] in _TITLE_RUN:
            t -= 1
        while t < k and names[t] in ("of", "for"):
            t += 1
        if t < k and any(n in _HEADS for n in names[t:k]) and (t > 0 or k < len(names)):
            if t > 0:
                out.append(Chunk(c.toks[:t], c.at, c.strict, before_title=True))
            if k < len(names):
                out.append(Chunk(c.toks[k:], c.at + k, c.strict, "person", " ".join(names[t:k])))
            continue
        out.append(c)
    return out
