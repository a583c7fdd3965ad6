"""Every key of the TUI, pressed through Textual's Pilot, with its real effect checked."""

from __future__ import annotations

import pytest
from test_tui_support import make_app, settle
from textual.widgets import TabbedContent

from reader.tui import bindings
from reader.tui.screens.help_screen import HelpScreen
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.search_bar import SearchBar

SIZE = (160, 45)


async def started(app, pilot):
    await settle(pilot)
    return app.main_screen


def ids(screen) -> tuple[str, str]:
    return screen.view("a").article.id, screen.view("b").article.id


async def test_focus_starts_in_the_list_with_the_closest_pair():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await started(app, pilot)
        assert isinstance(app.focused, ArticleList)
        # alpha's closest source is beta (four shared passages), chosen by index + compare.
        assert ids(screen) == ("alpha", "beta")
        assert screen.state.comparison is not None and len(screen.state.comparison.passages) == 4


@pytest.mark.parametrize("down,up", [("j", "k"), ("down", "up")])
async def test_list_moves_with_j_k_and_arrows(down, up):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await started(app, pilot)
        await pilot.press(down, down)
        assert screen.article_list.cursor == 2
        await pilot.press(up)
        assert screen.article_list.cursor == 1


@pytest.mark.parametrize("bottom,top", [("G", "g"), ("end", "home")])
async def test_list_top_and_bottom(bottom, top):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await started(app, pilot)
        await pilot.press(bottom)
        assert screen.article_list.cursor == len(app.articles) - 1
        await pilot.press(top)
        assert screen.article_list.cursor == 0


async def test_list_pages():
    from test_tui_support import bundled

    many = [a for n in range(12) for a in bundled()]
    from dataclasses import replace

    many = [replace(a, id=f"{a.id}-{n}") for n, a in enumerate(many)]
    app = make_app(many)
    async with app.run_test(size=SIZE) as pilot:
        screen = await started(app, pilot)
        await pilot.press("pagedown")
        first = screen.article_list.cursor
        assert first > 5
        await pilot.press("pagedown")
        assert screen.article_list.cursor == 2 * first
        assert screen.article_list.scroll_y > 0
        await pilot.press("pageup", "pageup")
        assert screen.article_list.cursor == 0 and screen.article_list.scroll_y == 0


@pytest.mark.parametrize("key", ["enter", "a"])
async def test_enter_and_a_open_in_pane_a(key):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await started(app, pilot)
        await pilot.press("j", "j", key)
        await settle(pilot)
        assert ids(screen) == ("gamma", "beta")
        assert screen.state.comparison is not None
        # the list marks the panes and shows what each article shares with the new A
        assert screen.article_list.panes == {2: "A", 1: "B"}
        assert screen.article_list.shares.get(0) is not None


async def test_b_opens_in_pane_b():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await started(app, pilot)
        await pilot.press("j", "j", "j", "b")
        await settle(pilot)
        assert ids(screen) == ("alpha", "delta")
        assert screen.state.comparison is not None and screen.state.comparison.passages == []


async def test_opening_the_other_panes_article_swaps():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await started(app, pilot)
        await pilot.press("j", "a")  # beta is in B: opening it in A swaps
        await settle(pilot)
        assert ids(screen) == ("beta", "alpha")


async def test_x_swaps_the_panes():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await started(app, pilot)
        before = screen.state.comparison
        await pilot.press("x")
        await settle(pilot)
        assert ids(screen) == ("beta", "alpha")
        after = screen.state.comparison
        assert after.a_shared == pytest.approx(before.b_shared)
        assert [p.a_start for p in after.passages] == sorted(p.b_start for p in before.passages)
        assert "B shares" in str(app.main_screen.query_one("#status").render())


async def test_curly_brackets_step_pane_b_through_the_sources():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await started(app, pilot)
        seen = []
        for _ in range(3):
            await pilot.press("right_curly_bracket")
            await settle(pilot)
            seen.append(ids(screen))
        assert seen == [("alpha", "gamma"), ("alpha", "delta"), ("alpha", "beta")]
        await pilot.press("left_curly_bracket")
        await settle(pilot)
        assert ids(screen) == ("alpha", "delta")
        assert screen.pane("b").header.article.id == "delta"


async def test_square_brackets_walk_passages_and_line_up_both_panes():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await started(app, pilot)
        a, b = screen.view("a"), screen.view("b")
        for expected in (0, 1, 2):
            await pilot.press("right_square_bracket")
            await pilot.pause()
            assert screen.state.passage == expected
            number = expected + 1
            assert a.current == b.current == number
            # the passage and its twin sit on the same screen row in both panes
            assert a.passage_row(number) - a.scroll_y == b.passage_row(number) - b.scroll_y
            assert a.scroll_y <= a.passage_row(number) < a.scroll_y + a.size.height
        assert a.scroll_y > 0 and b.scroll_y > 0
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert screen.state.passage == 1
        assert a.passage_row(2) - a.scroll_y == b.passage_row(2) - b.scroll_y


