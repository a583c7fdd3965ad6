"""Counts of things beside the story's own: "crews coming from three neighbouring islands" is no count
of the chain's "seven inhabited islands", nor "five nearby schools" one of the schools closed. A counted
noun told with a word of nearness or otherness before it ("will replace four older patrol ships") names
another set than the story's, so
:func:`reader.analysis.quantities.quantity_key` gives it no key.

Hand-written: a closed list of such words, read in the figure's own counted noun phrase.
"""

from __future__ import annotations

from reader.analysis.figures import Figure

_BESIDE = frozenset({"neighbouring", "neighboring", "nearby", "surrounding", "adjacent", "adjoining", "outlying",
                     "neighbour", "neighbor", "rival", "sister", "older", "ageing", "aging", "former"})


def beside(f: Figure) -> bool:
    """Whether ``f`` counts things beside the story's own (module doc)."""
    return f.counts is not None and not _BESIDE.isdisjoint(f.counts.lower().split()[:-1])
