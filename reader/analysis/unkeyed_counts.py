"""Counts of people by a noun of their own, with no event read, told far apart by two
sources: "214 patients had been safely moved" and "More than 300 patients were moved out",
"28 from intensive care units" and "Three dozen patients from the intensive care units".

Such a count has no quantity key (:func:`reader.analysis.quantities.quantity_key` keys
people only by an event: killed, hurt, evacuated …), so only the sentence-context rule
could link it, and that rule links values within ``MAX_SPREAD`` (5%) of each other, never
214 and 300. This module links two of them when they count the same noun (its head, one
spelling: "patients", "children", "students"), lie within ``MAX_RATIO`` of each other and
their sentences tell the same thing: they share a plain word (the verb "moved", the unit
"intensive care") that is no name, no word of reporting and not the noun itself.

Precision guards, because a noun alone is no quantity: a generic noun of people
("people", "persons", "others") is never enough; a count told as an increment, a
selection or a part ("another 12 patients", "five more", "three of the patients") is not
a total; no article states both values (:class:`reader.analysis.figure_context.HeldValues`);
and neither article tells another value of the noun, near the other's too, in a sentence
sharing those words (one such quantity per article: which of two would be the rival is not
known).
Counts of the same noun an event keys stay with the event's rule.

Sums of money and counts of people under a generic noun with no key are compared by the
words of the figure's own clause instead (:func:`clause_pairs`): "the hackers demanded $4.5
million" and "the group is demanding $3 million", whatever the verb, when the clauses share
a word and end alike; and so is such a count of people with one of a noun of people keyed by
no event ("The jail held about 1,200 people" and "held 1,120 inmates").

Hand-written: the evidence is a few word tests on the two sentences, the project's own
rules of evidence, tuned on invented probes and checked for precision on stories-dev and
the CoNLL stories (``benchmarks/story_unseen.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterator, Sequence

from reader.analysis.currencies import MONEY_UNITS
from reader.analysis.figure_context import WORD, HeldValues, unit_family
from reader.analysis.figure_units import one_spelling
from reader.analysis.figure_uses import READ_APART, FigureUse, Key
from reader.analysis.figures import number_word_value
from reader.analysis.name_clash import clash, names_inside
from reader.analysis.people_roles import KEY_WORDS
from reader.analysis.quantities import MAX_RATIO, PERSON, compatible, is_vague, near
from reader.text.tokens import STOPWORDS

# nouns that name no group of their own: any count of people is told with them
GENERIC = frozenset({"person", "people", "persons", "other", "individual", "casualty", "victim", "man", "woman"})
# words of reporting and of time, shared by any two sentences of a news story
_PLAIN = frozenset({"said", "says", "saying", "told", "tells", "according", "officials", "official", "reported",
                    "reports", "report", "spokesman", "spokeswoman", "spokesperson", "statement", "confirmed",
                    "added", "least", "more", "than", "about", "nearly", "some", "around", "almost", "over",
                    "including", "among", "them", "people", "persons", "person", "were", "been", "had", "have",
                    "has", "was", "are", "also",
                    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                    "yesterday", "morning", "afternoon", "evening", "night", "week", "day", "hours", "local"}
                   ) | KEY_WORDS      # (the words a key was read from: people_roles)
# "another 12 patients", "12 more patients", "three of the children": no total
_INCREMENT_BEFORE = re.compile(r"\b(?:another|other|additional|further|extra|remaining|last|first)\s+"
                               r"(?:(?:about|some|nearly|around|at\s+least)\s+)?$", re.IGNORECASE)
_PART_AFTER = re.compile(r"\s+(?:more|others?|additional|of\s+(?:the|them|whom|those|its|their))\b", re.IGNORECASE)
STEM = 6        # letters a word is cut to (a crude stem: "moved" ~ "move" is not needed, "evacuated" ~ "evacuation")


def counted_group(u: FigureUse, key: Key, raw: Key) -> str | None:
    """The noun of people a figure counts when it is a candidate of this module: no key,
    a group noun of :data:`reader.analysis.quantities.PERSON` (not a generic one), a
    total (no increment, no part); else None."""
    f = u.figure
    if key is not None or raw is not None or u.change or f.unit is None or f.unit in READ_APART:
        return None
    noun = one_spelling(f.unit)
    if (noun not in PERSON and noun not in _GROUPS) or noun in GENERIC or is_vague(f):
        return None
    if unit_family(f) != "count" or not is_total(u):
        return None
    return noun


def is_total(u: FigureUse) -> bool:
    """Whether a count is told as a total, not an increment or a part ("another 12
    patients", "12 more", "three of the children")."""
    f = u.figure
    at = f.start - f.sentence_start
    return not (_INCREMENT_BEFORE.search(u.sentence, max(0, at - 30), max(0, at))
                or _PART_AFTER.match(u.sentence, f.end - f.sentence_start))


# nouns of people a story counts as groups, keyed by no event when none is read
_GROUPS = frozenset({"student", "pupil", "patient", "child", "teacher", "worker", "employee", "staff", "resident",
                     "baby", "newborn", "infant", "miner", "soldier", "migrant", "refugee", "tourist", "visitor",
                     "pilgrim", "guest", "inmate", "prisoner", "hostage", "firefighter", "officer"})


def plain_words(sentence: str, noun: str) -> set[str]:
    """The words of a sentence that tell what happened: lower-case words (no names) that
    are not stop words, reporting or time words, number words or the counted noun, cut to
    ``STEM`` letters."""
    stem = noun[:5]
    out = set()
    for w in WORD.findall(sentence):
        low = w.lower().replace("’", "'").removesuffix("'s")
        if w[0].isupper() or low in STOPWORDS or low in _PLAIN or len(low) < 3 or (stem and low.startswith(stem)):
            continue
        if number_word_value(low) is None:
            out.add(low[:STEM])
    return out


def plain_shared(uses: Sequence[FigureUse], first: Sequence[int], second: Sequence[int],
                 lower: Callable[[str, str], Container[str]], reach: int = 20) -> bool:
    """Whether a figure of ``first`` and one of ``second``, in two articles, share a plain
    word (:func:`plain_words`, their own noun aside) in sentences whose names do not say two
    subjects (:func:`reader.analysis.name_clash.clash`: "Brown threw 119 pitches" and "He threw
    108 pitches as he lowered his ERA"); ``lower(a, b)``: the words articles ``a`` or ``b``
    write in lower case. At most ``reach`` of each are read."""
    def plain(k: int) -> set[str]:
        return plain_words(uses[k].sentence, one_spelling(uses[k].figure.unit or ""))

    for x in first[:reach]:
        for y in second[:reach]:
            a, b = uses[x].article, uses[y].article
            if a == b or not plain(x) & plain(y):
                continue
            either = lower(a, b)
            if not clash(names_inside(uses[x].sentence, either), names_inside(uses[y].sentence, either)):
                return True
    return False


def unkeyed_pairs(uses: Sequence[FigureUse], keys: Sequence[Key], raw: Sequence[Key],
                  held: HeldValues, off: frozenset[str] | set[str] = frozenset()) -> Iterator[tuple[int, int]]:
    """Pairs of figures (module doc) to link as one quantity with two values; none of an
    article in ``off`` (one that seems to tell another event: its figures lost their keys)."""
    by_noun: dict[str, list[int]] = {}
    for i, u in enumerate(uses):
        noun = None if u.article in off else counted_group(u, keys[i], raw[i])
        if noun is not None:
            by_noun.setdefault(noun, []).append(i)
    for noun, members in by_noun.items():
        words = {i: plain_words(uses[i].sentence, noun) for i in members}
        for n, i in enumerate(members):
            for j in members[n + 1:]:
                if _told_alike(uses, members, words, i, j) and not held.both(uses, i, j, anywhere=True,
                                                                             by_unit=True):
                    yield i, j
    yield from clause_pairs(uses, keys, raw, held, off)


def _told_alike(uses: Sequence[FigureUse], members: list[int], words: dict[int, set[str]], i: int, j: int) -> bool:
    """Whether figures ``i`` and ``j`` of one noun, in two articles, tell one quantity two
    ways: near in value, not compatible, sharing plain words that no other value of the
    noun in either article's sentences shares."""
    f, g = uses[i].figure, uses[j].figure
    if uses[i].article == uses[j].article or f.value == g.value or not near(f, g, MAX_RATIO) or compatible(f, g):
        return False
    shared = words[i] & words[j]
    if not shared:
        return False
    for k in members:
        h = uses[k].figure
        if k in (i, j) or uses[k].article not in (uses[i].article, uses[j].article):
            continue
        own, other = (f, g) if uses[k].article == uses[i].article else (g, f)
        if h.value != own.value and not compatible(h, own) and near(h, other, MAX_RATIO) and words[k] & shared:
            return False        # (two values of one article could each be the other's)
    return True


# Sums of money and counts of people under a generic noun with no key ("the hackers demanded
# $4.5 million" and "the group is demanding $3 million"; "300 people were registered at the
# campground" and "About 450 people were staying at the campground") are compared by the words
# of the figure's own clause: a sentence's other words tell other things. Evidence: the two
# clauses share a word near the figure, and what each tells after that word ends alike (the
# last word of both is one, or one of them says nothing more): "paid $3 million for the
# striker" and "paid $4 million for the goalkeeper" share the verb, not the thing paid for.
_CURRENCIES = frozenset(MONEY_UNITS)
_CLAUSE_BREAK = re.compile(r"[,;:()\"“”—–]|\s-\s|\b(?:and|but|or|which|who|whom|that|when|while|after|before|"
                           r"because|as|if|although|though|since|until|where)\b", re.IGNORECASE)
# a clause's plain words before a figure and after it, and the names it tells (lower case)
Clause = tuple[list[str], list[str], frozenset[str]]
CLOSE_BEFORE = 3        # plain words of the clause read before the figure, at most
CLOSE_AFTER = 4         # and after it


def clause_group(u: FigureUse, key: Key, raw: Key) -> str | None:
    """The group a figure is compared in by its clause: its currency for a sum, "person"
    for a count of people under a generic noun ("people", "persons"); no key, no change,
    not vague, a total; else None."""
    f = u.figure
    if key is not None or raw is not None or u.change or f.unit is None or is_vague(f) or not is_total(u):
        return None
    if f.unit in _CURRENCIES:
        return f.unit
    noun = one_spelling(f.unit)
    return "person" if noun in GENERIC and noun in PERSON | {"people", "persons"} and unit_family(f) == "count" \
        else None


def close_words(u: FigureUse) -> Clause:
    """The plain words (:func:`plain_words`) of a figure's clause near it, in order, as
    :func:`stem`: ``CLOSE_BEFORE`` of them before it and ``CLOSE_AFTER`` after it, none past
    a comma, a bracket or a word that opens another clause ("and", "which", "when")."""
    f, text = u.figure, u.sentence
    at, end = f.start - f.sentence_start, f.end - f.sentence_start
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, at)]
    stop = _CLAUSE_BREAK.search(text, end)
    noun = one_spelling(f.unit or "")

    def plain(words: list[str]) -> list[str]:
        return [stem(w) for w in words if plain_words(w, noun)]

    head = WORD.findall(text[starts[-1] if starts else 0:at])
    tail = WORD.findall(text[end:stop.start() if stop else len(text)])
    names = frozenset(w.lower() for w in head + tail if w[0].isupper() and w.lower() not in STOPWORDS)
    return plain(head)[-CLOSE_BEFORE:], plain(tail)[:CLOSE_AFTER], names


