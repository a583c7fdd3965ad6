"""Snapshots of the main screens (pytest-textual-snapshot): the comparison screen at
80×24, 120×40 and 160×45 in the dark default theme and a light one, and its states.

They use the synthetic story and a fixed stand-in for the alignment engine, so they
change only when the TUI's look does, not when the engine's results do. After a
deliberate change of the look, review the new images and accept them with
``pytest tests/test_tui_snapshots.py --snapshot-update``."""

from __future__ import annotations

import pytest
from test_tui_support import fixed_compare, make_app, settle

from reader.tui.settings import Settings

SIZES = [(80, 24), (120, 40), (160, 45)]
THEMES = ["textual-dark", "textual-light"]


def app(theme: str | None = None):
    return make_app(pair=(0, 1), compare=fixed_compare, settings=Settings(theme=theme))


def after(*keys: str):
    """Wait for the workers, press ``keys`` (waiting again after each), then settle."""

    async def run_before(pilot) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)

    return run_before


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_main_screen(snap_compare, size, theme):
    """Pane A focused (tab), so the focus shows in the picture."""
    assert snap_compare(app(theme), terminal_size=size, run_before=after("tab"))


def test_passage_walk_wide(snap_compare):
    """The second shared passage (edited) lined up with its twin in both panes."""
    assert snap_compare(app(), terminal_size=(160, 45),
                        run_before=after("right_square_bracket", "right_square_bracket"))


def test_passage_walk_80x24(snap_compare):
    assert snap_compare(app(), terminal_size=(80, 24),
                        run_before=after("right_square_bracket", "right_square_bracket"))


def test_narrow_with_side_panel(snap_compare):
    assert snap_compare(app(), terminal_size=(80, 24), run_before=after("quotation_mark"))


def test_help_screen(snap_compare):
    assert snap_compare(app(), terminal_size=(160, 45), run_before=after("question_mark"))


def test_help_screen_80x24(snap_compare):
    assert snap_compare(app(), terminal_size=(80, 24), run_before=after("question_mark"))
