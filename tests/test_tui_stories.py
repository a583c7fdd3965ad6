"""The story list ``reader`` shows first when the library holds several stories (issue 15):
read and grouped in a worker, one option per story, j/k/g/G move, enter opens, q quits.
The second story's texts are made up for this test."""

from __future__ import annotations

import pytest
from test_tui_support import settle

from reader.library.importer import render
from reader.library.resources import bundled_articles_dir
from reader.tui.stories_app import StoriesApp, StoryOptions

FERRY = [
    "A passenger ferry ran aground off Pelican Point early Sunday after its engine failed in heavy fog, the "
    "coast guard said, and all 212 people aboard were taken off by lifeboats before noon.",
    "Captain Rosa Lindqvist radioed for help at 5:40 a.m. when the Harbor Star lost power two miles from the "
    "terminal, according to a statement from the Northern Ferry Company.",
    "Three passengers were treated for mild hypothermia at Bayview Hospital and released in the afternoon.",
    "The company said it would inspect its other four vessels before service resumed on Tuesday.",
]


def _library(tmp_path):
    folder = tmp_path / "ferry"
    folder.mkdir()
    for k, outlet in enumerate(("Coast Courier", "Bay Radio")):
        body = "\n\n".join(FERRY if k == 0 else [FERRY[1], FERRY[0], FERRY[3]])
        (folder / f"ferry-{k}.md").write_text(render({"title": f"Ferry aground ({outlet})", "outlet": outlet}, body))
    return [str(bundled_articles_dir()), str(folder)]


async def _shown(app, pilot):
    for _ in range(300):
        await pilot.pause(0.05)
        if app.stories:
            break
    await settle(pilot)


@pytest.mark.parametrize("keys,which", [(("enter",), 0), (("j", "enter"), 1), (("G", "g", "enter"), 0),
                                        (("down", "k", "enter"), 0), (("end", "enter"), 2)])
async def test_the_story_list_moves_with_j_k_g_G_and_enter_opens_one(tmp_path, keys, which):
    app = StoriesApp(_library(tmp_path))
    async with app.run_test(size=(120, 30)) as pilot:
        await _shown(app, pilot)
        # Friday's ruling (four reports), the ferry, and Thursday's ruling by another judge
        # (dcnf-talwani: the same subject, another event, kept apart by its dates)
        assert len(app.stories) == 3
        options = app.query_one(StoryOptions)
        assert app.focused is options and options.highlighted == 0
        prompts = [str(options.get_option_at_index(k).prompt) for k in range(3)]
        assert "4 articles" in prompts[0] and "2 articles" in prompts[1] and "1 article" in prompts[2]
        assert "dcnf-talwani" in [app.articles[m].id for m in app.stories[2].members]
        await pilot.press(*keys)
        await settle(pilot)
    chosen = app.return_value
    assert chosen is not None
    assert [a.id for a in chosen] == [app.articles[m].id for m in app.stories[which].members]


async def test_q_quits_the_story_list(tmp_path):
    app = StoriesApp(_library(tmp_path))
    async with app.run_test(size=(120, 30)) as pilot:
        await _shown(app, pilot)
        await pilot.press("q")
        await settle(pilot)
    assert app.return_value is None


async def test_a_library_of_one_story_goes_straight_on(tmp_path):
    ferry = _library(tmp_path)[1]
    app = StoriesApp([ferry])
    async with app.run_test(size=(120, 30)) as pilot:
        await _shown(app, pilot)
    assert app.return_value is not None and sorted(a.id for a in app.return_value) == ["ferry-0", "ferry-1"]


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
def test_story_list_snapshot(snap_compare, tmp_path, theme):
    app = StoriesApp(_library(tmp_path))
    app.theme = theme

    async def run_before(pilot) -> None:
        await _shown(app, pilot)
        await pilot.press("j")

    assert snap_compare(app, terminal_size=(100, 24), run_before=run_before)


async def test_question_mark_shows_every_key_on_the_story_list_and_the_footer_keeps_it(tmp_path):
    from test_tui_support import screen_text

    from reader.tui.screens.help_screen import HelpScreen

    app = StoriesApp(_library(tmp_path))
    async with app.run_test(size=(120, 30)) as pilot:
        await _shown(app, pilot)
        footer = screen_text(app).splitlines()[-1]
        assert "? Help" in footer and "q Quit" in footer
        await pilot.press("question_mark")
        await settle(pilot)
        await pilot.pause(0.2)
        assert isinstance(app.screen, HelpScreen)
        assert "reader keys" in screen_text(app)
        assert app.screen.table is not None and "reader.stories.open" in app.screen.table.plain
        await pilot.press("question_mark")              # ? (or esc) closes it, back on the list
        await settle(pilot)
        assert not isinstance(app.screen, HelpScreen) and app.focused is app.query_one(StoryOptions)
        await pilot.press("enter")
        await settle(pilot)
    assert app.return_value is not None
