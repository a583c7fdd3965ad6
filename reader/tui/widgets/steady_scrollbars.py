"""Scrollbars drawn again only when what they show changes.

Textual lays a scroll view (a widget that draws its own rows and sets its own
``virtual_size``, like the reading panes and the side panel's lists) out with the
viewport as its virtual size, so every layout pass on the screen -- a notification
shown or gone, a tab switched, the search field opened -- finds that scroll view's
size "changed": its scrollbars are updated and drawn again, a frame after the one the
key drew, though they show exactly what they showed before. With three such views on
the comparison screen that was a 42-row frame of unchanged scrollbars after most keys.

:class:`SteadyScrollbars` lets the pass through only when the view's size, its own
virtual size, its container or its scrollbar styles differ from the last pass that
went through; a real change (an article of another length, a resize, a scrollbar
shown or hidden) is handled exactly as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.geometry import Size

if TYPE_CHECKING:
    from textual.scroll_view import ScrollView

    _Base = ScrollView
else:  # a plain mixin: not a widget class, so Textual's CSS inheritance never sees it
    _Base = object


class SteadyScrollbars(_Base):
    """Mixed into a :class:`~textual.scroll_view.ScrollView` (before it in the bases)."""

    _scroll_geometry: tuple[Any, ...] | None = None

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True) -> bool:
        styles = self.styles
        geometry = (size, self.virtual_size, container_size, styles.gutter, styles.overflow_x, styles.overflow_y,
                    styles.scrollbar_size_vertical, styles.scrollbar_size_horizontal, styles.scrollbar_gutter)
        if geometry == self._scroll_geometry:
            return False  # nothing the scrollbars show, nor the view's size, changed
        self._scroll_geometry = geometry
        return super()._size_updated(size, virtual_size, container_size, layout)

    def update_scrollbars(self) -> None:
        """The view set a new ``virtual_size`` (another article, a re-wrap): update the
        scrollbars now, so they are drawn in the frame that draws the rows, not in one
        after the layout pass (which then finds them up to date)."""
        if self._scroll_geometry is not None and self.is_mounted:  # else the first layout pass does it
            self._scroll_update(self.virtual_size)

    def _scroll_update(self, virtual_size: Size) -> None:
        # However the scrollbars were brought up to date (the layout pass, the view
        # itself, OptionList as its options change), a pass that finds this virtual
        # size has nothing more to do for them.
        super()._scroll_update(virtual_size)
        geometry = self._scroll_geometry
        if geometry is not None:
            self._scroll_geometry = (geometry[0], self.virtual_size, *geometry[2:])
