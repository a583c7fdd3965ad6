"""Every key of the reader TUI, in one place.

Each binding has an ``id`` so a user can remap it with a keymap (read from the user's
file by :mod:`reader.tui.keymap_file`); the footer, the help screen (``?``) and the command palette
(``ctrl+p``) are built from these lists, so they always show what the keys really do.
"""

from __future__ import annotations

import contextlib
import functools
from typing import TYPE_CHECKING

from textual.binding import Binding

if TYPE_CHECKING:
    from reader.tui.app import ReaderApp


def _key(key: str, action: str, description: str, tooltip: str, id: str, show: bool = True,
         key_display: str | None = None) -> Binding:
    return Binding(key, action, description, show=show, key_display=key_display, tooltip=tooltip,
                   id=f"reader.{id}")


APP = [
    _key("q", "quit", "Quit", "Quit reader", "quit"),
    _key("question_mark", "help", "Help", "Every key, and the marks in the panes", "help", key_display="?"),
    _key("escape", "dismiss_messages", "Dismiss", "Dismiss the messages shown (file warnings, copy notes)",
         "dismiss-messages", show=False),
]

SCREEN = [
    _key("tab", "app.focus_next", "Next area", "Focus the next area: list, pane A, pane B, side panel",
         "focus-next", show=False),
    _key("shift+tab", "app.focus_previous", "Previous area", "Focus the previous area", "focus-previous",
         show=False),
    _key("x", "swap", "Swap A/B", "Swap the articles of panes A and B", "swap"),
    _key("right_curly_bracket", "next_source", "Next B", "Pane B shows the next source; A stays", "next-source",
         key_display="}"),
    _key("left_curly_bracket", "previous_source", "Previous B", "Pane B shows the previous source; A stays",
         "previous-source", show=False),
    _key("right_square_bracket", "next_passage", "Next passage",
         "Next shared passage: both panes scroll so it lines up with its twin", "next-passage", key_display="]"),
    _key("left_square_bracket", "previous_passage", "Previous passage", "Previous shared passage",
         "previous-passage", show=False),
    _key("s", "toggle_sync", "Sync", "Synchronised scrolling on or off", "sync"),
    _key("slash", "search", "Search", "Search the focused pane", "search", key_display="/"),
    _key("n", "next_match", "Next match", "Next search match", "next-match", show=False),
    _key("N", "previous_match", "Previous match", "Previous search match", "previous-match", show=False),
    _key("y", "copy_quote", "Copy quote", "Copy the quote selected in the side panel, with its attribution",
         "copy-quote"),
    _key("Y", "cite_format", "Cite format",
         "Next citation format for y: plain, Markdown, APA, MLA, Chicago", "cite-format"),
    _key("quotation_mark", "show_tab('quotes')", "Quotes", "Show the Quotes tab of the side panel", "quotes",
         show=False, key_display='"'),
    _key("e", "show_tab('entities')", "Entities", "Show the Entities tab of the side panel", "entities",
         show=False),
    _key("m", "app.story", "Story", "The story: shared-text heat map, who draws on whom, conflicting figures",
         "story"),
    _key("v", "app.versions", "Versions", "The versions of pane A's article (imported pages fetched again), "
         "any two side by side", "versions", show=False),
]

LIST = [
    _key("j,down", "cursor_down", "Down", "Highlight the next article", "list.down", show=False),
    _key("k,up", "cursor_up", "Up", "Highlight the previous article", "list.up", show=False),
    _key("g,home", "first", "Top", "Highlight the first article", "list.top", show=False),
    _key("G,end", "last", "Bottom", "Highlight the last article", "list.bottom", show=False),
    _key("pagedown", "page_down", "Page down", "A page down the list", "list.page-down", show=False),
    _key("pageup", "page_up", "Page up", "A page up the list", "list.page-up", show=False),
    _key("enter,a", "open('a')", "Open in A", "Open the highlighted article in pane A", "list.open-a",
         key_display="a"),
    _key("b", "open('b')", "Open in B", "Open the highlighted article in pane B", "list.open-b"),
]

PANE = [
    _key("j,down", "scroll_down", "Down", "Scroll the pane down a line", "pane.down", show=False),
    _key("k,up", "scroll_up", "Up", "Scroll the pane up a line", "pane.up", show=False),
    _key("g,home", "scroll_home", "Top", "Go to the top of the article", "pane.top", show=False),
    _key("G,end", "scroll_end", "Bottom", "Go to the end of the article", "pane.bottom", show=False),
    _key("pagedown,space", "page_down", "Page down", "Scroll the pane down a page", "pane.page-down", show=False),
    _key("pageup", "page_up", "Page up", "Scroll the pane up a page", "pane.page-up", show=False),
]

SIDE = [
    _key("escape", "close", "Close panel", "Close the side panel (on a narrow screen)", "side.close"),
]

