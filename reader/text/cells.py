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


def wrap(text: str, cells: int, indent: str = "") -> list[str]:
    """``text`` broken at spaces into lines of at most ``cells`` cells: the first keeps the
    spaces ``text`` starts with, every other line starts with ``indent``; a word longer
    than a line is cut (:func:`cut`), never run past the width."""
    body = text.lstrip(" ")
    lead = text[: len(text) - len(body)]
    first_room = max(8, cells - cell_width(lead))
    room = max(8, cells - cell_width(indent))
    lines: list[str] = []
    line, used = "", 0
    for word in body.split(" "):
        limit = room if lines else first_room
        w = cell_width(word)
        if line and used + 1 + w > limit:
            lines.append(line)
            line, used, limit = "", 0, room
        if w > limit:
            word, w = cut(word, limit), min(w, limit)
        line, used = (f"{line} {word}", used + 1 + w) if line else (word, w)
    lines.append(line)
    return [lead + lines[0], *(indent + ln for ln in lines[1:])]
