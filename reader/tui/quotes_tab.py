"""The side panel's Quotes tab: each quotation of A and B with its speaker and the
outlets carrying it. Moving the highlight (or enter) selects one; ``y`` copies it."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.tui.side_items import QuoteItem

MAX_QUOTE = 140


def quote_prompt(item: QuoteItem) -> Text:
    text = Text(no_wrap=False)
    if item.speaker:
        text.append(item.speaker, "bold")
        if item.role:
            text.append(f", {item.role}", "italic")
    else:
        text.append("(unattributed)", "italic")
    words = " ".join(item.text.split())
    if len(words) > MAX_QUOTE:
        words = words[:MAX_QUOTE].rstrip() + "…"
    text.append(f"\n“{words}”")
    where = "".join(s.upper() for s in "ab" if item.spans.get(s))
    text.append(f"\n{' '.join(where)} · in {', '.join(item.outlets)}", "dim")
    return text


class QuotesTab(OptionList):
    """A virtualised list of :class:`~reader.tui.side_items.QuoteItem`."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.items: list[QuoteItem] = []

    def show_items(self, items: list[QuoteItem]) -> None:
        self.items = list(items)
        options: list = []
        for n, item in enumerate(self.items):
            if n:
                options.append(None)  # a separator line
            options.append(Option(quote_prompt(item), id=str(n)))
        if not options:
            options = [Option("No quotations in A or B.", disabled=True)]
        self.set_options(options)

    def show_message(self, message: str) -> None:
        self.items = []
        self.set_options([Option(message, disabled=True)])

    @property
    def selected_item(self) -> QuoteItem | None:
        option = self.highlighted_option
        if option is None or option.id is None:
            return None
        return self.items[int(option.id)]
