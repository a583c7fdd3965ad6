"""Which side of a reworded pair came first, by the dates.

A pair with no passage whose whole text is told again in other words
(:func:`reader.analysis.rewording.reworded_pairs`) was always left undirected: "both
tell one text in other words". When the two are a family of their own (no third source
carries any of that text) and their dates differ, the later one retold the earlier, as
the ``date`` rule says for text kept word for word (a paper's report retold the next
day by a rival site, no credit given). Not when either credits a wire or is one (both may
retell the wire's story), nor when the earlier opens with a dateline (a filed report may
be a wire story the later took from the wire), nor when the later says it has been
updated (its date may be the update's).

Hand-written: the same few rules of evidence :mod:`reader.analysis.pair_relation` uses
for kept text, no model.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.analysis.article import AnalysedArticle
from reader.analysis.credits import find_credits
from reader.analysis.update_notes import says_updated
from reader.text.instants import earlier, instant


def dated_rewording(articles: Sequence[AnalysedArticle], i: int, j: int) -> tuple[int, int, str] | None:
    """(copy, source, why) for a reworded pair (i, j) that is a family of its own, when the
    dates say which came first and nothing speaks against it (module doc); else None."""
    wi, wj = articles[i].published, articles[j].published
    if not (earlier(wi, wj) or earlier(wj, wi)):
        return None
    copy, source = (j, i) if earlier(wi, wj) else (i, j)
    pi, pj = instant(wi), instant(wj)
    c_copy, c_source = find_credits(articles[copy].article), find_credits(articles[source].article)
    if c_copy.wires or c_source.wires or c_source.dateline or says_updated(articles[copy].body):
        return None
    when = f"{pi} before {pj}" if source == i else f"{pj} before {pi}"
    return copy, source, f"{articles[source].id} is earlier by its date ({when}) and no other source carries that text"
