"""What makes the first frame quick must not change what is drawn: the stylesheet split
(every rule parsed once, in one part or the other; the later part in place before what
it styles is drawn) and the containers drawn as blank rows (``Covered``, the comparison
screen), which must be painted over entirely by their children at every size."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from test_tui_support import make_app, settle
from textual.geometry import Region

from reader.library.frontmatter import CACHE_VERSION
from reader.library.resources import stylesheet_path
from reader.tui.screens.main_screen import Covered, MainScreen
from reader.tui.styling import LATER_SECTIONS, split_stylesheet

ROOT = Path(__file__).resolve().parent.parent

CSS = """/* head comment */

#a { height: 1; }

/* === First (x.py) === */

First { width: 1; }

/* === Later (y.py) === */

Later > .later--x { color: red; }

/* === Later.part (y.py) === */

Later > .later--y { color: blue; }

/* === LaterNot (z.py) === */

LaterNot { width: 2; }
"""


def _rules(css: str) -> list[str]:
    """The rule sets of ``css``, each with its white space collapsed."""
    without_comments = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    return [" ".join(rule.split()) for rule in re.findall(r"[^{}]+\{[^}]*\}", without_comments)]


def test_split_keeps_every_rule_once_in_order():
    first, later = split_stylesheet(CSS, later=("Later", "Later.part"))
    assert "First {" in first and "#a {" in first and "LaterNot {" in first   # a name is whole, not a prefix
    assert ".later--x" in later and ".later--y" in later
    assert ".later--" not in first
    assert sorted(_rules(first) + _rules(later)) == sorted(_rules(CSS))
    assert later.index(".later--x") < later.index(".later--y")


def test_split_of_the_real_stylesheet():
    css = stylesheet_path().read_text(encoding="utf-8")
    first, later = split_stylesheet(css)
    assert sorted(_rules(first) + _rules(later)) == sorted(_rules(css))
    for name in LATER_SECTIONS:  # each name heads a section (a renamed one would stay in the first part)
        assert f"/* === {name} " in later
    # the first frame draws the list, the pane headers and the status line: their rules are in it
    assert "ArticleList > .article-list--pane" in first
    assert ".-light-mode ArticleList > .article-list--pane" in first
    assert "ArticleView {" in first and "ArticleHeader > .article-header--title" in first
    # the bodies are drawn a frame later, with rules parsed after the first frame
    assert "article-view--" not in first and "ArticleView > .article-view--added" in later


async def test_body_styles_are_there_before_a_body_is_drawn():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        assert not app._later_css  # added
        view = app.main_screen.view("a")
        # every mark style the pane uses comes from the rules parsed after the first frame
        styles = view.get_component_styles("article-view--added")
        assert styles.has_rule("text_style")


@pytest.mark.parametrize("size", [(160, 45), (120, 40), (100, 30), (80, 24), (60, 15), (30, 8)])
async def test_covered_containers_are_painted_over_entirely(size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        for opened in (False, True):
            if opened:
                await pilot.press("quotation_mark")  # the side panel opened on a narrow screen
                await pilot.pause()
            screen = app.screen
            assert isinstance(screen, MainScreen)
            covered = [screen, *screen.query(Covered)]
            assert len(covered) == 3
            for container in covered:
                region = container.region
                cells = {(x, y) for y in range(region.y, region.bottom) for x in range(region.x, region.right)}
                for child in container.children:
                    if child.display and child.styles.layer in ("", "default"):
                        cells -= _cells(child.region)
                assert not cells, f"{container!r} shows {len(cells)} cells of its own at {size}"


def _cells(region: Region) -> set[tuple[int, int]]:
    return {(x, y) for y in range(region.y, region.bottom) for x in range(region.x, region.right)}


async def test_the_list_measures_titles_once_laid_out(monkeypatch):
    """Before the first layout the list has no width: its titles are measured at the
    width it gets (they would otherwise each be wrapped at every letter first)."""
    from reader.tui.widgets import article_list

    widths: list[int] = []
    measure = article_list.title_rows

    def recorded(title: str, width: int) -> tuple[str, ...]:
        widths.append(width)
        return measure(title, width)

    monkeypatch.setattr(article_list, "title_rows", recorded)
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        listed = app.main_screen.article_list
        assert widths and min(widths) > 8
        assert listed.rows.width == listed.scrollable_content_region.width
        assert len(listed.rows.starts) == len(app.articles) + 1


async def test_keys_pressed_before_the_search_field_and_tabs_are_mounted_act_then():
    """``/``, ``"`` and ``e`` pressed between the first frame and the mounting of what they
    open are not lost: they act once it is mounted."""
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        screen = app.main_screen
        screen.ready = False  # as just after the first frame
        await pilot.press("slash")
        assert screen.search_bar is not None and not screen.search_bar.display
        screen._set_ready()
        await pilot.pause()
        assert screen.search_bar.display and screen.search_bar.has_focus
        await pilot.press("escape")
        screen.ready = False
        await pilot.press("e")
        await pilot.pause()
        assert not screen.side_open
        screen._set_ready()
        await pilot.pause()
        assert screen.side_open and screen.query_one("#entities-list").has_focus


# --- what the start imports: nothing the first frame does not use ---------------------

START = """
import sys
from pathlib import Path
from reader.library.loading import load_library
import reader.tui.app, reader.tui.keymap_file, reader.tui.terminal
from reader.tui import _has_imports
from reader.tui.keymap_file import load_keymap
from reader.tui.settings import load_settings

