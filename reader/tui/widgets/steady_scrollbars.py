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
