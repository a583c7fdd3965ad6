"""The story screen (``m``): progress, then the heat map, provenance, conflicts and quotes;
the cell cursor, enter opening the pair, closing; snapshots at 160×45 and 80×24."""

from __future__ import annotations

import threading

import pytest
from test_tui_support import bundled, make_app, screen_text, settle

from reader.tui import bindings
from reader.tui.screens.main_screen import MainScreen
from reader.tui.screens.story_screen import StoryScreen
from reader.tui.widgets.heat_map import HeatMap

SIZE = (160, 45)


async def open_story(app, pilot) -> StoryScreen:
    await settle(pilot)
    await pilot.press("m")
    await settle(pilot)
    assert isinstance(app.screen, StoryScreen)
    return app.screen


def cell(app, row_id: str, column_id: str) -> str:
    """The text of one heat map cell, as drawn."""
    heat = app.screen.query_one(HeatMap)
    lines = heat.render().plain.split("\n")
    i, j = heat.ids.index(row_id), heat.ids.index(column_id)
    start = heat.label_width + heat.cell * j
    return lines[i + heat.header_rows][start:start + heat.cell].strip(" ▸")


def test_m_is_a_reader_binding_with_an_id():
    story = [b for b in bindings.SCREEN if b.id == "reader.story"]
    assert story and story[0].key == "m" and story[0].description == "Story"


async def _opened(app, pilot) -> StoryScreen:
    """The Story screen ``m`` opens once the app has settled."""
    await settle(pilot)
    await pilot.press("m")
    screen = app.screen
    assert isinstance(screen, StoryScreen)
    return screen


async def test_m_shows_progress_then_the_results(monkeypatch):
    from reader.analysis import story as story_module
    from reader.tui import story_ahead

    monkeypatch.setattr(story_ahead, "STORY_AHEAD", 0)  # analysed when m asks, not ahead

    real = story_module.analyse_story
    release = threading.Event()

    def slow(articles, progress=None):
        def gated(done, total, what):
            progress(done, total, what)
            if done == 1:
                release.wait(10)
        return real(articles, progress=gated)

    monkeypatch.setattr(story_module, "analyse_story", slow)
    app = make_app(bundled())
    async with app.run_test(size=SIZE) as pilot:
        screen = await _opened(app, pilot)
        for _ in range(100):
            await pilot.pause(0.02)
            if any(done == 1 for done, _t, _w in screen.progress_seen):
                break
        await pilot.pause()
        bar = screen.query_one("#story-bar")
        assert screen.query_one("#story-progress").display and bar.progress >= 1 and bar.total > 1
        assert "Analysing" in screen_text(app) and not screen.query(HeatMap)
        release.set()
        await settle(pilot)
        assert not screen.query_one("#story-progress").display
        assert screen.progress_seen[-1][0] == screen.progress_seen[-1][1]
        text = screen_text(app)
        assert cell(app, "cnn", "house-addresses") == "100%"
        assert cell(app, "house-addresses", "cnn") == "100%"
        assert "house-addresses draws on cnn (reworded)" in text
        assert "CNN's own story" in text
        assert "1.28 million" in text and "1.27 million" in text
        line27 = next(line for line in text.splitlines() if "1.27 million" in line)
        assert "newsnation" in line27
        assert "carried by cnn, house-addresses" in text


async def _section(screen, pilot, heading: str) -> list[str]:
    """Scroll the story lists to ``heading``; the rows on screen and the section's own lines."""
    body = screen.query_one("#story-body")
    headings = list(screen.query(".story-heading"))
    at = next(k for k, h in enumerate(headings) if h.render().plain == heading)
    body.scroll_to_widget(headings[at], animate=False, top=True)
    await settle(pilot)
    section = screen.query(".story-section")[at - 1]   # the first heading is the heat map's
    return [" ".join(line.split()) for line in section.render().plain.splitlines()]


