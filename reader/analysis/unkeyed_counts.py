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

Hand-written: the evidence is a few word tests on the two sentences, the project's own
rules of evidence, tuned on invented probes and checked for precision on stories-dev and
the CoNLL stories (``benchmarks/story_unseen.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterator, Sequence

from reader.analysis.figure_context import WORD, HeldValues, unit_family
from reader.analysis.figure_units import one_spelling
from reader.analysis.figure_uses import READ_APART, FigureUse, Key
from reader.analysis.figures import number_word_value
from reader.analysis.name_clash import clash, names_inside
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
                    "yesterday", "morning", "afternoon", "evening", "night", "week", "day", "hours", "local"})
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
