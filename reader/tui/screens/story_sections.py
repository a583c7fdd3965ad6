"""The story screen's sections as text: who draws on whom, figures that disagree, quotes
carried by several sources, lines only one source has, entities only some sources
mention. Every article text is data, drawn as :class:`rich.text.Text`, never as markup;
long text is cut to the cells it may take (:func:`reader.text.cells.cut`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.text import Text

from reader.analysis.step_faults import ENTITIES, FIGURES, LINES, PROVENANCE, QUOTES
from reader.reports.link_groups import LinkLine, link_lines
from reader.text.cells import cut

if TYPE_CHECKING:
    from reader.analysis.story import Story

MAX_QUOTES = 12       # quotes carried by several sources, listed at most (until "+": all)
MAX_LINES = 5         # lines only one source has, listed at most per article (until "+")
MAX_ENTITIES = 30     # entities only some sources mention, listed at most (until "+")
NAME_CHARS = 40       # an entity's name is cut to this many cells (it heads a table row)
MORE_HINT = " (+ or a click shows all)"


def _one_line(text: str, cells: int | None = None) -> str:
    """``text`` on one line (runs of white space as one space), cut to ``cells`` when
    given; quotes and lines are not cut: the screen wraps them."""
    flat = " ".join(text.split())
    return cut(flat, cells) if cells is not None else flat


OPENING_QUOTES = "“\"‘'«„"


def quoted(text: str) -> str:
    """``text`` in quotation marks, unless it opens with one of its own (a sentence that
    starts with a quotation: “We will…,” she said), which would double it (“ “We…)."""
    return text if text[:1] in OPENING_QUOTES else f"“{text}”"


def _limit(limit: int, full: bool) -> int | None:
    return None if full else limit


def provenance_text(story: Story) -> Text:
    """Each family of articles that share reused text: what they share (a wire, one
    member's story, or unknown) and how each pair is related, with the reason in words.
    A directed "draws on" appears only where the evidence supports it."""
    out = Text()
    if fault := story.faults.get(PROVENANCE):      # (a step that stopped: its section is empty, not "none")
        out.append(f"{fault}.", style="italic")
        return out
    if not story.families:
        out.append("No article shares reused text with another among these.", style="italic")
        _templates(out, story)
        return out
    for n, family in enumerate(story.families):
        if n:
            out.append("\n\n")
        out.append(", ".join(family.members), style="bold")
        out.append(f"\n  {family.reason}", style="italic")
        for line in link_lines(family.links):
            link = line.link
            out.append("\n  · ")
            if link is None:
                _group(out, line)
                continue
            out.append(link.copy, style="bold")
            out.append(" draws on " if link.directed else " and ")
            out.append(link.source, style="bold")
            if link.reworded:
                out.append(" (reworded)")
            out.append(f": {link.reason}", style="dim")
    _templates(out, story)
    return out


def _group(out: Text, line: LinkLine) -> None:
    """Undirected pairs with one reason, told once: the members, how many pairs, why."""
    for n, member in enumerate(line.members):
        out.append(", " if n else "")
        out.append(member, style="bold")
    out.append(f", {line.pairs_phrase()}")
    if line.reworded:
        out.append(" (reworded)")
    out.append(f": {line.reason}", style="dim")


def _templates(out: Text, story: Story) -> None:
    """The pairs that share a sentence frame about two events: why they are not linked."""
    for t in story.templates:
        out.append("\n\n")
        out.append(t.a, style="bold")
        out.append(" and ")
        out.append(t.b, style="bold")
        out.append(f" {t.reason}.", style="dim")


def conflicts_text(story: Story) -> Text:
    from reader.analysis.conflicts import LEARNED_NOTE, SHARED_TEXT_NOTE

    out = Text()
    fault = story.faults.get(FIGURES)      # (a step that stopped: its section is empty, not "none")
    if fault:
        out.append(f"{fault}.", style="italic")
    if not story.conflicts:
        if not fault:
            out.append("No figures disagree.", style="italic")
        _other_times(out, story)
        return out
    for n, conflict in enumerate(story.conflicts):
        if n:
            out.append("\n")
        out.append(conflict.quantity, style="bold")
        out.append(":")
        if conflict.shared_text:
            out.append(f"  ({SHARED_TEXT_NOTE})", style="dim italic")
        if conflict.learned:
            out.append(f"  ({LEARNED_NOTE})", style="dim italic")
        for value in conflict.values:
            out.append("\n  ")
            out.append(value.stated, style="bold")
            out.append(" — " + ", ".join(value.articles))
    _other_times(out, story)
    return out


def _other_times(out: Text, story: Story) -> None:
    """The articles dated far from the story: why their figures are not in the list."""
    for t in story.other_times:
        out.append("\n\n")
        out.append(t.article, style="bold")
        out.append(f" {t.reason}.", style="dim")


def quotes_text(story: Story, full: bool = False) -> Text:
    out = Text()
    if fault := story.faults.get(QUOTES):
        out.append(f"{fault}.", style="italic")
        return out
    groups = [g for g in story.quote_groups if len(g.carried_by) > 1]
    if not groups:
        out.append("No quote is carried by more than one source.", style="italic")
        return out
    groups.sort(key=lambda g: -len(g.carried_by))
    for n, group in enumerate(groups[:_limit(MAX_QUOTES, full)]):
        if n:
            out.append("\n")
        out.append(group.speaker or "(unattributed)", style="bold")
        out.append(": " + quoted(_one_line(group.canonical.quote.text)))
        out.append("\n  carried by " + ", ".join(group.carried_by), style="dim")
        altered = list(dict.fromkeys(o.article for o in group.occurrences if o.relation == "altered"))
        if altered:
            out.append("  ·  ")
            out.append("wording altered in " + ", ".join(altered), style="bold reverse")
        for article, speaker in group.other_speakers():
            out.append("  ·  ")
            out.append(f"said by {speaker} in {article}", style="bold reverse")
    if not full and len(groups) > MAX_QUOTES:
        out.append(f"\n… and {len(groups) - MAX_QUOTES} more{MORE_HINT}", style="italic")
    return out


def unique_text(story: Story, full: bool = False) -> Text:
    out = Text()
    if len(story.articles) < 2:
        from reader.analysis.story import ONE_ARTICLE

        out.append(ONE_ARTICLE, style="italic")
        return out
    if fault := story.faults.get(LINES):
        out.append(f"{fault}.", style="italic")
        return out
    for n, article in enumerate(story.articles):
        lines = story.unique_lines.get(article.id, [])
        if n:
            out.append("\n")
        out.append(article.id, style="bold")
        out.append(f"  {len(lines)} line{'s' if len(lines) != 1 else ''}", style="dim")
        for start, end in lines[:_limit(MAX_LINES, full)]:
            out.append("\n  · " + _one_line(article.body[start:end]))
        if not full and len(lines) > MAX_LINES:
            out.append(f"\n  … and {len(lines) - MAX_LINES} more{MORE_HINT}", style="italic")
    return out


def entities_text(story: Story, full: bool = False) -> Text:
    out = Text()
    if fault := story.faults.get(ENTITIES):
        out.append(f"{fault}.", style="italic")
        return out
    if not story.entities:
        out.append("Every source mentions the same people, organisations and places.", style="italic")
        return out
    rows = story.entities[:_limit(MAX_ENTITIES, full)]
    names = [_one_line(row["name"], NAME_CHARS) for row in rows]
    name_width = max(cell_len(name) for name in names)  # terminal cells: CJK names are two wide
    type_width = max(len(row["type"]) for row in rows)
    for n, (name, row) in enumerate(zip(names, rows, strict=True)):
        if n:
            out.append("\n")
        out.append(name + " " * (name_width - cell_len(name)), style="bold")
        out.append("  " + row["type"].ljust(type_width), style="dim")
        out.append("  in " + ", ".join(row["articles"]))
        out.append("  ·  not in " + ", ".join(row["missing"]), style="dim")
    if not full and len(story.entities) > MAX_ENTITIES:
        out.append(f"\n… and {len(story.entities) - MAX_ENTITIES} more{MORE_HINT}", style="italic")
    return out
