"""``m``: the story screen. The shared-text matrix of every loaded article as a heat map,
which article draws on which, figures that disagree, quotes carried by several sources,
lines only one source has and entities only some sources mention.

:func:`reader.analysis.story.analyse_story` runs in a thread worker, its progress shown in a
progress bar; the result is kept on the app (keyed by the loaded articles' ids), so
reopening the screen is instant. Enter on a cell goes back to the comparison screen with
the row's article in pane A and the column's in pane B. Every article text is data,
drawn as :class:`rich.text.Text`, never as markup.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Label, ProgressBar, Static

from reader.tui.heat_map import HeatMap

MAX_QUOTES = 12       # quotes carried by several sources, listed at most
QUOTE_CHARS = 110     # a quote's text is cut to this many characters
MAX_MAP = 60          # the heat map shows at most this many articles (the first ones)
MAX_LINES = 5         # lines only one source has, listed at most per article
MAX_ENTITIES = 30     # entities only some sources mention, listed at most
NAME_CHARS = 40       # an entity's name is cut to this many characters

BINDINGS = [
    Binding("escape,m", "close", "Close story", tooltip="Back to the comparison screen", id="reader.analysis.story.close",
            key_display="esc"),
]


def story_key(app) -> tuple:
    return tuple(a.id for a in app.articles)


def cached_story(app):
    """The app's analysis of its current articles, or None."""
    found = getattr(app, "story_cache", None)
    return found[1] if found is not None and found[0] == story_key(app) else None


