"""The story screen's Labels and Timeline sections (issue 16), as text in the style of
:mod:`reader.tui.screens.story_sections`: the words each source uses for one person,
group or place (with the sentence of each, and the lexicon's mark and note), and the
articles in published order with the first carrier of each shared passage and quote.
Article text is data, drawn as :class:`rich.text.Text`, never as markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from reader.tui.screens.story_sections import MORE_HINT, quoted

if TYPE_CHECKING:
    from reader.analysis.story import Story

MAX_REFERENTS = 8     # referents listed at most (until "+": all)
MAX_PASSAGES = 10     # shared passages in the timeline at most (until "+")
LOADED_STYLE = "bold red"
NEUTRAL_STYLE = "bold"
_BASIS = {"published": "published", "fetched": "fetched, no date", "listed": "no date or fetch time"}


def _flat(text: str) -> str:
    return " ".join(text.split())


def labels_text(story: Story, full: bool = False) -> Text:
    """Per referent, each source's words for it, then each word's sentence."""
    from reader.analysis.labels import labels_json

    referents = labels_json(getattr(story, "labels", []), story.analysed)
    out = Text()
    for warning in getattr(story, "label_warnings", []):
        out.append(f"{warning}\n\n", style="italic")
    if not referents:
        out.append("No person, group or place is named in different words by the sources.", style="italic")
        return out
    shown = referents if full else referents[:MAX_REFERENTS]
    notes: dict[str, dict] = {}
    for n, r in enumerate(shown):
        if n:
            out.append("\n\n")
        out.append(r["referent"], style="bold")
        out.append(f" ({r['kind']})", style="dim")
        for b in r["by_article"]:
            out.append(f"\n  {b['outlet'] or 'Unknown outlet'} ", style="bold")
            out.append(f"({b['article']}): ", style="dim")
            for k, lab in enumerate(b["labels"]):
                if k:
                    out.append("; ")
                _label(out, lab, notes)
            for lab in b["labels"]:
                if lab["evidence"]:
                    out.append("\n      " + quoted(_flat(lab["evidence"][0]["sentence"])), style="italic dim")
    if len(shown) < len(referents):
        out.append(f"\n\n… and {len(referents) - len(shown)} more{MORE_HINT}", style="italic")
    for term, mark in notes.items():
        out.append(f"\n\n{term}", style=LOADED_STYLE if mark["side"] == "loaded" else NEUTRAL_STYLE)
        out.append(f" ({mark['side']}, lexicon): {mark['note']}", style="dim")
    return out


def _label(out: Text, lab: dict, notes: dict[str, dict]) -> None:
    mark = lab["lexicon"]
    style = "" if mark is None else (LOADED_STYLE if mark["side"] == "loaded" else NEUTRAL_STYLE)
    out.append(lab["text"], style=style)
    if lab["count"] > 1:
        out.append(f" ×{lab['count']}", style="dim")
    if mark is not None:
        out.append(f" [{mark['side']}]", style="dim")
        notes.setdefault(mark["term"], mark)
    if lab["quoted"]:
        out.append(" (in a quotation)", style="dim")


def timeline_text(story: Story, full: bool = False) -> Text:
    """The articles in published order (or fetched, marked), then who first carried each
    shared passage and each shared quote."""
    from reader.analysis.timeline import build_timeline, timeline_json

    timeline = getattr(story, "timeline", None) or build_timeline(story)
    data = timeline_json(story, timeline)
    outlets = {a.id: a.outlet_label for a in story.articles}
    out = Text()
    for n, e in enumerate(data["order"], 1):
        if n > 1:
            out.append("\n")
        out.append(f"{n:>3}. ")
        out.append(e["article"], style="bold")
        out.append(f"  {outlets[e['article']]}  ")
        out.append(f"{e['when'] or '—'} ({_BASIS[e['basis']]})", style="dim")
    passages = data["passages"] if full else data["passages"][:MAX_PASSAGES]
    if passages:
        out.append("\n\nFirst carrier of each shared passage", style="underline")
    for p in passages:
        out.append(f"\n  ⟨{p['passage']}⟩ ")
        out.append(p["first"], style="bold")
        out.append(" by date" if p["certain"] else " (not settled)", style="dim")
        out.append(f", carried by {', '.join(p['carried_by'])}: ")
        out.append(quoted(p["excerpt"]), style="italic")
    if len(passages) < len(data["passages"]):
        out.append(f"\n  … and {len(data['passages']) - len(passages)} more{MORE_HINT}", style="italic")
    quotes = [q for q in data["quotes"] if len(q["carried_by"]) > 1]
    if quotes:
        out.append("\n\nWhere each shared quote first appeared", style="underline")
    for q in quotes if full else quotes[:MAX_PASSAGES]:
        out.append(f"\n  {quoted(_flat(q['text']))} ", style="italic")
        out.append(q["first"], style="bold")
        out.append(" by date" if q["certain"] else " (not settled)", style="dim")
        out.append(f"; also {', '.join(q['carried_by'][1:])}")
    if not full and len(quotes) > MAX_PASSAGES:
        out.append(f"\n  … and {len(quotes) - MAX_PASSAGES} more{MORE_HINT}", style="italic")
    return out
