"""The phrase next to a speech verb that may name its speaker: :func:`np_before` (the phrase
ending where the verb starts: ``she`` / ``the Obama judge`` / ``Judge X`` / ``X, a …,``),
:func:`np_after` (the phrase just after it: ``said lawyer Dan Roe``, ``said a senior
official``) and :func:`name_at` (a sentence's capitalised subject), each as an :class:`NP`.

A phrase is only read here; who it names is the registry's to say
(:func:`reader.analysis.speaker_resolve.resolve`). The finders ask the registry to
read a capitalised run as a name (its ``name_np``: titles split off, checked against the people
the article names), and resolving asks :func:`np_after` and :func:`name_at` for the subject
an ``it`` stands for; so the finders see the registry through :class:`NameReader`, and this
module never imports the registry's (an import-linter contract holds the order).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Protocol

from reader.analysis.speaker_lexicon import (
    APPOS_OPENERS,
    CONNECTORS,
    FILL,
    INDEFINITES,
    ORG_HEADS,
    PARTICLES,
    PLACE_OPENERS,
    ROLE_NOUNS,
    VERB_RE,
    VERB_SET,
    WINDOW,
    is_role_word,
    participle_phrase,
)
from reader.analysis.speaker_modifiers import modified_name
from reader.analysis.speaker_words import (
    Word,
    capitalised,
    group_after,
    joins,
    link_back,
    name_of_end,
    only_space,
    particle_run_end,
    run_end,
    words,
)

# patterns compiled once (re's own cache costs a look-up at every call)
_DETERMINER_START_RE = re.compile(r"^(?:[Tt]he|[Aa]n?)\s+")
_LAST_CLAUSE_RE = re.compile(r"(?:.*[,;:]\s*)?")
_THE_NOUN_END_RE = re.compile(r"\b[Tt]he\s+((?:[\w’'\-]+\s+){0,3}?)([a-z]+)$")
_COMMA_RE = re.compile(",")
PHRASE = 160     # the longest name with its titles and role phrase, in characters
# a phrase after a comma that is adverbial, not an appositive: the subject may come after it
_ADVERBIAL_OPENERS = {"after", "before", "during", "while", "when", "speaking", "in", "at", "on", "later"}
_ADVERBIAL_RE = re.compile(
    r"(?:\s+|^)(?:also|later|previously|then|further|again|repeatedly|earlier|once|often|still|sometimes|always|"
    r"has|had|have|would|"
    r"will|did|recently|separately|similarly|simply|[a-z]{3,}ly|(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|week|month|year)|on\s+[A-Z][a-z]+\.?\s+\d{1,2})\s*$")
# the endings of _ADVERBIAL_RE's words (the -ly ones, weekdays: "ly", "day"), but for its digits
_ADVERBIAL_ENDS = ("also", "later", "then", "further", "again", "earlier", "once", "often", "still", "sometimes",
                   "always", "has", "had", "have", "would", "will", "did", "ly", "day", "week", "month", "year")
_ROLE_NOUN_RE = re.compile(r"\b(?:" + "|".join(sorted(ROLE_NOUNS)) + r")\b")
# between a name and its verb: a parenthesis (R-Ohio), a party and state (D-Calif.), a short
# aside (however / visibly angry): none of them a role
_PAREN_END_RE = re.compile(r"\s*\([^()\n" + FILL + r"]{1,40}\)\s*$")
_PARTY_RE = re.compile(r"[DRI](?:-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\.?")
_ASIDE_RE = re.compile(r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3}")
_AGE_RE = re.compile(r"\d{1,3}")                              # Butz, 49, told
_POSSESSIVE_RE = re.compile(r"(?:\S+\s+){0,2}?[A-Z][\w.\-]*(?:[’']s|s[’'])\s+[a-z]")
_INDEFINITE_END_RE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome|[Ss]everal|[Tt]wo|[Tt]hree)\s+"
                                r"(?:[\w’'\-]+\s+){0,4}?([a-z][\w\-]*)$")
_CONJUNCTIONS = {"and", "or", "but", "nor", "who", "which", "that", "whose"}
# a description and a relative "who" before a verb of saying: by a judge who (proudly) told him
_WHO_DESCRIBED_RE = re.compile(r"\b([Aa]n?|[Tt]he)\s+((?:[\w’'\-]+\s+){0,3}?)([a-z][\w\-]*)\s+who\s+"
                               r"(?:(?:[a-z]+ly|also|then|later|once|had|has|have)\s+)*$")


@dataclass(slots=True)
class NP:
    """A noun phrase that may name a speaker: ``kind`` is name, pronoun, description or
    indefinite (``a senior official``: nobody named).
    Never changed once made (a changed one is a ``replace``d copy); not frozen, because a
    frozen dataclass takes three times as long to make and the rules make thousands."""

    kind: str
    start: int
    end: int
    name: str = ""              # the name (titles removed), the pronoun, or the head noun
    title: str = ""
    role: str = ""              # a role phrase before the name or an appositive
    appositive: str = ""
    modifiers: tuple[str, ...] = ()


class NameReader(Protocol):
    """What the phrase finders ask of the article's registry: its masked text, and tokens
    i..j of a capitalised run read as a name (``Registry.name_np``: ``None`` when they name no one)."""

    text: str

    def name_np(self, toks: list[Word], i: int, j: int) -> NP | None: ...


# --- noun phrases next to a speech verb ------------------------------------------------


def np_before(reg: NameReader, lo: int, hi: int) -> NP | None:
    """The speaker phrase ending at ``hi`` (a speech verb's start), within text[lo:hi]:
    ``she`` / ``the Obama judge`` / ``Judge X`` / ``X, a …, `` / ``the union's leader, X, ``,
    after dropping adverbials (``also``, ``on Thursday``)."""
    seg = reg.text[lo:_without_adverbials(reg.text, lo, hi)].rstrip()
    end = lo + len(seg)
    if not seg.endswith(","):
        return _np_at_end(reg, lo, end)
    return _np_with_appositive(reg, lo, seg[:-1], end) or _np_after_description(reg, lo, seg[:-1], end)


def described_who(reg: NameReader, lo: int, hi: int) -> NP | None:
    """``a judge who (proudly) told him`` / ``the prosecutor who called it``: a description,
    then a relative ``who`` right before a verb of saying at ``hi`` (text[lo:hi]); an
    indefinite phrase (``a judge``) or a description (``the judge``, a role noun) ending at
    its noun, for the registry to resolve."""
    m = _WHO_DESCRIBED_RE.search(reg.text, max(lo, hi - 120), hi)
    if m is None:
        return None
    head, mods = m.group(3), m.group(2).split()
    if m.group(1) in ("a", "an", "A", "An"):
        return NP("indefinite", m.start(), m.end(3), name=reg.text[m.start():m.end(3)]) if is_role_word(head) else None
    if head not in ROLE_NOUNS or not all(capitalised(w) or w.islower() for w in mods):
        return None
    return NP("description", m.start(), m.end(3), name=head, modifiers=tuple(w for w in mods if capitalised(w)))


def _without_adverbials(text: str, lo: int, end: int) -> int:
    """Where text[lo:end] ends once trailing adverbials (``also``, ``on Thursday``) go."""
    while True:
        seg = text[lo:end].rstrip()
        # (every adverbial ends the segment with one of these endings or a digit: the pattern
        # only then)
        if not (seg.endswith(_ADVERBIAL_ENDS) or seg[-1:].isdigit()):
            return end
        # an adverbial is the last three words at most (on Jan. 5), the white space before them
        # included: only there is it looked for
        last = seg.rsplit(None, 3)
        m = _ADVERBIAL_RE.search(seg, len(last[0]) if len(last) == 4 else 0)
        if not m or not m.group().strip():
            return end
        end = lo + m.start()


def _np_with_appositive(reg: NameReader, lo: int, body: str, end: int) -> NP | None:
    """NAME, APPOSITIVE, (verb): the name before a comma followed by an appositive; or
    ``the report's author, economist X,``: a description then the name."""
    # only the commas in the last half-window: re.finditer's third argument is flags, not a
    # position (passing one made re.LOCALE fail and re.DEBUG print), hence the compiled pattern
    for c in (m.start() for m in _COMMA_RE.finditer(body, max(0, len(body) - WINDOW // 2))):
        rest = body[c + 1:].strip()
        filled = FILL in rest                   # X, author of “…,” said: a title quoted inside the appositive
        first = rest.split(" ", 1)[0]
        verb = VERB_RE.search(rest, len(first) if first in PLACE_OPENERS else 0)   # X, asked about …, said
        if ((filled and (rest.startswith(FILL) or not _opens_appositive(rest)))
                or (verb and first not in ("who", "whose", "which"))):
            continue
        aside = (_PARTY_RE.fullmatch(rest) or _AGE_RE.fullmatch(rest)
                 or (_ASIDE_RE.fullmatch(rest) and rest.split(" ", 1)[0] not in _CONJUNCTIONS))
        if not aside and not _opens_appositive(rest):
            continue
        inner = _np_at_end(reg, lo, lo + c)
        if inner is not None and aside:                         # X, D-Calif., said / X, exasperated, said
            return replace(inner, end=end) if inner.kind != "description" else None
        if inner is not None and inner.kind == "description":
            named = np_after(reg, lo + c + 1, lo + len(body))
            if named is not None and named.kind == "name" and named.end == lo + len(body):
                return replace(named, start=inner.start, end=end)
        if (inner is not None and not aside and "," in rest   # Ohio, after winning …, Gov. Ann Lee (R-OH), said
                and rest.split(" ", 1)[0] in _ADVERBIAL_OPENERS):
            c2 = len(body) - len(rest.rsplit(",", 1)[1])
            named = _np_at_end(reg, lo + c2, lo + len(body))
            if (named is not None and named.kind == "name" and (named.title or " " in named.name)
                    and not reg.text[lo + c2:named.start].strip()):
                return replace(named, end=end)
        if inner is not None:
            return replace(inner, end=end, appositive=rest.split(FILL, 1)[0].rstrip(" ,") if filled else rest)
    return None


def possessive_appositive(rest: str) -> bool:
    """Whether ``rest`` (after a name and a comma) opens with a possessive: ``Halden's head
    of hardware``, ``Mr. Obama's deputy`` (an appositive)."""
    return _POSSESSIVE_RE.match(rest) is not None


def possessive_role(rest: str) -> bool:
    """An appositive of a possessive and a role word: ``Halden's head of hardware``,
    ``Twitter's director``; not ``Georgia's most diverse town`` (a place's)."""
    m = _POSSESSIVE_RE.match(rest)
    return m is not None and is_role_word(rest[m.end() - 1:].split(" ", 1)[0].strip(",."))


def _opens_appositive(rest: str) -> bool:
    """Whether ``rest`` (after a name and a comma) is an appositive: ``a …``, ``who …``,
    ``of RBC Capital Markets``, ``49, a retired …``, ``Mr. Obama's deputy …``, a role word
    with no article (``assistant secretary of state …``, ``co-founder of …``)."""
    first, _, more = rest.partition(" ")
    return (first in APPOS_OPENERS or first in PLACE_OPENERS or _AGE_RE.fullmatch(first.rstrip(",")) is not None
            or possessive_appositive(rest) or participle_phrase(first)
            or (first.islower() and is_role_word(first))            # X, assistant secretary of …, said
            or (first.isalpha() and first.islower() and first not in _NOT_DESCRIPTIVE
                and is_role_word(more.split(" ", 1)[0])))           # X, legal director for …, said


def _np_after_description(reg: NameReader, lo: int, body: str, end: int) -> NP | None:
    """``the union's leader, Ana Diaz,`` (said): the name after a description, which
    becomes its role."""
    c = body.rfind(",")
    named = _np_at_end(reg, lo + c + 1, lo + len(body)) if c > 0 else None
    if named is None or named.kind != "name":
        return None
    gap = reg.text[lo + c + 1:named.start].strip()
    if gap and not (named.title and _THE_RE.sub("", gap) in ("", named.title)):
        return None         # (but "The vicar, the Rev Ruth Hollis,": the name's own title)
    clause = _clause_start(body[:c])
    desc = _DETERMINER_START_RE.sub("", body[clause:c]).strip()
    if desc and FILL not in desc and (_ROLE_NOUN_RE.search(desc) or len(named.name.split()) > 1):
        return replace(named, start=lo + clause, end=end, role=named.role or desc)
    return None


_THE_RE = re.compile(r"^[Tt]he(?:\s+|$)")


def _clause_start(text: str) -> int:
    """Where the last clause of ``text`` starts (after its last , ; or :)."""
    m = _LAST_CLAUSE_RE.match(text)
    return m.end() if m else 0


def _np_at_end(reg: NameReader, lo: int, hi: int) -> NP | None:
    text = reg.text
    # Rep. John Doe (R-Ohio) said: the parenthesis pattern only when the text before ``hi``
    # ends in ")" (it ends the pattern, but for white space; most phrases do not)
    near = lo if lo > hi - 60 else hi - 60
    if text[near:hi].rstrip().endswith(")"):
        paren = _PAREN_END_RE.search(text, near, hi)
        if paren is not None and paren.start() > lo:
            hi = paren.start()
    lo = max(lo, hi - PHRASE)
    toks = words(text, lo, hi)
    if not toks or toks[-1][1] != lo + len(text[lo:hi].rstrip()):     # text[:hi] made this quadratic
        return None
    a, b, w = toks[-1]
    if w.lower() in ("he", "she", "it"):
        return NP("pronoun", a, b, name=w)
    if w == "year-old":
        return _the_aged(text, toks)
    back = lo if lo > b - 120 else b - 120
    # (both patterns end with the last word itself, w, as their last group: each is tried
    # only when w is what that group must be, a role word)
    m = _INDEFINITE_END_RE.search(text, back, b) if is_role_word(w) else None   # a senior official (said): nobody named
    if m and is_role_word(m.group(1)):
        return NP("indefinite", m.start(), b, name=text[m.start():b])
    tail = text[back:b] if w in ROLE_NOUNS or w in ORG_HEADS else ""
    m = _THE_NOUN_END_RE.search(tail) if "he" in tail else None     # ([Tt]he: none without "he")
    if m and (m.group(2) in ROLE_NOUNS
              or (m.group(2) in ORG_HEADS and _institution(m.group(1), text, back + m.start()))):
        mods = tuple(x for x in m.group(1).split() if capitalised(x))
        return NP("description", back + m.start(), b, name=m.group(2), modifiers=mods)
    if not capitalised(w):
        return None
    k = _run_start(text, toks, len(toks) - 1)
    while k < len(toks) - 1 and toks[k][2] in CONNECTORS and not _particles_of_name(text, toks, k):
        k += 1                                                   # (steep) for Mr. Sanders: not part of the name
    return reg.name_np(toks, k, len(toks) - 1)


def _the_aged(text: str, toks: list[Word]) -> NP | None:
    """``the 72-year-old`` (said): a description by age alone, its head the age
    (``72-year-old``); nothing for ``a 72-year-old`` or ``his 72-year-old``."""
    if len(toks) < 3 or not toks[-2][2].isdigit() or text[toks[-2][1]:toks[-1][0]] != "-":
        return None
    the = toks[-3]
    if the[2] not in ("the", "The") or not only_space(text, the[1], toks[-2][0]):
        return None
    return NP("description", the[0], toks[-1][1], name=text[toks[-2][0]:toks[-1][1]])


def _run_start(text: str, toks: list[Word], k: int) -> int:
    """The first token of the capitalised run ending at token ``k``, back over title links
    (``FBI Special Agent in Charge Nora Kessler``: :func:`link_back`)."""
    while True:
        while k > 0 and joins(text, toks, k - 1) and (capitalised(toks[k - 1][2]) or toks[k - 1][2] in CONNECTORS):
            k -= 1
        linked = link_back(text, toks, k)
        if linked < 0:
            return k
        k = linked


def _particles_of_name(text: str, toks: list[Word], k: int) -> bool:
    """Whether tokens from ``k`` on are a family name's particles, then its capitalised
    word, joined by spaces ("de la Cruz", "bin Salman", "van der Meer")."""
    n = k
    while n < len(toks) and toks[n][2] in PARTICLES:
        n += 1
    return n > k and n < len(toks) and capitalised(toks[n][2]) and _together(text, toks[k:n + 1], n - k)


def _institution(between: str, text: str, start: int) -> bool:
    """Whether ``the court`` at ``start`` (``between``: the words between ``the`` and the noun)
    may stand for an institution the article names: ``the`` and the noun alone, not after
    ``of`` (``the head of the rules committee`` is a person; ``the rules committee`` another one)."""
    return not between and not text[max(0, start - 4):start].rstrip().endswith(" of")


def np_after(reg: NameReader, lo: int, hi: int) -> NP | None:
    """The speaker phrase starting at ``lo`` (just after a speech verb), up to ``hi``:
    ``she`` / ``the judge`` / ``the Cato Institute`` / ``lawyer Dan Roe`` / ``X, an attorney …``."""
    text = reg.text
    toks = words(text, lo, hi)
    if not toks or not only_space(text, lo, toks[0][0]):
        return None
    w = toks[0][2]
    if w.lower() in ("he", "she", "it"):
        return NP("pronoun", toks[0][0], toks[0][1], name=w)
    if w.lower() in INDEFINITES and len(toks) > 1:             # said a senior official / one Democrat
        return _name_after_described(reg, toks, hi) or _indefinite_after(text, toks, hi)   # (/ one retiree, Jo Lee)
    if w in PARTICLES and _particles_of_name(text, toks, 0):    # said de la Cruz, said bin Salman
        return reg.name_np(toks, 0, particle_run_end(text, toks))
    if w.isdigit() and len(toks) > 2 and toks[1][2] == "year-old" and text[toks[0][1]:toks[1][0]] == "-":
        np = np_after(reg, toks[2][0], hi)                       # said 23-year-old (Lyft driver) Ann Roe
        return replace(np, start=toks[0][0]) if _full_name(np) and np is not None else None
    if w in ("former", "then", "retired") and len(toks) > 1 and capitalised(toks[1][2]):   # said former Gov. X
        np = np_after(reg, toks[1][0], hi)
        return replace(np, start=toks[0][0], title=f"{w} {np.title}".strip()) if np and np.kind == "name" else None
    lead = next((n for n in range(min(6, len(toks) - 1, name_of_end(toks))) if is_role_word(toks[n][2])
                 and capitalised(toks[n + 1][2]) and _together(text, toks, n + 1)), None)
    if lead is not None or (w.lower() == "the" and len(toks) > 1 and capitalised(toks[1][2])):
        np = _name_after_lead(reg, toks, lead, hi)
        if np is not None or w.lower() != "the":
            return np                   # (the American envoy at the time, Jo Lee: read on)
    if w.islower() and (w not in _NOT_DESCRIPTIVE or w in _POSSESSIVE_DETERMINERS) and w not in _FOREIGN_ARTICLES:
        np = _name_after_descriptor(reg, toks, hi)
        if np is not None:
            return np
    if w in _POSSESSIVE_DETERMINERS or _POSSESSIVE_WORD_RE.search(w):   # said her lawyer, Ann Roe,
        np = _name_after_described(reg, toks, hi)
        if np is not None:
            return np
    if w in _FOREIGN_ARTICLES:                                   # a précisé la porte-parole de X, Ann Roe
        return _name_after_described(reg, toks, hi)
    if w.lower() == "the":
        named = _name_after_described(reg, toks, hi)             # said the bureau's director, Ann Lee,
        if named is not None:
            return named
        described = _description_after(text, toks) or _the_aged(text, toks[:3])     # (said the 72-year-old)
        if described is not None:
            return described
    if not capitalised(w):
        return None
    k = run_end(text, toks, 0)
    at = modified_name(text, text[toks[0][0]:toks[k][1]], toks[k][1])
    if at is not None and at < hi:                               # said Nevada delegate Tom Kessel
        np = np_after(reg, at, hi)
        return (replace(np, start=toks[0][0], role=np.role or text[toks[0][0]:at].strip())
                if _full_name(np) and np is not None else None)
    return _name_with_appositive(reg, toks, hi)


# lower-case words that cannot describe the person a name after them stands for
_NOT_DESCRIPTIVE = {
    "the", "a", "an", "and", "or", "but", "nor", "to", "in", "on", "at", "by", "with", "from", "for", "about", "as",
    "after", "before", "during", "since", "until", "than", "that", "this", "these", "those", "there", "then", "when",
    "while", "who", "which", "whose", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their",
    "our", "my", "your", "not", "no", "also", "later", "earlier", "again", "once", "today", "yesterday", "tonight",
    "recently", "last", "next", "so", "if", "because", "though", "although", "still", "even", "just", "only",
    "reporters", "told", "is", "was", "are", "were", "be", "been", "has", "had", "have", "will", "would", "can",
    "could", "should", "may", "might", "must", "do", "did", "does", "both", "all", "each", "every", "many", "some",
}
_POSSESSIVE_DETERMINERS = {"his", "her", "their"}
# the definite articles of French, Spanish and German news, before a description and a name
_FOREIGN_ARTICLES = {"la", "le", "les", "el", "los", "las", "der", "die"}

_POSSESSIVE_WORD_RE = re.compile(r"[^\W\d_][\w\-]*[’']s$")


def _full_name(np: NP | None) -> bool:
    """A name of at least two words, or a titled one: what a descriptor before it may introduce."""
    return np is not None and np.kind == "name" and (" " in np.name or bool(np.title))


def _name_after_descriptor(reg: NameReader, toks: list[Word], hi: int) -> NP | None:
    """``retired surgeon Ben Kolb``, ``master of ceremonies Asa Tabor``, ``former secretary
    of state Helen Moss``: up to five lower-case descriptive words (``of`` only inside), no
    verb, then a full or titled name; the words become the role."""
    text = reg.text
    if toks[0][2] in _POSSESSIVE_DETERMINERS:                    # said his nephew Tom Rall
        if len(toks) < 3 or not capitalised(toks[2][2]) or capitalised(toks[1][2]):
            return None
        np = _name_after_descriptor(reg, toks[1:], hi)
        return replace(np, start=toks[0][0]) if np is not None else None
    for n in range(1, min(6, len(toks))):
        w = toks[n - 1][2]
        if not (w.islower() and w.replace("-", "").isalpha()) or w.endswith("ly") or VERB_RE.fullmatch(w):
            return None
        if w in _NOT_DESCRIPTIVE and not (w == "of" and n > 1) and not (n == 1 and w == "of"):
            return None
        if n == 1 and w == "of":
            return None
        if not capitalised(toks[n][2]):
            continue
        if w == "of" or not _together(text, toks, n):
            return None
        np = np_after(reg, toks[n][0], hi)
        if not _full_name(np):
            return None
        assert np is not None
        return replace(np, start=toks[0][0], role=text[toks[0][0]:toks[n - 1][1]])
    return None


def _name_after_described(reg: NameReader, toks: list[Word], hi: int) -> NP | None:
    """``his best friend at college, Tom Rall,`` / ``Baxter's deputy campaign manager, Rich
    Tamm``: a possessive description of up to eight words (no verb, no comma), then a comma
    and a full name that ends the phrase (a comma, the sentence's end or ``hi``)."""
    text = reg.text
    for n in range(1, min(9, len(toks))):
        gap = text[toks[n - 1][1]:toks[n][0]]
        if gap.strip() == ",":
            np = np_after(reg, toks[n][0], hi)
            if not _full_name(np):
                return None
            assert np is not None
            rest = text[np.end:hi].lstrip()
            if rest[:1] not in ("", ",", ".", FILL) and not rest.startswith(("who ", "a ", "an ", "the ")):
                return None
            return replace(np, start=toks[0][0], role=np.role or text[toks[0][0]:toks[n - 1][1]])
        if gap.strip() or toks[n][2] in VERB_SET or toks[n][2] in _CONJUNCTIONS:
            return None
    return None


def name_at(reg: NameReader, lo: int, hi: int) -> NP | None:
    """The capitalised name starting at ``lo`` (a sentence's subject), followed by a verb."""
    toks = words(reg.text, lo, hi)
    if not toks or not capitalised(toks[0][2]):
        return None
    return _name_with_appositive(reg, toks, hi)


def _indefinite_after(text: str, toks: list[Word], hi: int) -> NP:
    """``a senior White House official``, ``one Democrat familiar with the talks``: an
    indefinite description, which names nobody; it runs to a comma, a clause or 8 words."""
    n = 1
    while (n < min(len(toks), 8) and only_space(text, toks[n - 1][1], toks[n][0])
           and toks[n][2] not in ("who", "which", "that", "and", "but")):
        n += 1
    return NP("indefinite", toks[0][0], toks[n - 1][1], name=text[toks[0][0]:toks[n - 1][1]])


def _together(text: str, toks: list[Word], n: int) -> bool:
    """Whether the first n + 1 tokens are separated by spaces only."""
    return all(only_space(text, toks[x][1], toks[x + 1][0]) for x in range(n))


def _name_after_lead(reg: NameReader, toks: list[Word], lead: int | None, hi: int) -> NP | None:
    """``lawyer Dan Roe`` (a role noun at ``lead``, which becomes the role) or ``the Cato Institute``."""
    skip = 1 if lead is None else lead + 1
    np = np_after(reg, toks[skip][0], hi)
    if np is None or np.kind != "name" or not _together(reg.text, toks, skip):
        return None
    return replace(np, start=toks[0][0], role=reg.text[toks[0][0]:toks[lead][1]] if lead is not None else np.role)


def _description_after(text: str, toks: list[Word]) -> NP | None:
    """``the judge``, ``the Obama judge``: a role noun within the next four words."""
    n = next((n for n in range(1, min(len(toks), 5))
              if toks[n][2] in ROLE_NOUNS or (n == 1 and toks[n][2] in ORG_HEADS)), None)
    if n is None or not _together(text, toks, n):
        return None
    mods = tuple(t[2] for t in toks[1:n] if capitalised(t[2]))
    return NP("description", toks[0][0], toks[n][1], name=toks[n][2], modifiers=mods)


def _name_with_appositive(reg: NameReader, toks: list[Word], hi: int) -> NP | None:
    """A capitalised run as a name, with the ``, an attorney …`` appositive after it."""
    np = reg.name_np(toks, 0, run_end(reg.text, toks, 0))
    if np is None:
        return None
    if (group := group_after(reg.text, np.end, hi)) is not None:      # "say Kessel pilots": a group
        return NP("description", np.start, group, name=reg.text[np.start:group])
    after = reg.text[np.end:hi]
    if after.startswith(", ") and after[2:].split(" ", 1)[0] in APPOS_OPENERS:
        appos = after[2:].split(",")[0].strip().rstrip(".")
        if appos.partition(" ")[2].lstrip()[:1] != FILL:     # (X, an “event” of …: the sentence goes on)
            np = replace(np, end=np.end + 2 + len(appos), appositive=appos)
    return np
