"""Two ceilings a writer names as the most there is, told of one quantity: they disagree.

"A reward of up to $10,000" and "a reward of up to $5,000", "as many as 120 people aboard" and
"as many as 90": read as ranges, each holds every value under its top, so
:func:`reader.analysis.quantities.compatible` found them in agreement; but a writer who says "up
to" names the top itself (the most the reward pays, the most there were), and the two tell
different tops; and one told as the amount itself, below the top, is another amount than
the top a writer names ("as much as $375 million" and "$350 million"). A bound that a writer
only keeps under ("fewer than 100", "less than $50") is no such claim and stays a range.

Hand-written: the few hedges that name a top are fixed words.
"""

from __future__ import annotations

from collections.abc import Callable

from reader.analysis.figures import Figure

# a ceiling a writer names as the most there is, not a bound it only keeps under
MAXIMA = {"up to", "as many as", "as much as", "at most"}


# a value told as itself, exact or rounded ("$350 million", "about 90"), not a bound
TOLD = {None, "about", "around", "approximately", "roughly", "some", "an estimated", "estimated"}


def maxima_apart(f: Figure, g: Figure, step: Callable[[Figure], float],
                 near: Callable[[Figure, Figure], bool]) -> bool:
    """Two different ceilings named as the most there is ("up to $10,000" against "up to $5,000"),
    or a ceiling against a value told as itself below it ("as much as $375 million" against
    "$350 million": the one names the top as the amount, the other another amount); never two
    within half the rounding ``step`` of the coarser ("up to two days" and "up to 40 hours"),
    nor two too far apart to be one quantity restated (``near``: "58 metres" and "up to 300
    metres" are two lengths, and a ceiling that far above a value still holds it)."""
    if f.high is not None or g.high is not None or f.value == g.value or not near(f, g):
        return False
    if abs(float(f.value) - float(g.value)) < max(step(f), step(g)) / 2:
        return False
    if f.qualifier in MAXIMA and g.qualifier in MAXIMA:
        return True
    low, top = (f, g) if f.value < g.value else (g, f)
    return top.qualifier in MAXIMA and low.qualifier in TOLD
