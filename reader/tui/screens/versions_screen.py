"""The versions of one imported article (issue 16): the list of versions, and any two of
them side by side with the word diff (words only in A struck through, words only in B
bold and underlined, as in the main panes).

The versions are read and compared in a thread worker (:mod:`reader.library.versions`,
:mod:`reader.analysis.version_diff`). ``a`` and ``b`` make the highlighted version the
left or right side; it opens on the last two versions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from reader.library.model import Article
from reader.tui import bindings
from reader.tui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from reader.library.versions import Version

DELETED_STYLE = "strike red"
INSERTED_STYLE = "bold underline green"

def _when(row: dict) -> str:
    return row["fetched"] + ("" if row["fetched_from"] == "name" else " (file time)")


def _changed(row: dict) -> str:
    n = row["words_changed"]
    return "" if n is None else f"{n} word{'' if n == 1 else 's'} changed"


def row_texts(rows: list[dict]) -> list[Text]:
    """The lines of the version list, in aligned columns: number, time fetched, words
    changed, headline."""
    when = max((len(_when(r)) for r in rows), default=0)
    changed = max((len(_changed(r)) for r in rows), default=0)
    return [row_text(r, when, changed) for r in rows]


def row_text(row: dict, when: int = 0, changed: int = 0) -> Text:
    """One line of the version list, its columns ``when`` and ``changed`` cells wide."""
    text = Text(f"{row['version']:>3}  {_when(row):<{when}}  {_changed(row):<{changed}}  ")
    if row["headline_changed"]:
        text.append("headline changed  ", style="bold")
    text.append(row["title"] or "(no headline)")
    return text


class VersionOptions(OptionList):
    """The versions, one option each; j/k/g/G move as in every list."""

    BINDINGS: ClassVar[list[BindingType]] = list(bindings.VERSIONS_LIST)


def diff_texts(a: str, b: str) -> tuple[Text, Text]:
    """The two versions' texts with their changed words styled."""
    from reader.analysis.version_diff import DELETE, INSERT, side_by_side

    a_runs, b_runs = side_by_side(a, b)
    left, right = Text(), Text()
    for op, run in a_runs:
        left.append(run, style=DELETED_STYLE if op == DELETE else "")
    for op, run in b_runs:
        right.append(run, style=INSERTED_STYLE if op == INSERT else "")
    return left, right


class VersionsScreen(Screen[None]):
    """The versions of ``article``; closed with escape."""

    BINDINGS: ClassVar[list[BindingType]] = list(bindings.VERSIONS)
    DEFAULT_CSS = """
    VersionsScreen #versions-list { height: auto; max-height: 12; border: round $primary; }
    VersionsScreen #versions-panes { height: 1fr; }
    VersionsScreen .versions-pane { width: 1fr; border: round $secondary; padding: 0 1; }
    """

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article
        self.versions: list[Version] = []
        self.rows: list[dict] = []
        self.a = self.b = 0  # indices into versions

    def compose(self) -> ComposeResult:
        yield Static(Text(f"Versions of {self.article.title}", style="bold"), id="versions-title")
        yield VersionOptions(id="versions-list")
        with Horizontal(id="versions-panes"):
            with VerticalScroll(classes="versions-pane", id="versions-a"):
                yield Static("", id="versions-a-text")
            with VerticalScroll(classes="versions-pane", id="versions-b"):
                yield Static("", id="versions-b-text")
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        self.load(self.article)

    @work(thread=True, exclusive=True, group="versions")
    def load(self, article: Article) -> None:
        from reader.analysis.version_diff import version_rows
        from reader.library.versions import list_versions

        issues: list[str] = []
        found = list_versions(article.path, issues) if article.path is not None else []
        rows = version_rows(found)
        self.app.call_from_thread(self.show, found, rows, issues)

    def show(self, found: list[Version], rows: list[dict], issues: list[str]) -> None:
        self.versions, self.rows = found, rows
        for issue in issues:
            self.notify(issue, severity="warning")
        listing = self.query_one("#versions-list", OptionList)
        listing.clear_options()
        listing.add_options([Option(text, id=str(i)) for i, text in enumerate(row_texts(rows))])
        if len(found) < 2:
            self.query_one("#versions-a-text", Static).update(self._why_no_pair(found))
            return
        self.a, self.b = max(0, len(found) - 2), len(found) - 1
        listing.highlighted = self.b
        listing.focus()
        self.compare()

    def _why_no_pair(self, found: list[Version]) -> str:
        if self.article.path is None:
            return "This article is not read from a file: it has no versions."
        if not found:
            return "This article has no readable version."
        return ("Only one version: this article has not changed since it was imported. Importing its address "
                "again (reader import --refresh) adds a version when the page's text has changed.")

    def compare(self) -> None:
        from reader.analysis.version_diff import version_text

        if not self.versions:
            return
        va, vb = self.versions[self.a], self.versions[self.b]
        left, right = diff_texts(version_text(va), version_text(vb))
        self.query_one("#versions-a", VerticalScroll).border_title = f"A: version {va.number} · {va.fetched}"
        self.query_one("#versions-b", VerticalScroll).border_title = f"B: version {vb.number} · {vb.fetched}"
        self.query_one("#versions-a-text", Static).update(left)
        self.query_one("#versions-b-text", Static).update(right)

    def action_side(self, side: str) -> None:
        highlighted = self.query_one("#versions-list", OptionList).highlighted
        if highlighted is None or not self.versions:
            return
        if side == "a":
            self.a = highlighted
        else:
            self.b = highlighted
        self.compare()

    def action_swap(self) -> None:
        self.a, self.b = self.b, self.a
        self.compare()

    def action_close(self) -> None:
        self.dismiss()
