"""A pair change in one frame (issue 14): ``b``, ``a`` and ``x`` on pairs already
compared draw everything they change -- the list's marks and shares, the headers, the
panes, the side lists and their scrollbars, the status line -- in the frame that shows
the new pair, not in frames after it (each was 20-40 ms of the key's answer)."""

from __future__ import annotations

from test_tui_support import Frames, bundled, help_built_ahead, make_app, screen_cells, settle

from reader.library.model import Article
from reader.tui.comparison_cache import ComparisonCache

SIZE = (160, 45)


async def ready(app, pilot) -> None:
    await help_built_ahead(pilot, within=0.8)  # (the help screen built ahead meanwhile)


async def test_pair_changes_on_compared_pairs_are_one_frame_each_and_draw_what_settles():
    app = make_app(bundled())
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        for i, one in enumerate(app.articles):  # every pair compared: no survey has work left
            for other in app.articles[i + 1:]:
                app.comparisons.compute(one, other)
        await pilot.press("j")
        await settle(pilot)
        frames = Frames(app)
        for key in ("b", "j", "a", "x", "x"):  # b and a open in B and A, x swaps them
            frames.clear()
            await pilot.press(key)
            await settle(pilot)
            assert len(frames.updates) == 1, key
            # Nothing was left out of that frame: a full layout pass and repaint of the
            # whole screen now finds nothing to change (scrollbars sized, lists counted).
            drawn = screen_cells(app)
            app.screen._refresh_layout(app.size)
            app.screen.refresh()
            await settle(pilot)
            assert screen_cells(app) == drawn, key


async def test_a_new_a_shows_the_shares_known_from_the_cache_in_its_first_frame():
    app = make_app(bundled())
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        state, listing = app.main_screen.state, app.main_screen.article_list
        a_id = app.articles[state.a].id
        shares = app.comparisons.shares_with(app.articles[state.b])  # what B has been compared with
        assert a_id in shares
        app.index = None  # no survey now: what the list shows comes from the cache
        await pilot.press("x")  # B becomes A
        await settle(pilot)
        expected = {j: shares[x.id] for j, x in enumerate(app.articles) if x.id in shares}
        assert listing.shares == expected and app.articles.index(app.articles[state.b]) in expected


def test_shares_with_reads_both_ways_round_without_mirroring():
    def compare(a: str, b: str):
        from reader.engine.compare import compare_texts

        return compare_texts(a, b)

    one = Article(id="one", title="One", body="The river rose in the night and the town woke to water.")
    two = Article(id="two", title="Two", body="The river rose in the night. Nobody in the town slept.")
    three = Article(id="three", title="Three", body="A quiet day at the market, with apples and pears.")
    cache = ComparisonCache(compare)
    c12 = cache.compute(one, two)
    c31 = cache.compute(three, one)
    assert cache.shares_with(one) == {"two": c12.b_shared, "three": c31.a_shared}
    assert cache.shares_with(two) == {"one": c12.a_shared}
    assert len(cache) == 2  # nothing mirrored into the cache


async def test_enter_on_the_story_map_opens_the_pair_in_the_frame_that_shows_the_screen_again():
    from reader.tui.screens.story_screen import StoryScreen
    from reader.tui.widgets.heat_map import HeatMap

    app = make_app(bundled())
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        for i, one in enumerate(app.articles):
            for other in app.articles[i + 1:]:
                app.comparisons.compute(one, other)
        for moves in ((), ("l", "j")):
            await pilot.press("m", *moves)
            await settle(pilot)
            assert isinstance(app.screen, StoryScreen)
            row, column = app.screen.query_one(HeatMap).cursor
            frames = Frames(app)
            await pilot.press("enter")
            await settle(pilot)
            assert app.screen is app.main_screen and len(frames.updates) == 1
            state = app.main_screen.state
            assert (state.a, state.b) == (row, column)
            drawn = screen_cells(app)
            app.screen._refresh_layout(app.size)
            app.screen.refresh()
            await settle(pilot)
            assert screen_cells(app) == drawn
