"""``m``: the story screen. The shared-text matrix of every loaded article as a heat map,
which article draws on which, figures that disagree, quotes carried by several sources,
lines only one source has and entities only some sources mention
(:mod:`~reader.tui.screens.story_sections`).

:func:`reader.analysis.story.analyse_story` runs in a thread worker
(:mod:`reader.tui.story_ahead`: for a small library before ``m`` is pressed), its
progress shown in a progress bar; the result is kept on the app (``ReaderApp.story``,
keyed by the loaded articles' ids), so opening the screen again is instant. Enter on a cell closes the
screen with (row, column): the app opens the row's article in pane A and the column's
in pane B.

Once the story is analysed, a screen for it is built ahead, off the screen
(:meth:`reader.tui.story_ahead.StoryAnalysis.prepare_screen`,
:mod:`reader.tui.offscreen`): ``m`` shows it in one repaint. It is kept for the next
``m``, put back as it opens (cursor, scroll, lists cut, focus) each time it is closed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.reactive import Reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Label, ProgressBar, Static

from reader.tui import bindings, frames, offscreen
from reader.tui.app_handle import reader_app
from reader.tui.screens.story_lenses import labels_text, timeline_text
from reader.tui.screens.story_sections import (
    MORE_HINT,
    conflicts_text,
    entities_text,
    provenance_text,
    quotes_text,
    unique_text,
)
from reader.tui.story_ahead import story_key
from reader.tui.widgets.hanging import HangingContent
from reader.tui.widgets.heat_map import HeatMap
from reader.tui.widgets.instant_scroll import InstantScroll
from reader.tui.widgets.key_bar import KeyBar

if TYPE_CHECKING:  # the analysis is imported by the worker that runs it
    from reader.analysis.story import Story

MAX_MAP = 60          # the heat map shows at most this many articles (the first ones)


class StoryLists(InstantScroll, VerticalScroll):
    """Everything under the title: the heat map and the lists, scrolled as one with
    ``j`` ``k`` ``g`` ``G`` (the heat map, when focused, takes them first)."""

    BINDINGS: ClassVar[list[BindingType]] = list(bindings.STORY_LISTS)

    class MoreWanted(Message):
        """A click on a list cut short ("… and N more"): show every item."""

    def on_click(self, event: events.Click) -> None:
        widget = event.widget
        if widget is not None and widget.has_class("-has-more"):
            self.post_message(self.MoreWanted())


class StoryScreen(offscreen.BuiltAhead, Screen[tuple[int, int] | None]):
    """Dismissed with the heat map cell chosen, (row, column), or None."""

    BINDINGS: ClassVar[list[BindingType]] = list(bindings.STORY)

    # No repaint of the whole screen when the focus moves (as on the comparison screen):
    # the heat map and the lists restyle, so repaint, themselves.
    focused: Reactive[Widget | None] = Reactive(None, repaint=False)

    def __init__(self, *, ahead: bool = False) -> None:
        """``ahead``: built before ``m`` (started off the screen and kept, not removed
        when closed)."""
        super().__init__()
        self.ahead = ahead
        self.story: Story | None = None
        self.full = False  # "+": every item of the lists, none cut to "… and N more"
        self.progress_seen: list[tuple[int, int, str]] = []
        self._built: tuple[Story, bool, list[tuple[str, Text]]] | None = None

    def compose(self) -> ComposeResult:
        # A story analysed already (ahead of m: reader.tui.story_ahead) is composed at
        # once, in one layout pass; else the progress shows and the lists follow.
        app = reader_app(self)
        story = app.story.ready(app.articles)
        yield Static(self._title(story), id="story-title")
        with Vertical(id="story-progress") as progress:
            progress.display = story is None
            yield Label(Text("Analysing the story…"), id="story-step")
            yield ProgressBar(show_eta=False, id="story-bar")
        with StoryLists(id="story-body"):
            if story is not None:
                self.story = story
                yield from self._body(story)
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        if self.story is not None:
            self._shown(self.story)
            if self.ahead:
                self.lay_out_ahead()
            return
        app = reader_app(self)
        app.story.watch(self._progress, self._analysed)
        app.story.start(app.articles)
        if app.story.progress is not None:  # under way already: where it is
            self._progress(*app.story.progress)

    def on_screen_resume(self) -> None:
        # (this handler runs before Textual's own, which restyles the screen)
        self.call_next(frames.scrollbars_now, self)

    def on_screen_suspend(self) -> None:
        # Closed (escape, enter on a cell, or anything that pops it), not covered by
        # another screen (help, the palette): once the comparison screen is drawn again.
        if self not in self.app.screen_stack:
            self.app.call_after_refresh(self._after_close)

    def on_unmount(self) -> None:
        reader_app(self).story.watch(None, None)

    def _progress(self, done: int, total: int, what: str) -> None:
        self.progress_seen.append((done, total, what))
        # (a screen being closed is still attached for a moment, its widgets already gone)
        bars, steps = self.query("#story-bar").results(ProgressBar), self.query("#story-step").results(Label)
        for bar in bars:
            bar.update(total=max(total, 1), progress=done)
        for step in steps:
            step.update(Text(f"Analysing {len(reader_app(self).articles)} articles: {what}"))

    def _analysed(self, key: tuple[str, ...], story: Story | None, error: str) -> None:
        app = reader_app(self)
        if not self.is_attached or key != story_key(app.articles) or not self.query("#story-body"):
            return          # (closed, or closing: nothing to show it in)
        if story is None:
            for step in self.query("#story-step").results(Label):
                step.update(Text(f"Could not analyse the story ({error})"))
        else:
            self.show(story)

    def show(self, story: Story) -> None:
        """Show ``story`` (analysed while the screen was open)."""
        self.story = story
        self.query_one("#story-title", Static).update(self._title(story))
        self.query_one("#story-progress").display = False
        self.query_one("#story-body", VerticalScroll).mount_all(self._body(story))
        self._shown(story)

    def _title(self, story: Story | None) -> Text:
        title = Text("Story", style="bold")
        if story is not None:
            n = len(story.articles)
            title.append(f" · {n} article{'s' if n != 1 else ''} · share of the row's words in text shared with "
                         "the column · enter or a double-click opens the pair · tab: the lists", style="dim")
        return title

    def _body(self, story: Story) -> list[Widget]:
        """What the lists show: the heat map, then the sections, each under its heading."""
        n = len(story.articles)
        shown = min(n, MAX_MAP)
        ids = [a.id for a in story.articles[:shown]]
        # Each row in one pass over the article's partners (Story.matrix_row), not a
        # look-up per cell.
        shares: list[list[float | None]] = [story.matrix_row(i)[:shown] for i in range(shown)]
        body: list[Widget] = [Static(Text("Shared text", style="bold underline"), classes="story-heading")]
        if shown < n:
            body.append(Static(Text(f"The first {shown} of {n} articles.", style="italic"), classes="-note"))
        body.append(HeatMap(ids, shares, id="heat-map"))
        if any(story.dense):
            body.append(Static(Text("n/a: two copies of one widely carried text, each aligned with the fullest "
                                    "copy, not with each other.", style="italic"), classes="-note"))
        for heading, text in self._sections(story):
            body.append(Static(Text(heading, style="bold underline"), classes="story-heading"))
            # A section cut short ("… and N more") opens in full when clicked: its class is
            # given as it is built (not set once mounted, which restyled every section).
            cut = not self.full and MORE_HINT in text.plain
            body.append(Static(HangingContent.of(text), classes="story-section -has-more" if cut else "story-section"))
        return body

    def _shown(self, story: Story) -> None:
        self.query_one(HeatMap).focus()

    # --- built ahead ----------------------------------------------------------------

    def lay_out_ahead(self) -> None:
        """Lay the screen out and draw it while it is not shown (a worker on the event
        loop, in steps a key can come between)."""
        self.run_worker(offscreen.lay_out(self), group="story-ahead", exclusive=True, name="story-ahead")

    def _after_close(self) -> None:
        """Closed (not covered by another screen): a screen built ahead is put back as it
        opens, then laid out and drawn again off the screen for the next ``m``. After a
        screen built when ``m`` was pressed (the story was not analysed yet), one is built
        ahead for the next ``m``."""
        if not self.ahead:
            reader_app(self).story.prepare_screen()
            return
        if self.story is None or not self.is_attached or not self.query(StoryLists):
            return          # (removed meanwhile: its widgets are gone)
        self._opening_state(self.story)
        self.lay_out_ahead()

    def _opening_state(self, story: Story) -> None:
        """As a screen composed now would show ``story``: the lists cut and scrolled to
        the top, the cursor on the first cell off the diagonal, the heat map focused."""
        if self.full:
            self.full = False
            for widget, (_heading, text) in zip(self.query(".story-section").results(Static), self._sections(story),
                                                strict=False):
                widget.update(HangingContent.of(text))
                widget.set_class(MORE_HINT in text.plain, "-has-more")
        # The top first: the cursor then finds its cell on screen (moved first, it asked
        # to scroll to its cell relative to where the lists were).
        self.query_one(StoryLists).scroll_to(0, 0, animate=False, immediate=True)
        heat_map = self.query_one(HeatMap)
        heat_map.cursor = heat_map.first_cell()
        # Focused without scrolling to it: the screen is not shown, so where the map is
        # is where it was last drawn.
        heat_map.focus(scroll_visible=False)

    def _sections(self, story: Story) -> list[tuple[str, Text]]:
        """The sections under the heat map, built once per story and per "+" state."""
        full = self.full
        if self._built is None or self._built[0] is not story or self._built[1] != full:
            self._built = (story, full, [
                ("Shared text and who draws on whom", provenance_text(story)),
                ("Figures that disagree", conflicts_text(story)),
                ("Quotes carried by several sources", quotes_text(story, full)),
                ("Lines only one source has", unique_text(story, full)),
                ("Entities only some sources mention", entities_text(story, full)),
                ("Labels: the words each source uses", labels_text(story, full)),
                ("Timeline", timeline_text(story, full))])
        return self._built[2]

    def action_more(self) -> None:
        """Every item of every list: nothing cut to "… and N more"."""
        story = self.story
        if story is None:
            return
        if self.full or not any(MORE_HINT in text.plain for _heading, text in self._sections(story)):
            self.notify("Every list is shown in full.", timeout=2)
            return
        self.full = True
        for widget, (_heading, text) in zip(self.query(".story-section").results(Static), self._sections(story),
                                            strict=False):
            widget.update(HangingContent.of(text))
            widget.remove_class("-has-more")

    def on_story_lists_more_wanted(self) -> None:
        self.action_more()

    def on_heat_map_selected(self, message: HeatMap.Selected) -> None:
        if message.row == message.column:
            self.notify("Choose a cell off the diagonal: two different articles.", severity="warning")
            return
        self.dismiss((message.row, message.column))

    def action_close(self) -> None:
        self.dismiss(None)
