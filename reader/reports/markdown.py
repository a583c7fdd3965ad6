"""A Markdown report of a story analysis (``reader story --md FILE``).

The same sections as the HTML report: articles, the shared-text matrix (as a table of
percentages), provenance, conflicting figures, quotes across sources, shared passages
with word diffs (``~~only left~~`` and ``**only right**``), lines only one source has and
entities only some sources mention. Article text is escaped so that it can never turn
into Markdown markup or raw HTML.
"""

from __future__ import annotations

import re

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#+|~])")


def counted(n: int, noun: str) -> str:
    """"1 article", "2 articles"."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def md_escape(text) -> str:
    """Escape Markdown and HTML specials; line breaks become spaces (safe in tables)."""
    text = "" if text is None else str(text)
    text = re.sub(r"\s*\n\s*", " ", text)
    return _SPECIAL.sub(r"\\\1", text).replace("&", "&amp;")


def _diff(diff, side: str) -> str:
    parts = []
    for op, text in diff:
        t = md_escape(text)
        if not t.strip():
            if op == 0 or (op == -1 and side in ("a", "both")) or (op == 1 and side in ("b", "both")):
                parts.append(t)
            continue
        lead = " " if t[0] == " " else ""
        trail = " " if t[-1] == " " else ""
        core = t.strip()
        if op == 0:
            parts.append(t)
        elif op == -1 and side in ("a", "both"):
            parts.append(f"{lead}~~{core}~~{trail}")
        elif op == 1 and side in ("b", "both"):
            parts.append(f"{lead}**{core}**{trail}")
    return "".join(parts)


def story_markdown(story, title: str = "Story report") -> str:
    arts = story.articles
    out = [f"# {md_escape(title)}", "",
           f"{counted(len(arts), 'article')} · {counted(len(story.links), 'provenance link')} · {counted(len(story.conflicts), 'conflicting figure')}", ""]

    out += ["## Articles", "", "| id | outlet | title | words | published | url |", "|---|---|---|---:|---|---|"]
    for a in arts:
        url = a.url if a.url and a.url.lower().startswith(("http://", "https://")) else ""
        out.append(f"| {md_escape(a.id)} | {md_escape(a.outlet_label)} | {md_escape(a.title)} | {a.words} | "
                   f"{md_escape(a.published or '—')} | {md_escape(url) or '—'} |")

    out += ["", "## Shared text", "",
            "Share of the row article's words in passages it shares with the column article.", "",
            "| | " + " | ".join(md_escape(a.id) for a in arts) + " |",
            "|---|" + "---:|" * len(arts)]
    for i, a in enumerate(arts):
        cells = ["—" if i == j else f"{story.shared(i, j):.0%}" for j in range(len(arts))]
        out.append(f"| **{md_escape(a.id)}** | " + " | ".join(cells) + " |")

    out += ["", "## Provenance", ""]
    if not story.links:
        out.append("No article draws substantially on another.")
    for l in story.links:
        tag = " — *reworded copy*" if l.reworded else ""
        if l.directed:
            out.append(f"- **{md_escape(l.copy)}** draws on **{md_escape(l.source)}**: {l.copy_contained:.0%} "
                       f"of its words shared (by {l.basis}){tag}")
        else:
            out.append(f"- **{md_escape(l.copy)}** and **{md_escape(l.source)}** share text "
                       f"({l.copy_contained:.0%} / {l.source_contained:.0%}), direction unknown{tag}")

    out += ["", "## Conflicting figures", ""]
    if not story.conflicts:
        out.append("No figures disagree across sources.")
    for c in story.conflicts:
        out += [f"### {md_escape(c.quantity)}", ""]
        for v in c.values:
            out.append(f"- **{md_escape(v.display)}**: {md_escape(', '.join(v.articles))}")
            for u in v.uses:
                out.append(f"  - {md_escape(u.article)}: {md_escape(u.sentence)}")
        out.append("")

    out += ["", "## Quotes across sources", ""]
    groups = [g for g in story.quote_groups if len(g.carried_by) > 1]
    if not groups:
        out.append("No quotation appears in more than one source.")
    for g in groups:
        who = f" — {md_escape(g.speaker)}" if g.speaker else ""
        out.append(f"- “{md_escape(g.canonical.quote.text)}”{who}")
        for o in g.occurrences:
            diff = f": {_diff(o.diff, 'both')}" if o.relation == "altered" else ""
            out.append(f"  - {md_escape(o.article)} ({o.relation}){diff}")

    out += ["", "## Shared passages", "", "Words only in the first article are ~~struck through~~; words only in "
            "the second are **bold**.", ""]
    for (i, j), comp in sorted(story.comparisons.items()):
        if not comp.passages:
            continue
        a, b = arts[i], arts[j]
        out += [f"### {md_escape(a.id)} ⟷ {md_escape(b.id)} ({comp.a_shared:.0%} / {comp.b_shared:.0%} shared)", ""]
        for n, p in enumerate(comp.passages, 1):
            out += [f"**⟨{n}⟩ {p.kind}**, {p.a_words} / {p.b_words} words", "",
                    f"> {md_escape(a.id)}: {_diff(p.diff, 'a')}", ">",
                    f"> {md_escape(b.id)}: {_diff(p.diff, 'b')}", ""]

    out += ["## Lines only one source has", ""]
    for a in arts:
        lines = story.unique_lines.get(a.id, [])
        out += [f"### {md_escape(a.id)} ({len(lines)})", ""]
        out += [f"- {md_escape(a.body[s:e])}" for s, e in lines]
        out.append("")

    out += ["## Entities only some sources mention", ""]
    if story.entities:
        out += ["| name | type | mentioned by | not by |", "|---|---|---|---|"]
        out += [f"| {md_escape(r['name'])} | {r['type']} | {md_escape(', '.join(r['articles']))} | "
                f"{md_escape(', '.join(r['missing']))} |" for r in story.entities]
    else:
        out.append("Every source mentions the same people, organisations and places.")
    return "\n".join(out).rstrip() + "\n"