SIDE_LIST = [
    _key("j,down", "cursor_down", "Down", "Select the next quote or entity", "side.down", show=False),
    _key("k,up", "cursor_up", "Up", "Select the previous quote or entity", "side.up", show=False),
    _key("g,home", "first", "Top", "Select the first quote or entity", "side.top", show=False),
    _key("G,end", "last", "Bottom", "Select the last quote or entity", "side.bottom", show=False),
    _key("enter", "select", "Show in panes", "Mark the selected item's mentions in both panes", "side.open",
         show=False),
]

SEARCH = [
    _key("escape", "cancel", "Cancel search", "Close the search field and clear the matches", "search.cancel"),
]

HELP = [
    _key("escape,question_mark", "close", "Close help", "Close the help screen", "help.close", key_display="esc"),
    _key("j,down", "scroll('down')", "Down", "Scroll the help down a line", "help.down", show=False),
    _key("k,up", "scroll('up')", "Up", "Scroll the help up a line", "help.up", show=False),
    _key("g,home", "scroll('home')", "Top", "Go to the top of the help", "help.top", show=False),
    _key("G,end", "scroll('end')", "Bottom", "Go to the end of the help", "help.bottom", show=False),
]

STORY = [
    _key("escape,m", "close", "Close story", "Back to the comparison screen", "story.close", key_display="esc"),
    _key("plus", "more", "Show all", "Show every item of the lists (no '… and N more')", "story.more",
         key_display="+"),
    _key("tab", "app.focus_next", "Next area", "From the heat map to the lists and back", "story.focus-next",
         show=False),
]

# The versions screen (v): a list of versions, two of them side by side.
VERSIONS = [
    _key("escape,v", "close", "Close versions", "Back to the comparison screen", "versions.close",
         key_display="esc"),
    _key("a", "side('a')", "Open in A", "The highlighted version on the left", "versions.a"),
    _key("b", "side('b')", "Open in B", "The highlighted version on the right", "versions.b"),
    _key("x", "swap", "Swap A/B", "Swap the two versions", "versions.swap"),
]

# The versions screen's list.
VERSIONS_LIST = [
    _key("j,down", "cursor_down", "Down", "The next version", "versions.down", show=False),
    _key("k,up", "cursor_up", "Up", "The previous version", "versions.up", show=False),
    _key("g,home", "first", "Top", "The first version", "versions.top", show=False),
    _key("G,end", "last", "Bottom", "The last version", "versions.bottom", show=False),
]

# The story list (tui/stories_app.py): shown first when the library holds several stories.
STORY_PICKER = [
    _key("j,down", "cursor_down", "Down", "The next story", "stories.down", show=False),
    _key("k,up", "cursor_up", "Up", "The previous story", "stories.up", show=False),
    _key("g,home", "first", "Top", "The first story", "stories.top", show=False),
    _key("G,end", "last", "Bottom", "The last story", "stories.bottom", show=False),
    _key("enter", "select", "Open story", "Open the highlighted story's articles (or click it)", "stories.open"),
]

# The story screen's heat map: a cell cursor.
MAP = [
    _key("k,up", "move(-1, 0)", "Up", "The cell above", "map.up", show=False),
    _key("j,down", "move(1, 0)", "Down", "The cell below", "map.down", show=False),
    _key("h,left", "move(0, -1)", "Left", "The cell to the left", "map.left", show=False),
    _key("l,right", "move(0, 1)", "Right", "The cell to the right", "map.right", show=False),
    _key("g,home", "edge(-1)", "Top", "The first row", "map.top", show=False),
    _key("G,end", "edge(1)", "Bottom", "The last row", "map.bottom", show=False),
    _key("enter", "select", "Open pair",
         "Open the row's article in pane A and the column's in pane B (or double-click the cell)", "map.open"),
]

# The story screen's lists (everything under the heat map), scrolled as one.
STORY_LISTS = [
    _key("j,down", "scroll_down", "Down", "Scroll the lists down a line", "story.down", show=False),
    _key("k,up", "scroll_up", "Up", "Scroll the lists up a line", "story.up", show=False),
    _key("g,home", "scroll_home", "Top", "The top of the story", "story.top", show=False),
    _key("G,end", "scroll_end", "Bottom", "The end of the story", "story.bottom", show=False),
    _key("pagedown,space", "page_down", "Page down", "A page down", "story.page-down", show=False),
    _key("pageup", "page_up", "Page up", "A page up", "story.page-up", show=False),
]

# What the help screen lists, section by section: (title, bindings, where they act).
SECTIONS = [
    ("Anywhere", APP + SCREEN, "screen"),
    ("In the article list", LIST, "list"),
    ("In a reading pane", PANE, "pane"),
    ("In the side panel", SIDE + SIDE_LIST, "side"),
    ("While searching (enter returns to the pane)", SEARCH, "search"),
    ("On the Story screen (m)", STORY, "story"),
    ("On the Story heat map", MAP, "map"),
    ("In the Story lists, under the map", STORY_LISTS, "story-lists"),
    ("On the Versions screen (v)", VERSIONS + VERSIONS_LIST, "versions"),
    ("In the story list (a library of several stories)", STORY_PICKER, "stories"),
    ("On this help screen", HELP, "help"),
]

# Sections that act on the comparison screen, which the command palette runs.
PALETTE_WHERE = ("screen", "list", "pane")

