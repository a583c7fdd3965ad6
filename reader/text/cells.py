"""Text measured in terminal cells, and cut to fit them.

A wide East Asian character takes two cells and a combining mark none, so
``len(text)`` is not the width a terminal gives it. Every place reader shortens text for
the screen (list columns, the Story screen, quote previews, the heat map's labels) goes
through :func:`cut`, so a cut never splits a wide character's cells and always ends in
one ``…``.
"""

from __future__ import annotations

import unicodedata

ELLIPSIS = "…"


def char_width(c: str) -> int:
    """Cells taken by one character: 2 for wide and fullwidth, 0 for combining marks."""
    if unicodedata.combining(c):
        return 0
    return 2 if unicodedata.east_asian_width(c) in "WF" else 1


def cell_width(text: str) -> int:
    """Terminal cells taken by ``text``."""
    return sum(char_width(c) for c in text)


def cut(text: str, cells: int) -> str:
    """``text`` if it fits in ``cells`` cells, else as much of it as fits with ``…`` (one
    cell) after it; white space before the ``…`` is dropped. At most ``cells`` cells."""
    if cell_width(text) <= cells:
        return text
    if cells <= 0:
        return ""
    out: list[str] = []
    used = 0
    for c in text:
        w = char_width(c)
        if used + w > cells - 1:
            break
        out.append(c)
        used += w
    return "".join(out).rstrip() + ELLIPSIS