_SUFFIX = re.compile(r"(?:ing|ed|es|s)$")
_VOWEL = re.compile(r"[aeiouy]")        # ("spring" is no "spr")


def stem(word: str) -> str:
    """A crude stem: lower case, an ending of tense or number off when four letters stay,
    cut to ``STEM`` letters ("asked", "asking" → "ask"; "demanded" → "demand"), a vowel left."""
    low = word.lower().replace("’", "'").removesuffix("'s")
    cut = _SUFFIX.sub("", low)
    return (cut if len(cut) >= 3 and _VOWEL.search(cut) else low)[:STEM]


def clauses_alike(first: Clause, second: Clause) -> bool:
    """Whether two clauses (:func:`close_words`) tell one thing: they share a word (one
    stem the start of the other: "sick" and "sicken"), the last words of both are one, or
    one of them ends with a shared word, and the words before the figure and the first
    shared word are not two others ("the city will receive $5 million" and "the county
    will receive $8 million": two subjects), nor the clauses' names ("Ann Reed was fined
    $5,000" and "Tom Hale was fined $8,000")."""
    one, two = first[0] + first[1], second[0] + second[1]
    if not one or not two or (first[2] and second[2] and not first[2] & second[2]):
        return False
    shared = ({w for w in one if any(_one_word(w, v) for v in two)}
              | {v for v in two if any(_one_word(w, v) for w in one)})
    if not shared or not (_one_word(one[-1], two[-1]) or one[-1] in shared or two[-1] in shared):
        return False
    return not (_lead(first[0], shared) and _lead(second[0], shared))


