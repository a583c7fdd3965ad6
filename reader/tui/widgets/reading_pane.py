"""One side of the comparison: a header over the article body."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical

from reader.library.model import Article
from reader.tui.widgets.article_header import ArticleHeader
from reader.tui.widgets.article_view import ArticleView


class ReadingPane(Vertical):
    """Pane A or B: an :class:`ArticleHeader` over an :class:`ArticleView`."""

    def __init__(self, side: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.side = side
        self.header = ArticleHeader(side.upper(), id=f"header-{side}")
        self.view = ArticleView(side, id=f"view-{side}")

    def compose(self) -> ComposeResult:
        yield self.header
        yield self.view

    def show(self, article: Article | None, placeholder: str = "") -> None:
        """Show ``article`` in the header and the body (``placeholder`` when None)."""
        self.header.show(article)
        self.view.show(article, placeholder)

    def show_header(self, article: Article | None) -> None:
        """Only the header: the first frame draws it, the body follows a frame later."""
        self.header.show(article)

    def set_notice(self, notice: str, error: bool = False) -> None:
        """"Comparing…", or why the comparison failed, first on the header's second line."""
        self.header.set_notice(notice, error)
