"""The human listing of ``reader quotes``: per article, each quote with its speaker and
the other articles carrying it, or one citation per quotation in a chosen style."""

from __future__ import annotations

from reader.analysis.quote_match import Occurrence, QuoteGroup, match_quotes, surname
from reader.analysis.quotes import Quote
from reader.reports.citation import cite, quote_text
from reader.text.cells import cell_width, wrap

TYPE_CHECKING = False  # typing is not imported at run time: it costs start-up
if TYPE_CHECKING:
    from collections.abc import Iterable

    from reader.library.model import Article


def format_quotes(articles: Iterable[Article], style: str | None = None, width: int | None = None) -> str:
    """Human output of ``reader quotes``: per article, each quote with its speaker and the
    other articles carrying it; with a ``style``, one citation per quotation instead. With
    a ``width`` (the terminal's), long lines are wrapped to it under their indent."""
    articles = list(articles)
    groups = match_quotes(articles)
    by_article: dict[str, list[Occurrence]] = {}
    group_of: dict[tuple[str, int], QuoteGroup] = {}
    for g in groups:
        for o in g.occurrences:
            by_article.setdefault(o.article, []).append(o)
            group_of[(o.article, o.quote.start)] = g
    # once per group and speaker: one quotation printed 30,000 times made each quote walk them all
    credits: dict[tuple[int, str, str], str] = {}
    blocks = []
    for article in articles:
        occs = sorted(by_article.get(article.id, []), key=lambda o: o.quote.start)
        if style:
            parts: dict[int, list[Quote]] = {}
            for o in occs:
                parts.setdefault(o.quote.group, []).append(o.quote)
            blocks += [cite(p if len(p) > 1 else p[0], article, style) for p in parts.values()]
            continue
        lines = [f"{article.id} · {article.outlet_label} · {article.title}"]
        if not occs:
            lines.append("  (no quotations)")
        for o in occs:
            q = o.quote
            who = q.speaker or "(unattributed)"
            if q.speaker and q.speaker_role:
                who += f", {q.speaker_role}"
            lines.append(f"  {q.kind:<7}  {who}")
            lines.append(f"           “{quote_text(q)}”")
            g = group_of[(article.id, q.start)]
            elsewhere = [a for a in g.carried_by if a != article.id]      # (made once per group)
            if elsewhere:
                note = "" if o.relation == "same" else f" ({o.relation})"
                lines.append(f"           also in: {', '.join(elsewhere)}{note}")
            key = (g.id, surname(q.speaker or ""), article.id)
            if key not in credits:
                credits[key] = _credited_elsewhere(g, o)
            credited = credits[key]
            if credited:
                lines.append(f"           said by someone else there: {credited}")
        blocks.append("\n".join(_fitted(ln, width) for ln in lines) if width else "\n".join(lines))
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def _fitted(line: str, width: int) -> str:
    """``line`` wrapped to ``width`` cells, its later lines under its own indent (a
    heading's under four spaces)."""
    if cell_width(line) <= width:
        return line
    lead = len(line) - len(line.lstrip(" "))
    return "\n".join(wrap(line, width, " " * lead if lead > 2 else "    "))


def _credited_elsewhere(group: QuoteGroup, occ: Occurrence) -> str:
    """The other articles that give the quotation to another speaker than ``occ`` does
    ("Raymond Okafor in dispatch")."""
    own = surname(occ.quote.speaker or "")
    if not own:
        return ""
    names: dict[str, str] = {}                  # surname → the fullest name given
    by_speaker: dict[str, list[str]] = {}
    for o in group.occurrences:
        who = o.quote.speaker
        key = surname(who or "")
        if o.article != occ.article and who and key != own:
            if len(who) > len(names.get(key, "")):
                names[key] = who
            articles = by_speaker.setdefault(key, [])
            if o.article not in articles:
                articles.append(o.article)
    return "; ".join(f"{names[k]} in {', '.join(arts)}" for k, arts in by_speaker.items())
