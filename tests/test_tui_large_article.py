"""A large article is read into its document in a worker: the screen keeps answering."""

from __future__ import annotations

from test_tui_support import make_app, settle

from reader.library.model import Article
from reader.text.tokens import word_count
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
