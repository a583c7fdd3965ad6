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
    """The pairs (i, j), i < j, not in ``linked`` that are two versions of one wire's story
    (only the articles of one wire and one dateline are paired: a story of a thousand
    carriers has few of the wire's own stories)."""
    by_wire: dict[tuple[str, str], list[int]] = {}
    for k, c in enumerate(credits):
        if c.own is not None and c.dateline is not None:
            by_wire.setdefault((c.own, c.dateline), []).append(k)
    pairs = [(i, j) for group in by_wire.values() for n, i in enumerate(group) for j in group[n + 1:]
             if (i, j) not in linked and _days_apart(articles[i], articles[j]) is not None]
    return sorted(pairs)


def version_link(articles: Sequence[AnalysedArticle], credits: Sequence[Credits], fid: int,
                 i: int, j: int) -> Link:
    """The sibling link of the version pair (i, j), with its reason in words."""
    own = credits[i].own or ""
    place = (credits[i].dateline or "").title()
    days = _days_apart(articles[i], articles[j]) or 0
    when = "the same day" if days == 0 else "a day apart" if days == 1 else f"{days} days apart"
    reason = (f"both are {possessive(own)} own story, filed from {place} {when}: two versions of it "
              "(rewritten: they share little text)")
    return Link(articles[i].id, articles[j].id, 0.0, 0.0, False, "wire", {}, reason, fid)


def _days_apart(a: AnalysedArticle, b: AnalysedArticle) -> int | None:
    """Days between the two articles' dates when both are dated at most ``MAX_DAYS`` apart, else None."""
    da, db = _day(a.published), _day(b.published)
    if da is None or db is None or abs((da - db).days) > MAX_DAYS:
        return None
    return abs((da - db).days)


def _day(published: str | None) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat((published or "")[:10])
    except ValueError:
        return None
