"""``?``: every key, section by section, with the marks the panes use.

The help screen is built ahead (:func:`prepare`, shortly after the comparison screen is
up): composed, laid out and drawn off the screen (:mod:`reader.tui.offscreen`), so ``?``
shows it in one repaint, as ``m`` shows the Story screen. Textual builds a screen pushed
for the first time as it is shown: a first frame, then a second pass and a repaint of
the whole screen once it hears its size. The screen is kept for the session; closed, it
is put back as it opens (scrolled to the top) and drawn again off the screen. A keymap
that changed since it was built (its table differs) gets a new one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.tui import bindings, frames, offscreen
from reader.tui.app_handle import reader_app

if TYPE_CHECKING:
    from textual.app import App

SCREEN_NAME = "reader-help"  # the help screen built ahead, as installed on the app

# Each row fits the help at 80 columns (72 cells inside its border, padding and scroll
# bar): a longer one wrapped under the keys' column.
LEGEND = [
    ("⟨3⟩", "passage 3 starts; its twin in the other pane is ⟨3⟩"),
    ("┃ │ ┆", "rows of a verbatim, edited or rewritten passage"),
    ("struck", "words only A has (pane A)"),
    ("bold underlined", "words only B has (pane B)"),
    ("italic underlined", "moved words: the other article has them elsewhere"),
    ("yellow underlined", "words whose letter case alone changed"),
    ("(unmarked)", "another style of quotes, dashes or spaces: no edit"),
]


class HelpScreen(offscreen.BuiltAhead, ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = list(bindings.HELP)

    def __init__(self, *, ahead: bool = False, again: bool = True) -> None:
        """``ahead``: built before ``?`` (started off the screen and kept, not removed
        when closed); ``again``: once closed, one is built ahead for the next ``?`` (not
        in the story list, which is soon gone)."""
        super().__init__()
        self.ahead, self.again = ahead, again
        self.table: Text | None = None  # what compose() shows (the keys as the user's keymap has them)

    def compose(self) -> ComposeResult:
        self.table = table = self._table()
        with VerticalScroll(id="help"):
            yield Static(table, id="help-keys")

    def _rows(self) -> list[tuple[str, Text | str, str]]:
        """(keys, what they do, binding id) for every row, headings included."""
        app = reader_app(self)
        rows: list[tuple[str, Text | str, str]] = [
            ("", Text("reader keys", style="bold underline"), "esc or ? closes this help")]
        for title, section, _where in bindings.SECTIONS:
            rows += [("", "", ""), ("", Text(title, style="bold"), "")]
            rows += [(bindings.key_label(app, b), b.description, b.id or "") for b in section]
        rows += [("", "", ""), ("", Text("Textual", style="bold"), "")]
        rows += [(key, description, "") for key, description in bindings.BUILTIN]
        rows += [("", "", ""), ("", Text("Marks in the panes", style="bold"), "")]
        rows += [(mark, meaning, "") for mark, meaning in LEGEND]
        rows += [("", "", ""), ("", Text("Remap in keymap.toml: \"binding-id\" = \"key\"",
                                         style="italic"), "")]
        return rows

    def _table(self) -> Text:
        """The keys as three aligned columns, as one Text: a Rich Table of a hundred rows
        took most of a second to measure and draw each time help opened."""
        rows = self._rows()
        keys = max(cell_len(k) for k, _d, _i in rows)
        described = max(cell_len(str(d)) for _k, d, i in rows if i)
        out = Text(end="")
        for n, (key, description, ident) in enumerate(rows):
            if n:
                out.append("\n")
            out.append(" " * (keys - cell_len(key)) + key, "bold")
            out.append("  ")
            what = description if isinstance(description, Text) else Text(description)
            out.append_text(what)
            if ident:
                out.append(" " * max(described - what.cell_len, 0) + "  ")
                out.append(ident, "italic dim" if n == 0 else "dim")
        return out

    def action_close(self) -> None:
        self.dismiss()

    def action_scroll(self, where: str) -> None:
        """j/k/g/G as in the panes: a line down or up, the top, the end."""
        view = self.query_one("#help", VerticalScroll)
        {"down": view.scroll_down, "up": view.scroll_up,
         "home": view.scroll_home, "end": view.scroll_end}[where](animate=False)

    def current(self) -> bool:
        """Whether the table shows the keys as the app's keymap has them now."""
        return self.table is not None and self.table == self._table()

    # --- built ahead ----------------------------------------------------------------

    def on_mount(self) -> None:
        if self.ahead:
            self._lay_out_ahead()

    def on_screen_resume(self) -> None:
        # (before Textual's own handler, which restyles the screen: the scrollbar's
        # repaint goes in the screen's frame, not one of its own after it)
        self.call_next(frames.scrollbars_now, self)

    def on_screen_suspend(self) -> None:
        # Closed (not covered by another screen): once the screen below is drawn again.
        if self not in self.app.screen_stack:
            self.app.call_after_refresh(self._after_close)

    def _lay_out_ahead(self) -> None:
        self.run_worker(offscreen.lay_out(self), group="help-ahead", exclusive=True, name="help-ahead")

    def _after_close(self) -> None:
        """A screen built ahead is put back as it opens (at the top) and drawn again off
        the screen; after one built when ``?`` was pressed, one is built ahead."""
        if not self.ahead:
            if self.again:
                prepare(self.app)
        elif self.is_attached:
            self.query_one("#help", VerticalScroll).scroll_home(animate=False, immediate=True)
            self._lay_out_ahead()


def prepare(app: App[Any]) -> None:
    """Build the help screen ahead, off the screen, unless it is built or shown."""
    if not app.is_running or app.is_screen_installed(SCREEN_NAME) or isinstance(app.screen, HelpScreen):
        return
    reader_app(app).later_styles()  # the help's rules (parsed after the first frame)
    offscreen.start(app, HelpScreen(ahead=True), SCREEN_NAME)


def screen_for(app: App[Any]) -> HelpScreen:
    """The help screen to push: the one built ahead when it is ready to be shown and
    shows the keymap of now, else a new one (one built for an old keymap is dropped)."""
    if app.is_screen_installed(SCREEN_NAME):
        built = app.get_screen(SCREEN_NAME)
        if isinstance(built, HelpScreen) and built.is_mounted and built not in app.screen_stack:
            if built.current():
                return built
            app.uninstall_screen(built)
            built.remove()
    return HelpScreen()
