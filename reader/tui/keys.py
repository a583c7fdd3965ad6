"""Every key of the reader TUI, in one place.

Each binding has an ``id`` so a user can remap it with a keymap (see
:mod:`reader.tui.keymap`); the help screen and the command palette are built from these
lists, so they always show what the keys really do.
"""

from __future__ import annotations

from textual.binding import Binding

APP = [
    Binding("q", "quit", "Quit", id="reader.quit"),
    Binding("question_mark", "help", "Help", key_display="?", id="reader.help"),
]

SCREEN = [
    Binding("tab", "app.focus_next", "Next area", show=False, id="reader.focus-next"),
    Binding("shift+tab", "app.focus_previous", "Previous area", show=False, id="reader.focus-previous"),
    Binding("x", "swap", "Swap A/B", id="reader.swap"),
    Binding("right_curly_bracket", "next_source", "Next B", key_display="}", id="reader.next-source"),
    Binding("left_curly_bracket", "previous_source", "Previous B", key_display="{", show=False,
            id="reader.previous-source"),
    Binding("right_square_bracket", "next_passage", "Next passage", key_display="]", id="reader.next-passage"),
    Binding("left_square_bracket", "previous_passage", "Previous passage", key_display="[", show=False,
            id="reader.previous-passage"),
    Binding("s", "toggle_sync", "Sync", id="reader.sync"),
    Binding("slash", "search", "Search", key_display="/", id="reader.search"),
    Binding("n", "next_match", "Next match", show=False, id="reader.next-match"),
    Binding("N", "previous_match", "Previous match", show=False, id="reader.previous-match"),
    Binding("quotation_mark", "show_tab('quotes')", "Quotes", key_display='"', show=False, id="reader.quotes"),
    Binding("e", "show_tab('entities')", "Entities", show=False, id="reader.entities"),
]

LIST = [
    Binding("j,down", "cursor_down", "Down", show=False, id="reader.list.down"),
    Binding("k,up", "cursor_up", "Up", show=False, id="reader.list.up"),
    Binding("g,home", "first", "Top", show=False, id="reader.list.top"),
    Binding("G,end", "last", "Bottom", show=False, id="reader.list.bottom"),
    Binding("pagedown", "page_down", "Page down", show=False, id="reader.list.page-down"),
    Binding("pageup", "page_up", "Page up", show=False, id="reader.list.page-up"),
    Binding("enter,a", "open('a')", "Open in A", key_display="a", id="reader.list.open-a"),
    Binding("b", "open('b')", "Open in B", id="reader.list.open-b"),
]

PANE = [
    Binding("j,down", "scroll_down", "Down", show=False, id="reader.pane.down"),
    Binding("k,up", "scroll_up", "Up", show=False, id="reader.pane.up"),
    Binding("g,home", "scroll_home", "Top", show=False, id="reader.pane.top"),
    Binding("G,end", "scroll_end", "Bottom", show=False, id="reader.pane.bottom"),
    Binding("pagedown,space", "page_down", "Page down", show=False, id="reader.pane.page-down"),
    Binding("pageup", "page_up", "Page up", show=False, id="reader.pane.page-up"),
]

SIDE = [
    Binding("escape", "close", "Close panel", id="reader.side.close"),
]

SEARCH = [
    Binding("escape", "cancel", "Cancel search", id="reader.search.cancel"),
]

HELP = [
    Binding("escape,question_mark", "close", "Close help", key_display="esc", id="reader.help.close"),
]

# What the help screen lists, section by section: (title, bindings, where they act).
SECTIONS = [
    ("Anywhere", APP + SCREEN, "screen"),
    ("In the article list", LIST, "list"),
    ("In a reading pane", PANE, "pane"),
    ("In the side panel", SIDE, "side"),
    ("While searching", SEARCH, "search"),
]

# Keys Textual itself provides, listed on the help screen too.
BUILTIN = [("ctrl+p", "Command palette: every action by name"), ("ctrl+q", "Quit")]


def all_bindings() -> list[Binding]:
    return [b for _, group, _ in SECTIONS for b in group] + HELP
