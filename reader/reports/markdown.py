"""A Markdown report of a story analysis (``reader story --md FILE``).

The same sections as the HTML report: articles, the shared-text matrix (as a table of
percentages), provenance, conflicting figures, quotes across sources, shared passages
with word diffs (``~~only left~~`` and ``**only right**``), lines only one source has,
entities only some sources mention, labels (the words each source uses for one referent)
and the timeline. Article text is escaped so that it can never turn
into Markdown markup or raw HTML.
"""

from __future__ import annotations

import re

from reader.analysis.step_faults import ENTITIES, FIGURES, LINES, PROVENANCE, QUOTES
from reader.engine.change_kinds import without_style_changes
from reader.library.loading import REPORT_MARKER
from reader.reports.compare_text import QUOTATION_NOTE
from reader.reports.link_groups import LinkLine, link_lines

TYPE_CHECKING = False  # typing is not imported at run time: it costs start-up
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from reader.analysis.story import Story

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#+|~])")


def counted(n: int, noun: str) -> str:
    """"1 article", "2 articles"."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def first_carrier_basis(passage: dict) -> str:
    """How the timeline knows a shared passage's first carrier (both reports say it so)."""
    return "by date" if passage["certain"] else "first in the order above; which came first is not settled"


def first_quote_basis(quote: dict) -> str:
    """How the timeline knows where a shared quote first appeared."""
    return "by date" if quote["certain"] else "first in the order above"


def md_escape(text: object) -> str:
    """Escape Markdown and HTML specials; line breaks become spaces (safe in tables)."""
    text = "" if text is None else str(text)
    if "\n" in text:
        text = _LINE_BREAK.sub(" ", text)
    return _SPECIAL.sub(r"\\\1", text).replace("&", "&amp;")


_LINE_BREAK = re.compile(r"\s*\n\s*")


def _diff(diff: Sequence[tuple[int, str]], side: str) -> str:
    parts = []
    for op, text in without_style_changes(diff, side):
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


def story_markdown(story: Story, title: str = "Story report", marked: bool = True) -> str:
    """The whole report: a heading and summary line, then one section after another;
    ``marked``: first the line that tells reader it wrote the file (:data:`REPORT_MARKER`:
    a report saved beside the articles is not read back as one), left out on a terminal."""
    summary = (f"{counted(len(story.articles), 'article')} · {counted(len(story.links), 'provenance link')} · "
               f"{counted(len(story.conflicts), 'conflicting figure')}")
    out = [*([REPORT_MARKER] if marked else []), f"# {md_escape(title)}", "", summary, ""]
    for section in _SECTIONS:
        out += section(story)
    return "\n".join(out).rstrip() + "\n"


def _articles(story: Story) -> list[str]:
    out = ["## Articles", "", "| id | outlet | title | words | published | url |", "|---|---|---|---:|---|---|"]
    for a in story.articles:
        url = a.url if a.url and a.url.lower().startswith(("http://", "https://")) else ""
        out.append(f"| {md_escape(a.id)} | {md_escape(a.outlet_label)} | {md_escape(a.title)} | {a.words} | "
                   f"{md_escape(a.published or '—')} | {md_escape(url) or '—'} |")
    return out


def _shared_text(story: Story) -> list[str]:
    arts = story.articles
    out = ["", "## Shared text", "",
           "Share of the row article's words in passages it shares with the column article.", "",
           "| | " + " | ".join(md_escape(a.id) for a in arts) + " |",
           "|---|" + "---:|" * len(arts)]
    for i, a in enumerate(arts):
        # matrix_row: the row in time linear in it (None: not aligned), as not_aligned and shared give each cell
        cells = ["n/a" if x is None else f"{x:.0%}" for x in story.matrix_row(i)]
        cells[i] = "—"
        out.append(f"| **{md_escape(a.id)}** | " + " | ".join(cells) + " |")
    if any(story.dense):
        out += ["", "n/a: two copies of one widely carried text, each aligned with the fullest copy, "
                    "not with each other."]
    return out


def _provenance(story: Story) -> list[str]:
    out = ["", "## Provenance", ""]
    if fault := story.faults.get(PROVENANCE):      # (a step that stopped: its section is empty, not "none")
        return [*out, f"*{md_escape(fault)}.*"]
    if not story.links:
        out.append("No article draws substantially on another.")
    for fam in story.families:
        name = f" ({md_escape(fam.source_name)})" if fam.source_name else ""
        out.append(f"- Family {fam.id}: {', '.join(md_escape(m) for m in fam.members)} — source: "
                   f"{fam.source_kind}{name}, by {fam.rule}: {md_escape(fam.reason)}")
        for line in link_lines(fam.links):
            link = line.link
            if link is None:
                out.append(_group_line(line))
                continue
            tag = " — *reworded copy*" if link.reworded else ""
            if link.directed:
                out.append(f"  - **{md_escape(link.copy)}** draws on **{md_escape(link.source)}**: "
                           f"{link.copy_contained:.0%} of its words shared (by {link.basis}: "
                           f"{md_escape(link.reason)}){tag}")
            else:
                out.append(f"  - **{md_escape(link.copy)}** and **{md_escape(link.source)}** share text "
                           f"({link.copy_contained:.0%} / {link.source_contained:.0%}): "
                           f"{md_escape(link.reason)}{tag}")
    for t in story.templates:
        out.append(f"- **{md_escape(t.a)}** and **{md_escape(t.b)}** {md_escape(t.reason)}.")
    return out