folder = Path(sys.argv[1])
load_library([folder])
_has_imports()
load_settings(folder / "no-config.toml")
load_keymap(folder / "no-keymap.toml")
print(" ".join(sorted(m for m in ("hashlib", "tomllib", "yaml", "markdown_it", "reader.library.importer")
                     if m in sys.modules)))
"""


def _start(folder, cache) -> str:
    env = {**os.environ, "READER_CACHE_DIR": str(cache), "READER_LIBRARY_DIR": str(folder / "none")}
    env.pop("READER_CONFIG", None)
    env.pop("READER_KEYMAP", None)
    done = subprocess.run([sys.executable, "-c", START, str(folder)], env=env, capture_output=True, text=True,
                          check=True, cwd=ROOT)
    return done.stdout.strip()


def test_the_start_imports_no_toml_openssl_importer_or_parsers(tmp_path):
    """Up to the first frame, with no settings or keymap file and front matter seen
    before: neither TOML nor hashlib (OpenSSL) nor the importer's module, nor PyYAML and
    markdown-it (the first run, cache empty, needs those two and saves what they read)."""
    folder = tmp_path / "library"
    folder.mkdir()
    (folder / "one.md").write_text("---\ntitle: A test title\noutlet: Somewhere\n---\n\nSome words of text.\n")
    cache = tmp_path / "cache"
    assert _start(folder, cache) == "markdown_it yaml"   # cold: parsed, then saved at exit
    assert _start(folder, cache) == ""                   # warm: read from the cache


def test_the_front_matter_key_is_hashlib_blake2b():
    """The cache key is unchanged by taking blake2b from _blake2: entries saved before stay."""
    import hashlib

    from reader.library.frontmatter import blake2b

    data = b"---\ntitle: x\n---\n"
    assert blake2b(data, digest_size=16).hexdigest() == hashlib.blake2b(data, digest_size=16).hexdigest()


def test_user_library_dir_is_the_same_from_both_modules(tmp_path, monkeypatch):
    from reader.library import importer, resources

    assert importer.user_library_dir is resources.user_library_dir
    monkeypatch.setenv("READER_LIBRARY_DIR", str(tmp_path))
    assert resources.user_library_dir() == tmp_path


def test_the_benchmark_fills_each_cache_before_timing(tmp_path):
    """benchmarks.first_paint times runs ended by SIGTERM, which save nothing: the case's
    cache is filled first by a process that exits normally, as a session the user quit."""
    from benchmarks.first_paint import environment, fill_cache

    cache = tmp_path / "cache"
    fill_cache([], {**environment(), "READER_CACHE_DIR": str(cache), "READER_LIBRARY_DIR": str(tmp_path / "none")})
    assert list((cache / f"frontmatter-v{CACHE_VERSION}").glob("*.txt"))


async def test_the_front_matter_read_is_saved_once_the_library_is_loaded(tmp_path, monkeypatch):
    """Not only at exit: a session ended by a signal (the terminal closed) runs no exit
    handlers, and the next start would parse every block again before its first frame."""
    from reader.tui.loader import IncrementalLoader

    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "library"
    folder.mkdir()
    for i in range(3):
        (folder / f"a{i}.md").write_text(f"---\ntitle: Saved title {i}\noutlet: Outlet {i}\n---\n\n"
                                         f"Text of article {i} with some words.\n")
    loader = IncrementalLoader([folder])
    first = loader.more(1)
    app = make_app(first, loader=loader)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.loaded and len(app.articles) == 3
        saved = "".join(p.read_text() for p in (tmp_path / "cache" / f"frontmatter-v{CACHE_VERSION}").glob("*.txt"))
        for i in range(3):
            assert f"Saved title {i}" in saved
