"""Ages of one person told by what two sources say of them, not by one name or role: "The storm
killed Eldon Marsh, 71, a retired ferry captain, when a live oak came down on his house" and "Among
the dead was a 78-year-old retired ferry captain whose house was crushed by a falling oak"; "Her
mother, a 67-year-old woman from Toledo, Ohio, remained in serious condition" and "a 72-year-old
grandmother from Ohio who was in serious condition".

An age is keyed by its owner's name or by the role its clause gives (:mod:`reader.analysis.ages`,
:mod:`reader.analysis.age_roles`, :mod:`reader.analysis.event_role_ages`); an age told of a name in
one report and of a description in another, or of two descriptions, met nothing. Here two ages of
two articles are one person's when their sentences say the same of them: they share at least
``SHARED`` content words (no word of age, gender or reporting), each is the other's best match among
the ages of its article by a margin (a tie abstains), each is its sentence's only age, and neither
article states the other's value as an age. Ages further apart than ``MAX_YEARS`` are left alone
(a mother and her daughter share a sentence's words too).

Hand-written: word overlap with a mutual best match, the same evidence the story's other
sentence-context rules use.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence

from reader.analysis.ages import is_age
from reader.analysis.figure_context import content_words
from reader.analysis.figure_uses import FigureUse, Key

SHARED = 3          # content words two sentences share, at least, to tell one person
MARGIN = 1          # words the best match shares beyond the next best
MAX_YEARS = 15      # ages further apart are not one person's age told twice
# words of any sentence that ages someone: no evidence it is the same person
_PLAIN = frozenset({"year", "years", "old", "man", "woman", "boy", "girl", "person", "said", "police", "officia",
                    "accord", "identi", "named", "resident", "age", "aged"})


def described_pairs(uses: Sequence[FigureUse], keys: Sequence[Key]) -> Iterator[tuple[int, int]]:
    """Pairs of ages (indexes of ``uses``) of two articles told of one person (module doc)."""
    ages: dict[str, list[int]] = defaultdict(list)
    per_sentence: dict[tuple[str, int], int] = defaultdict(int)
    for i, u in enumerate(uses):
        if is_age(u.figure) and u.figure.high is None:
            ages[u.article].append(i)
            per_sentence[(u.article, u.figure.sentence_start)] += 1
    words = {i: content_words(uses[i].sentence) - _PLAIN for found in ages.values() for i in found
             if per_sentence[(uses[i].article, uses[i].figure.sentence_start)] == 1}
    arts = sorted(ages)
    for x, a in enumerate(arts):
        for b in arts[x + 1:]:
            yield from _pairs(uses, keys, [i for i in ages[a] if i in words], [j for j in ages[b] if j in words], words)


def _pairs(uses: Sequence[FigureUse], keys: Sequence[Key], left: list[int], right: list[int],
           words: dict[int, set[str]]) -> Iterator[tuple[int, int]]:
    """The mutual best matches of ``left`` and ``right`` (two articles' ages) that tell one person."""
    def best(i: int, others: list[int]) -> int | None:
        scores = sorted(((len(words[i] & words[j]), j) for j in others), reverse=True)
        if not scores or scores[0][0] < SHARED or (len(scores) > 1 and scores[0][0] - scores[1][0] < MARGIN):
            return None
        return scores[0][1]

    stated_left = {uses[i].figure.value for i in left}
    stated_right = {uses[j].figure.value for j in right}
    for i in left:
        j = best(i, right)
        if j is None or best(j, left) != i or (keys[i] == keys[j] and keys[i] is not None):
            continue
        a, b = uses[i].figure.value, uses[j].figure.value
        if a == b or abs(a - b) > MAX_YEARS or a in stated_right or b in stated_left:
            continue
        yield i, j