async def test_the_end_of_the_screen_lists_lines_entities_labels_and_the_timeline():
    app = make_app(bundled())
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_story(app, pilot)
        story, body = screen.story, screen.query_one("#story-body")
        await pilot.press("tab", "end")  # from the heat map to the sections, and to their end
        await settle(pilot)
        assert app.focused is body and body.scroll_y == body.max_scroll_y > 0
        rows = [" ".join(line.split()) for line in screen_text(app).splitlines()]
        assert "Timeline" in rows                                   # the last section
        entities = await _section(screen, pilot, "Entities only some sources mention")
        assert "Indira Talwani person in dcnf-talwani · not in cnn, house-addresses, judge-rules, newsnation" \
            in entities
        section = await _section(screen, pilot, "Lines only one source has")
        for article in story.articles:  # each article's count, then its first lines as the story found them
            lines = story.unique_lines[article.id]
            assert f"{article.id} {len(lines)} line{'s' if len(lines) != 1 else ''}" in section
        s, e = story.unique_lines["judge-rules"][0]
        first = " ".join(story.articles[story.index("judge-rules")].body[s:e].split())
        assert "· " + first in section  # whole: the screen wraps it
        labels = " ".join(await _section(screen, pilot, "Labels: the words each source uses"))
        assert "undocumented immigrants" in labels and "illegal" in labels
        timeline = await _section(screen, pilot, "Timeline")
        assert any(line.startswith("1. ") for line in timeline)
        assert {a.id for a in story.articles} <= {line.split()[1] for line in timeline if line[:1].isdigit()}


async def test_a_small_library_is_analysed_ahead_and_m_shows_it_at_once():
    app = make_app(bundled())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)  # the story is analysed once the library is loaded and indexed
        assert app.story.ready(app.articles) is not None
        for _ in range(2):  # the first time, and again (a new screen each time)
            before = app.screen
            await pilot.press("m")
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, StoryScreen) and screen is not before
            assert screen.progress_seen == [] and not screen.query_one("#story-progress").display
            assert screen.query(HeatMap) and screen.query_one(HeatMap).has_focus
            assert "Figures that disagree" in screen_text(app)
            await pilot.press("escape")
            await settle(pilot)


async def test_a_large_library_is_analysed_when_m_asks_then_kept(monkeypatch):
    from reader.tui import story_ahead

    monkeypatch.setattr(story_ahead, "STORY_AHEAD", 4)  # the bundled story has 5 articles
    app = make_app(bundled())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.story.cache is None and app.story.running is None
        first = await open_story(app, pilot)
        assert first.progress_seen and first.query(HeatMap)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("m")
        await pilot.pause()
        second = app.screen
        assert isinstance(second, StoryScreen) and second is not first
        assert second.progress_seen == [] and second.query(HeatMap)


async def test_the_cell_cursor_moves_with_arrows_and_hjkl():
    app = make_app(bundled())
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_story(app, pilot)
        heat = screen.query_one(HeatMap)
        assert app.focused is heat and heat.cursor == (0, 1)
        await pilot.press("right", "l", "down", "j")
        assert heat.cursor == (2, 3)
        await pilot.press("left", "up", "h", "k")
        assert heat.cursor == (0, 1)
        await pilot.press("k", "h", "h")
        assert heat.cursor == (0, 0)
        for _ in range(9):
            await pilot.press("j", "l")
        assert heat.cursor == (4, 4)


async def test_enter_opens_the_pair_row_in_a_column_in_b():
    app = make_app(bundled())
    async with app.run_test(size=SIZE) as pilot:
        await open_story(app, pilot)
        await pilot.press("j", "j", "left", "left")    # house-addresses × cnn
        await pilot.press("enter")
        await settle(pilot)
        main = app.screen
        assert isinstance(main, MainScreen)
        assert (main.view("a").article.id, main.view("b").article.id) == ("house-addresses", "cnn")
        assert main.state.comparison is not None and main.state.comparison.passages


async def test_enter_on_the_diagonal_stays():
    app = make_app(bundled())
    async with app.run_test(size=SIZE) as pilot:
        await open_story(app, pilot)
        await pilot.press("h", "enter")
        await pilot.pause()
        assert isinstance(app.screen, StoryScreen)


@pytest.mark.parametrize("key", ["escape", "m"])
async def test_escape_and_m_close(key):
    app = make_app(bundled())
    async with app.run_test(size=SIZE) as pilot:
        await open_story(app, pilot)
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


async def test_the_palette_lists_the_story():
    from reader.tui.commands.palette import ReaderCommands

    app = make_app(bundled())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        names = [name for name, _cb, _help in ReaderCommands(app.screen)._commands()]
        assert "Story" in names
        callback = next(cb for name, cb, _help in ReaderCommands(app.screen)._commands() if name == "Story")
        callback()
        await settle(pilot)
        assert isinstance(app.screen, StoryScreen)


