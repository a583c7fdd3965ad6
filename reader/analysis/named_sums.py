"""A sum named by what it pays for, told two ways by separate reports: the story's one sum.

(A percentage named by what it is of, too: a pay offer "of 3.8 percent" and "worth 4.2 percent
over two years", keyed ``percent:offer`` by :mod:`reader.analysis.amount_subjects`.)

A sum keyed by its subject (:mod:`reader.analysis.money_keys`: a reward, a bonus, a ransom, the
damage) has no event of its own, so :mod:`reader.analysis.conflicts` links two of its values
only when their sentences share words besides the figure; but two reports telling one reward
rarely share any ("a $10,000 reward for information" and "Crime Stoppers offers $15,000"). The
subject is itself the evidence when the story gives exactly two values of it, each in reports of
its own (no report states both), and the two sentences do not name two subjects ("Ann Reed was
fined $5,000" and "Tom Hale was fined $8,000" are two fines:
:func:`reader.analysis.name_clash.clash`), a closing attribution aside ("The shop gets a $25,000
bonus, said manager Ivo Brandt": the source is no second subject, :mod:`reader.analysis.said_by`).
A bare "cost" names too many things to count so.

Hand-written: the one rule the module doc states, over figures already keyed.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence

from reader.analysis.figure_uses import FigureUse
from reader.analysis.name_clash import clash, names_inside
from reader.analysis.said_by import own_clause

# sums named by no subject of their own: "cost" names too many things (amount_subjects' doc)
_BARE = {"money:cost"}
REACH = 20


def named_sum(thing: str) -> bool:
    """Whether ``thing`` is a sum or a share named by what it pays for or measures (module doc)."""
    return thing.startswith(("money:", "percent:")) and thing not in _BARE


def one_subject(uses: Sequence[FigureUse], first: Sequence[int], second: Sequence[int],
                lower: Callable[[str, str], Container[str]],
                fits: Callable[[FigureUse, FigureUse], bool] | None = None) -> bool:
    """Whether a figure of ``first`` and one of ``second``, in two articles, sit in sentences whose
    own clauses' names (:func:`reader.analysis.said_by.own_clause`: a closing attribution names the
    source, not the subject) do not say two subjects; ``lower(a, b)``: the words articles ``a`` or
    ``b`` write in lower case; ``fits``: what else such a pair must be, if anything
    (:func:`reader.analysis.told_estimates.one_estimate`). At most ``REACH`` of each are read."""
    for x in first[:REACH]:
        for y in second[:REACH]:
            a, b = uses[x].article, uses[y].article
            if a == b or (fits is not None and not fits(uses[x], uses[y])):
                continue
            either = lower(a, b)
            one, two = own_clause(uses[x].sentence), own_clause(uses[y].sentence)     # (the source is no subject)
            if not clash(names_inside(one, either), names_inside(two, either)):
                return True
    return False
