"""A widget's repaint handed to its screen now, so it is drawn in the frame being made
rather than in one of its own after it.

Textual draws a frame when the screen's update timer fires, with the widgets that have
told the screen they changed. A widget tells it from its own message queue, once that
queue is idle; when the screen's timer fires first (the screen laying out a tab just
shown, say), the widget's change comes in the next frame, 20-40 ms later, though it was
made in answer to the same key. :func:`repaint_now` sends the widget's request at once,
exactly as the widget would when idle (Textual's ``Widget._check_refresh``); the
widget then has nothing left to send.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.screen import Screen
    from textual.widget import Widget


def repaint_now(*widgets: Widget) -> None:
    """Hand each of ``widgets``' pending repaint, scroll or layout request (if any) to
    its screen now, and its scrollbars' (a widget that scrolled moved its scrollbar)."""
    for widget in widgets:
        if widget.is_attached:
            widget._check_refresh()
            _scrollbars_now(widget)


def scrollbars_now(screen: Screen[Any]) -> None:
    """Call once ``screen`` has resumed (``call_next`` from its ``on_screen_resume``,
    which Textual calls before its own handler): its scrollbars' repaint goes in the
    frame that repaints the screen.

    Textual restyles a screen as it resumes, and setting a scroll view's scrollbar
    colours, even to the colours it has, asks its scrollbars to repaint: the same
    scrollbar came again in a frame of its own, 20-30 ms after the screen's."""
    from textual.widget import Widget

    for widget in screen.query(Widget):
        _scrollbars_now(widget)


def _scrollbars_now(widget: Widget) -> None:
    if widget.show_vertical_scrollbar:
        widget.vertical_scrollbar._check_refresh()
    if widget.show_horizontal_scrollbar:
        widget.horizontal_scrollbar._check_refresh()


def scrollbars_in_frame(screen: Screen[Any]) -> None:
    """Call from ``screen``'s layout pass, just before its compositor draws the frame:
    the scrollbars the pass sized (a list given other items and a scrollbar, a view
    another article) are drawn in that frame, and ask for no pass of their own.

    The pass sets a scrollbar's new size as its ``virtual_size``, a reactive that asks
    for a repaint and a layout pass; the scrollbar sends both from its own queue after
    the frame: one more layout pass and a frame of the scrollbar alone, 20-40 ms later
    (a pair change: the side list's scrollbar). The pass being made placed it already."""
    pending: set[Widget] = {bar for widget in screen._compositor.widgets
               for bar in (widget._vertical_scrollbar, widget._horizontal_scrollbar)
               if bar is not None and (bar._repaint_required or bar._layout_required)}
    if pending:
        for bar in pending:
            bar._repaint_required = bar._layout_required = False
        screen._compositor.update_widgets(pending)
