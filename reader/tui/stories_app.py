"""The story list: what ``reader`` shows first when the library holds more than one story.

Why a small app of its own, run before the comparison app: the comparison screen is
built for one story (its list, heat map and side panel mix whatever they are given), and
``reader`` with no PATH opens the bundled story at once, before the rest of the library
is read. When the user's imports exist, the whole library is read and grouped
(:func:`reader.analysis.story_groups.stories_of`, keys cached) in a worker with a
progress bar; with one story it goes straight on, with more it lists them (largest
first: title, articles, outlets, dates, id) and ``enter`` (or a click) opens the
chosen story's articles in the comparison app. ``q`` quits; ``?`` shows every key
of every screen, as in the comparison app.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import BindingType
from textual.widgets import Label, OptionList, ProgressBar, Static
from textual.widgets.option_list import Option

from reader.library.model import Article
from reader.library.resources import stylesheet_path
from reader.tui import bindings
from reader.tui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from reader.analysis.grouping import StoryGroup


class StoryOptions(OptionList):
    """The stories, one option each; j/k/g/G move, enter opens."""

    BINDINGS: ClassVar[list[BindingType]] = list(bindings.STORY_PICKER)


def story_line(story: StoryGroup, articles: list[Article]) -> Text:
    """One story as its option: title, then articles, outlets, dates and id, dimmed."""
    n = len(story.members)
    text = Text(story.title or "(no title)", style="bold")
    outlets = ", ".join(story.outlets[:4]) + (f" and {len(story.outlets) - 4} more" if len(story.outlets) > 4 else "")
    dates = story.first_published or ""
    if story.last_published and story.last_published != story.first_published:
        dates += f" to {story.last_published}"
    details = [f"{n} article{'s' if n != 1 else ''}", outlets or "unknown outlets", dates, story.id]
    text.append("\n  " + " · ".join(d for d in details if d), style="dim")
    return text


class StoriesApp(App[list[Article] | None]):
    """Reads and groups the library; returns the chosen story's articles (None: quit)."""

    TITLE = "reader"
    CSS_PATH = str(stylesheet_path())  # the comparison app's styles: the key bar, the themes' marks
    CSS = """
    #stories-title { padding: 0 1; background: $panel; }
    #stories-progress { height: auto; padding: 1 2; }
    StoryOptions { height: 1fr; }
    """
    BINDINGS: ClassVar[list[BindingType]] = list(bindings.APP[:2])   # q, and ? (every key of every screen)

    def __init__(self, sources: list[str] | None = None, keymap: dict[str, str] | None = None,
                 **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.keymap_overrides: dict[str, str] = dict(keymap or {})   # as ReaderApp's: the help shows them
        if keymap:
            self.set_keymap(keymap)
        self.sources = sources
        self.articles: list[Article] = []
        self.stories: list[StoryGroup] = []
        self.problems: list[str] = []

    def compose(self) -> ComposeResult:
        yield Static(Text("Stories in your library", style="bold"), id="stories-title")
        yield Label("Reading and grouping the library…", id="stories-progress")
        yield ProgressBar(show_eta=False, id="stories-bar")
        yield StoryOptions(id="stories")
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        self.query_one(StoryOptions).display = False
        self.group_library()

    @work(thread=True, exclusive=True)
    def group_library(self) -> None:
        from reader.analysis.story_groups import stories_of
        from reader.library.loading import load_library

        library = load_library(self.sources)
        problems = [str(issue) for issue in library.issues]
        stories = stories_of(library, progress=self._progress_from_thread, warn=problems.append)
        self.call_from_thread(self.show, library.articles, stories, problems)

    def _progress_from_thread(self, done: int, total: int, what: str) -> None:
        self.call_from_thread(self._progress, done, total, what)

    def _progress(self, done: int, total: int, what: str) -> None:
        self.query_one("#stories-bar", ProgressBar).update(total=max(total, 1), progress=done)
        self.query_one("#stories-progress", Label).update(Text(f"{what} {done}/{total}"))

    def show(self, articles: list[Article], stories: list[StoryGroup], problems: list[str]) -> None:
        self.articles, self.stories, self.problems = articles, stories, problems
        if len(stories) <= 1:
            self.exit(articles)
            return
        self.query_one("#stories-progress").display = False
        self.query_one("#stories-bar").display = False
        title = Text("Stories in your library", style="bold")
        title.append(f" · {len(stories)} stories, {len(articles)} articles · enter or a click opens one",
                     style="dim")
        self.query_one("#stories-title", Static).update(title)
        options = self.query_one(StoryOptions)
        options.add_options([Option(story_line(s, articles), id=s.id) for s in stories])
        options.display = True
        options.highlighted = 0
        options.focus()

    def action_help(self) -> None:
        from reader.tui.screens.help_screen import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(again=False))

    def later_styles(self) -> None:
        """(The whole stylesheet is read at start here: nothing to add for the help.)"""

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        story = self.stories[event.option_index]
        self.exit([self.articles[m] for m in story.members])
