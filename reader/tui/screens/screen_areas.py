"""The comparison screen's four areas (the article list, panes A and B, the side panel):
which one holds the focus, and the side panel opened and closed. A part of the screen.

The area holding the focus gets the class ``-focused``: styles.tcss colours its title bar,
so the focus is visible. ``"`` or ``e`` open the side panel on a tab, escape closes it (the
focus goes back to the list); while it is open and the screen is not wide, the screen has
the class ``-side-open`` (styles.tcss shows a closed panel only then).
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widget import Widget

from reader.tui import frames
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.reading_pane import ReadingPane
from reader.tui.widgets.side_panel import SidePanel


class ScreenAreas:
    """Marks the area of ``screen`` that holds the focus; opens and closes ``side_panel``."""

    def __init__(self, screen: Screen[None], listing: ArticleList, panes: dict[str, ReadingPane],
                 side_panel: SidePanel) -> None:
        self.screen = screen
        self.listing = listing
        self.side_panel = side_panel
        self.areas: list[Widget] = [listing, panes["a"], panes["b"], side_panel]
        self.side_open = False  # " or e opened the side panel (escape closes it)

    def mark_focused(self, focused: Widget) -> None:
        """``-focused`` on the area holding ``focused``, on none of the others."""
        areas = self.areas
        holding = [area for area in areas if focused is area or area in focused.ancestors]
        if not holding:  # the search field: the pane searched stays marked
            return
        for area in areas:
            area.set_class(area is holding[0], "-focused")

    def show_tab(self, tab: str) -> None:
        """Open the side panel on ``tab``."""
        self.side_open = True
        self.sync_side_class()
        # The panel marked as holding the focus now, in the frame that shows the tab (the
        # focus's own DescendantFocus comes up after that frame: the panel was drawn
        # again, restyled, 30-50 ms later, when the focus came from another area).
        self.mark_focused(self.side_panel)
        self.side_panel.show_tab(tab)
        frames.repaint_now(*self.side_panel.walk_children(Widget, with_self=True))

    def side_closed(self) -> None:
        """The side panel closed (escape): the focus goes back to the list."""
        self.side_open = False
        self.sync_side_class()
        self.listing.focus()

    def sync_side_class(self) -> None:
        """``-side-open`` on the screen while the panel is open and the screen is not
        wide. A class of the screen's restyles every widget, so it is not set where it
        changes nothing."""
        screen = self.screen
        screen.set_class(self.side_open and not screen.has_class("-wide"), "-side-open")
