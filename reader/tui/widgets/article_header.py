"""A reading pane's header: pane letter and title; outlet, authors, date and length; and
a notice ("Comparing…", or why a comparison failed) first on the second line. Each line
is cut to fit."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text

from reader.library.model import Article
from reader.tui.styling import LazyComponents, component_style


class ArticleHeader(LazyComponents):
    COMPONENT_CLASSES: ClassVar[set[str]] = {"article-header--letter", "article-header--title", "article-header--meta",
                         "article-header--notice", "article-header--error"}

    def __init__(self, letter: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.letter = letter
        self.article: Article | None = None
        self.notice = ""
        self.error = False

    def show(self, article: Article | None, notice: str = "", error: bool = False) -> None:
        self.article, self.notice, self.error = article, notice, error
        self.refresh()

    def set_notice(self, notice: str, error: bool = False) -> None:
        self.notice, self.error = notice, error
        self.refresh()

    def _line(self, text: Text) -> Text:
        text.no_wrap = True
        text.truncate(max(self.size.width, 1), overflow="ellipsis")
        return text

    def render(self) -> Text:
        style = lambda name: component_style(self, f"article-header--{name}")  # noqa: E731
        title = Text()
        title.append(f" {self.letter} ", style("letter"))
        title.append(" ")
        meta = Text("    ")
        if self.notice:
            meta.append(self.notice, style("error" if self.error else "notice"))
            meta.append(" · ", style("meta"))
        article = self.article
        if article is None:
            title.append("—", style("meta"))
        else:
            title.append(article.title, style("title"))
            parts = [article.outlet_label]
            if article.authors:
                parts.append(", ".join(article.authors))
            parts.append(article.published or "no date")
            parts.append(f"{article.words:,} words")
            meta.append(" · ".join(parts), style("meta"))
        return Text("\n").join(self._line(t) for t in (title, meta))
