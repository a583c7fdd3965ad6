"""Snapshots of the main screens (pytest-textual-snapshot), at 160×45 and 80×24.

They use the synthetic story and a fixed stand-in for the alignment engine, so they
change only when the TUI's look does, not when the engine's results do. After a
deliberate change of the look, review the new images and accept them with
``pytest tests/test_tui_snapshots.py --snapshot-update``."""

from __future__ import annotations

from test_tui_support import fixed_compare, make_app, settle


def app():
    return make_app(pair=(0, 1), compare=fixed_compare)


def after(*keys: str):
    """Wait for the workers, press ``keys`` (waiting again after each), then settle."""

    async def run_before(pilot) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)

    return run_before


def test_main_screen_wide(snap_compare):
    assert snap_compare(app(), terminal_size=(160, 45), run_before=after())


def test_main_screen_80x24(snap_compare):
    assert snap_compare(app(), terminal_size=(80, 24), run_before=after())


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
