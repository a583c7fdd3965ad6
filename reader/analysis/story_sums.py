"""The story's one sum, told by a source with no subject word: "We're looking at something
like $6 million," the spokesman said of a damaged overpass whose repairs two other reports
put at $4.5 million.

:mod:`reader.analysis.amount_subjects` keys a sum by the noun it is the amount of ("repairs
... estimated at $4.5 million": ``money:damage``). A sum said in a quote or a loose clause
often has none ("something like $6 million", "the bill would be north of half a million
pounds"), so it met nothing. When a story's keyed sums all name one quantity, told by two
sources at least, a source that does not tell that quantity but gives one sum with no key,
whose sentence or the sentence before it shares two words with a sentence of the story's
sum ("the damaged overpass would need major work" and "The overpass was damaged ... repairs
at $4.5 million"), tells that sum: it is keyed as the story's. Anything else (a story of two
sums, an article with a keyed sum of its own, two unkeyed sums in one article, a sum of
other words) is left as it was.

Hand-written: a rule of what a story's reports share, like :func:`reader.analysis.measure_events.one_gauge`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reader.analysis.figure_context import content_words
from reader.analysis.figure_uses import FigureUse, Key
from reader.analysis.money_keys import MONEY_UNITS, one_family

SHARED = 2          # words a lone sum's sentences share with the story's sum's, at least
_BEFORE = 300       # characters read back for the sentence before a sum's
# words of any sum, no evidence of which ("million" in "$4.5 million" and in "$5 million"), cut as content_words cuts
_SUM_WORDS = frozenset({"millio", "billio", "thousa", "dollar", "pounds", "pound", "euros", "euro", "cost", "costs"})


def story_sums(uses: Sequence[FigureUse], keys: Sequence[Key], bodies: Mapping[str, str]) -> list[Key]:
    """``keys`` with one sum named by two words of a family keyed as one
    (:func:`reader.analysis.money_keys.one_family`), then a lone sum with no key read as the
    story's one sum (:func:`one_sum`)."""
    return one_sum(uses, one_family([u.article for u in uses], keys), bodies)


def one_sum(uses: Sequence[FigureUse], keys: Sequence[Key], bodies: Mapping[str, str]) -> list[Key]:
    """``keys`` with a lone unkeyed sum read as the story's one sum (module doc)."""
    money = [n for n, u in enumerate(uses) if u.figure.unit in MONEY_UNITS]
    told = {keys[n] for n in money if keys[n] is not None}
    if len(told) != 1:
        return list(keys)
    (key,) = told
    tellers = {uses[n].article for n in money if keys[n] == key}
    if len(tellers) < 2:
        return list(keys)
    story = set().union(*(content_words(uses[n].sentence) for n in money if keys[n] == key)) - _SUM_WORDS
    loose: dict[str, list[int]] = {}
    for n in money:
        if keys[n] is None and not uses[n].change and uses[n].article not in tellers:
            loose.setdefault(uses[n].article, []).append(n)
    out = list(keys)
    for members in loose.values():
        if len(members) == 1 and len(_words(uses[members[0]], bodies) & story) >= SHARED:
            out[members[0]] = key
    return out


def _words(u: FigureUse, bodies: Mapping[str, str]) -> set[str]:
    """The content words of ``u``'s sentence and of the sentence before it."""
    body = bodies.get(u.article, "")
    start = u.figure.sentence_start
    before = body[max(0, start - _BEFORE):start].rstrip()
    cut = max(before.rfind(". ", 0, len(before) - 1), before.rfind("\n", 0, len(before) - 1))
    return content_words(u.sentence) | content_words(before[cut + 1:])
