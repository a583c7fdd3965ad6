"""The TUI in bad and big cases: markup in articles, NO_COLOR, resizing, failed and slow
comparisons, a 50,000-word pair, a 10,000-article library, loading in the background."""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import replace

import pytest
from test_tui_support import bundled, make_app, screen_text, settle, story
from textual.strip import Strip

from reader.engine.compare import compare_texts
from reader.library.model import Article
from reader.tui import run
from reader.tui.widgets.article_list import ArticleList

SIZE = (160, 45)


async def test_markup_and_escapes_in_articles_show_literally():
    body = "Text with [bold]not bold[/bold] and [red]x[/] and ␛[31m escaped.\n"
    articles = [Article(id="m1", body=body, title="[bold]Title[/bold] ␛[2J", outlet="[i]Outlet[/i]", words=9),
                Article(id="m2", body=body.upper(), title="Other", words=9)]
    app = make_app(articles)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "[bold]not bold[/bold]" in text
        assert "[red]x[/]" in text and "␛[31m" in text
        assert "[bold]Title[/bold] ␛[2J" in text
        assert "[i]Outlet[/i]" in text


async def test_no_color_still_shows_every_mark(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.no_color
        await pilot.press("right_square_bracket", "right_square_bracket")
        await pilot.pause()
        svg = app.export_screenshot()
        assert "line-through" in svg      # removed words (pane A)
        assert "underline" in svg         # added words (pane B)
        assert "font-weight: bold" in svg
        text = screen_text(app)
        assert "⟨2⟩" in text and "│" in text  # the passage marker and the bar beside its rows


async def test_resizing_never_crashes_and_rewraps():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.main_screen
        await pilot.press("right_square_bracket", "right_square_bracket")
        rows = len(screen.view("a").rows)
        for size in [(80, 24), (12, 5), (1, 1), (200, 60), SIZE]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            if size in ((12, 5), (1, 1)):
                await pilot.press("j", "right_square_bracket", "tab")
        assert app.is_running
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert len(screen.view("a").rows) > rows
        assert "MainScreen" in str(app.screen) and app.screen.has_class("-narrow")


async def test_a_failed_alignment_shows_a_message_not_a_traceback():
    def broken(a, b):
        raise ValueError("boom")

    app = make_app(compare=broken)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.main_screen
        screen.open(1, "b")
        await settle(pilot)
        assert app.is_running
        header = screen.pane("b").header
        assert header.error and "Could not compare" in header.notice and "boom" in header.notice
        assert "Could not compare A and B" in screen_text(app)
        await pilot.press("right_square_bracket", "x")
        await settle(pilot)
        assert app.is_running


async def test_keys_answer_while_a_slow_comparison_runs():
    release = threading.Event()

    def slow(a, b):
        release.wait(20)
        return compare_texts(a, b)

    app = make_app(compare=slow)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.main_screen
        screen.open(1, "b")
        await pilot.pause()
        assert screen.pane("b").header.notice == "Comparing…"
        assert "Comparing" in screen_text(app)
        started = time.monotonic()
        await pilot.press("j", "j", "k")
        assert screen.article_list.cursor == 1
        await pilot.press("tab", "j")
        assert screen.view("a").scroll_y == 1
        assert time.monotonic() - started < 10
        assert screen.state.comparison is None
        release.set()
        await settle(pilot)
        assert screen.state.comparison is not None and screen.pane("b").header.notice == ""


def _long(seed: int, words: int = 50_000) -> str:
    import random

    rng = random.Random(seed)
    bodies = [a.body for a in bundled()]
    out, n = [], 0
    while n < words:
        body = rng.choice(bodies)
        out.append(body)
        n += len(body.split())
    return "\n\n".join(out)


async def test_a_50000_word_pair_is_compared_in_a_worker():
    a_body, b_body = _long(1), _long(2)
    articles = [Article(id="long-a", body=a_body, title="Long A", words=len(a_body.split())),
                Article(id="long-b", body=b_body, title="Long B", words=len(b_body.split()))]
    started, enough = threading.Event(), threading.Event()
    runs = []

    def compare(a, b):
        # The real engine, kept busy until the test has sent its keys: one 50,000-word
        # comparison takes tens of milliseconds with the native module, too short to
        # press keys during, so it runs again and again while the test types.
        started.set()
        give_up = time.monotonic() + 60  # never hang the suite if the test itself goes wrong
        while True:
            result = compare_texts(a, b)
            runs.append(result)
            if enough.is_set() or time.monotonic() > give_up:
                return result

    app = make_app(articles, pair=(0, 1), compare=compare)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.main_screen
        while not started.is_set():
            await pilot.pause(0.01)
        assert screen.pane("b").header.notice == "Comparing…"
        view = screen.view("a")
        view.focus()
        # (the 50,000-word article is read and wrapped in a worker of its own first: the keys
        # below are about the comparison's worker, so they wait for the text to be shown)
        shown_by = time.monotonic() + 30
        while view.rows is None and time.monotonic() < shown_by:
            await asyncio.sleep(0.01)
        # Keys go in as a terminal would send them; Pilot.press would wait for the
        # process to be idle, which it is not while the engine works in its thread.
        waits = []
        while len(waits) < 8 or not runs:  # until a whole comparison ran while keys were answered
            before, sent = view.scroll_y, time.monotonic()
            app.simulate_key("j")
            while view.scroll_y == before and time.monotonic() - sent < 5:
                await asyncio.sleep(0.002)
            assert view.scroll_y == before + 1
            waits.append(time.monotonic() - sent)
        assert screen.pane("b").header.notice == "Comparing…"  # the engine was still at work
        assert sorted(waits)[len(waits) // 2] < 0.5
        enough.set()
        await settle(pilot)
        assert screen.pane("b").header.notice == ""
        assert len(screen.state.comparison.passages) > 50
        await pilot.press("right_square_bracket", "G", "right_square_bracket")
        assert app.is_running


async def test_a_10000_article_library_lists_through_the_line_api(monkeypatch):
    # Speed is measured in benchmarks.first_paint; here, what makes it fast: the list is one
    # widget that draws only the rows on screen, however long the library is.
    articles = [Article(id=f"a{i:05d}", body=f"Story {i} says something short.\n", title=f"Story number {i}",
                        outlet=f"Outlet {i % 40}", words=5) for i in range(10_000)]
    drawn: list[int] = []
    original = ArticleList.render_line

    def counting(self: ArticleList, y: int) -> Strip:
        drawn.append(y)
        return original(self, y)

    monkeypatch.setattr(ArticleList, "render_line", counting)
    app = make_app(articles)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        listing = app.main_screen.query_one(ArticleList)
        assert len(listing.children) == 0
        await pilot.press("G")
        assert listing.cursor == 9_999
        await pilot.press("pageup", "k", "g")
        assert listing.cursor == 0
        await pilot.pause()
        assert "Story number 0" in screen_text(app)
    # six screens' worth of rows at most (first paint and five moves), never the library
    assert 0 < len(drawn) <= 6 * SIZE[1] * 2


async def test_one_article_alone():
    app = make_app(bundled()[:1])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "nothing to compare" in screen_text(app)
        await pilot.press("right_curly_bracket", "x", "right_square_bracket", "b", "slash", "a", "enter", "n")
        await settle(pilot)
        assert app.is_running


async def test_opening_on_a_pair():
    articles = story()
    app = make_app(articles, pair=(2, 0))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.main_screen
        assert (screen.view("a").article.id, screen.view("b").article.id) == ("gamma", "alpha")
        assert len(screen.state.comparison.passages) == 1


async def test_the_rest_of_a_library_loads_in_the_background(tmp_path, monkeypatch):
    import reader.tui.app
    from reader.tui.loader import IncrementalLoader
    from reader.tui.screens.main_screen import MainScreen

    for i in range(30):
        (tmp_path / f"s{i:02d}.md").write_text(f"---\ntitle: Story {i}\n---\n\nBody of story {i} here.\n")
    (tmp_path / "broken.md").write_bytes(b"\x00\x01binary")
    monkeypatch.setattr(reader.tui.app, "LOAD_BATCH", 4)
    seen = []
    changed = MainScreen.library_changed

    def watch(screen):
        changed(screen)
        seen.append((len(screen.articles), screen.article_list.loading_note, screen.article_list.region.area))

    monkeypatch.setattr(MainScreen, "library_changed", watch)
    loader = IncrementalLoader([tmp_path])
    first = loader.more(5)
    app = make_app(first, loader=loader)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert len(seen) >= 3 and seen[0][1].startswith("loading…")
        assert all(area > 0 for _n, _note, area in seen)  # the list stays on screen while loading
        assert len(app.articles) == 30 and app.loaded
        assert [a.id for a in app.articles[:3]] == ["s00", "s01", "s02"]
        assert any("skipped" in (n.title or "") for n in app._notifications)


def test_run_reports_what_cannot_be_opened(tmp_path, capsys):
    assert run([str(tmp_path / "missing")]) == 1
    assert "no articles could be loaded" in capsys.readouterr().err
    assert run([], pair=("cnn", "nope")) == 1
    assert "no article 'nope'" in capsys.readouterr().err
    assert run([], pair=("cnn", "cnn")) == 2


def test_plain_text_articles_are_not_read_as_markdown(tmp_path):
    from reader.tui.widgets.article_view import is_markdown

    article = replace(bundled()[0], path=tmp_path / "a.txt")
    assert not is_markdown(article)
    assert is_markdown(bundled()[0])


@pytest.mark.parametrize("width", [60, 90, 160])
async def test_list_columns_fit_every_width(width):
    app = make_app()
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "Same" in text and "Alpha" in text