async def test_s_toggles_synchronised_scrolling():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await started(app, pilot)
        a, b = screen.view("a"), screen.view("b")
        assert screen.state.sync
        a.focus()
        await pilot.press("pagedown")
        await pilot.pause()
        assert a.scroll_y > 0 and b.scroll_y > 0  # B followed A
        await pilot.press("s")
        assert not screen.state.sync
        assert "sync off" in str(screen.query_one("#status").render())
        b_before = b.scroll_y
        await pilot.press("pagedown")
        await pilot.pause()
        assert b.scroll_y == b_before  # B stays
        await pilot.press("s")
        assert screen.state.sync


async def test_tab_and_shift_tab_cycle_list_panes_side_panel():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(app, pilot)
        order = []
        for _ in range(4):
            await pilot.press("tab")
            order.append(app.focused)
        assert isinstance(order[0], ArticleView) and order[0].side == "a"
        assert isinstance(order[1], ArticleView) and order[1].side == "b"
        assert order[2] in app.main_screen.query_one("#side").query("*")
        assert isinstance(order[3], ArticleList)
        await pilot.press("shift+tab")
        assert app.focused is order[2]
        await pilot.press("shift+tab")
        assert app.focused is order[1]


@pytest.mark.parametrize("down,up,top,bottom", [("j", "k", "g", "G"), ("down", "up", "home", "end")])
async def test_pane_keys_scroll_the_focused_pane(down, up, top, bottom):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await started(app, pilot)
        view = screen.view("a")
        await pilot.press("tab")
        assert app.focused is view
        await pilot.press(down, down)
        assert view.scroll_y == 2
        await pilot.press(up)
        assert view.scroll_y == 1
        await pilot.press(bottom)
        assert view.scroll_y == view.max_scroll_y > 0
        await pilot.press(top)
        assert view.scroll_y == 0
        for key in ("pagedown", "space"):
            await pilot.press(key)
            assert view.scroll_y > 0
            await pilot.press("pageup")
            assert view.scroll_y == 0


async def test_slash_searches_the_focused_pane_and_n_N_move():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await started(app, pilot)
        view = screen.view("b")
        await pilot.press("tab", "tab")
        assert app.focused is view
        await pilot.press("slash")
        bar = screen.query_one(SearchBar)
        assert app.focused is bar and bar.display
        word = "zodaripo"
        await pilot.press(*word)
        assert len(view.matches) >= 1 and view.match_index == 0
        assert word in str(screen.query_one("#status").render())
        await pilot.press("enter")
        assert app.focused is view and not bar.display
        total = len(view.matches)
        await pilot.press("n")
        assert view.match_index == 1 % total
        await pilot.press("N")
        assert view.match_index == 0
        assert screen.view("a").matches == []


async def test_a_search_with_straight_quotes_finds_curly_ones():
    from reader.library.model import Article

    body = "The IRS’s data deal was “unlawful,” the judge said.\n\nThe IRS's lawyers declined to comment.\n"
    articles = [Article(id="q", body=body, title="Quotes", words=16),
                Article(id="r", body="Another text entirely about ferries.\n", title="Other", words=5)]
    app = make_app(articles)
    async with app.run_test(size=SIZE) as pilot:
        screen = await started(app, pilot)
        view = screen.view("a")
        await pilot.press("tab")
        assert app.focused is view
        await pilot.press("slash", *"IRS's", "enter")
        assert [body[s:e] for s, e in view.matches] == ["IRS’s", "IRS's"]
        assert view.search('"unlawful,"') == 1 and body[slice(*view.matches[0])] == "“unlawful,”"
        assert view.search("IRS’S") == 2                                  # and curly finds straight


async def test_search_moves_to_a_match_off_screen():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await started(app, pilot)
        view = screen.view("a")
        last_block = view.document.blocks[-1].plain
        phrase = " ".join(last_block.split()[-3:]).strip(".")
        await pilot.press("tab", "slash")
        screen.query_one(SearchBar).value = phrase  # as if typed
        await pilot.press("enter")
        assert view.matches
        row = view.row_of(view.matches[view.match_index][0])
        assert view.scroll_y <= row < view.scroll_y + view.size.height
        assert view.scroll_y > 0


async def test_escape_cancels_the_search():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await started(app, pilot)
        await pilot.press("slash", "z", "o")
        assert screen.view("a").matches
        await pilot.press("escape")
        assert screen.view("a").matches == []
        assert not screen.query_one(SearchBar).display
        assert isinstance(app.focused, ArticleView)


async def test_n_without_a_search_says_so():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(app, pilot)
        await pilot.press("n")
        await pilot.pause()
        assert any("No search matches" in n.message for n in app._notifications)


@pytest.mark.parametrize("key,tab", [("quotation_mark", "quotes"), ("e", "entities")])
async def test_quote_and_e_focus_the_side_panel_tabs(key, tab):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await started(app, pilot)
        other = "entities" if tab == "quotes" else "quotes"
        screen.query_one(TabbedContent).active = other
        await pilot.press(key)
        await pilot.pause()
        tabs = screen.query_one(TabbedContent)
        assert tabs.active == tab
        assert app.focused in screen.query_one("#side").query("*")


