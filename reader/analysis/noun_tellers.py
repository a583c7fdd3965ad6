"""The sources that count a noun of a story under another key, agreeing with one of two values.

A count keyed by its noun and no event ("Forty officers from three agencies responded"
against "More than 60 officers … swept the buildings") is the story's own count told two
ways when most of the story's sources count that noun (:mod:`reader.analysis.conflicts`),
whatever verb each ties it to: a third report's "about 40 officers responded" has an event
key of its own, but it tells the same count as one of the two, and so shows the officers
are a thing the story counts, as much as a third report with no verb would. Counting tellers
per key alone split the one noun's tellers across its verbs, so two reports that each gave
the noun with no verb never reached the story's own count.

A count under another key that agrees with neither value is no such evidence: "Nine halls
were evacuated", "the 12 halls were cleaned" and "six halls host concerts" count three things
(:mod:`reader.analysis.one_sided_keys` keeps the same guard). Hand-written: a tally over keys
the extractor already gave.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from reader.analysis.figure_uses import FigureUse, Key
from reader.analysis.quantities import compatible


def noun_counts(keys: Sequence[Key]) -> defaultdict[str, list[int]]:
    """Each key's noun (its first part) → the indexes of the figures keyed with it, under any key."""
    counts: defaultdict[str, list[int]] = defaultdict(list)
    for n, k in enumerate(keys):
        if k is not None:
            counts[k[0]].append(n)
    return counts


def agreeing_tellers(uses: Sequence[FigureUse], keys: Sequence[Key], counts: Sequence[int],
                     groups: Sequence[Sequence[int]]) -> set[str]:
    """The articles of ``counts`` (figures of one noun) keyed otherwise than ``groups`` (a key's
    figures, one list per value) whose figure agrees with the first of one of ``groups``."""
    if not groups:
        return set()
    key, firsts = keys[groups[0][0]], [uses[g[0]].figure for g in groups]
    return {uses[k].article for k in counts if keys[k] != key and any(compatible(uses[k].figure, f) for f in firsts)}
