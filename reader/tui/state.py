"""What the comparison screen shows, in one typed object (no Textual here).

:class:`PairState` is the pair of articles in panes A and B (indices into the app's
list), their comparison, the passage ``]`` / ``[`` reached, synchronised scrolling, the
pane that leads it, the search and the citation format ``y`` copies in. The comparison
screen (:mod:`reader.tui.screens.main_screen`) owns the one instance; its parts
(passage walk, pane search, share survey, quote copy) are given it when they are built,
and the widgets hear of changes through the screen, never by reading it themselves.
The status line's text is worked out here, from the state alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the engine is imported by the worker that compares, not at start-up
    from reader.engine.compare import Comparison


def other(side: str) -> str:
    """The other pane: "b" for "a", "a" for "b"."""
    return "b" if side == "a" else "a"


@dataclass
class SearchState:
    """``/``: the pane searched and what was typed."""

    side: str = "a"
    query: str = ""


@dataclass
class PairState:
    """The pair in panes A and B and everything that depends on it."""

    a: int | None = None                  # index of pane A's article in the library
    b: int | None = None
    comparison: Comparison | None = None  # of A with B, once known
    failed: str = ""                      # why comparing A with B failed
    passage: int = -1                     # index of the passage ] / [ reached; -1: none yet
    sync: bool = True                     # synchronised scrolling
    leader: str = "a"                     # the pane the user moved last: the other one follows
    last_pane: str = "a"                  # the pane focused last (what / searches from elsewhere)
    search: SearchState = field(default_factory=SearchState)
    cite_format: str = "plain"            # reader.reports.citation style ``y`` copies in

    def index(self, side: str) -> int | None:
        return self.a if side == "a" else self.b

    def new_pair(self) -> None:
        """Panes A and B show another pair: nothing is known about it yet."""
        self.comparison, self.failed, self.passage = None, "", -1

    def compared(self, comparison: Comparison) -> None:
        self.comparison, self.failed, self.passage = comparison, "", -1

    def summary(self) -> str:
        """The status line's left side: what A and B share, or why that is not known."""
        if self.comparison is not None:
            return self.comparison.summary("A", "B")
        return "Could not compare A and B." if self.failed else ""

    def status(self, loading: int | None = None) -> str:
        """The status line's right side: passage, sync and, while the library loads
        (``loading`` articles so far), how far it got."""
        state = ["sync on" if self.sync else "sync off"]
        if self.comparison is not None and self.comparison.passages:
            n = len(self.comparison.passages)
            state.insert(0, self._passage_status(n))
        if loading is not None:
            state.append(f"loading… {loading:,} articles")
        return " · ".join(state)

    def _passage_status(self, n: int) -> str:
        """The passage reached with ``]`` (a quotation both carry, said so), or the hint."""
        if self.passage < 0 or self.comparison is None or self.passage >= n:
            return f"] walks {n} passage{'s' if n != 1 else ''}"
        quoted = " (a quotation)" if self.comparison.passages[self.passage].quotation else ""
        return f"passage {self.passage + 1}/{n}{quoted}"
