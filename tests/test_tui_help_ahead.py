"""``?`` in one frame: the help screen built ahead, off the screen, as the Story screen
is (tests/test_tui_frames.py)."""

from __future__ import annotations

from test_tui_support import Frames, bundled, cells_of_new, help_built_ahead, make_app, screen_cells, settle

from reader.tui import offscreen
from reader.tui.screens import help_screen
from reader.tui.screens.help_screen import HelpScreen
from reader.tui.screens.main_screen import HELP_AHEAD, MainScreen

SIZE = (160, 45)


async def built_ahead(app, pilot) -> HelpScreen:
    await help_built_ahead(pilot, within=HELP_AHEAD + 0.2)
    screen = app.get_screen(help_screen.SCREEN_NAME)
    assert isinstance(screen, HelpScreen) and screen.ahead and screen not in app.screen_stack
    return screen


async def fresh_help_cells(app, pilot) -> list:
    return await cells_of_new(app, pilot, HelpScreen())


async def test_help_is_built_ahead_and_question_mark_draws_it_in_one_frame_as_new():
    app = make_app(bundled())
    async with app.run_test(size=SIZE) as pilot:
        screen = await built_ahead(app, pilot)
        assert offscreen.ready(screen)
        expected = await fresh_help_cells(app, pilot)
        frames = Frames(app)
        for _ in range(2):  # the first ?, and again once closed (scrolled meanwhile)
            frames.clear()
            await pilot.press("question_mark")
            await settle(pilot)
            assert app.screen is screen and len(frames.updates) == 1
            assert screen_cells(app) == expected
            await pilot.press("pagedown", "pagedown")
            await settle(pilot)
            assert screen.query_one("#help").scroll_y > 0
            await pilot.press("escape")
            await settle(pilot)
            assert isinstance(app.screen, MainScreen) and screen.is_attached
        assert screen.query_one("#help").scroll_y == 0


async def test_help_built_ahead_follows_a_theme_change_and_a_resize():
    app = make_app(bundled())
    async with app.run_test(size=SIZE) as pilot:
        screen = await built_ahead(app, pilot)
        app.theme = "textual-light" if app.theme != "textual-light" else "textual-dark"
        await pilot.resize_terminal(100, 30)
        await settle(pilot)
        expected = await fresh_help_cells(app, pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert app.screen is screen and screen.size == app.size and screen_cells(app) == expected


async def test_help_built_for_an_old_keymap_is_not_shown():
    app = make_app(bundled())
    async with app.run_test(size=SIZE) as pilot:
        old = await built_ahead(app, pilot)
        app.keymap_overrides = {"reader.swap": "w"}
        app.set_keymap(app.keymap_overrides)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen) and app.screen is not old and not old.is_attached
        assert app.screen.current()
        await pilot.press("escape")
        await settle(pilot)
        new = app.get_screen(help_screen.SCREEN_NAME)  # built ahead again, for the new keymap
        assert new is not old and new.ahead and new.current()


async def test_every_help_row_fits_the_help_at_80_columns():
    """A row wider than the help wrapped to its left edge, under the keys (the ⟨3⟩ legend)."""
    from rich.cells import cell_len

    from reader.tui.screens.help_screen import HelpScreen

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, HelpScreen) and screen.table is not None
        inside = screen.query_one("#help-keys").content_region.width
        assert inside >= 70
        assert max(cell_len(line) for line in screen.table.plain.splitlines()) <= inside