def _group_line(line: LinkLine) -> str:
    names = ", ".join(f"**{md_escape(m)}**" for m in line.members)
    tag = " — *reworded copies*" if line.reworded else ""
    return (f"  - {names} share text, {line.pairs_phrase()}"
            f": {md_escape(line.reason)}{tag}")


def _conflicting_figures(story: Story) -> list[str]:
    from reader.analysis.conflicts import LEARNED_NOTE, SHARED_TEXT_NOTE

    out = ["", "## Conflicting figures", ""]
    fault = story.faults.get(FIGURES)      # (a step that stopped: its section is empty, not "none")
    if fault:
        out += [f"*{md_escape(fault)}.*", ""]
    elif not story.conflicts:
        out.append("No figures disagree across sources.")
    for c in story.conflicts:
        out += [f"### {md_escape(c.quantity)}", ""]
        if c.shared_text:
            out += [f"*{md_escape(SHARED_TEXT_NOTE)}*", ""]
        if c.learned:
            out += [f"*{md_escape(LEARNED_NOTE)}*", ""]
        for v in c.values:
            out.append(f"- **{md_escape(v.stated)}**: {md_escape(', '.join(v.articles))}")
            for u in v.uses:
                out.append(f"  - {md_escape(u.article)}: {md_escape(u.sentence)}")
        out.append("")
    for t in story.other_times:
        out += [f"*{md_escape(t.article)} {md_escape(t.reason)}.*", ""]
    return out


def _quotes_across_sources(story: Story) -> list[str]:
    out = ["", "## Quotes across sources", ""]
    if fault := story.faults.get(QUOTES):
        return [*out, f"*{md_escape(fault)}.*"]
    groups = [g for g in story.quote_groups if len(g.carried_by) > 1]
    if not groups:
        out.append("No quotation appears in more than one source.")
    for g in groups:
        who = f" — {md_escape(g.speaker)}" if g.speaker else ""
        out.append(f"- “{md_escape(g.canonical.quote.text)}”{who}")
        others = dict(g.other_speakers())
        for o in g.occurrences:
            diff = f": {_diff(o.diff, 'both')}" if o.relation == "altered" else ""
            other = f" — **said by {md_escape(others[o.article])}** here" if o.article in others else ""
            out.append(f"  - {md_escape(o.article)} ({o.relation}){other}{diff}")
    return out


def _shared_passages(story: Story) -> list[str]:
    from reader.analysis.story import ONE_ARTICLE

    arts = story.articles
    if len(arts) < 2 or not any(comp.passages for comp in story.comparisons.values()):
        return ["", "## Shared passages", "", ONE_ARTICLE if len(arts) < 2 else "No two articles share a passage.",
                ""]
    out = ["", "## Shared passages", "", "Words only in the first article are ~~struck through~~; words only in "
           "the second are **bold**.", ""]
    for (i, j), comp in sorted(story.comparisons.items()):
        if not comp.passages:
            continue
        a, b = arts[i], arts[j]
        out += [f"### {md_escape(a.id)} ⟷ {md_escape(b.id)} ({comp.a_shared:.0%} / {comp.b_shared:.0%} shared)", ""]
        for n, p in enumerate(comp.passages, 1):
            quoted = f" — {QUOTATION_NOTE}" if p.quotation else ""
            out += [f"**⟨{n}⟩ {p.kind}**, {p.a_words} / {p.b_words} words{quoted}", "",
                    f"> {md_escape(a.id)}: {_diff(p.diff, 'a')}", ">",
                    f"> {md_escape(b.id)}: {_diff(p.diff, 'b')}", ""]
    return out


def _unique_lines(story: Story) -> list[str]:
    from reader.analysis.story import ONE_ARTICLE

    out = ["## Lines only one source has", ""]
    if len(story.articles) < 2:
        return [*out, ONE_ARTICLE, ""]
    if fault := story.faults.get(LINES):
        return [*out, f"*{md_escape(fault)}.*", ""]
    for a in story.articles:
        lines = story.unique_lines.get(a.id, [])
        out += [f"### {md_escape(a.id)} ({len(lines)})", ""]
        out += [f"- {md_escape(a.body[s:e])}" for s, e in lines] or ["None: every line is in another source too."]
        out.append("")
    return out


