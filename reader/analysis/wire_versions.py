"""Two versions of one wire's story that share too little text to be linked by it: a
wire rewrites its first story of an event as the facts come in ("UPDATE 1-", a
write-through with a new lead), and the second can keep hardly a sentence of the first.

The pair is linked as siblings (basis ``wire``: two versions, no direction) when each is
the same wire's own story (:class:`reader.analysis.credits.Credits` ``own``), both open
with the same dateline, and both are dated, at most :data:`MAX_DAYS` apart. Without a
dateline or a date nothing says the two tell one event (a wire's earlier story of another
fire in the same town, put in the folder for background), so no link is made.

Hand-written: three facts each article already carries; no measure of text is involved.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

from reader.analysis.article import AnalysedArticle
from reader.analysis.credits import Credits
from reader.analysis.pair_relation import Link, possessive

MAX_DAYS = 2        # days between two versions' dates, at most


def version_pairs(articles: Sequence[AnalysedArticle], credits: Sequence[Credits],
                  linked: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pairs (i, j), i < j, not in ``linked`` that are two versions of one wire's story."""
    pairs = []
    for i in range(len(articles)):
        for j in range(i + 1, len(articles)):
            if (i, j) not in linked and _versions(articles[i], articles[j], credits[i], credits[j]):
                pairs.append((i, j))
    return pairs


def version_link(articles: Sequence[AnalysedArticle], credits: Sequence[Credits], fid: int,
                 i: int, j: int) -> Link:
    """The sibling link of the version pair (i, j), with its reason in words."""
    own = credits[i].own or ""
    place = (credits[i].dateline or "").title()
    days = abs(((_day(articles[i].published) or _dt.date.min) - (_day(articles[j].published) or _dt.date.min)).days)
    when = "the same day" if days == 0 else "a day apart" if days == 1 else f"{days} days apart"
    reason = (f"both are {possessive(own)} own story, filed from {place} {when}: two versions of it "
              "(rewritten: they share little text)")
    return Link(articles[i].id, articles[j].id, 0.0, 0.0, False, "wire", {}, reason, fid)


def _versions(a: AnalysedArticle, b: AnalysedArticle, ca: Credits, cb: Credits) -> bool:
    if ca.own is None or ca.own != cb.own or ca.dateline is None or ca.dateline != cb.dateline:
        return False
    da, db = _day(a.published), _day(b.published)
    return da is not None and db is not None and abs((da - db).days) <= MAX_DAYS


def _day(published: str | None) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat((published or "")[:10])
    except ValueError:
        return None
