"""One quantity told by what two sources say of it, not by one name, role or key: a person's age ("The
storm killed Eldon Marsh, 71, a retired ferry captain, when a live oak came down on his house" and
"Among the dead was a 78-year-old retired ferry captain whose house was crushed by a falling oak"), a
share ("About 29 percent of homes in Calder County are mobile or manufactured" and "38 percent of the
county's housing units are mobile homes") or a sum ("the board had already approved $57 million for
substation upgrades" and "has since committed $42 million over five years to substation upgrades").

A figure is keyed by its owner's name, its role or its subject when a rule reads one
(:mod:`reader.analysis.ages`, :mod:`reader.analysis.event_role_ages`,
:mod:`reader.analysis.amount_subjects`); told of a name in one report and of a description in another,
or in two phrasings no rule reads, the two met nothing, and the sentence-context rule of
:mod:`reader.analysis.conflicts` links only values within 5% of each other. Here two figures of two
articles are one quantity when their sentences say the same of them:

- they are ages, or shares, or sums of one currency (other kinds, counts and measures, were tried:
  their sentences share words as often when they tell two quantities, and the probes' wrong claims
  rose with their found ones);
- their sentences share at least ``SHARED`` content words (no word of age, gender or reporting), and
  each is the other's best match among its article's figures of the kind by a margin (a tie abstains);
- each is the only figure of its kind in its sentence, neither is one end of a change, and neither
  article states the other's value as a figure of the kind; they are not both keyed by one key (its
  rule compares them), nor ages of two named people (by their keys or by the names their sentences
  give them: "18-year-old Ian Harte", "Keith Doyle, 20,") or of a thing and another, and neither is
  told as a bound ("School bonds require 60 percent approval");
- ages lie within ``MAX_YEARS`` of each other (a mother and her daughter share a sentence's words
  too), shares and sums within ``MAX_RATIO``, and the two values cannot both hold
  (:func:`reader.analysis.quantities.compatible`: "about 40%" and 41% agree).

Hand-written: word overlap with a mutual best match, the evidence the story's other sentence-context
rules use, with a higher bar of words.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import replace

from reader.analysis.ages import AGE_KEY, age_owner, is_age
from reader.analysis.figure_context import content_words, unit_family
from reader.analysis.figure_uses import FigureUse, Key
from reader.analysis.noun_events import LIMIT
from reader.analysis.quantities import MAX_RATIO, compatible
from reader.analysis.thing_ages import THING

SHARED = 3          # content words two sentences share, at least, to tell one quantity
MARGIN = 1          # words the best match shares beyond the next best
MAX_YEARS = 15      # ages further apart are not one person's age told twice
AGE = "age"
# a figure told as what is required: "require 60 percent approval", "needed at least 60 percent to pass"
_REQUIRED_BEFORE = re.compile(r"\b(?:requires?|required|requiring|needs?|needed|needing)\s+(?:(?:a|an|the)\s+)?"
                              r"(?:at\s+least\s+|more\s+than\s+|over\s+)?$", re.IGNORECASE)
# a name right after the age, when the figure ran on past it ("18-year-old Ian Harte makes")
_YEAR_OLD = re.compile(r"year[- ]old", re.IGNORECASE)
_NAME_AFTER_AGE = re.compile(r"\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
# words of any sentence that ages someone: no evidence it is the same person
_PLAIN = frozenset({"year", "years", "old", "man", "woman", "boy", "girl", "person", "said", "police", "officia",
                    "accord", "identi", "named", "resident", "age", "aged"})


def kind_of(u: FigureUse, key: Key = None) -> str | None:
    """The kind a figure is compared in: ``"age"``, ``"percent"`` or a currency's family; None for others,
    and for a bound ("School bonds require 60 percent approval", "the cap of $5 million": ``key``'s
    :data:`reader.analysis.noun_events.LIMIT`)."""
    f = u.figure
    if f.high is not None or u.change or (key is not None and key[1] == LIMIT):
        return None
    if _REQUIRED_BEFORE.search(u.sentence, max(0, f.start - f.sentence_start - 40), f.start - f.sentence_start):
        return None
    if is_age(f):
        return AGE
    family = unit_family(f)
    return family if family == "percent" or family.startswith("currency:") else None


def described_pairs(uses: Sequence[FigureUse], keys: Sequence[Key]) -> Iterator[tuple[int, int]]:
    """Pairs of figures (indexes of ``uses``) of two articles told of one quantity (module doc)."""
    kinds = [kind_of(u, k) for u, k in zip(uses, keys, strict=True)]
    per_sentence: dict[tuple[str, int, str], int] = defaultdict(int)
    for u, kind in zip(uses, kinds, strict=True):
        if kind is not None:
            per_sentence[(u.article, u.figure.sentence_start, kind)] += 1
    found: dict[tuple[str, str], list[int]] = defaultdict(list)
    words: dict[int, set[str]] = {}
    for i, (u, kind) in enumerate(zip(uses, kinds, strict=True)):
        if kind is not None and per_sentence[(u.article, u.figure.sentence_start, kind)] == 1:
            found[(kind, u.article)].append(i)
            words[i] = content_words(u.sentence) - _PLAIN
    by_kind: dict[str, list[list[int]]] = defaultdict(list)
    for (kind, _), members in sorted(found.items()):
        by_kind[kind].append(members)
    stated = {(kind, article): {uses[i].figure.value for i in members} for (kind, article), members in found.items()}
    for kind, lists in by_kind.items():
        for x, left in enumerate(lists):
            for right in lists[x + 1:]:
                for i, j in _mutual(left, right, words):
                    if _apart(uses[i], uses[j], kind, stated) and not _keyed(keys[i], keys[j]) and not (
                            kind == AGE and _two_names(uses[i], uses[j])):
                        yield i, j


def _keyed(a: Key, b: Key) -> bool:
    """Whether two figures' keys already decide them: one key (its rule compares them), or, for ages,
    two owners that are two: two names ("18-year-old Ian Harte" and "20-year-old Keith Doyle" in two
    match reports), or a thing and anyone else. A name and a role ("the person killed") may be one."""
    if a is None or b is None:
        return False
    if a == b:
        return True
    owners = [k[1] for k in (a, b) if k[0] == AGE_KEY and k[1] is not None]
    return len(owners) == 2 and (all(not o.startswith(("the ", THING)) for o in owners)
                                 or any(o.startswith(THING) for o in owners))


def _two_names(u: FigureUse, v: FigureUse) -> bool:
    """Whether two ages are told of two names ("18-year-old Ian Harte", "Keith Doyle, 20,"): two people."""
    owners = [_owner(w) for w in (u, v)]
    return owners[0] is not None and owners[1] is not None and owners[0].split()[-1] != owners[1].split()[-1]


def _owner(u: FigureUse) -> str | None:
    """The name an age is told of in its sentence (:func:`reader.analysis.ages.age_owner`), in lower case."""
    f = u.figure
    shift = f.sentence_start
    local = replace(f, start=f.start - shift, end=f.end - shift, number_start=f.number_start - shift,
                    number_end=f.number_end - shift, sentence_start=0, sentence_end=f.sentence_end - shift)
    owner = age_owner(u.sentence, local) or next(
        (m[1] for m in [_NAME_AFTER_AGE.match(u.figure.text, _age_end(u.figure.text))] if m is not None), None)
    return owner.lower() if owner else None


def _age_end(text: str) -> int:
    m = _YEAR_OLD.search(text)
    return m.end() if m else len(text)


def _mutual(left: list[int], right: list[int], words: dict[int, set[str]]) -> Iterator[tuple[int, int]]:
    """The mutual best matches of two articles' figures of one kind, by the words their sentences share."""
    def best(i: int, others: list[int]) -> int | None:
        scores = sorted(((len(words[i] & words[j]), j) for j in others), reverse=True)
        if not scores or scores[0][0] < SHARED or (len(scores) > 1 and scores[0][0] - scores[1][0] < MARGIN):
            return None
        return scores[0][1]

    for i in left:
        j = best(i, right)
        if j is not None and best(j, left) == i:
            yield i, j


def _apart(u: FigureUse, v: FigureUse, kind: str, stated: dict[tuple[str, str], set]) -> bool:
    """Whether two matched figures state two values of one quantity that cannot both hold (module doc)."""
    a, b = u.figure.value, v.figure.value
    if a == b or a in stated[(kind, v.article)] or b in stated[(kind, u.article)]:
        return False
    if kind == AGE:
        return abs(a - b) <= MAX_YEARS
    lo, hi = sorted((abs(float(a)), abs(float(b))))
    return lo > 0 and hi / lo <= MAX_RATIO and not compatible(u.figure, v.figure)
