"""The side panel's Quotes tab: each quotation of A and B with its speaker, the
outlets carrying it and, where another outlet words it differently, how. Moving the
highlight (or enter) selects one; ``y`` copies it."""

from __future__ import annotations

from rich.text import Text
from textual.widgets.option_list import Option

from reader.text.cells import cut
from reader.tui.side_items import QuoteItem, WordDiff
from reader.tui.widgets.side_list import SideList

MAX_QUOTE = 140  # a quote not selected is cut after this many cells, "…" after them; a fragment gets half


def quote_prompt(item: QuoteItem, full: bool = False) -> Text:
    """The list entry of ``item``: speaker, quote, where it is; in full when ``full``
    (the selected one), else the quote cut to MAX_QUOTE cells."""
    text = Text(no_wrap=False)
    if item.speaker:
        text.append(item.speaker, "bold")
        if item.role:
            text.append(f", {item.role}", "italic")
    else:
        text.append("(unattributed)", "italic")
    quote = " ".join(item.text.split())
    text.append(f"\n“{quote if full else cut(quote, MAX_QUOTE + 1)}”")
    where = "".join(s.upper() for s in "ab" if item.spans.get(s))
    text.append(f"\n{' '.join(where)} · in {', '.join(item.outlets)}", "dim")
    for outlet, relation, diff in item.wording:
        if relation == "altered":
            text.append(f"\naltered in {outlet}: ", "dim italic")
            text.append_text(_wording(diff))
        else:  # a fragment: the part that outlet quotes
            part = " ".join(" ".join(t for op, t in diff if op != -1).split())
            text.append(f"\npart in {outlet}: ", "dim italic")
            text.append(f"“{part if full else cut(part, MAX_QUOTE // 2 + 1)}”")
    return text


def _wording(diff: WordDiff, context: int = 3) -> Text:
    """The words that differ from the canonical quote, with ``context`` words around
    each change: removed words struck through, added words bold and underlined (so it
    reads without colour)."""
    out = Text()
    last = len(diff) - 1
    for n, (op, chunk) in enumerate(diff):
        words = chunk.split()
        if not words:
            continue
        if op == 0:
            if n == 0 and len(words) > context:
                words = ["…", *words[-context:]]
            elif n == last and len(words) > context:
                words = [*words[:context], "…"]
            elif 0 < n < last and len(words) > 2 * context + 1:
                words = [*words[:context], "…", *words[-context:]]
            out.append(" ".join(words) + " ")
        else:
            out.append(" ".join(words), "strike" if op == -1 else "bold underline")
            out.append(" ")
    out.rstrip()
    return out


class QuotesTab(SideList[QuoteItem]):
    """A virtualised list of :class:`~reader.tui.side_items.QuoteItem`; the selected one
    is shown in full."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._full: int | None = None  # the option shown in full

    def show_items(self, items: list[QuoteItem]) -> None:
        options: list[Option | None] = []
        for n, item in enumerate(items):
            if n:
                options.append(None)  # a separator line
            options.append(Option(quote_prompt(item), id=str(n)))
        if not options:
            options = [Option("No quotations in A or B.", disabled=True)]
        self._full = None
        self.fill(items, options)

    def watch_highlighted(self, highlighted: int | None) -> None:
        self._show_in_full(highlighted)
        super().watch_highlighted(highlighted)

    def _show_in_full(self, index: int | None) -> None:
        """The quote at option ``index`` in full; the one shown in full before, cut again."""
        if index == self._full:
            return
        for at, full in ((self._full, False), (index, True)):
            if at is None or at >= self.option_count:
                continue
            option = self.get_option_at_index(at)
            if option.id is not None:
                self.replace_option_prompt_at_index(at, quote_prompt(self.items[int(option.id)], full))
        self._full = index
