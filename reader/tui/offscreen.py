"""A screen composed, laid out and drawn before it is shown, so that pushing it costs
one repaint of rows already drawn.

Why: Textual builds a screen pushed for the first time as it is shown. Its first frame
comes after compose and a full layout pass; the screen then hears that its own size
changed (a second pass) and, once it sees its children mounted, asks for a third, which
repaints every row: three frames, two of them of the whole screen, for one key. A
screen started here while another is shown does all of that off the screen: when it
is pushed, :class:`~textual.screen.Screen` finds it laid out at the terminal's size and
draws it once, from rows each widget drew and kept.

This uses Textual internals (``App._register``, ``Screen._refresh_layout``, its
compositor), as ``App._get_screen`` does when it starts a screen to push it; Textual
is pinned to 8.2 in pyproject.toml. A screen pushed before it is ready is simply
finished the way Textual finishes any screen.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from textual import events

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen

PASSES = 4  # layout passes at most: the first makes the scrollbars, the next sizes them, ...


def start(app: App[Any], screen: Screen[Any], name: str) -> None:
    """Install ``screen`` as ``name`` (kept when popped) and start it: it composes and
    mounts its widgets now, off the screen. Lay it out once mounted: :func:`lay_out`."""
    app.install_screen(screen, name)
    app._register(app, screen)


async def lay_out(screen: Screen[Any]) -> bool:
    """Lay ``screen`` (started, mounted, not shown) out at the terminal's size and draw
    every widget's rows once, in steps that let other messages (a key) through between
    them. False when it was pushed (or went) meanwhile: Textual lays it out itself."""
    for _ in range(PASSES):
        if not _hidden(screen):
            return False
        screen._refresh_layout(screen.app.size)
        screen._layout_required = screen._scroll_required = False  # (a full pass places scrolled widgets too)
        # Widgets made by the pass (scrollbars) are styled now, not when the screen is
        # shown; each widget then hears of its size (a scrollbar's may ask for a pass).
        screen.update_node_styles(animate=False)
        for _ in range(3):
            await asyncio.sleep(0)
        if not screen._layout_required:
            break
    if not _hidden(screen):
        return False
    # Every widget draws its rows (kept in its cache); what is drawn here is not shown.
    screen._compositor.render_update(full=True)
    screen._dirty_widgets.clear()
    return True


class BuiltAhead:
    """Mixed into a screen built ahead (before the Screen class), so it shows in one
    frame: laid out off the screen, it resizes only itself; shown, the screen it covers
    does not repaint it again.

    Textual's ``Screen._on_resize`` resizes the screens under the shown one too (it
    takes the screen resized for the one shown): a screen laid out here while another
    screen covers the comparison screen (help over the Story screen, say) laid the
    comparison screen out again, and the shown screen was repainted whole, a frame of
    its own, 20-40 ms, in the middle of whatever key came then."""

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        # (before Textual's handler) Textual repaints the screen it covers as it pushes
        # this one (``App.push_screen``); that screen, still counted as shown under it,
        # then repaints this one whole when its own timer fires: a second frame when
        # that comes after this screen's first. Under an opaque screen it is not seen,
        # and it is repainted whole when it is shown again (Textual's ScreenResume).
        screen: Screen[Any] = self  # type: ignore[assignment]
        if screen.styles.background.a == 1:
            for below in screen.app._background_screens:
                below._repaint_required = False

    async def _on_resize(self, event: events.Resize) -> None:
        screen: Screen[Any] = self  # type: ignore[assignment]
        if _hidden(screen):
            event.prevent_default()  # (Textual's handler is not called)
            screen._screen_resized(event.size)


def ready(screen: Screen[Any]) -> bool:
    """Whether ``screen`` would be shown without a layout pass at the terminal's size."""
    return screen.is_mounted and screen.size == screen.app.size and not screen._layout_required


def _hidden(screen: Screen[Any]) -> bool:
    return screen.is_attached and screen.is_mounted and not screen.is_current and screen.app.is_running