def _lead(before: list[str], shared: set[str]) -> list[str]:
    """The words before a figure that come before the first shared word."""
    return before[:next((n for n, w in enumerate(before) if w in shared), len(before))]


def _one_word(one: str, two: str) -> bool:
    short, long = sorted((one, two), key=len)
    return (long.startswith(short) and len(short) >= 4) or one == two


def clause_pairs(uses: Sequence[FigureUse], keys: Sequence[Key], raw: Sequence[Key],
                 held: HeldValues, off: frozenset[str] | set[str] = frozenset()) -> Iterator[tuple[int, int]]:
    """Pairs of sums or counts of people with no key whose clauses tell one thing (above),
    in two articles, near in value, not compatible, with no other value of the group in
    either article told alike (which of two would be the rival is not known)."""
    by_group: dict[str, list[int]] = {}
    for i, u in enumerate(uses):
        group = None if u.article in off else clause_group(u, keys[i], raw[i])
        if group is not None:
            by_group.setdefault(group, []).append(i)
    for members in by_group.values():
        words = {i: close_words(uses[i]) for i in members}
        for n, i in enumerate(members):
            for j in members[n + 1:]:
                if _clause_rivals(uses, members, words, i, j) and not held.both(uses, i, j, anywhere=True):
                    yield i, j
    yield from _named_rivals(uses, keys, raw, held, by_group.get("person", []), off)


