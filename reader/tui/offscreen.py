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


def ready(screen: Screen[Any]) -> bool:
    """Whether ``screen`` would be shown without a layout pass at the terminal's size."""
    return screen.is_mounted and screen.size == screen.app.size and not screen._layout_required


def _hidden(screen: Screen[Any]) -> bool:
    return screen.is_attached and screen.is_mounted and not screen.is_current and screen.app.is_running
