"""Every text/background pair reader draws has a contrast of at least 4.5:1 (WCAG AA)
in the default dark theme and in a light one.

The colours are not copied from the stylesheet: the app runs in the theme, and each
pair is read from the styles the widgets resolve from the theme's CSS variables (with
translucent backgrounds blended, as drawn), so a change of styles.tcss or of a theme
is checked as the user would see it."""

from __future__ import annotations

import pytest
from rich.color import Color
from rich.style import Style
from test_tui_support import fixed_compare, make_app, settle

from reader.tui.settings import Settings
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.key_bar import KeyBar
from reader.tui.widgets.status_line import StatusLine

AA = 4.5
THEMES = ["textual-dark", "textual-light"]


def luminance(color: Color) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = color.get_truecolor()
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: Color, b: Color) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def fg(style: Style, base: Style) -> Color:
    color = style.color or base.color
    assert color is not None
    return color


def bg(style: Style, base: Style) -> Color:
    color = style.bgcolor or base.bgcolor
    assert color is not None
    return color


def over(top: Style, under: Style, base: Style) -> Color:
    """The text colour where ``top`` is drawn over ``under``: top's when it sets one."""
    return top.color or fg(under, base)


async def pairs(app, pilot) -> dict[str, tuple[Color, Color]]:
    """(text, background) of every pair reader draws on the comparison screen."""
    screen = app.main_screen
    out: dict[str, tuple[Color, Color]] = {}
    listing = screen.query_one(ArticleList)
    base = listing.rich_style
    for focused in (True, False):  # the list's cursor and header differ with the focus
        (listing if focused else screen.view("a")).focus()
        await pilot.pause()
        assert listing.has_focus == focused and listing.has_class("-focused") == focused
        where = "focused" if focused else "unfocused"
        cursor = listing._style("cursor")
        for name in ("outlet", "muted", "pane"):  # the cursor is drawn over each part of its row
            out[f"list cursor {where}: {name}"] = (over(cursor, listing._style(name), base), bg(cursor, base))
        out[f"list cursor {where}: title"] = (fg(cursor, base), bg(cursor, base))
        header = listing._style("header")
        out[f"list header {where}"] = (fg(header, base), bg(header, base))
    for name in ("outlet", "muted", "pane"):
        out[f"list row: {name}"] = (fg(listing._style(name), base), bg(Style(), base))
    for side in "ab":
        view: ArticleView = screen.view(side)
        vbase = view.rich_style
        text = fg(Style(), vbase)
        changed = "removed" if side == "a" else "added"
        word = view._style(changed)
        out[f"pane {side}: {changed} word"] = (fg(word, vbase), bg(word, vbase))
        moved = view._style("moved")
        out[f"pane {side}: moved words"] = (fg(moved, vbase), bg(moved, vbase))
        for back in ("shared", "current", "match", "match-current"):
            style = view._style(back)
            background = bg(style, vbase)
            out[f"pane {side}: text on {back}"] = (style.color or text, background)
            if back.startswith("match"):  # a match drawn over a changed word
                out[f"pane {side}: {changed} word on {back}"] = (over(style, word, vbase), background)
        for name in ("marker", "verbatim", "edited", "rewritten", "heading", "link"):
            out[f"pane {side}: {name}"] = (fg(view._style(name), vbase), bg(Style(), vbase))
        selection = view._style("selection")  # reversed: the colour becomes the background
        out[f"pane {side}: selection"] = (fg(selection, vbase), bg(view._style("shared"), vbase))
    status = screen.query_one(StatusLine)
    sbase = status.rich_style
    from reader.tui.styling import component_style

    out["status line"] = (fg(Style(), sbase), bg(Style(), sbase))
    out["status line: state"] = (fg(component_style(status, "status-line--state"), sbase), bg(Style(), sbase))
    keys = screen.query_one(KeyBar)
    kbase = keys.rich_style
    for name in ("key", "description"):
        out[f"footer: {name}"] = (fg(component_style(keys, f"key-bar--{name}"), kbase), bg(Style(), kbase))
    for side in "ab":
        header = screen.pane(side).header
        screen.pane(side).set_class(True, "-focused")
        app.stylesheet.update_nodes(screen.pane(side).walk_children(with_self=True))
        hbase = header.rich_style
        for name in ("title", "meta", "letter"):
            style = component_style(header, f"article-header--{name}")
            out[f"header {side} focused: {name}"] = (fg(style, hbase), bg(style, hbase))
    return out


@pytest.mark.parametrize("theme", THEMES)
async def test_every_pair_reader_draws_is_aa(theme):
    app = make_app(pair=(0, 1), compare=fixed_compare, settings=Settings(theme=theme))
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        assert app.theme == theme
        found = {name: contrast(a, b) for name, (a, b) in (await pairs(app, pilot)).items()}
        assert len(found) > 50
    low = {name: round(value, 2) for name, value in found.items() if value < AA}
    assert low == {}, f"below {AA}:1 in {theme}"
