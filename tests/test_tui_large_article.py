"""A large article is read into its document in a worker: the screen keeps answering."""

from __future__ import annotations

import threading

from test_tui_support import make_app, settle

from reader.library.model import Article
from reader.text.tokens import word_count
from reader.tui.layout import Layout
from reader.tui.widgets import article_view
from reader.tui.widgets.article_view import BUILT_APART, ArticleView

SIZE = (120, 36)


def _big() -> Article:
    para = "The council met on [Tuesday](https://example.org/a) to discuss the **flood** plan. " * 12
    body = "\n\n".join(f"{para} Paragraph {n}." for n in range(BUILT_APART // len(para) + 50))
    return Article(id="big", body=body, title="Big", outlet="Ledger", words=word_count(body),
                   path=None)


def _small() -> Article:
    body = "The council met on Tuesday to discuss the flood plan. " * 30
    return Article(id="small", body=body, title="Small", outlet="Post", words=word_count(body))


async def test_a_large_article_shows_a_placeholder_then_its_text():
    app = make_app([_big(), _small()])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        big = next(v for v in app.screen.query(ArticleView) if v.article is not None and v.article.id == "big")
        assert big.document is not None and big.placeholder == ""
        assert big.rows is not None and len(big.rows) > 100
        big.show(big.article)                       # shown again: read apart, the placeholder meanwhile
        assert big.document is None and big.placeholder.startswith("Reading big (")
        await pilot.press("question_mark")          # the screen answers keys meanwhile
        await settle(pilot)
        assert big.document is not None and big.placeholder == ""


async def test_a_document_read_for_an_article_no_longer_shown_is_dropped():
    app = make_app([_big(), _small()])
    async with app.run_test(size=SIZE) as pilot:
        view = next(iter(app.screen.query(ArticleView)))
        small = _small()
        view.show(small)
        view._built(_big(), view.document)          # a late result for another article
        assert view.article is small
        await settle(pilot)


def _gated_layout(monkeypatch, large) -> threading.Event:
    """Wrapping document ``large`` held until the returned event is set, and refused on
    the event loop's thread."""
    gate = threading.Event()

    class Gated(Layout):
        def __init__(self, document, width):
            if document is large:
                assert threading.current_thread() is not threading.main_thread(), "wrapped on the event loop"
                gate.wait(10)
            super().__init__(document, width)

    monkeypatch.setattr(article_view, "Layout", Gated)
    return gate


async def test_a_resize_rewraps_a_large_article_in_a_worker_showing_the_old_wrap_meanwhile(monkeypatch):
    app = make_app([_big(), _small()])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        big = next(v for v in app.screen.query(ArticleView) if v.article is not None and v.article.id == "big")
        before = big.rows
        assert before is not None
        gate = _gated_layout(monkeypatch, big.document)
        await pilot.resize_terminal(160, 36)
        await pilot.pause()
        wraps = [w for w in app.workers if w.group == "wrap-" + big.side]
        assert wraps and all(w.description == "wrap" for w in wraps)   # no repr of a 4 MB document
        assert big.rows is before                   # the old wrap meanwhile: the screen keeps answering
        await pilot.press("question_mark")
        assert app.screen.id == "help" or type(app.screen).__name__ == "HelpScreen"
        await pilot.press("escape")
        gate.set()
        await settle(pilot)
        assert big.rows is not before and big.rows.width == big.scrollable_content_region.width - big._gutter
        assert big.rows.width > before.width
        await pilot.resize_terminal(*SIZE)          # a width seen before: its wrap is kept
        await pilot.pause()
        assert big.rows is before


async def test_a_resize_keeps_the_row_on_top_of_a_large_article():
    app = make_app([_big(), _small()])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        big = next(v for v in app.screen.query(ArticleView) if v.article is not None and v.article.id == "big")
        big.place(400)
        top = big.top_offset()
        await pilot.resize_terminal(160, 36)
        await settle(pilot)
        assert big.rows is not None and big.rows.row_of(top) == round(big.scroll_y)


async def test_a_placeholder_wraps_to_the_pane_never_cut_mid_word():
    app = make_app([_small()])
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        b = next(v for v in app.screen.query(ArticleView) if v.side == "b")
        assert b.article is None and b.placeholder.startswith("Only one article")
        text = "\n".join(b.render_line(y).text.rstrip() for y in range(4))
        assert " ".join(text.split()) == b.placeholder            # every word, whole
        assert all(len(line) <= b.scrollable_content_region.width for line in text.splitlines())
        assert len(text.strip().splitlines()) > 1 or len(b.placeholder) < b.scrollable_content_region.width
