"""The side panel's Entities tab: people, organisations, places, dates and figures of A
and B, grouped by type, each with its mention counts and where it appears: ``A B``
both, ``A`` only A, ``B`` only B (letters, so it reads without colour)."""

from __future__ import annotations

from rich.text import Text
from textual.widgets.option_list import Option

from reader.tui.side_items import TYPE_TITLES, EntityItem
from reader.tui.widgets.side_list import SideList


def entity_prompt(item: EntityItem) -> Text:
    counts = "·".join(str(item.counts[s]) for s in "ab" if item.counts.get(s))
    return Text.assemble((item.mark, "bold"), " ", (counts, "dim"), " ", item.name)


class EntitiesTab(SideList[EntityItem]):
    """A virtualised list of :class:`~reader.tui.side_items.EntityItem`, under type headings."""

    def show_items(self, items: list[EntityItem]) -> None:
        options: list[Option | None] = []
        shown_type = None
        for n, item in enumerate(items):
            if item.type != shown_type:
                shown_type = item.type
                count = sum(i.type == shown_type for i in items)
                title = TYPE_TITLES.get(shown_type, shown_type.title())
                options.append(Option(Text(f"{title} ({count})", "bold underline"), disabled=True))
            options.append(Option(entity_prompt(item), id=str(n)))
        if not options:
            options = [Option("No entities in A or B.", disabled=True)]
        self.fill(items, options)