def _named_rivals(uses: Sequence[FigureUse], keys: Sequence[Key], raw: Sequence[Key], held: HeldValues,
                  people: list[int], off: frozenset[str] | set[str]) -> Iterator[tuple[int, int]]:
    """Pairs of a count of people under a generic noun with no key and a count of a noun of
    people keyed by no event ("The jail held about 1,200 people on Friday" and "held 1,120
    inmates on Friday"), whose clauses tell one thing (:func:`clauses_alike`), as for two
    generic counts (:func:`clause_pairs`)."""
    named = [i for i, u in enumerate(uses) if u.article not in off and _named_people(u, keys[i], raw[i])] \
        if people else []
    if not named:
        return
    members = sorted(people + named)
    words = {i: close_words(uses[i]) for i in members}
    for i in people:
        for j in named:
            if _clause_rivals(uses, members, words, i, j) and not held.both(uses, i, j, anywhere=True):
                yield min(i, j), max(i, j)


def _named_people(u: FigureUse, key: Key, raw: Key) -> bool:
    """Whether ``u`` counts people by a noun of their own ("inmates", "guests"), keyed by
    that noun alone or not at all, as a total."""
    f = u.figure
    if key != raw or (key is not None and key[1] is not None) or u.change or f.unit is None or is_vague(f):
        return False
    noun = one_spelling(f.unit)
    return (noun in PERSON or noun in _GROUPS) and noun not in GENERIC and unit_family(f) == "count" \
        and not f.counts_inferred and is_total(u)


def _clause_rivals(uses: Sequence[FigureUse], members: list[int], words: dict[int, Clause], i: int, j: int) -> bool:
    f, g = uses[i].figure, uses[j].figure
    if uses[i].article == uses[j].article or f.value == g.value or not near(f, g, MAX_RATIO) or compatible(f, g):
        return False
    if not clauses_alike(words[i], words[j]):
        return False
    for k in members:
        h = uses[k].figure
        if k in (i, j) or uses[k].article not in (uses[i].article, uses[j].article):
            continue
        own, other = (i, j) if uses[k].article == uses[i].article else (j, i)
        if h.value != uses[own].figure.value and not compatible(h, uses[own].figure) \
                and clauses_alike(words[k], words[other]):
            return False
    return True
