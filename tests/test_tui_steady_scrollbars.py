"""Scroll views keep their scrollbars (and a side list its drawn options) through layout
passes that change nothing they show, and update them when something does."""

from __future__ import annotations

from test_tui_support import make_app, settle

SIZE = (160, 45)


def _count_refreshes(widget) -> list[int]:
    calls = [0]
    original = widget.refresh

    def counted(*args, **kwargs):
        calls[0] += 1
        return original(*args, **kwargs)

    widget.refresh = counted
    return calls


async def test_a_layout_pass_that_changes_nothing_leaves_the_scrollbars():
    # Textual lays a scroll view out with its viewport as the virtual size, so each pass
    # (a toast shown or gone, a tab switched) looked like a change to it: its scrollbars
    # were drawn again, a frame after the key's.
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.main_screen
        for view in (screen.view("a"), screen.view("b"), screen.side_panel._quotes_tab()):
            geometry = screen._compositor.full_map[view]
            passed = (geometry.region.size, geometry.virtual_size, geometry.container_size)
            assert passed[1] != view.virtual_size  # what made every pass look like a change
            view._size_updated(*passed)
            calls = _count_refreshes(view.vertical_scrollbar)
            assert view._size_updated(*passed) is False
            assert calls == [0]


async def test_a_new_article_updates_the_scrollbar():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.main_screen
        view = screen.view("b")
        before = view.vertical_scrollbar.window_virtual_size
        shorter = min(app.articles[2:], key=lambda a: len(a.body))  # gamma: three paragraphs
        screen.open(app.articles.index(shorter), "b")
        await settle(pilot)
        assert view.article is shorter
        assert view.virtual_size.height != before
        if view.show_vertical_scrollbar:
            assert view.vertical_scrollbar.window_virtual_size == view.virtual_size.height
        else:
            assert view.virtual_size.height <= view.scrollable_content_region.height


async def test_a_resize_still_rewraps_and_updates_the_scrollbar():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.main_screen.view("a")
        rows = view.virtual_size.height
        await pilot.resize_terminal(120, 40)
        await settle(pilot)
        assert view.virtual_size.height > rows  # narrower: more rows
        assert view.vertical_scrollbar.window_virtual_size == view.virtual_size.height
        assert view.vertical_scrollbar.window_size == view.scrollable_content_region.height


async def test_a_side_list_keeps_its_drawn_options_when_only_its_height_changes():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        entities = app.main_screen.side_panel._entities_tab()
        kept = ("a drawn option",)  # a mark among the drawn options: gone when they are forgotten
        entities._option_render_cache[kept] = []
        width, height = entities.scrollable_content_region.size
        await pilot.resize_terminal(SIZE[0], SIZE[1] - 6)  # shorter, as wide
        await settle(pilot)
        assert entities.scrollable_content_region.size == (width, height - 6)
        assert entities._option_render_cache.get(kept) == []  # the options drawn are kept
        await pilot.resize_terminal(100, SIZE[1] - 6)  # narrow: the panel over the panes, drawn again
        await settle(pilot)
        assert entities.scrollable_content_region.width != width
        assert entities._option_render_cache.get(kept) is None  # drawn again at the new width
        assert entities._drawn_width == entities.scrollable_content_region.width
