"""The sources that count each noun of a story, under any event.

A count keyed by its noun and no event ("Forty officers from three agencies responded"
against "More than 60 officers … swept the buildings") is the story's own count told two
ways when most of the story's sources count that noun, whatever verb each ties it to: a
third report's "about 40 officers responded" has an event key of its own, but it shows the
officers are a thing the story counts, as much as a third report with no verb would.
Counting tellers per key alone split the one noun's tellers across its verbs, so two
reports that each gave the noun with no verb never reached the story's own count.
Hand-written: it is a tally over keys the extractor already gave.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from reader.analysis.figure_uses import FigureUse, Key


def noun_tellers(uses: Sequence[FigureUse], keys: Sequence[Key]) -> defaultdict[str, set[str]]:
    """Each key's noun (its first part) → the articles that count it under any key."""
    tellers: defaultdict[str, set[str]] = defaultdict(set)
    for u, k in zip(uses, keys, strict=True):
        if k is not None:
            tellers[k[0]].add(u.article)
    return tellers
