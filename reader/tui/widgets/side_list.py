"""What the side panel's two lists share: an :class:`~textual.widgets.OptionList` of
items, moved through with ``j`` ``k`` ``g`` ``G`` (and the arrows), whose first item
is highlighted when it is filled, without marking the panes until the user moves."""

from __future__ import annotations

from typing import ClassVar, Generic, TypeVar

from textual.binding import BindingType
from textual.events import Resize
from textual.geometry import Region, Size
from textual.strip import Strip
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.tui import bindings
from reader.tui.widgets.steady_scrollbars import SteadyScrollbars

Item = TypeVar("Item")


class SideList(SteadyScrollbars, OptionList, Generic[Item]):
    BINDINGS: ClassVar[list[BindingType]] = list(bindings.SIDE_LIST)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.items: list[Item] = []
        self._drawn_width = -1  # the width of the options OptionList has drawn and kept

    def render_lines(self, crop: Region) -> list[Strip]:
        width = self.scrollable_content_region.width
        if width != self._drawn_width:  # its drawn options are kept by option, not by width
            # OptionList._clear_caches without its refresh: this is the drawing it would ask for.
            self._option_render_cache.clear()
            self._line_cache.clear()
            self._drawn_width = width
        return super().render_lines(crop)

    def on_resize(self, event: Resize) -> None:
        # OptionList forgets every option it has drawn on any resize; render_lines does
        # when the width changed, so a list given more or fewer rows, or shown for the
        # first time (sized after its first frame), is not drawn twice.
        event.prevent_default()

    def fit_to(self, size: Size) -> None:
        """About to be shown in a region of ``size`` (the other tab's list's, which this
        one replaces in the same place): lay it out for that region now, its lines
        counted, its scrollbar made and sized when they overflow it, so that the pass
        that shows it finds nothing to change and its first frame is its last.

        A list in a hidden tab has no size, so OptionList counts its lines only once it
        is first drawn: it was drawn at full width, then found too long, given a
        scrollbar and drawn again narrower in a frame of its own (40 ms later); and a
        scroll view or a scrollbar sized by that pass asked for one more."""
        if not size or self.region.size == size or not self.options or self.styles.overflow_y != "auto":
            return
        inner = size - self.styles.gutter.totals  # its container size, as the layout pass gives it
        left = self._get_left_gutter_width()
        height = self.get_content_height(inner, inner, inner.width - left)
        overflows = height > inner.height
        width = inner.width - left
        if overflows:  # the lines again, beside the scrollbar
            width -= self.styles.scrollbar_size_vertical
            height = self.get_content_height(inner, inner, width)
        # Set without asking for a layout pass: the list is not shown, and the pass that
        # shows it comes anyway (asked for here, after the frame of a pair change, that
        # pass was a frame of its own, 30 ms after it, repainting the shown list's
        # scrollbar).
        self.set_reactive(SideList.show_vertical_scrollbar, overflows)
        self.set_reactive(SideList.virtual_size, Size(width, height))
        # Sized as the layout pass will size it (which then finds it so): this shows,
        # makes and fills its scrollbar (:meth:`SteadyScrollbars._size_updated`).
        self._size_updated(size, self.virtual_size, inner)
        if overflows:
            bar = self.vertical_scrollbar
            bar._size_updated(Size(self.styles.scrollbar_size_vertical, inner.height), inner, inner, layout=False)

    def fill(self, items: list[Item], options: list[Option | None]) -> None:
        """Show ``options`` (one per item, id its index) and highlight the first item."""
        self.items = list(items)
        self.set_options(options)
        first = next((n for n, o in enumerate(self.options) if not o.disabled), None)
        with self.prevent(OptionList.OptionHighlighted):  # not a move of the user's
            self.highlighted = first

    def show_message(self, message: str) -> None:
        self.items = []
        self.set_options([Option(message, disabled=True)])

    @property
    def selected_item(self) -> Item | None:
        option = self.highlighted_option
        if option is None or option.id is None:
            return None
        return self.items[int(option.id)]