async def test_side_panel_opens_and_closes_on_a_narrow_screen():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await started(app, pilot)
        side = screen.query_one("#side")
        assert not side.display or side.region.area == 0
        await pilot.press("e")
        await pilot.pause()
        assert side.region.area > 0
        assert screen.query_one(TabbedContent).active == "entities"
        await pilot.press("escape")
        await pilot.pause()
        assert side.region.area == 0
        assert isinstance(app.focused, ArticleList)


async def test_question_mark_shows_help_listing_every_key():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = app.screen.table
        text = "".join(seg.text for seg in app.console.render(shown, app.console.options.update(width=120)))
        for _title, group, _where in bindings.SECTIONS:
            for binding in group:
                assert binding.description in text
                assert binding.id in text
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("question_mark")
        await pilot.press("question_mark")
        assert not isinstance(app.screen, HelpScreen)


async def test_help_scrolls_with_j_k_g_G_like_the_panes():
    app = make_app()
    async with app.run_test(size=(100, 20)) as pilot:
        await started(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        view = app.screen.query_one("#help")
        await pilot.press("j", "j")
        await pilot.pause()
        assert view.scroll_y == 2
        await pilot.press("k")
        await pilot.pause()
        assert view.scroll_y == 1
        await pilot.press("G")
        await pilot.pause()
        assert view.scroll_y == view.max_scroll_y > 2
        await pilot.press("g")
        await pilot.pause()
        assert view.scroll_y == 0


async def test_command_palette_runs_reader_actions():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await started(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        from textual.command import CommandPalette

        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"swap a/b")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert ids(screen) == ("beta", "alpha")


async def test_command_palette_lists_every_reader_action():
    from reader.tui.commands.palette import ReaderCommands

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(app, pilot)
        provider = ReaderCommands(app.screen)
        names = [hit.text for hit in [h async for h in provider.discover()]]
        for _title, group, where in bindings.SECTIONS:
            if where not in bindings.PALETTE_WHERE:
                continue
            for binding in group:
                assert any(binding.description in str(name) or "Quit" in str(name) for name in names)
        assert len(names) == sum(len(g) for _t, g, w in bindings.SECTIONS if w in bindings.PALETTE_WHERE)


async def test_palette_pane_action_scrolls_the_last_pane():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await started(app, pilot)
        screen.run_palette_action("pane", "scroll_end")
        await pilot.pause()
        assert screen.view("a").scroll_y > 0
        screen.run_palette_action("list", "last")
        await pilot.pause()
        assert screen.article_list.cursor == len(app.articles) - 1


async def test_q_quits():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(app, pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_escape_dismisses_the_messages_shown():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(app, pilot)
        app.notify("one bad file", title="1 file(s) skipped or read with problems", timeout=60)
        await pilot.pause()
        assert len(app._notifications) == 1
        await pilot.press("escape")
        await pilot.pause()
        assert len(app._notifications) == 0


async def test_messages_leave_the_status_line_and_key_bar_readable():
    from textual.widgets._toast import Toast

    from reader.tui.widgets.key_bar import KeyBar
    from reader.tui.widgets.status_line import StatusLine

    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await started(app, pilot)
        app.notify("one bad file", title="1 file(s) skipped or read with problems", timeout=60)
        await pilot.pause(0.3)
        toast = app.screen.query_one(Toast).region
        for widget in (screen.query_one(StatusLine), screen.query_one(KeyBar)):
            assert toast.bottom <= widget.region.y, (toast, widget.region)


async def test_keys_can_be_remapped_by_id():
    app = make_app(keymap={"reader.next-source": "ctrl+n"})
    async with app.run_test(size=SIZE) as pilot:
        screen = await started(app, pilot)
        await pilot.press("right_curly_bracket")
        await settle(pilot)
        assert ids(screen) == ("alpha", "beta")
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert ids(screen) == ("alpha", "gamma")


async def test_the_keymap_file_remaps_keys(tmp_path, monkeypatch):
    from test_tui_support import story

    from reader.tui.app import ReaderApp

    path = tmp_path / "keymap.toml"
    path.write_text('"reader.swap" = "w"\n')
    monkeypatch.setenv("READER_KEYMAP", str(path))
    app = ReaderApp(story())
    async with app.run_test(size=SIZE) as pilot:
        screen = await started(app, pilot)
        assert app.keymap_overrides == {"reader.swap": "w"}
        await pilot.press("w")
        await settle(pilot)
        assert ids(screen) == ("beta", "alpha")


async def test_a_broken_keymap_file_is_reported(tmp_path, monkeypatch):
    from test_tui_support import story

    from reader.tui.app import ReaderApp

    path = tmp_path / "keymap.toml"
    path.write_text("this is [ not toml")
    monkeypatch.setenv("READER_KEYMAP", str(path))
    app = ReaderApp(story())
    async with app.run_test(size=SIZE) as pilot:
        await started(app, pilot)
        assert any("keymap ignored" in n.message for n in app._notifications)
        await pilot.press("x")
        assert app.is_running


def test_every_binding_has_an_id_and_a_description():
    all_ids = []
    for _title, group, _where in bindings.SECTIONS:
        for binding in group:
            assert binding.id and binding.id.startswith("reader.")
            assert binding.description
            all_ids.append(binding.id)
    assert len(all_ids) == len(set(all_ids))


# --- hostile keymap files (issue 13 part B, issue 14) ------------------------------


def _app_with_keymap(monkeypatch, path):
    from test_tui_support import story

    from reader.tui.app import ReaderApp

    monkeypatch.setenv("READER_KEYMAP", str(path))
    return ReaderApp(story())


def _warnings(app) -> list[str]:
    return [n.message for n in app._notifications if n.severity == "warning"]


async def test_a_fifo_as_keymap_never_freezes_the_tui(tmp_path, monkeypatch):
    import os
    import time

    fifo = tmp_path / "keymap.toml"
    os.mkfifo(fifo)
    app = _app_with_keymap(monkeypatch, fifo)
    start = time.monotonic()
    async with app.run_test(size=SIZE) as pilot:
        await started(app, pilot)
        assert any("keymap ignored (not a regular file)" in m for m in _warnings(app))
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running
    assert time.monotonic() - start < 5  # a FIFO read would block for ever; 5 s leaves room for a busy machine


def test_keymap_files_are_read_only_when_regular_and_small(tmp_path, monkeypatch):
    import os

    from reader.tui.keymap_file import MAX_BYTES, load_keymap

    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)
    assert load_keymap(fifo) == ({}, f"{fifo}: keymap ignored (not a regular file)")
    assert load_keymap(tmp_path) == ({}, f"{tmp_path}: keymap ignored (not a regular file)")
    big = tmp_path / "big.toml"
    big.write_text("# " + "x" * MAX_BYTES + "\n")
    assert "over the 64 KB limit" in load_keymap(big)[1]
    monkeypatch.setenv("READER_KEYMAP", "/dev/zero")
    assert load_keymap()[1] == "/dev/zero: keymap ignored (not a regular file)"
    monkeypatch.setenv("READER_KEYMAP", str(tmp_path / "missing.toml"))
    assert load_keymap()[1] == f"{tmp_path / 'missing.toml'}: keymap ignored (no such file; READER_KEYMAP names it)"


def test_keymap_check_unknown_ids_and_clashes():
    accepted, problems = bindings.check_keymap({"reader.quit": "x", "reader.nope": "z"})
    assert accepted == {}
    assert problems == [
        "keymap: unknown binding id 'reader.nope' ignored (the help screen, ?, lists them)",
        'keymap: "reader.quit" = "x" refused: x is already the key of reader.swap, reader.versions.swap '
        "(move those bindings to another key first)",
    ]
    # moving the default out of the way first frees the key, whatever the order of the lines
    # (x also swaps on the versions screen, where quit answers too)
    assert bindings.check_keymap({"reader.quit": "x", "reader.swap": "w", "reader.versions.swap": "w"}) == (
        {"reader.quit": "x", "reader.swap": "w", "reader.versions.swap": "w"}, [])
    # a key of several keeps the ones that are free; keys in other contexts never clash
    assert bindings.check_keymap({"reader.quit": "x,ctrl+x"})[0] == {"reader.quit": "ctrl+x"}
    assert bindings.check_keymap({"reader.list.open-b": "j"})[1] != []        # list.down has j
    assert bindings.check_keymap({"reader.story.close": "x"}) == ({"reader.story.close": "x"}, [])
    # an earlier line wins over a later one wanting the same key
    accepted, problems = bindings.check_keymap({"reader.sync": "w", "reader.swap": "w"})
    assert accepted == {"reader.sync": "w"} and "reader.swap" in problems[0]
    # the README's examples are accepted as they stand
    assert bindings.check_keymap({"reader.next-source": "ctrl+n", "reader.quit": "q,ctrl+c"})[1] == []
    assert bindings.check_keymap({"reader.sync": "w", "reader.swap": "x"})[1] == []    # its own default


def test_every_keymap_example_of_the_readme_is_accepted():
    import re
    import tomllib
    from pathlib import Path

    readme = (Path(__file__).parents[1] / "README.md").read_text()
    examples = [tomllib.loads(block) for block in re.findall(r"```toml\n(.*?)```", readme, re.S)
                if block.lstrip().startswith('"reader.')]
    assert len(examples) >= 2 and any(example.get("reader.quit") == "x" for example in examples)
    for example in examples:
        accepted, problems = bindings.check_keymap(example)
        assert problems == [] and accepted == example


async def test_keymap_problems_are_notified_and_clashing_keys_refused(tmp_path, monkeypatch):
    path = tmp_path / "keymap.toml"
    path.write_text('"reader.quit" = "x"\n"reader.nope" = "z"\n"reader.sync" = "w"\n')
    app = _app_with_keymap(monkeypatch, path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await started(app, pilot)
        warnings = _warnings(app)
        assert any('"reader.quit" = "x" refused' in m for m in warnings)
        assert any("unknown binding id 'reader.nope'" in m for m in warnings)
        assert app.keymap_overrides == {"reader.sync": "w"}
        await pilot.press("x")  # still swaps: the user's line for x was refused, and said so
        await settle(pilot)
        assert ids(screen) == ("beta", "alpha") and app.is_running


async def test_a_named_keymap_that_does_not_exist_is_reported(tmp_path, monkeypatch):
    app = _app_with_keymap(monkeypatch, tmp_path / "nowhere.toml")
    async with app.run_test(size=SIZE) as pilot:
        await started(app, pilot)
        assert any("no such file; READER_KEYMAP names it" in m for m in _warnings(app))


def test_keymap_problems_go_to_stderr_before_the_tui(tmp_path, monkeypatch, capsys):
    from reader.cli.tui_start import check_keymap

    path = tmp_path / "keymap.toml"
    path.write_text('"reader.quit" = "x"\n')
    monkeypatch.setenv("READER_KEYMAP", str(path))
    check_keymap()
    assert capsys.readouterr().err == ('reader: warning: keymap: "reader.quit" = "x" refused: x is already the key '
                                       "of reader.swap, reader.versions.swap "
                                       "(move those bindings to another key first)\n")


# --- every screen's keys (issue 14) -------------------------------------------------


def _bundled_app():
    from test_tui_support import bundled, fixed_compare

    return make_app(bundled(), pair=(0, 1), compare=fixed_compare)


@pytest.mark.parametrize("tab", ["quotes", "entities"])
async def test_side_lists_move_with_j_k_g_G_and_enter_marks(tab):
    from reader.tui.widgets.side_list import SideList

    app = _bundled_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await started(app, pilot)
        await pilot.press("quotation_mark" if tab == "quotes" else "e")
        await settle(pilot)
        listing = app.focused
        assert isinstance(listing, SideList) and len(listing.items) > 2
        first = listing.selected_item
        assert first is listing.items[0]  # the list starts on its first item
        await pilot.press("j")
        assert listing.selected_item is listing.items[1]
        await pilot.press("k")
        assert listing.selected_item is first
        await pilot.press("G")
        assert listing.selected_item is listing.items[-1]
        await pilot.press("g")
        assert listing.selected_item is first
        await pilot.press("enter")
        await settle(pilot)
        assert screen.view("a").selection == sorted(first.spans.get("a", []))


async def test_double_click_on_a_list_row_opens_it_in_pane_a():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await started(app, pilot)
        listing = screen.article_list
        row = 1 + listing.rows.starts[2]  # the header, then gamma's first row
        await pilot.click(ArticleList, offset=(4, row), times=2)
        await settle(pilot)
        assert ids(screen)[0] == "gamma"


async def test_focus_shows_on_the_focused_area():
    app = make_app(pair=(0, 1))
    async with app.run_test(size=SIZE) as pilot:
        screen = await started(app, pilot)
        focused = []
        for _ in range(4):
            marked = [w for w in (screen.article_list, screen.pane("a"), screen.pane("b"), screen.side_panel)
                      if w.has_class("-focused")]
            focused.append(marked)
            await pilot.press("tab")
            await pilot.pause()
        assert focused == [[screen.article_list], [screen.pane("a")], [screen.pane("b")], [screen.side_panel]]
        # and it is drawn: pane A's header looks different focused and not
        screen.view("a").focus()
        await pilot.pause()
        a_focused = app.export_screenshot()
        screen.view("b").focus()
        await pilot.pause()
        assert app.export_screenshot() != a_focused


@pytest.mark.parametrize("width", [80, 100, 120, 160])
async def test_the_footer_keeps_help_and_quit_then_story_at_every_width(width):
    from reader.tui.widgets.key_bar import KeyBar

    app = make_app()
    async with app.run_test(size=(width, 30)) as pilot:
        screen = await started(app, pilot)
        for focus in (screen.article_list, screen.view("a")):
            focus.focus()
            await pilot.pause()
            shown = screen.query_one(KeyBar).render().plain
            assert "? Help" in shown and "q Quit" in shown and "m Story" in shown
            assert len(shown) <= width


async def test_the_footer_redraws_when_its_keys_change_and_only_then():
    """The bindings signal comes at every focus change; the footer redraws when the keys
    it shows change (what it last drew is what the focus offers) and not otherwise."""
    from reader.tui.widgets.key_bar import KeyBar

    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await started(app, pilot)
        bar = screen.query_one(KeyBar)
        drawn = []
        for focus in (screen.article_list, screen.view("a"), screen.article_list):
            focus.focus()
            await pilot.pause()
            await pilot.pause()
            assert bar._drawn == (bar.entries(), bar.size.width)
            drawn.append([e[0] for e in bar.entries()])
        assert drawn[0] != drawn[1] and drawn[0] == drawn[2]
        refreshes = []
        bar.refresh = lambda *args, **kwargs: refreshes.append(1) or bar  # type: ignore[method-assign]
        bar._bindings_changed(screen)
        assert refreshes == []


async def test_the_status_line_keeps_sync_on_when_narrow():
    from reader.tui.widgets.status_line import keep_end

    assert keep_end("] walks 41 passages · sync on", 12) == "… · sync on"
    assert keep_end("passage 3/41 · sync on · loading… 1,000 articles", 30).endswith("1,000 articles")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await started(app, pilot)
        screen.status_line.set("B shares 100% of its words with A · 41 passages · 3 verbatim · 38 edited",
                               "] walks 41 passages · sync on")
        await pilot.pause()
        assert "sync on" in screen.status_line.render().plain


async def _story(pilot, app):
    from reader.tui.screens.story_screen import StoryScreen

    await settle(pilot)
    await pilot.press("m")
    await settle(pilot)
    assert isinstance(app.screen, StoryScreen)
    return app.screen


async def test_story_heat_map_g_G_and_clicks_open_a_pair():
    from reader.tui.widgets.heat_map import HeatMap

    app = _bundled_app()
    async with app.run_test(size=SIZE) as pilot:
        story = await _story(pilot, app)
        heat = story.query_one(HeatMap)
        assert app.focused is heat
        await pilot.press("G")
        assert heat.cursor[0] == len(heat.ids) - 1
        await pilot.press("g")
        assert heat.cursor[0] == 0
        await pilot.press("l", "j", "h", "k")
        assert heat.cursor == (0, 1)
        # a click on a cell moves the cursor there; a second click opens the pair
        x, y = heat.label_width + heat.cell * 2 + 2, heat.header_rows + 3
        await pilot.click(HeatMap, offset=(x, y))
        await pilot.pause()
        assert heat.cursor == (3, 2) and app.screen is story
        await pilot.click(HeatMap, offset=(x, y))
        await settle(pilot)
        assert app.screen is app.main_screen
        assert ids(app.main_screen) == (heat.ids[3], heat.ids[2])


async def test_story_lists_scroll_with_j_k_g_G_and_pages():
    app = _bundled_app()
    async with app.run_test(size=SIZE) as pilot:
        story = await _story(pilot, app)
        body = story.query_one("#story-body")
        await pilot.press("tab")
        assert app.focused is body
        await pilot.press("j", "j")
        assert body.scroll_y == 2
        await pilot.press("k")
        assert body.scroll_y == 1
        await pilot.press("G")
        assert body.scroll_y == body.max_scroll_y > 0
        await pilot.press("g")
        assert body.scroll_y == 0
        await pilot.press("pagedown")
        assert body.scroll_y > 2
        await pilot.press("pageup")
        assert body.scroll_y == 0
        await pilot.press("space")
        assert body.scroll_y > 2


async def test_story_plus_and_a_click_show_every_item():
    from reader.tui.screens.story_sections import MORE_HINT

    app = _bundled_app()
    async with app.run_test(size=SIZE) as pilot:
        story = await _story(pilot, app)
        sections = list(story.query(".story-section"))
        text = "\n".join(str(s.render()) for s in sections)
        assert MORE_HINT in text  # the bundled story has more unique lines than shown
        cut = [s for s in sections if s.has_class("-has-more")]
        assert cut
        await pilot.press("plus")
        await pilot.pause()
        text = "\n".join(str(s.render()) for s in story.query(".story-section"))
        assert MORE_HINT not in text and "… and" not in text
        assert not list(story.query(".-has-more"))
        await pilot.press("plus")  # nothing more to show: said so
        await pilot.pause()
        assert any("in full" in n.message for n in app._notifications)


async def test_story_help_lists_the_story_keys():
    app = _bundled_app()
    async with app.run_test(size=SIZE) as pilot:
        await _story(pilot, app)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = app.screen.table
        text = "".join(seg.text for seg in app.console.render(shown, app.console.options.update(width=140)))
        for group in (bindings.STORY, bindings.MAP, bindings.STORY_LISTS, bindings.SIDE_LIST):
            for binding in group:
                assert binding.id in text and binding.description in text
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


# Every binding's test, so a key added without one fails here.
TESTED_BY = {
    "reader.quit": "test_q_quits", "reader.help": "test_question_mark_shows_help_listing_every_key",
    "reader.dismiss-messages": "test_escape_dismisses_the_messages_shown",
    "reader.focus-next": "test_tab_and_shift_tab_cycle_list_panes_side_panel",
    "reader.focus-previous": "test_tab_and_shift_tab_cycle_list_panes_side_panel",
    "reader.swap": "test_x_swaps_the_panes",
    "reader.next-source": "test_curly_brackets_step_pane_b_through_the_sources",
    "reader.previous-source": "test_curly_brackets_step_pane_b_through_the_sources",
    "reader.next-passage": "test_square_brackets_walk_passages_and_line_up_both_panes",
    "reader.previous-passage": "test_square_brackets_walk_passages_and_line_up_both_panes",
    "reader.sync": "test_s_toggles_synchronised_scrolling",
    "reader.search": "test_slash_searches_the_focused_pane_and_n_N_move",
    "reader.next-match": "test_slash_searches_the_focused_pane_and_n_N_move",
    "reader.previous-match": "test_slash_searches_the_focused_pane_and_n_N_move",
    "reader.copy-quote": "test_side_panel.test_y_copies_the_selected_quote_in_plain_text",
    "reader.cite-format": "test_side_panel.test_Y_cycles_the_citation_format",
    "reader.quotes": "test_quote_and_e_focus_the_side_panel_tabs",
    "reader.entities": "test_quote_and_e_focus_the_side_panel_tabs",
    "reader.story": "test_story.test_m_shows_progress_then_the_results",
    "reader.list.down": "test_list_moves_with_j_k_and_arrows", "reader.list.up": "test_list_moves_with_j_k_and_arrows",
    "reader.list.top": "test_list_top_and_bottom", "reader.list.bottom": "test_list_top_and_bottom",
    "reader.list.page-down": "test_list_pages", "reader.list.page-up": "test_list_pages",
    "reader.list.open-a": "test_enter_and_a_open_in_pane_a", "reader.list.open-b": "test_b_opens_in_pane_b",
    **{f"reader.pane.{k}": "test_pane_keys_scroll_the_focused_pane"
       for k in ("down", "up", "top", "bottom", "page-down", "page-up")},
    "reader.side.close": "test_side_panel_opens_and_closes_on_a_narrow_screen",
    **{f"reader.side.{k}": "test_side_lists_move_with_j_k_g_G_and_enter_marks"
       for k in ("down", "up", "top", "bottom", "open")},
    "reader.search.cancel": "test_escape_cancels_the_search",
    "reader.help.close": "test_question_mark_shows_help_listing_every_key",
    "reader.help.down": "test_help_scrolls_with_j_k_g_G_like_the_panes",
    "reader.help.up": "test_help_scrolls_with_j_k_g_G_like_the_panes",
    "reader.help.top": "test_help_scrolls_with_j_k_g_G_like_the_panes",
    "reader.help.bottom": "test_help_scrolls_with_j_k_g_G_like_the_panes",
    "reader.story.close": "test_story.test_escape_and_m_close",
    "reader.story.more": "test_story_plus_and_a_click_show_every_item",
    "reader.story.focus-next": "test_story_lists_scroll_with_j_k_g_G_and_pages",
    **{f"reader.map.{k}": "test_story.test_the_cell_cursor_moves_with_arrows_and_hjkl"
       for k in ("up", "down", "left", "right")},
    "reader.map.top": "test_story_heat_map_g_G_and_clicks_open_a_pair",
    "reader.map.bottom": "test_story_heat_map_g_G_and_clicks_open_a_pair",
    "reader.map.open": "test_story.test_enter_opens_the_pair_row_in_a_column_in_b",
    **{f"reader.story.{k}": "test_story_lists_scroll_with_j_k_g_G_and_pages"
       for k in ("down", "up", "top", "bottom", "page-down", "page-up")},
    **{f"reader.stories.{k}": "test_stories.test_the_story_list_moves_with_j_k_g_G_and_enter_opens_one"
       for k in ("down", "up", "top", "bottom", "open")},
    **{k: "test_v_opens_the_versions_of_pane_a_and_a_b_x_esc_work"
       for k in ("reader.versions", "reader.versions.close", "reader.versions.a", "reader.versions.b",
                 "reader.versions.swap")},
    **{f"reader.versions.{k}": "test_the_versions_list_moves_with_j_k_g_G_in_aligned_columns"
       for k in ("down", "up", "top", "bottom")},
}


async def _open_versions(app, pilot):
    """Press v and wait until the versions screen shows its rows or its message."""
    from reader.tui.screens.versions_screen import VersionsScreen

    await pilot.press("v")
    screen = app.screen
    assert isinstance(screen, VersionsScreen)
    for _ in range(100):
        await pilot.pause(0.05)
        if screen.rows or screen.query_one("#versions-a-text").content:
            break
    return screen


async def test_v_opens_the_versions_of_pane_a_and_a_b_x_esc_work(tmp_path):
    from reader.library import versions
    from reader.library.importer import render
    from reader.library.loading import load_file
    from reader.tui.screens.versions_screen import VersionsScreen

    path = tmp_path / "market.md"
    path.write_text(render({"title": "Board votes to sell the market"}, "The vote was seven to two.\n"))
    for k, (title, body) in enumerate([("Board votes to keep the market", "The vote was five to four.\n"),
                                       ("Board keeps the market", "The vote was five to four, after midnight.\n")]):
        versions.add_version(path, render({"title": title}, body).encode(), now=1_800_000_000 + 3600 * k)
    article = load_file(path, [])
    other = tmp_path / "other.md"
    other.write_text("---\ntitle: Other\n---\n\nA different text about the weather this week.\n")
    app = make_app([article, load_file(other, [])])
    async with app.run_test(size=SIZE) as pilot:
        screen = await started(app, pilot)
        assert screen.view("a").article.id == article.id
        versions_screen = await _open_versions(app, pilot)
        assert [r["version"] for r in versions_screen.rows] == [1, 2, 3]
        assert (versions_screen.a, versions_screen.b) == (1, 2)           # opens on the last two
        await pilot.press("x")
        assert (versions_screen.a, versions_screen.b) == (2, 1)
        await pilot.press("up", "up")                                      # highlight version 1
        await pilot.press("a")
        assert versions_screen.a == 0
        await pilot.press("down", "b")
        assert versions_screen.b == 1
        left = versions_screen.query_one("#versions-a-text").content.plain
        assert "seven to two" in left
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is app.main_screen
        await pilot.press("v")
        assert isinstance(app.screen, VersionsScreen)
        await pilot.press("v")                                             # v closes it too
        await settle(pilot)
        assert app.screen is app.main_screen


async def test_the_versions_list_moves_with_j_k_g_G_in_aligned_columns(tmp_path):
    from reader.library import versions
    from reader.library.importer import render
    from reader.library.loading import load_file

    path = tmp_path / "walkway.md"
    path.write_text(render({"title": "Walkway collapses"}, "A walkway collapsed, injuring seven people.\n"))
    for k, (title, body) in enumerate([("Walkway collapses", "A walkway collapsed, injuring eight people.\n"),
                                       ("Walkway collapses, updated", "A walkway fell, injuring nine people.\n")]):
        versions.add_version(path, render({"title": title}, body).encode(), now=1_800_000_000 + 3600 * k)
    other = tmp_path / "other.md"
    other.write_text("---\ntitle: Other\n---\n\nA different text about the weather this week.\n")
    app = make_app([load_file(path, []), load_file(other, [])])
    async with app.run_test(size=SIZE) as pilot:
        await started(app, pilot)
        screen = await _open_versions(app, pilot)
        listing = screen.query_one("#versions-list")
        assert listing.highlighted == 2
        for keys, where in [(("k",), 1), (("k",), 0), (("G",), 2), (("g",), 0), (("j",), 1)]:
            await pilot.press(*keys)
            assert listing.highlighted == where, keys
        await pilot.press("a")
        assert screen.a == 1
        lines = [str(listing.get_option_at_index(k).prompt) for k in range(3)]
        assert "1 word changed" in lines[1] and "words changed" in lines[2]
        # the headline column starts at one place on every row without a "headline changed"
        assert len({line.index("Walkway") for line in lines[:2]}) == 1
        assert lines[2].index("headline changed") == lines[1].index("Walkway")


async def test_v_on_an_article_never_fetched_again_says_so():

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(app, pilot)
        screen = await _open_versions(app, pilot)
        assert str(screen.query_one("#versions-a-text").content).startswith("This article is not read from a file")


async def test_v_on_an_article_imported_once_says_there_is_one_version(tmp_path):
    from reader.library.importer import render
    from reader.library.loading import load_file

    paths = [tmp_path / "one.md", tmp_path / "two.md"]
    for path, title in zip(paths, ("One", "Two"), strict=True):
        path.write_text(render({"title": title}, f"{title}: a short text about the council's vote.\n"))
    app = make_app([load_file(p, []) for p in paths])
    async with app.run_test(size=SIZE) as pilot:
        await started(app, pilot)
        screen = await _open_versions(app, pilot)
        assert [r["version"] for r in screen.rows] == [1]
        assert str(screen.query_one("#versions-a-text").content).startswith("Only one version")


def test_every_key_of_every_screen_has_a_pilot_test():
    import importlib

    every = {b.id for group in bindings.GROUPS for b in group}
    assert every == set(TESTED_BY)
    for name in set(TESTED_BY.values()):
        module, _, function = name.rpartition(".")
        where = importlib.import_module(module.replace("test_", "test_tui_", 1)) if module else globals()
        assert callable(getattr(where, function, None) if module else where.get(function)), name


def test_a_keymap_repeating_one_key_or_full_of_bad_lines_makes_a_few_messages(tmp_path, monkeypatch):
    from reader.tui.keymap_file import MAX_PROBLEMS, user_keymap

    accepted, problems = bindings.check_keymap({"reader.help": ",".join(["a"] * 1000)})
    assert len(problems) == 1 and accepted == {}               # "a" is another binding's: refused once
    path = tmp_path / "keys.toml"
    path.write_text("".join(f'"reader.nope{n}" = "z"\n' for n in range(2000)), encoding="utf-8")
    monkeypatch.setenv("READER_KEYMAP", str(path))
    _, problems = user_keymap()
    assert len(problems) == MAX_PROBLEMS and problems[-1] == f"keymap: {2000 - MAX_PROBLEMS + 1} more problems"


def test_a_key_that_is_no_key_is_refused_and_the_binding_keeps_its_own(tmp_path):
    from reader.tui.keymap_file import load_keymap

    accepted, problems = bindings.check_keymap({"reader.sync": "bogus+key"})
    assert accepted == {}           # reader.sync keeps s
    assert problems == ['keymap: "reader.sync" = "bogus+key" refused: bogus+key is not a key '
                        "(write one character, or a name such as enter, f5, ctrl+n)"]
    ok = {"reader.sync": "f5", "reader.swap": "ctrl+w", "reader.next-source": "full_stop"}
    assert bindings.check_keymap(ok)[1] == []
    assert not bindings.valid_key("ctrl+") and not bindings.valid_key("hyperdrive+x")
    bad = tmp_path / "k.toml"
    bad.write_text('"reader.sync" = 5\n"reader.swap" = ["m", "M"]\n"reader.quit" = "q"\n', encoding="utf-8")
    keymap, problem = load_keymap(bad)
    assert keymap == {"reader.quit": "q"}
    assert problem.endswith("were ignored: reader.sync, reader.swap")