def _cut(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _pct(x: float) -> str:
    return f"{round(x * 100)}%"


def provenance_text(story) -> Text:
    out = Text()
    if not story.links:
        out.append("No article draws on another among these.", style="italic")
        return out
    for n, link in enumerate(sorted(story.links, key=lambda l: -l.copy_contained)):
        if n:
            out.append("\n")
        out.append(link.copy, style="bold")
        if link.directed:
            out.append(" draws on ")
        else:
            out.append(" and ")
        out.append(link.source, style="bold")
        if link.directed:
            out.append(" — reworded copy" if link.reworded else " — copy")
        else:
            out.append(" share text (direction unknown)")
            if link.reworded:
                out.append(" — reworded")
        out.append(f"  ({_pct(link.copy_contained)} of {link.copy} in shared passages; basis: {link.basis})",
                   style="dim")
    return out


def conflicts_text(story) -> Text:
    out = Text()
    if not story.conflicts:
        out.append("No figures disagree.", style="italic")
        return out
    for n, conflict in enumerate(story.conflicts):
        if n:
            out.append("\n")
        out.append(conflict.quantity, style="bold")
        out.append(":")
        for value in conflict.values:
            out.append("\n  ")
            out.append(value.display, style="bold")
            out.append(" — " + ", ".join(value.articles))
    return out


def quotes_text(story) -> Text:
    out = Text()
    groups = [g for g in story.quote_groups if len(g.carried_by) > 1]
    if not groups:
        out.append("No quote is carried by more than one source.", style="italic")
        return out
    groups.sort(key=lambda g: -len(g.carried_by))
    for n, group in enumerate(groups[:MAX_QUOTES]):
        if n:
            out.append("\n")
        out.append(group.speaker or "(unattributed)", style="bold")
        out.append(": “" + _cut(group.canonical.quote.text, QUOTE_CHARS) + "”")
        out.append("\n  carried by " + ", ".join(group.carried_by), style="dim")
        altered = list(dict.fromkeys(o.article for o in group.occurrences if o.relation == "altered"))
        if altered:
            out.append("  ·  ")
            out.append("wording altered in " + ", ".join(altered), style="bold reverse")
    if len(groups) > MAX_QUOTES:
        out.append(f"\n… and {len(groups) - MAX_QUOTES} more", style="italic")
    return out


def unique_text(story) -> Text:
    out = Text()
    for n, article in enumerate(story.articles):
        lines = story.unique_lines.get(article.id, [])
        if n:
            out.append("\n")
        out.append(article.id, style="bold")
        out.append(f"  {len(lines)} line{'s' if len(lines) != 1 else ''}", style="dim")
        for start, end in lines[:MAX_LINES]:
            out.append("\n  · " + _cut(article.body[start:end], QUOTE_CHARS))
        if len(lines) > MAX_LINES:
            out.append(f"\n  … and {len(lines) - MAX_LINES} more", style="italic")
    return out


def entities_text(story) -> Text:
    out = Text()
    if not story.entities:
        out.append("Every source mentions the same people, organisations and places.", style="italic")
        return out
    rows = story.entities[:MAX_ENTITIES]
    names = [_cut(row["name"], NAME_CHARS) for row in rows]
    name_width = max(cell_len(name) for name in names)  # terminal cells: CJK names are two wide
    type_width = max(len(row["type"]) for row in rows)
    for n, (name, row) in enumerate(zip(names, rows)):
        if n:
            out.append("\n")
        out.append(name + " " * (name_width - cell_len(name)), style="bold")
        out.append("  " + row["type"].ljust(type_width), style="dim")
        out.append("  in " + ", ".join(row["articles"]))
        out.append("  ·  not in " + ", ".join(row["missing"]), style="dim")
    if len(story.entities) > MAX_ENTITIES:
        out.append(f"\n… and {len(story.entities) - MAX_ENTITIES} more (reader story --md lists them all)",
                   style="italic")
    return out


class StoryScreen(Screen[None]):
    BINDINGS = BINDINGS

    def __init__(self) -> None:
        super().__init__()
        self.story = None
        self.progress_seen: list[tuple[int, int, str]] = []

    def compose(self) -> ComposeResult:
        yield Static(Text("Story", style="bold"), id="story-title")
        with Vertical(id="story-progress"):
            yield Label(Text("Analysing the story…"), id="story-step")
            yield ProgressBar(show_eta=False, id="story-bar")
        yield VerticalScroll(id="story-body")
        yield Footer()

    def on_mount(self) -> None:
        story = cached_story(self.app)
        if story is not None:
            self.show(story)
        else:
            self.analyse(list(self.app.articles))

    @work(thread=True, exclusive=True, group="story")
    def analyse(self, articles: list) -> None:
        from reader.analysis import story as story_module

        def progress(done: int, total: int, what: str) -> None:
            self.app.call_from_thread(self._progress, done, total, what)

        try:
            result = story_module.analyse_story(articles, progress=progress)
        except Exception as exc:  # shown on the screen, never as a traceback
            self.app.call_from_thread(self._failed, f"{exc.__class__.__name__}: {exc}")
            return
        self.app.call_from_thread(self._analysed, tuple(a.id for a in articles), result)

    def _progress(self, done: int, total: int, what: str) -> None:
        self.progress_seen.append((done, total, what))
        if not self.is_attached:
            return
        self.query_one("#story-bar", ProgressBar).update(total=max(total, 1), progress=done)
        self.query_one("#story-step", Label).update(Text(f"Analysing {len(self.app.articles)} articles: {what}"))

    def _failed(self, message: str) -> None:
        if self.is_attached:
            self.query_one("#story-step", Label).update(Text(f"Could not analyse the story ({message})"))

    def _analysed(self, key: tuple, story) -> None:
        self.app.story_cache = (key, story)
        if self.is_attached and key == story_key(self.app):
            self.show(story)

    def show(self, story) -> None:
        self.story = story
        self.query_one("#story-progress").display = False
        n = len(story.articles)
        title = Text("Story", style="bold")
        title.append(f" · {n} article{'s' if n != 1 else ''} · share of the row's words in text shared with "
                     "the column · enter opens the pair", style="dim")
        self.query_one("#story-title", Static).update(title)
        shown = min(n, MAX_MAP)
        ids = [a.id for a in story.articles[:shown]]
        shares = [[story.shared(i, j) for j in range(shown)] for i in range(shown)]
        body = self.query_one("#story-body", VerticalScroll)
        heat = HeatMap(ids, shares, id="heat-map")
        body.mount(Static(Text("Shared text", style="bold underline"), classes="story-heading"))
        if shown < n:
            body.mount(Static(Text(f"The first {shown} of {n} articles.", style="italic"), classes="story-section"))
        body.mount(heat)
        for title_, text in (("Who draws on whom", provenance_text(story)),
                             ("Figures that disagree", conflicts_text(story)),
                             ("Quotes carried by several sources", quotes_text(story)),
                             ("Lines only one source has", unique_text(story)),
                             ("Entities only some sources mention", entities_text(story))):
            body.mount(Static(Text(title_, style="bold underline"), classes="story-heading"))
            body.mount(Static(text, classes="story-section"))
        heat.focus()

    @property
    def heat_map(self) -> HeatMap:
        return self.query_one(HeatMap)

    def on_heat_map_selected(self, message: HeatMap.Selected) -> None:
        if message.row == message.column:
            self.notify("Choose a cell off the diagonal: two different articles.", severity="warning")
            return
        main = self.app.main_screen
        self.dismiss()
        main.a, main.b = message.row, message.column
        main._show_pair()
        main.survey()

    def action_close(self) -> None:
        self.dismiss()
