"""Keys that answer in one frame: the Story screen built ahead (``m``), the Entities tab
laid out before it is shown (``e``). What a second frame cost was 30-40 ms of a key's
answer in a terminal (``python -m benchmarks.key_latency``); these tests pin the
behaviour the single frame relies on."""

from __future__ import annotations

from test_tui_support import Frames, bundled, cells_of_new, make_app, screen_cells, settle

from reader.tui import offscreen, story_ahead
from reader.tui.screens.main_screen import MainScreen
from reader.tui.screens.story_screen import StoryLists, StoryScreen
from reader.tui.widgets.heat_map import HeatMap

SIZE = (160, 45)


async def fresh_story_cells(app, pilot) -> list:
    """The screen a Story screen composed now shows (not the one built ahead)."""
    assert isinstance(app.screen, MainScreen)
    return await cells_of_new(app, pilot, StoryScreen())


async def test_the_story_screen_is_built_ahead_and_m_draws_it_in_one_frame():
    app = make_app(bundled())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        built = app.story.screen
        assert built is not None and built[0] == story_ahead.story_key(app.articles)
        screen = built[1]
        assert app.is_screen_installed(screen) and screen not in app.screen_stack
        assert offscreen.ready(screen)  # laid out at the terminal's size while not shown
        frames = Frames(app)
        for _ in range(2):  # the first m, and again once closed
            frames.clear()
            await pilot.press("m")
            await settle(pilot)
            assert app.screen is screen and screen.query_one(HeatMap).has_focus
            assert len(frames.updates) == 1
            await pilot.press("escape")
            await settle(pilot)
            assert isinstance(app.screen, MainScreen) and screen.is_attached


async def test_the_story_screen_opens_as_new_however_it_was_left():
    app = make_app(bundled())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        expected = await fresh_story_cells(app, pilot)
        await pilot.press("m")
        await settle(pilot)
        screen = app.screen
        assert screen.ahead and screen_cells(app) == expected
        # The cursor moved, every list in full, the lists focused and scrolled.
        await pilot.press("l", "j", "plus", "tab", "pagedown")
        await settle(pilot)
        lists = screen.query_one(StoryLists)
        assert screen.full and lists.has_focus and lists.scroll_y > 0
        assert screen.query_one(HeatMap).cursor == (1, 2)
        await pilot.press("escape")
        await settle(pilot)
        frames = Frames(app)
        await pilot.press("m")
        await settle(pilot)
        assert app.screen is screen and len(frames.updates) == 1
        assert not screen.full and lists.scroll_y == 0 and screen.query_one(HeatMap).cursor == (0, 1)
        assert screen.query_one(HeatMap).has_focus
        assert screen_cells(app) == expected


async def test_the_story_screen_built_ahead_follows_a_theme_change():
    app = make_app(bundled())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.theme = "textual-light" if app.theme != "textual-light" else "textual-dark"
        await settle(pilot)
        expected = await fresh_story_cells(app, pilot)
        await pilot.press("m")
        await settle(pilot)
        assert app.screen.ahead and screen_cells(app) == expected


async def test_the_story_screen_built_ahead_follows_a_resize():
    app = make_app(bundled())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.resize_terminal(100, 30)
        await settle(pilot)
        expected = await fresh_story_cells(app, pilot)
        await pilot.press("m")
        await settle(pilot)
        assert app.screen.ahead and app.screen.size == app.size and screen_cells(app) == expected


async def test_a_story_screen_built_ahead_is_dropped_when_the_articles_change():
    articles = bundled()
    app = make_app(articles[:4])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        old = app.story.screen[1]
        app._arrived(articles[4:], True)  # the loader brought one more
        await settle(pilot)
        key, new = app.story.screen
        assert key == story_ahead.story_key(app.articles) and new is not old
        assert not old.is_attached and not app.is_screen_installed(old) and app.is_screen_installed(new)
        await pilot.press("m")
        await settle(pilot)
        assert app.screen is new and len(new.query_one(HeatMap).ids) == len(articles)


async def test_m_before_the_story_is_analysed_then_the_next_m_finds_it_built(monkeypatch):
    monkeypatch.setattr(story_ahead, "STORY_AHEAD", 4)  # the bundled story's 5 articles: analysed when m asks
    app = make_app(bundled())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.story.screen is None
        await pilot.press("m")
        await settle(pilot)
        first = app.screen
        assert isinstance(first, StoryScreen) and not first.ahead and first.progress_seen
        assert app.story.screen is None  # not built while a Story screen is shown
        await pilot.press("escape")
        await settle(pilot)
        assert not first.is_attached and app.story.screen is not None
        await pilot.press("m")
        await settle(pilot)
        assert app.screen is app.story.screen[1] and app.screen.progress_seen == []


async def test_the_entities_list_shows_its_scrollbar_in_the_frame_that_shows_it():
    # 30 rows: the bundled pair's entities overflow the list (they fit at 45).
    app = make_app(bundled())
    async with app.run_test(size=(160, 30)) as pilot:
        await settle(pilot)
        entities = app.main_screen.query_one("#entities-list")
        assert entities.region.size.area == 0  # never shown yet
        frames = Frames(app)
        await pilot.press("e")
        await settle(pilot)
        assert entities.has_focus and entities.show_vertical_scrollbar
        bar = entities.vertical_scrollbar.region
        assert bar.width == 1 and bar.height == entities.region.height
        final = screen_cells(app)
        region = entities.region
        cells = [(x, y) for y in range(region.y, region.bottom) for x in range(region.x, region.right)]
        # The first frame draws the list and its scrollbar as they stay (the focus moving
        # from the list may restyle other areas in a frame after it, never the list).
        drawn = frames.cells(0)
        assert all(drawn[cell] == final[cell[1]][cell[0]][0] for cell in cells)
        assert {final[y][bar.x][0] for y in range(bar.y, bar.bottom)} & set("▁▂▃▄▅▆▇█")  # a thumb
        for n in range(1, len(frames.updates)):
            assert not set(frames.cells(n)) & set(cells)


async def test_from_the_quotes_tab_e_is_one_frame():
    app = make_app(bundled())
    async with app.run_test(size=(160, 30)) as pilot:
        await settle(pilot)
        await pilot.press("quotation_mark")
        await settle(pilot)
        frames = Frames(app)
        await pilot.press("e")
        await settle(pilot)
        assert app.main_screen.query_one("#entities-list").show_vertical_scrollbar
        assert len(frames.updates) == 1


async def test_the_entities_list_fits_the_quotes_list_place_while_hidden():
    app = make_app(bundled())
    async with app.run_test(size=(160, 30)) as pilot:
        await settle(pilot)
        quotes = app.main_screen.query_one("#quotes-list")
        entities = app.main_screen.query_one("#entities-list")
        hidden = (entities.virtual_size, entities.show_vertical_scrollbar)
        quotes_region = quotes.region
        assert hidden[1]
        await pilot.press("e")
        await settle(pilot)
        # What the layout pass found once it was shown, worked out before.
        assert (entities.virtual_size, entities.show_vertical_scrollbar) == hidden
        assert entities.region == quotes_region


async def test_the_story_screen_keeps_its_place_under_the_help_screen():
    from reader.tui.screens.help_screen import HelpScreen

    app = make_app(bundled())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("m", "l")
        await settle(pilot)
        screen = app.screen
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen and screen.query_one(HeatMap).cursor == (0, 2)
        await pilot.press("escape")
        await settle(pilot)
        assert screen.query_one(HeatMap).cursor == (0, 1)  # closed: as it opens, for the next m
