"""The TUI's versions screen (issue 16): two versions side by side with the word diff."""

from __future__ import annotations

import asyncio

from textual.app import App
from textual.widgets import Static

from reader.library import versions
from reader.library.importer import render
from reader.library.loading import load_file
from reader.tui.screens.versions_screen import VersionsScreen


def _article(tmp_path, name="a"):
    path = tmp_path / f"{name}.md"
    path.write_text(render({"title": "Board votes to sell the market"}, "The vote was seven to two.\n"))
    versions.add_version(path, render({"title": "Board votes to keep the market"},
                                      "The vote was five to four.\n").encode(), now=1_800_000_000)
    return load_file(path, [])


def test_versions_screen_shows_the_last_two_versions_with_the_word_diff(tmp_path):
    article = _article(tmp_path)

    async def run() -> tuple[str, str, list, int]:
        app = App()
        async with app.run_test() as pilot:
            screen = VersionsScreen(article)
            await app.push_screen(screen)
            for _ in range(50):
                await pilot.pause(0.05)
                if screen.versions:
                    break
            left = screen.query_one("#versions-a-text", Static).content
            right = screen.query_one("#versions-b-text", Static).content
            await pilot.press("x")
            swapped = screen.a
            return left, right, screen.rows, swapped

    left, right, rows, swapped = asyncio.run(run())
    assert [r["version"] for r in rows] == [1, 2] and rows[1]["headline_changed"]
    assert [s.style for s in left.spans if left.plain[s.start:s.end] == "sell"] == ["strike red"]
    assert [s.style for s in right.spans if right.plain[s.start:s.end] == "keep"] == ["bold underline green"]
    assert swapped == 1


def test_versions_screen_opens_on_pane_a_of_the_reader_app(tmp_path):
    """What the hook (app.action_versions) does: the screen for pane A's article."""
    from test_tui_support import make_app, settle

    article = _article(tmp_path)
    other = _article(tmp_path, "b")

    async def run() -> list[dict]:
        app = make_app([article, other])
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            state = app.main_screen.state
            screen = VersionsScreen(app.articles[state.a])
            await app.push_screen(screen)
            for _ in range(50):
                await pilot.pause(0.05)
                if screen.rows:
                    break
            await pilot.press("escape")
            await settle(pilot)
            assert app.screen is app.main_screen
            return screen.rows

    rows = asyncio.run(run())
    assert [r["version"] for r in rows] == [1, 2]