def _partial_entities(story: Story) -> list[str]:
    out = ["## Entities only some sources mention", ""]
    if fault := story.faults.get(ENTITIES):
        return [*out, f"*{md_escape(fault)}.*"]
    if story.entities:
        out += ["| name | type | mentioned by | not by |", "|---|---|---|---|"]
        out += [f"| {md_escape(r['name'])} | {r['type']} | {md_escape(', '.join(r['articles']))} | "
                f"{md_escape(', '.join(r['missing']))} |" for r in story.entities]
    else:
        out.append("Every source mentions the same people, organisations and places.")
    return out


def _labels(story: Story) -> list[str]:
    """Issue 16: the words each outlet uses for one referent, with the lexicon's notes."""
    from reader.analysis.labels import labels_json

    out = ["", "## Labels", "", "The words each source uses for the same person, group or place, with the "
           "sentence each stands in. Words the label lexicon lists are marked with its note; reader judges "
           "no other word.", ""]
    referents = labels_json(story.labels, story.analysed)
    if not referents:
        out.append("No person, group or place is named in different words by the sources.")
    notes: dict[str, dict] = {}
    for r in referents:
        out += [f"### {md_escape(r['referent'])} ({r['kind']})", "", "| source | words |", "|---|---|"]
        evidence: dict[tuple[str, str], list[str]] = {}  # (article, sentence) -> the labels it shows
        for b in r["by_article"]:
            words = []
            for lab in b["labels"]:
                mark = lab["lexicon"]
                words.append(_label_words(lab))
                if mark:
                    notes.setdefault(mark["term"], mark)
                sentence = lab["evidence"][0]["sentence"] if lab["evidence"] else ""
                evidence.setdefault((b["article"], sentence), []).append(f"“{md_escape(lab['text'])}”")
            source = f"{md_escape(b['outlet'] or 'Unknown outlet')} ({md_escape(b['article'])})"
            out.append(f"| {source} | {'; '.join(words)} |")
        out.append("")
        out += [f"- {md_escape(art)}, {', '.join(labs)}: {md_escape(sentence)}"
                for (art, sentence), labs in evidence.items()]
        out.append("")
    if notes:
        out += ["What the lexicon says of the marked words:", ""]
        for mark in notes.values():
            sources = f" Sources: {md_escape('; '.join(mark['sources']))}." if mark["sources"] else ""
            out.append(f"- **{md_escape(mark['term'])}** ({mark['side']}, {md_escape(mark['group'])}): "
                       f"{md_escape(mark['note'])}{sources}")
        out.append("")
    return out


def _label_words(lab: dict) -> str:
    """"illegal immigrants ×2 *(loaded)*": a label, its count and what the lexicon says."""
    count = f" ×{lab['count']}" if lab["count"] > 1 else ""
    mark = f" *({lab['lexicon']['side']})*" if lab["lexicon"] else ""
    quoted = " *(in a quotation)*" if lab["quoted"] else ""
    return f"{md_escape(lab['text'])}{count}{mark}{quoted}"


def _timeline(story: Story) -> list[str]:
    """Issue 16: published order, first carriers of shared passages and quotes."""
    from reader.analysis.timeline import build_timeline, timeline_json

    data = timeline_json(story, story.timeline if story.timeline is not None else build_timeline(story))
    basis = {"published": "published", "fetched": "fetched (no date)", "listed": "no date or fetch time"}
    out = ["## Timeline", "", "| # | article | outlet | when | from |", "|---:|---|---|---|---|"]
    outlets = {a.id: a.outlet_label for a in story.articles}
    for n, e in enumerate(data["order"], 1):
        out.append(f"| {n} | {md_escape(e['article'])} | {md_escape(outlets[e['article']])} | "
                   f"{md_escape(e['when'] or '—')} | {basis[e['basis']]} |")
    out += ["", "### Who first carried each shared passage", ""]
    if not data["passages"]:
        out.append("No two articles share a passage.")
    for p in data["passages"]:
        how = first_carrier_basis(p)
        out.append(f"- ⟨{p['passage']}⟩ **{md_escape(p['first'])}** ({how}), carried by "
                   f"{md_escape(', '.join(p['carried_by']))}: “{md_escape(p['excerpt'])}”")
    shared = [q for q in data["quotes"] if len(q["carried_by"]) > 1]
    out += ["", "### Where each shared quote first appeared", ""]
    if not shared:
        out.append("No quotation appears in more than one source.")
    for q in shared:
        how = first_quote_basis(q)
        who = f" — {md_escape(q['speaker'])}" if q["speaker"] else ""
        out.append(f"- “{md_escape(q['text'])}”{who}: **{md_escape(q['first'])}** ({how}); also "
                   f"{md_escape(', '.join(q['carried_by'][1:]))}")
    out.append("")
    return out


# The report's sections, in order (the same as the HTML report's).
_SECTIONS: tuple[Callable[[Story], list[str]], ...] = (
    _articles, _shared_text, _provenance, _conflicting_figures, _quotes_across_sources, _shared_passages,
    _unique_lines, _partial_entities, _labels, _timeline,
)
