"""``/`` searches the focused pane, ``n`` / ``N`` move between matches: the comparison
screen's part. The field is :class:`~reader.tui.search_bar.SearchBar`; the matching and
marking is :meth:`ArticleView.search <reader.tui.article_view.ArticleView.search>`."""

from __future__ import annotations

from reader.tui.article_view import ArticleView


class PaneSearch:
    searched = "a"
    last_pane = "a"

    def _focused_side(self) -> str:
        focused = self.focused
        if isinstance(focused, ArticleView):
            return focused.side
        return self.last_pane

    def action_search(self) -> None:
        bar = self.search_bar
        if bar is None:
            return
        self.searched = self._focused_side()
        bar.open_for(self.searched)

    def on_search_bar_query(self, message) -> None:
        view = self.view(self.searched)
        count = view.search(message.value)
        if count:
            view.goto_match(1)
        self._status()
        if message.value:
            self.status_line.set(state=f"{count} match{'es' if count != 1 else ''} in "
                                       f"{self.searched.upper()} for “{message.value}”")

    def on_search_bar_done(self, message) -> None:
        self._close_search()

    def on_search_bar_cancelled(self, message) -> None:
        self.view(self.searched).search("")
        self._close_search()
        self._status()

    def _close_search(self) -> None:
        self.search_bar.display = False
        self.view(self.searched).focus()

    def _step_match(self, step: int) -> None:
        view = self.view(self.searched)
        if view.goto_match(step) is None:
            self.notify("No search matches: press / to search.", severity="warning")
            return
        self.status_line.set(state=f"match {view.match_index + 1}/{len(view.matches)} in {self.searched.upper()}")

    def action_next_match(self) -> None:
        self._step_match(1)

    def action_previous_match(self) -> None:
        self._step_match(-1)
