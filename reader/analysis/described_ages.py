"""One person's age told by what two sources say of them, not by one name or role: "The storm killed
Eldon Marsh, 71, a retired ferry captain, when a live oak came down on his house" and "Among the dead
was a 78-year-old retired ferry captain whose house was crushed by a falling oak"; "Her mother, a
67-year-old woman from Toledo, Ohio, remained in serious condition" and "a 72-year-old grandmother from
Toledo, Ohio, who was in serious condition".

An age is keyed by its owner's name or by the role its clause gives (:mod:`reader.analysis.ages`,
:mod:`reader.analysis.age_roles`, :mod:`reader.analysis.event_role_ages`); an age told of a name in
one report and of a description in another, or of two descriptions no rule reads, met nothing. Here
two ages of two articles are one person's when their sentences say the same of them:

- their sentences share at least ``SHARED`` content words (no word of age, gender or reporting), and
  each is the other's best match among its article's ages by a margin (a tie abstains);
- each is the only age of its sentence, and neither article states the other's value as an age;
- they are not keyed alike (their rule compares them), nor told of two names (by their keys, or by
  the names their sentences give them: "18-year-old Ian Harte" and "Keith Doyle, 20," in two match
  reports), nor of a thing and anyone else;
- they lie within ``MAX_YEARS`` of each other (a mother and her daughter share a sentence's words too).

Only ages: the same evidence was tried for shares and sums. On invented probes it found a dozen more
conflicts, but on real political news (PolNeAR) it paired shares of two things, such as a candidate's
share of the remaining delegates and another's, and sums of two campaigns. Counts, lengths and
lengths of time raised the probes' wrong claims with their found ones.

Hand-written: word overlap with a mutual best match, the evidence the story's other sentence-context
rules use, with a higher bar of words.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import replace

from reader.analysis.ages import AGE_KEY, age_owner, is_age
from reader.analysis.figure_context import content_words
from reader.analysis.figure_uses import FigureUse, Key
from reader.analysis.mutual_match import mutual_matches
from reader.analysis.thing_ages import THING

SHARED = 3          # content words two sentences share, at least, to tell one person
MARGIN = 1          # words the best match shares beyond the next best
MAX_YEARS = 15      # ages further apart are not one person's age told twice
# words of any sentence that ages someone: no evidence it is the same person
_PLAIN = frozenset({"year", "years", "old", "man", "woman", "boy", "girl", "person", "said", "police", "officia",
                    "accord", "identi", "named", "resident", "age", "aged"})
# a name right after the age, when the figure ran on past it ("18-year-old Ian Harte makes")
_YEAR_OLD = re.compile(r"year[- ]old", re.IGNORECASE)
_NAME_AFTER_AGE = re.compile(r"\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")


def described_pairs(uses: Sequence[FigureUse], keys: Sequence[Key]) -> Iterator[tuple[int, int]]:
    """Pairs of ages (indexes of ``uses``) of two articles told of one person (module doc)."""
    ages = [is_age(u.figure) and u.figure.high is None and not u.change for u in uses]
    per_sentence: dict[tuple[str, int], int] = defaultdict(int)
    for u, age in zip(uses, ages, strict=True):
        if age:
            per_sentence[(u.article, u.figure.sentence_start)] += 1
    found: dict[str, list[int]] = defaultdict(list)
    words: dict[int, set[str]] = {}
    for i, (u, age) in enumerate(zip(uses, ages, strict=True)):
        if age and per_sentence[(u.article, u.figure.sentence_start)] == 1:
            found[u.article].append(i)
            words[i] = content_words(u.sentence) - _PLAIN
    stated: dict[str, set] = defaultdict(set)     # (every age an article states, in any sentence)
    for u, age in zip(uses, ages, strict=True):
        if age:
            stated[u.article].add(u.figure.value)
    lists = [found[a] for a in sorted(found)]
    for x, left in enumerate(lists):
        for right in lists[x + 1:]:
            for i, j in _mutual(left, right, words):
                if _apart(uses[i], uses[j], stated) and not _keyed(keys[i], keys[j]) and not (
                        _two_names(uses[i], uses[j])):
                    yield i, j


def _mutual(left: list[int], right: list[int], words: dict[int, set[str]]) -> Iterator[tuple[int, int]]:
    """The mutual best matches of two articles' ages, by the words their sentences share."""
    for a, b in mutual_matches(left, right, lambda i, j: len(words[i] & words[j]), SHARED, MARGIN):
        yield left[a], right[b]


def _apart(u: FigureUse, v: FigureUse, stated: dict[str, set]) -> bool:
    """Whether two matched ages state two values of one person's age (module doc)."""
    a, b = u.figure.value, v.figure.value
    return a != b and a not in stated[v.article] and b not in stated[u.article] and abs(a - b) <= MAX_YEARS


def _keyed(a: Key, b: Key) -> bool:
    """Whether two ages' keys already decide them: one key (its rule compares them), or two owners that
    are two: two names, or a thing and anyone else. A name and a role ("the person killed") may be one."""
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
    """The name an age is told of in its sentence (:func:`reader.analysis.ages.age_owner`, or a name right
    after "N-year-old"), in lower case."""
    f = u.figure
    shift = f.sentence_start
    local = replace(f, start=f.start - shift, end=f.end - shift, number_start=f.number_start - shift,
                    number_end=f.number_end - shift, sentence_start=0, sentence_end=f.sentence_end - shift)
    owner = age_owner(u.sentence, local)
    if owner is None and (year_old := _YEAR_OLD.search(f.text)) is not None:
        owner = next((m[1] for m in [_NAME_AFTER_AGE.match(f.text, year_old.end())] if m is not None), None)
    return owner.lower() if owner else None