async def test_article_text_is_not_markup():
    from reader.library.model import Article

    body = "The [bold]same[/bold] words are shared here by both of these sources in full.\n" * 5
    articles = [Article(id="[b]one[/b]", body=body, title="x", words=70),
                Article(id="two", body=body, title="y", words=70)]
    app = make_app(articles)
    async with app.run_test(size=SIZE) as pilot:
        await open_story(app, pilot)
        assert "[b]one[/b]" in screen_text(app)


def _after_story(pilot_keys=()):
    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("m")
        await settle(pilot)
        for key in pilot_keys:
            await pilot.press(key)
        await settle(pilot)

    return run_before


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
@pytest.mark.parametrize("size", [(80, 24), (120, 40), (160, 45)], ids=lambda size: f"{size[0]}x{size[1]}")
def test_story_screen(snap_compare, size, theme):
    from reader.tui.settings import Settings

    app = make_app(bundled(), settings=Settings(theme=theme))
    assert snap_compare(app, terminal_size=size, run_before=_after_story(("l",)))


def test_entity_rows_line_up_in_terminal_cells_even_for_wide_names():
    from types import SimpleNamespace

    from rich.cells import cell_len

    from reader.tui.screens.story_sections import entities_text

    rows = [{"name": name, "type": kind, "articles": ["a"], "missing": ["b"], "mentions": 1}
            for name, kind in (("東京都庁", "organization"), ("Bob", "person"), ("[b]x[/b]", "place"))]
    lines = entities_text(SimpleNamespace(entities=rows, faults={})).plain.splitlines()
    starts = {cell_len(line[: line.index("  in a")]) for line in lines}
    assert len(starts) == 1                                   # one column for "in …", whatever the name
    assert lines[2].startswith("[b]x[/b]")                    # names are text, not markup


@pytest.mark.parametrize("cap", [None, 3])
async def test_the_heat_map_holds_the_cell_by_cell_shares(monkeypatch, cap):
    """The map's rows come from Story.matrix_row (one pass a row), cut to the articles
    shown: the same numbers as not_aligned/shared cell by cell, when the map shows every
    article and when it shows only the first ones."""
    import reader.tui.screens.story_screen as story_screen

    if cap is not None:
        monkeypatch.setattr(story_screen, "MAX_MAP", cap)
    app = make_app(bundled())
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_story(app, pilot)
        story = screen.story
        assert story is not None
        shown = len(story.articles) if cap is None else cap
        expected = [[None if story.not_aligned(i, j) else story.shared(i, j) for j in range(shown)]
                    for i in range(shown)]
        assert screen.query_one(HeatMap).shares == expected


async def test_progress_and_the_end_reaching_a_closing_screen_are_ignored():
    # (a sweep closed and opened the Story screen quickly while the analysis ran: a step
    # reached the closing screen, whose widgets were gone, and the app crashed)
    app = make_app(bundled())
    async with app.run_test(size=SIZE) as pilot:
        screen = await _opened(app, pilot)
        await settle(pilot)
        await screen.query_one("#story-progress").remove()
        screen._progress(1, 5, "aligning")                         # no widget to show it in: ignored
        screen._analysed(("other",), None, "boom")
        from reader.tui.story_ahead import story_key
        screen._analysed(story_key(app.articles), None, "boom")   # the end, with nothing to show it in
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, StoryScreen)


async def test_a_wrapped_list_item_continues_under_its_text_not_left_of_its_bullet():
    app = make_app(bundled())
    async with app.run_test(size=(80, 40)) as pilot:
        screen = await open_story(app, pilot)
        await _section(screen, pilot, "Lines only one source has")
        section = next(s for s in screen.query(".story-section") if " lines" in s.render().plain)
        drawn = [strip.text.rstrip() for strip in section.render_lines(section.region.reset_offset)]
        assert max(len(line) for line in drawn) <= section.region.width
        wrapped = 0
        for k, line in enumerate(drawn):
            if not line.lstrip().startswith("· "):
                continue
            text_at = line.index("·") + 2
            for after in drawn[k + 1:]:
                if after.lstrip().startswith("· ") or len(after) - len(after.lstrip()) <= line.index("·"):
                    break
                assert len(after) - len(after.lstrip()) == text_at, (line, after)  # under the text
                wrapped += 1
        assert wrapped > 3