# Keys Textual itself provides, listed on the help screen too.
BUILTIN = [("ctrl+p", "Command palette: every action by name"), ("ctrl+q", "Quit")]


def key_label(app: ReaderApp, binding: Binding) -> str:
    """The keys ``binding`` answers to, as the footer shows them, the user's keymap applied."""
    keys = app.keymap_overrides.get(binding.id, binding.key) if binding.id else binding.key
    return " ".join(app.get_key_display(binding.with_key(k.strip(), None)) for k in keys.split(","))


# Every group of bindings, and which of them answer at the same time: the app's and the
# comparison screen's always, with the focused widget's; a modal screen's with the app's.
GROUPS = [APP, SCREEN, LIST, PANE, SIDE, SIDE_LIST, SEARCH, HELP, STORY, MAP, STORY_LISTS, VERSIONS, VERSIONS_LIST,
          STORY_PICKER]
SCOPES = [APP + SCREEN + LIST, APP + SCREEN + PANE, APP + SCREEN + SIDE + SIDE_LIST, APP + SCREEN + SEARCH,
          APP + HELP, APP + STORY + MAP, APP + STORY + STORY_LISTS, APP + VERSIONS + VERSIONS_LIST,
          APP[:2] + STORY_PICKER]


def normal_key(key: str) -> str:
    """A key as Textual names it: ``?`` is ``question_mark``, ``x`` stays ``x``."""
    import unicodedata

    from textual.keys import KEY_NAME_REPLACEMENTS

    key = key.strip()
    if len(key) == 1 and not key.isalnum():
        with contextlib.suppress(ValueError):
            key = unicodedata.name(key).lower().replace("-", "_").replace(" ", "_")
    return KEY_NAME_REPLACEMENTS.get(key, key)


_MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})


@functools.lru_cache(maxsize=1)
def _key_names() -> frozenset[str]:
    """The names of keys a terminal sends: Textual's (``enter``, ``f5``, ``pageup``) and those
    of the printable ASCII characters (``question_mark``, ``slash``)."""
    import string

    from textual.keys import Keys

    return frozenset({k.value.split("+")[-1] for k in Keys} | {normal_key(c) for c in string.printable.strip()})


def valid_key(key: str) -> bool:
    """Whether ``key`` (as :func:`normal_key` gives it) names a key a terminal can send:
    modifiers, then one character or a key's name ("ctrl+n", "f5", "question_mark"; not
    "bogus+key", whose "key" Textual would take for the 🔑 character)."""
    *mods, last = key.split("+")
    return bool(last) and _MODIFIERS.issuperset(mods) and (len(last) == 1 or last in _key_names())


def check_keymap(keymap: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """(what to apply, one line per problem) for a user's keymap.

    * an id that no binding has is ignored and reported;
    * a key that is no key's name (:func:`valid_key`) is refused and reported;
    * a key that another binding answering at the same time already has -- by default,
      or by an earlier line of the keymap -- is refused for the new binding and
      reported; the binding keeps its other keys, or its default keys when none is left.
      A key may be reused on different screens; ``reader.quit`` answers on every one, so
      to give it ``x``, move ``reader.swap`` and ``reader.versions.swap`` to another key.
    """
    defaults = {b.id: [normal_key(k) for k in b.key.split(",")] for group in GROUPS for b in group if b.id}
    partners: dict[str, set[str]] = {}
    for scope in SCOPES:
        ids = {b.id for b in scope if b.id}
        for binding_id in ids:
            partners.setdefault(binding_id, set()).update(ids - {binding_id})
    problems: list[str] = []
    wanted: dict[str, list[str]] = {}
    for binding_id, keys in keymap.items():
        if binding_id not in defaults:
            problems.append(f"keymap: unknown binding id '{binding_id}' ignored (the help screen, ?, lists them)")
            continue
        wanted[binding_id] = list(dict.fromkeys(normal_key(k) for k in keys.split(",") if k.strip()))  # (once each)
    effective = {binding_id: wanted.get(binding_id, keys) for binding_id, keys in defaults.items()}
    accepted: dict[str, str] = {}
    pending = set(wanted)
    for binding_id, asked in wanted.items():
        pending.discard(binding_id)
        kept: list[str] = []
        for key in asked:
            if not valid_key(key):
                problems.append(f"keymap: \"{binding_id}\" = \"{key}\" refused: {key} is not a key "
                                f"(write one character, or a name such as enter, f5, ctrl+n)")
                continue
            rivals = sorted(other for other in partners.get(binding_id, ())
                            if other not in pending and key in effective[other])
            if rivals and key not in defaults[binding_id]:  # its own default key is no clash
                problems.append(f"keymap: \"{binding_id}\" = \"{key}\" refused: {key} is already the key of "
                                f"{', '.join(rivals)} (move {'that binding' if len(rivals) == 1 else 'those bindings'} "
                                f"to another key first)")
            elif key not in kept:
                kept.append(key)
        effective[binding_id] = kept or defaults[binding_id]
        if kept:
            accepted[binding_id] = ",".join(kept)
    return accepted, problems
