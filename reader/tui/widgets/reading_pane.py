"""One side of the comparison: a header over the article body."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical

from reader.library.model import Article
from reader.tui.widgets.article_header import ArticleHeader
from reader.tui.widgets.article_view import ArticleView


class ReadingPane(Vertical):
    def __init__(self, side: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.side = side
        self.header = ArticleHeader(side.upper(), id=f"header-{side}")
        self.view = ArticleView(side, id=f"view-{side}")

    def compose(self) -> ComposeResult:
        yield self.header
        yield self.view

    @property
    def article(self) -> Article | None:
        return self.view.article

    def show(self, article: Article | None, notice: str = "", placeholder: str = "") -> None:
        self.header.show(article, notice)
        self.view.show(article, placeholder)
