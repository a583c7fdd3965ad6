"""The cost of an event's destruction told as its damage in one report and as the loss in
another: "Damage to the depot was put at $3.2 million" and "The council estimated the loss
at about $2 million".

Sums are keyed by what they are of (:mod:`reader.analysis.amount_subjects`): a loss and a
damage are two keys, and rightly in general (a company's net loss is no damage). But a story
that tells an event's damage (a sum keyed ``money:damage`` with the event ``damaged``) and,
in another report, a loss with no event of its own tells one sum both ways.

Precision guards: the story states one value of each kind (its sums of each kind can all
hold together); no article states both kinds (then they are two sums: "insured losses of
$40 million" beside "$75 million of damage"); one currency; values within ``MAX_RATIO``; no
article states both values (:class:`reader.analysis.figure_context.HeldValues`); sums of
another time (``others``) and of articles kept off the story are not read.

Hand-written: one rule over two keys already read.
"""

from __future__ import annotations

from collections.abc import Container, Iterator, Sequence

from reader.analysis.figure_context import HeldValues, unit_family
from reader.analysis.figure_uses import FigureUse, Key
from reader.analysis.quantities import MAX_RATIO, compatible, is_vague, near

DAMAGE = ("money:damage", "damaged")
LOSS = ("money:loss", None)


def damage_pairs(uses: Sequence[FigureUse], keys: Sequence[Key], held: HeldValues,
                 off: Container[str] = frozenset(), others: Container[int] = frozenset()) -> Iterator[tuple[int, int]]:
    """Pairs (a loss, the event's damage) to link as one sum (module doc)."""
    read = [i for i, u in enumerate(uses) if u.article not in off and i not in others and not u.change
            and not is_vague(u.figure)]
    damage = [i for i in read if keys[i] == DAMAGE]
    loss = [i for i in read if keys[i] == LOSS]
    if not damage or not loss or {uses[i].article for i in damage} & {uses[i].article for i in loss}:
        return
    if not (_one_value(uses, damage) and _one_value(uses, loss)):
        return
    for i in loss:
        for j in damage:
            f, g = uses[i].figure, uses[j].figure
            if unit_family(f) == unit_family(g) and near(f, g, MAX_RATIO) and not compatible(f, g) and not (
                    held.both(uses, i, j) or held.both(uses, j, i)):
                yield i, j


def _one_value(uses: Sequence[FigureUse], told: list[int]) -> bool:
    """Whether the sums ``told`` can all hold together."""
    return all(compatible(uses[a].figure, uses[b].figure) for a in told for b in told if a < b)
